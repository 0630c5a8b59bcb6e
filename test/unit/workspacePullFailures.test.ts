import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyzeForIndex } from '../../server/src/analysis/index';
import type { Logger } from '../../server/src/lsp/logger';
import { WORKER_MIN_DOCUMENTS } from '../../server/src/workspace/indexScan';
import { RegistryStore } from '../../server/src/workspace/registryStore';
import { closedDocumentPull, generatedWorkspace } from '../support/closedDocumentPull';

// The workspace pull when things go wrong: a file rewritten while it is being checked, worker threads
// that cannot start, a worker whose analysis throws. Every pull must answer, and no stale result id may
// be taken for a current one.

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-lens-pull-failures-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** A worker entry written for the test. */
function workerScript(name: string, source: string): string {
  const path = join(folder, name);
  writeFileSync(path, source);
  return path;
}

const warnings = (): { logger: Logger; lines: string[] } => {
  const lines: string[] = [];
  const logger: Logger = { error: (m) => lines.push(m), warn: (m) => lines.push(m), info: () => undefined, debug: () => undefined };
  return { logger, lines };
};

test('a file rewritten while it is checked is read again by the next pull', async () => {
  const texts = generatedWorkspace(5, 41_000, 3_000);
  const changed = 'file:///ws/doc-3.policy.md';
  const broken = texts.get(changed)!.replace('kind: news', 'kind: [news');
  let rewritten = false;
  const workspace = closedDocumentPull(texts, {
    // The pull has read the old text when a checkout rewrites the file and the watcher re-indexes it.
    onRead: (uri) => {
      if (uri !== changed || rewritten) return;
      rewritten = true;
      texts.set(changed, broken);
      workspace.index.update(changed, analyzeForIndex(broken), broken);
    },
  });
  const first = await workspace.pull();
  const ids = first.items.map((item) => ({ uri: item.uri, value: item.resultId ?? '' }));
  workspace.reads.length = 0;
  const second = await workspace.pull(ids);
  assert.deepEqual(workspace.reads, [changed], 'only the rewritten file is read again');
  const report = second.items.find((item) => item.uri === changed);
  assert.equal(report?.kind, 'full');
  assert.deepEqual(report.kind === 'full' ? report.items.map((d) => d.code) : [], ['frontMatter.yaml.invalid']);
});

test('when no worker thread can start, every document is still checked', async () => {
  const { logger, lines } = warnings();
  const texts = generatedWorkspace(WORKER_MIN_DOCUMENTS + 10, 42_000, 1_500);
  const entry = workerScript('broken-worker.js', "throw new Error('this worker cannot start');\n");
  const report = await closedDocumentPull(texts, { workerEntry: entry, logger }).pull();
  assert.equal(report.items.length, texts.size);
  assert.ok(report.items.every((item) => item.kind === 'full' && item.items.length > 0));
  assert.ok(lines.every((line) => !line.includes('skipped')), lines.join('\n'));
});

test('a document whose analysis throws in a worker is left out, and the pull still answers', async () => {
  const { logger, lines } = warnings();
  const texts = generatedWorkspace(WORKER_MIN_DOCUMENTS + 10, 43_000, 1_500);
  // A worker that answers every batch, saying each analysis threw.
  const entry = workerScript(
    'failing-worker.js',
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type === 'done') { parentPort.close(); return; }
  parentPort.postMessage({ type: 'results', outcomes: m.jobs.map((j) => ({ type: 'error', uri: j.uri, message: 'the analysis threw' })) });
});
`,
  );
  const report = await closedDocumentPull(texts, { workerEntry: entry, logger }).pull();
  assert.equal(report.items.length, 0);
  assert.equal(lines.filter((line) => line.includes('skipped') && line.includes('the analysis threw')).length, texts.size);
});

test('a registry file that could not be read counts as empty for worker threads too', async () => {
  // Worker threads rebuild the registry from the store's texts; one the store could not read must not
  // come back to life there, or a worker and the main thread would check against different registries.
  const entry = workerScript('broken-registry-worker.js', "throw new Error('this worker cannot start');\n");
  const store = new RegistryStore({ workerEntry: entry, workerMinChars: 10 });
  const text = 'officials:\n  - id: someone\n    name: Some One\n';
  assert.equal(await store.loadFile('file:///ws/officials.yaml', text), true);
  assert.equal(store.registry.officials.length, 0);
  assert.deepEqual(store.findingsFor('file:///ws/officials.yaml').map((f) => f.code), ['registry.yaml.invalid']);
  assert.deepEqual(store.texts(), [{ uri: 'file:///ws/officials.yaml', text: '' }]);
  assert.equal(store.textOf('file:///ws/officials.yaml'), text, 'the text itself is kept for the editor');
});
