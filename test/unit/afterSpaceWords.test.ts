import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { mayOpenWithWord } from '../../server/src/analysis/commitments/afterSpaceWords';
import { AFTER_SPACE } from '../../server/src/analysis/commitments/objectBoundaries';

// The sidelines pattern of clause.ts, which the pre-check also guards.
const SIDELINES = /\s+on\s+the\s+sidelines\s+of\b/iy;

// Words that open the patterns, words that nearly do, and ordinary words, in any case.
const WORDS = [
  'during', 'in', 'at', 'on', 'against', 'whereas', 'but', 'while', 'after', 'recognising', 'recognizing', 'noting',
  'acknowledging', 'reaffirming', 'welcoming', 'recalling', 'underscoring', 'stressing', 'emphasising', 'emphasizing', 'and',
  'light', 'view', 'of', 'an', 'apparent', 'move', 'their', 'the', 'its', 'his', 'her', 'summit', 'talks', 'meeting', 'sidelines',
  'discussed', 'agreed', 'will', 'also', 'being', 'having', 'they', 'signed', 'first', 'time', 'backdrop', 'a', 'when',
  'investment', 'strengthen', 'study', 'regular', 'relief', 'climate', 'infrastructure', 'into', 'onto', 'inter', 'duringly',
  'ſtressing', 'acKnowledging', 'the\u212A', 'in2', 'and_',
];
// Every word spelled out in AFTER_SPACE, so that no opener of it is missed by the generated texts.
const PATTERN_WORDS = [...new Set(AFTER_SPACE.source.match(/[a-z]{2,}/g) ?? [])];
const GAPS = [' ', '  ', '\n', '\t', '\u00a0', ' - ', ' – ', ', ', '. ', '', ' “'];

const word = fc.tuple(fc.constantFrom(...WORDS, ...PATTERN_WORDS), fc.constantFrom('lower', 'upper', 'title')).map(([w, style]) =>
  style === 'upper' ? w.toUpperCase() : style === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w,
);
const text = fc.array(fc.tuple(fc.constantFrom(...GAPS), word), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([gap, w]) => gap + w).join(''));

/** True when a pattern guarded by the pre-check matches at the white space `i`. */
function patternMatchesAt(s: string, i: number): boolean {
  AFTER_SPACE.lastIndex = i;
  SIDELINES.lastIndex = i;
  return AFTER_SPACE.test(s) || SIDELINES.test(s);
}

describe('the word pre-check for clause openers after a space', () => {
  test('it never rules out a place where AFTER_SPACE or the sidelines pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i < s.length; i++) {
          if (!/\s/.test(s.charAt(i)) || (i > 0 && /\s/.test(s.charAt(i - 1)))) continue;
          let j = i;
          while (j < s.length && /\s/.test(s.charAt(j))) j++;
          // The pre-check is asked only about a word that starts with two ASCII letters.
          if (!/^[A-Za-z]{2}/.test(s.slice(j, j + 2))) continue;
          if (!patternMatchesAt(s, i)) continue;
          matched++;
          assert.ok(mayOpenWithWord(s, j), `ruled out at ${i} in ${JSON.stringify(s)}`);
        }
      }),
      { numRuns: 20_000 },
    );
    // The generated texts must reach the patterns often enough for the property to say something.
    assert.ok(matched > 1000, `only ${matched} matches`);
  });

  test('it rules out ordinary words and the usual followers of "in" and "on"', () => {
    const s = ' investment in climate on disaster relief in the summit on the sidelines';
    const at = (needle: string): number => s.indexOf(needle) + 1;
    assert.equal(mayOpenWithWord(s, at(' investment')), false);
    assert.equal(mayOpenWithWord(s, at(' in climate')), false);
    assert.equal(mayOpenWithWord(s, at(' on disaster')), false);
    assert.equal(mayOpenWithWord(s, at(' in the')), true);
    assert.equal(mayOpenWithWord(s, at(' on the')), true);
  });
});
