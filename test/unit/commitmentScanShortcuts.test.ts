import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SentenceCursor, splitSentences } from '../../server/src/analysis/commitments/sentences';
import { LazyTokens, lowerCase, tokenize } from '../../server/src/analysis/commitments/tokens';
import { commitmentNounAhead, TRIGGER_BRANCHES } from '../../server/src/analysis/commitments/triggers';

/** Random text assembled from the given pieces. */
function textOf(pieces: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
}

test('the sentence cursor finds the sentences that splitSentences finds, one at a time', () => {
  const pieces = ['We', ' ', 'agree', '.', '!', '?', '\n', '\n\n', 'U.S.', 'Mr.', 'The', 'it', '”', '"', ')', 'and', 'to', '1.5', ' e.g.'];
  fc.assert(
    fc.property(textOf(pieces, 40), fc.array(fc.nat(), { maxLength: 12 }), (s, raw) => {
      const spans = splitSentences(s);
      const fromCursor = new SentenceCursor(s);
      const listed = [];
      for (let span = fromCursor.next(); span !== undefined; span = fromCursor.next()) listed.push(span);
      assert.deepEqual(listed, spans);
      // Offsets asked in order, repeats included, as a scan of triggers asks them.
      const offsets = raw.map((r) => (s.length === 0 ? 0 : r % (s.length + 1))).sort((a, b) => a - b);
      const cursor = new SentenceCursor(s);
      for (const offset of offsets) assert.deepEqual(cursor.sentenceAt(offset), spans.find((x) => x.start <= offset && offset < x.end));
    }),
    { numRuns: 3000 },
  );
});

test('a commitment noun is ahead wherever the first trigger branch matches', () => {
  const branch = new RegExp(TRIGGER_BRANCHES[0]!, 'iuy');
  const pieces = [
    'reaffirmed', 'expressed', 'stressed', 'shared', 'made', 'noted', 'pledged', 'underlined', ' ', '  ', '\n', 'their', 'our', 'the', 'and',
    'strong', 'political', 'commitment', 'commitments', 'resolve', 'will', 'readiness', 'plans', 'intention', 'to', 'for', 'of', 'both',
    'countries', 'further', 'developing', 'support', '.', ',', ';', ':', '1', '’s', '-', 'é', 'ſ', 'K', '\u00a0', '“', 'a', 'U.S.',
  ];
  fc.assert(
    fc.property(textOf(pieces, 30), (s) => {
      for (let p = 0; p < s.length; p++) {
        branch.lastIndex = p;
        if (branch.test(s)) assert.ok(commitmentNounAhead(s, p), `a match at ${p} of ${JSON.stringify(s)}`);
      }
    }),
    { numRuns: 3000 },
  );
  // Verb, gap and noun in the shapes of the branch, with punctuation that bounds the search put in between.
  const shaped = fc
    .tuple(
      fc.constantFrom('', 'x ', 'We '),
      fc.constantFrom('reaffirmed', 'expressed', 'made', 'noted', 'pledged', 'shared', 'Underlined'),
      fc.constantFrom(' ', '\n ', '  '),
      fc.array(fc.constantFrom('the ', 'their ', 'our ', 'strong ', 'U.S. ', 'support, ', '1 ', 'and ', 'and our ', '. ', 'é ', 'it’s ', 'that ', 'a-b ', '\n', '; ', 'support, and our ', 'U.S. the ', 'one two three four five ', '“x” and their '), { maxLength: 9 }),
      fc.constantFrom('commitment', 'resolve', 'will', 'plans', 'intention', 'determination', 'pledge'),
      fc.constantFrom(' to act.', ' for further developing.', ' of both countries to act', ''),
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(shaped, (s) => {
      for (let p = 0; p < s.length; p++) {
        branch.lastIndex = p;
        if (branch.test(s)) assert.ok(commitmentNounAhead(s, p), `a match at ${p} of ${JSON.stringify(s)}`);
      }
    }),
    { numRuns: 5000 },
  );
  // The long gap reaches past commas and digits, six words past a full stop.
  assert.equal(commitmentNounAhead('expressed support for 2 bids, and our commitment to host', 0), true);
  assert.equal(commitmentNounAhead('expressed U.S. and the strong political will to act', 0), true);
  assert.equal(commitmentNounAhead('expressed U.S. one two three four five commitment to act', 0), true);
  assert.equal(commitmentNounAhead('expressed U.S. one two three four five six commitment to act', 0), false);
  assert.equal(commitmentNounAhead('expressed concern about recent developments in the region and called for restraint.', 0), false);
  assert.equal(commitmentNounAhead('expressed their strong commitment to peace.', 0), true);
  assert.equal(commitmentNounAhead('stressed the political will to act.', 0), true);
});

// The definition of a token, as in tokens.ts.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*(?:(?<=\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St))\.)?|[^\s\p{L}\p{N}]/gu;

test('tokens stay those of the token RegExp when a character outside the loop follows late in the window', () => {
  const pieces = ['A', '.', ' ', '  ', 'b', 'Jr', 'abc', '-', "'", '’', 'É', 'é', 'Ω', '\u00a0', '“', '—', '7', 'U', 'S', '\t'];
  fc.assert(
    fc.property(textOf(pieces, 30), fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length === 0 ? 0 : a % s.length;
      const to = from + (s.length - from === 0 ? 0 : b % (s.length - from + 1));
      const expected = [...s.slice(from, to).matchAll(TOKEN)].map((m) => [from + m.index, from + m.index + m[0].length]);
      const lazy = new LazyTokens(s, from, to);
      for (let k = 0; k <= expected.length; k++) {
        const token = lazy.at(k);
        assert.deepEqual(token === undefined ? undefined : [token.start, token.end], expected[k]);
      }
      const fresh = ` ${s}`.slice(1);
      assert.deepEqual(tokenize(fresh, from, to).map((t) => [t.start, t.end]), expected);
    }),
    { numRuns: 3000 },
  );
});

test('lower-cased words are the same when they are looked up again', () => {
  for (const word of ['Japan', 'JAPAN', 'Japan', 'Élysée', 'İstanbul', 'Mr', 'ſtress', 'Japan']) assert.equal(lowerCase(word), word.toLowerCase());
});
