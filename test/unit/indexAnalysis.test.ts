import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument, analyzeForIndex } from '../../server/src/analysis/index';
import { checkDocument } from '../../server/src/analysis/checks/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generateDocument } from '../bench/lib/corpus';
import { repoPath } from '../support/paths';
import { dedent } from '../support/text';

const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;

/** Real documents and generated ones with many officials, short names and commitments. */
function documents(): [string, string][] {
  const seeds = readdirSync(repoPath('seeds'))
    .filter((name) => name.endsWith('.policy.md'))
    .map((name): [string, string] => [name, readFileSync(repoPath('seeds', name), 'utf8')]);
  const corpus = readdirSync(repoPath('test/corpus'))
    .filter((name) => name.endsWith('.txt'))
    .map((name): [string, string] => [name, readFileSync(repoPath('test/corpus', name), 'utf8')]);
  const generated = [3, 17, 500_000].map((seed): [string, string] => [`generated ${seed}`, generateDocument({ size: 30_000, seed })]);
  return [...seeds, ...corpus, ...generated];
}

/** The index's view of a document as plain data (maps as entry lists). */
function factsOf(analysis: Parameters<WorkspaceIndex['update']>[1], text: string): unknown {
  const index = new WorkspaceIndex();
  index.update('file:///doc.policy.md', analysis, text);
  const facts = index.get('file:///doc.policy.md');
  return JSON.parse(JSON.stringify(facts, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value)));
}

test('the index analysis gives the workspace index the same facts as the full analysis', () => {
  for (const [name, text] of documents()) {
    assert.deepEqual(factsOf(analyzeForIndex(text, { registry }), text), factsOf(analyzeDocument(text, { registry }), text), name);
  }
});

test('the index analysis keeps an official mention that a correction or a shared name changes', () => {
  const text = dedent`
    ---
    id: corrected
    date: 2025-04-29
    corrections:
      ignore: [Kano]
    ---
    Prime Minister Shigeru Ishiba met KANO Koji and Kano in Hanoi on 29 April 2025. Ishiba said so.
  `;
  assert.deepEqual(factsOf(analyzeForIndex(text, { registry }), text), factsOf(analyzeDocument(text, { registry }), text));
});

test('the body checks report each unregistered person once, short forms included, on a large document', () => {
  const text = generateDocument({ size: 200_000, seed: 11 });
  const analysis = analyzeDocument(text, { registry });
  const findings = checkDocument(analysis, text, { uri: 'file:///big.policy.md', registry, workspace: { byId: () => [], all: () => [], size: 1 }, today: '2026-01-01' });
  const names = findings.filter((f) => f.code === 'frontMatter.person.unregistered').map((f) => text.slice(f.span.start, f.span.end));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.length > 0);
});

test('the index analysis drops a bare official mention that a full name in the document takes over, as the full analysis does', () => {
  // "Ishiba" alone is taken over by "Teresa Ishiba" unless the official is named otherwise too.
  const cases = [
    'Teresa Ishiba met the press in Hanoi.\n\nLater, Ishiba said the talks went well.',
    'Ishiba spoke first.\n\nTeresa Ishiba replied, and Ishiba agreed.',
    'Prime Minister Shigeru Ishiba met Teresa Ishiba. Ishiba said so.',
    'Ishiba spoke. Prime Minister Ishiba left.\n\nTeresa Ishiba stayed.',
  ];
  for (const body of cases) {
    const text = `---\ndate: 2025-04-29\n---\n${body}\n`;
    assert.deepEqual(factsOf(analyzeForIndex(text, { registry }), text), factsOf(analyzeDocument(text, { registry }), text), body);
  }
  const takenOver = `---\ndate: 2025-04-29\n---\n${cases[0]!}\n`;
  assert.deepEqual(
    analyzeForIndex(takenOver, { registry }).entities.map((e) => e.officialId),
    [],
  );
});
