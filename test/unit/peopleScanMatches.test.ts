import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNameStarts, KeywordStarts, matchListAtStarts, wantedMatchesAtStarts, type UnwantedStarts } from '../../server/src/analysis/recognizers/peopleScan';

// Two capitalised words in a row, the shape of the untitled name patterns; a start inside a match is skipped.
const PAIR = /[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}/y;
const GIVEN = new Set(['Anna', 'Ben']);

/** True when the first word at `at` is a capitalised word that is not in GIVEN. */
function opensWithOtherWord(text: string, at: number): boolean {
  const end = text.indexOf(' ', at);
  return end > at && !GIVEN.has(text.slice(at, end));
}

/** A PAIR match ends before the third space after its start, or where a space is not followed by a capital. */
function pairReach(text: string, at: number): number {
  let end = at;
  for (let spaces = 0; ; spaces++) {
    while (end < text.length && text[end] !== ' ') end++;
    if (spaces === 2 || end >= text.length || !/[A-Z]/.test(text[end + 1] ?? '')) return end;
    end++;
  }
}

const SKIP: UnwantedStarts = { unwanted: opensWithOtherWord, reach: pairReach };
const words = fc.constantFrom('Anna', 'Ben', 'Carl', 'Dora', 'the', 'met', 'and', 'Eve', '2025', 'of');
const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', ' ', ' ', ', ', '. ')), { maxLength: 14 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
const capitals = (text: string): number[] => findNameStarts(text, new KeywordStarts(['Minister'])).capitals;

test('wantedMatchesAtStarts keeps exactly the wanted matches of a full scan, skipping starts inside unwanted matches too', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const starts = capitals(text);
      const wanted = wantedMatchesAtStarts(PAIR, text, starts, () => true, SKIP).map((m) => [m.index, m[0]]);
      const expected = matchListAtStarts(PAIR, text, starts)
        .filter((m) => !opensWithOtherWord(text, m.index))
        .map((m) => [m.index, m[0]]);
      assert.deepEqual(wanted, expected);
    }),
    { numRuns: 500 },
  );
});

test('wantedMatchesAtStarts lets an unwanted match hide the wanted name that starts inside it', () => {
  const text = 'Carl Anna Dora met Ben Eve';
  const found = wantedMatchesAtStarts(PAIR, text, capitals(text), () => true, SKIP).map((m) => m[0]);
  // "Carl Anna Dora" covers "Anna", as a global scan would; "Ben Eve" is wanted and found.
  assert.deepEqual(found, ['Ben Eve']);
});
