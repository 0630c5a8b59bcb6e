import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDocument, analyzeParagraph, analyzeParagraphs, planParagraphs, type ParagraphResult, type PrecomputedParagraphs } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { PositionalParagraphCache } from '../../server/src/workspace/positionalParagraphCache';
import { generateDocument } from '../bench/lib/corpus';
import { repoPath } from '../support/paths';

const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;

/** The plan's paragraphs computed as a worker would, and passed through a structured clone as its message would be. */
function computeAhead(text: string, cache?: PositionalParagraphCache): PrecomputedParagraphs & { readonly size: number } {
  const plan = planParagraphs(text, { registry, ...(cache ? { paragraphCache: cache } : {}) });
  assert.ok(plan);
  const results = structuredClone(plan.paragraphs.map((p) => analyzeParagraph(p, plan.registry, plan.documentDate)));
  const byText = new Map<string, ParagraphResult>(plan.paragraphs.map((p, i) => [p, results[i]!]));
  return { registry: plan.registry, documentDate: plan.documentDate, size: byText.size, get: (prose) => byText.get(prose) };
}

describe('analysis of a batch of paragraphs', () => {
  test('one recogniser over the whole batch at a time gives exactly the results of one paragraph at a time', () => {
    const plan = planParagraphs(generateDocument({ size: 60_000, seed: 616 }) + readFileSync(repoPath('seeds/2025-04-29-japan-vietnam-summit.policy.md'), 'utf8'), { registry });
    assert.ok(plan && plan.paragraphs.length > 20);
    const oneByOne = plan.paragraphs.map((p) => analyzeParagraph(p, plan.registry, plan.documentDate));
    assert.deepStrictEqual(analyzeParagraphs(plan.paragraphs, plan.registry, plan.documentDate), oneByOne);
  });
});

describe('analysis with paragraphs computed ahead', () => {
  test('cloned results computed ahead from a plan give exactly the sequential analysis', () => {
    const text = generateDocument({ size: 80_000, seed: 515 });
    const precomputed = computeAhead(text);
    const cache = new PositionalParagraphCache();
    assert.deepStrictEqual(analyzeDocument(text, { registry, paragraphCache: cache, precomputed }), analyzeDocument(text, { registry }));
    assert.equal(cache.misses, precomputed.size);
  });

  test('a plan leaves out the paragraphs that the memo holds for the same registry and date', () => {
    const text = generateDocument({ size: 30_000, seed: 516 });
    const cache = new PositionalParagraphCache();
    analyzeDocument(text, { registry, paragraphCache: cache });
    const at = text.indexOf('\n\n', text.length / 2);
    const edited = `${text.slice(0, at)} The ministers agreed to meet again in Hanoi by the end of the year.${text.slice(at)}`;
    const plan = planParagraphs(edited, { registry, paragraphCache: cache });
    assert.equal(plan?.paragraphs.length, 1);
    assert.match(plan.paragraphs[0]!, /meet again in Hanoi by the end of the year\.$/);
    // Another registry empties the memo, so every paragraph is planned again.
    const other = OfficialsRegistry.empty();
    assert.ok((planParagraphs(edited, { registry: other, paragraphCache: cache })?.paragraphs.length ?? 0) > 10);
  });

  test('a paragraph that occurs twice is planned once', () => {
    const body = 'Prime Minister Shigeru Ishiba met Pham Minh Chinh in Hanoi on Monday.';
    const text = `---\nid: twice\ndate: 2025-04-29\n---\n${body}\n\nA different paragraph about ASEAN.\n\n${body}\n`;
    assert.deepEqual(planParagraphs(text, { registry })?.paragraphs, [body, 'A different paragraph about ASEAN.']);
  });

  test('results computed ahead for another document date are ignored', () => {
    const text = generateDocument({ size: 20_000, seed: 517 });
    const plan = planParagraphs(text, { registry });
    assert.ok(plan?.documentDate);
    const wrong: PrecomputedParagraphs = { registry, documentDate: '1999-01-01', get: () => ({ entities: [], commitments: [] }) };
    assert.deepStrictEqual(analyzeDocument(text, { registry, precomputed: wrong }), analyzeDocument(text, { registry }));
  });

  test('a binary text has no plan', () => {
    assert.equal(planParagraphs('\u0000\u0001binary'), undefined);
  });
});
