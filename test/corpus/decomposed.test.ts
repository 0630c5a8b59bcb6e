import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument, analyzeForIndex } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { decompose, findingsAsIs, findingsMoved, textsNotSliced } from '../support/decomposed';
import { repoPath } from '../support/paths';

const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;

/** The corpus texts and seed documents that NFD changes: those with letters with diacritics (or kana, Hangul). */
function documentsWithDiacritics(): [string, string][] {
  const read = (dir: string, suffix: string): [string, string][] =>
    readdirSync(repoPath(dir))
      .filter((name) => name.endsWith(suffix))
      .map((name): [string, string] => [name, readFileSync(repoPath(dir, name), 'utf8')]);
  return [...read('test/corpus', '.txt'), ...read('seeds', '.policy.md')].filter(([, text]) => text.normalize('NFD') !== text);
}

const documents = documentsWithDiacritics();

test('the corpus has documents with diacritics to decompose', () => {
  assert.ok(documents.length >= 40, `${documents.length} documents`);
  for (const [name, text] of documents) assert.equal(decompose(text).text, text.normalize('NFD'), name);
});

test('every corpus document and seed with diacritics gives the same findings decomposed (NFD) as composed, at the decomposed text’s offsets', () => {
  for (const [name, text] of documents) {
    const nfd = decompose(text);
    const decomposed = analyzeDocument(nfd.text, { registry });
    assert.deepEqual(findingsAsIs(decomposed), findingsMoved(analyzeDocument(text, { registry }), nfd), name);
    assert.deepEqual(textsNotSliced(decomposed, nfd.text), [], name);
  }
});

test('the index analysis finds the same official mentions in every decomposed corpus document and seed', () => {
  for (const [name, text] of documents) {
    const nfd = decompose(text);
    const decomposed = analyzeForIndex(nfd.text, { registry });
    assert.deepEqual(findingsAsIs(decomposed), findingsMoved(analyzeForIndex(text, { registry }), nfd), name);
    assert.deepEqual(decomposed.entities, analyzeDocument(nfd.text, { registry }).entities.filter((e) => e.kind === 'person' && e.officialId !== undefined), name);
    assert.deepEqual(textsNotSliced(decomposed, nfd.text), [], name);
  }
});
