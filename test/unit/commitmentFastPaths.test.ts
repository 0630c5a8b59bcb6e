import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LazyTokens, lowerCase, tokenize, type Token } from '../../server/src/analysis/commitments/tokens';

// The definition of a token, as in tokens.ts; the character loop there must find exactly these tokens.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*(?:(?<=\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St))\.)?|[^\s\p{L}\p{N}]/gu;

/** The tokens of `text.slice(from, to)` found by the RegExp alone, as [start, end] pairs with paragraph offsets. */
function referenceTokens(text: string, from: number, to: number): [number, number][] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(TOKEN)].map((m) => [from + m.index, from + m.index + m[0].length]);
}

// Characters that stress the loop: word joiners, initials, titles, quotation marks, dashes and a few
// characters outside the loop's alphabet, which must send the window to the RegExp.
const PIECES = ['a', 'B', 'x', 'Jr', 'Mr', 'U', 'S', '7', ' ', '  ', '\t', '\n', '.', "'", '’', '‘', '“', '”', '–', '—', '-', ',', 'é', '\u00a0', 'ſ'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

test('tokenize finds the tokens the token RegExp defines, also around quotation marks and dashes', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length === 0 ? 0 : a % s.length;
      const to = from + (s.length - from === 0 ? 0 : b % (s.length - from + 1));
      // A fresh string each time, so that the one-window cache of tokenize does not answer.
      const t = ` ${s}`.slice(1);
      assert.deepEqual(
        tokenize(t, from, to).map((k: Token) => [k.start, k.end]),
        referenceTokens(t, from, to),
      );
    }),
    { numRuns: 2000 },
  );
});

test('lazy tokens are the same tokens, produced one at a time', () => {
  fc.assert(
    fc.property(text, (s) => {
      const lazy = new LazyTokens(s, 0, s.length);
      const expected = referenceTokens(s, 0, s.length);
      for (let k = 0; k <= expected.length; k++) {
        const token = lazy.at(k);
        assert.deepEqual(token === undefined ? undefined : [token.start, token.end], expected[k]);
      }
    }),
    { numRuns: 1000 },
  );
});

test('lowerCase returns what toLowerCase returns', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), (s) => assert.equal(lowerCase(s), s.toLowerCase())),
    { numRuns: 2000 },
  );
  assert.equal(lowerCase('Japan’s'), 'japan’s');
  assert.equal(lowerCase('agreed'), 'agreed');
});
