import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument, ParagraphCache, type DocumentAnalysis } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { repoPath } from '../support/paths';
import { applyEdit, documentArbitrary, editArbitrary, resolveEdit } from './edits';

const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;

/** The comparable part of an analysis (the parsed YAML document object is left out; its data is kept). */
function comparable(analysis: DocumentAnalysis): unknown {
  return {
    skipped: analysis.skipped,
    bodyStart: analysis.bodyStart,
    data: analysis.frontMatter?.data,
    documentDate: analysis.documentDate,
    entities: analysis.entities,
    commitments: analysis.commitments,
    findings: analysis.findings,
  };
}

test('analysis with a warm paragraph memo after random edits equals a cold analysis of the final text', () => {
  fc.assert(
    fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), (document, edits) => {
      const cache = new ParagraphCache();
      let text = document;
      analyzeDocument(text, { registry, paragraphCache: cache });
      for (const edit of edits) {
        text = applyEdit(text, resolveEdit(text, edit));
        const warm = analyzeDocument(text, { registry, paragraphCache: cache });
        assert.deepStrictEqual(comparable(warm), comparable(analyzeDocument(text, { registry })));
      }
    }),
    { seed: 20251204, numRuns: 40 },
  );
});

test('entities stay sorted, non-overlapping and inside the text after random edits', () => {
  fc.assert(
    fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), (document, edits) => {
      const cache = new ParagraphCache();
      let text = document;
      for (const edit of edits) {
        text = applyEdit(text, resolveEdit(text, edit));
        const { entities, commitments } = analyzeDocument(text, { registry, paragraphCache: cache });
        for (let i = 0; i < entities.length; i++) {
          const e = entities[i]!;
          assert.ok(e.span.start >= 0 && e.span.start < e.span.end && e.span.end <= text.length);
          assert.equal(text.slice(e.span.start, e.span.end), e.text);
          if (i > 0) assert.ok(entities[i - 1]!.span.end <= e.span.start, 'entities do not overlap');
        }
        for (const c of commitments) assert.ok(c.span.start >= 0 && c.span.end <= text.length);
      }
    }),
    { seed: 4242, numRuns: 30 },
  );
});
