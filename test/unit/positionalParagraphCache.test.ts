import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/analysis/index';
import { PositionalParagraphCache } from '../../server/src/workspace/positionalParagraphCache';
import { generateDocument } from '../bench/lib/corpus';
import { applyEdit, documentArbitrary, editArbitrary, resolveEdit } from '../property/edits';

/** Paragraph blocks of a generated document, for edits that move whole paragraphs. */
function blocks(text: string): string[] {
  return text.split(/\n\n/);
}

describe('the positional paragraph memo', () => {
  test('after random edits, an analysis through the memo equals a cold analysis of the final text', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), (document, edits) => {
        const cache = new PositionalParagraphCache();
        let text = document;
        analyzeDocument(text, { paragraphCache: cache });
        for (const edit of edits) {
          text = applyEdit(text, resolveEdit(text, edit));
          assert.deepStrictEqual(analyzeDocument(text, { paragraphCache: cache }), analyzeDocument(text));
        }
      }),
      { seed: 2024, numRuns: 40 },
    );
  });

  test('moved, duplicated and removed paragraphs give the same analysis as a cold one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('move', 'copy', 'drop')), { minLength: 1, maxLength: 6 }), (seed, moves) => {
        const cache = new PositionalParagraphCache();
        let parts = blocks(generateDocument({ size: 6_000, seed }));
        analyzeDocument(parts.join('\n\n'), { paragraphCache: cache });
        for (const [a, b, kind] of moves) {
          // The first block holds the front matter; it stays first.
          const from = 1 + (a % Math.max(1, parts.length - 1));
          const to = 1 + (b % Math.max(1, parts.length - 1));
          const block = parts[from];
          if (block === undefined) continue;
          if (kind !== 'copy') parts = parts.filter((_, i) => i !== from);
          if (kind !== 'drop') parts.splice(Math.min(to, parts.length), 0, block);
          const text = parts.join('\n\n');
          assert.deepStrictEqual(analyzeDocument(text, { paragraphCache: cache }), analyzeDocument(text));
        }
      }),
      { seed: 99, numRuns: 30 },
    );
  });

  test('a keystroke recomputes only the paragraph it touched', () => {
    const text = generateDocument({ size: 40_000, seed: 3 });
    const cache = new PositionalParagraphCache();
    analyzeDocument(text, { paragraphCache: cache });
    const paragraphs = cache.size;
    const at = text.indexOf('\n\n', 20_000) - 5;
    cache.hits = 0;
    cache.misses = 0;
    analyzeDocument(text.slice(0, at) + 'x' + text.slice(at), { paragraphCache: cache });
    assert.equal(cache.misses, 1);
    assert.equal(cache.hits, paragraphs - 1);
  });

  test('after a paste of several paragraphs, only the pasted ones are recomputed', () => {
    const text = generateDocument({ size: 40_000, seed: 5 });
    const pasted = blocks(generateDocument({ size: 4_000, seed: 6 })).slice(1, 6).join('\n\n');
    const cache = new PositionalParagraphCache();
    analyzeDocument(text, { paragraphCache: cache });
    const at = text.indexOf('\n\n', 20_000) + 2;
    const edited = `${text.slice(0, at)}${pasted}\n\n${text.slice(at)}`;
    const fresh = new PositionalParagraphCache();
    analyzeDocument(pasted, { paragraphCache: fresh });
    cache.hits = 0;
    cache.misses = 0;
    assert.deepStrictEqual(analyzeDocument(edited, { paragraphCache: cache }), analyzeDocument(edited));
    assert.equal(cache.misses, fresh.size);
  });
});
