import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WordsByShape } from '../../server/src/analysis/recognizers/wordsByShape';

test('WordsByShape finds exactly its words at a range, including words that share a length and an initial', () => {
  const words = new WordsByShape(['Chad', 'Cuba', 'Kim', 'Kang', 'Paris']);
  const text = 'Chad met Kang in Paris, not Chadwick or Cubas.';
  assert.equal(words.hasAt(text, 0, 4), true);
  assert.equal(words.hasAt(text, 9, 13), true);
  assert.equal(words.hasAt(text, 17, 22), true);
  assert.equal(words.hasAt(text, 28, 36), false);
  assert.equal(words.hasAt(text, 40, 45), false);
  assert.equal(words.hasAt(text, 5, 5), false);
});

test('WordsByShape answers as a Set of its words does for any range', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 12 }), fc.string({ maxLength: 30 }), fc.nat(30), fc.nat(8), (list, text, from, length) => {
      const start = Math.min(from, text.length);
      const end = Math.min(start + length, text.length);
      const expected = end > start && new Set(list).has(text.slice(start, end));
      assert.equal(new WordsByShape(list).hasAt(text, start, end), expected);
    }),
    { seed: 7, numRuns: 2000 },
  );
});
