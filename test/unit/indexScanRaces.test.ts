import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeForIndex } from '../../server/src/analysis/index';
import { silentLogger } from '../../server/src/lsp/logger';
import type { FileSystem } from '../../server/src/workspace/fileSystem';
import { scanDocuments, WORKER_MIN_DOCUMENTS } from '../../server/src/workspace/indexScan';
import { RegistryStore } from '../../server/src/workspace/registryStore';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generatedWorkspace } from '../support/closedDocumentPull';
import { repoPath } from '../support/paths';

// A scan (the first one, or the re-index after a registry change) reads a file, and its facts arrive
// later; meanwhile the file may be deleted or rewritten and its watched-file event handled. The older
// facts must then not come back: before, a deleted document reappeared and a renamed id was reverted.

/** Scans `texts`; `during` runs as the watched-file handler would, while `target` is being read. */
async function scanWithEvent(texts: Map<string, string>, index: WorkspaceIndex, target: string, during: () => void, workerEntry?: string): Promise<void> {
  let fired = false;
  const fileSystem: FileSystem = {
    readFile: (uri) => {
      const text = texts.get(uri);
      if (text === undefined) return Promise.reject(new Error(`ENOENT: ${uri}`));
      if (uri === target && !fired) {
        fired = true;
        // The read returns the old text, and the file's event is handled while the read is under way,
        // so before the facts of that text come back (from this thread or a worker).
        during();
      }
      return Promise.resolve(text);
    },
    findFiles: () => Promise.resolve([...texts.keys()]),
  };
  await scanDocuments([...texts.keys()], {
    fileSystem,
    index,
    registries: new RegistryStore(),
    logger: silentLogger,
    key: (uri) => uri,
    isOpen: () => false,
    ...(workerEntry ? { workerEntry } : {}),
  });
}

for (const [label, count, workerEntry] of [
  ['in process', 12, undefined],
  ['in worker threads', WORKER_MIN_DOCUMENTS + 10, repoPath('dist/server.js')],
] as const) {
  test(`a file deleted while a scan reads it stays out of the index (${label})`, async () => {
    const texts = generatedWorkspace(count, 52_000, 2_000);
    const deleted = 'file:///ws/doc-3.policy.md';
    const index = new WorkspaceIndex();
    await scanWithEvent(texts, index, deleted, () => {
      texts.delete(deleted);
      index.remove(deleted);
    }, workerEntry);
    assert.equal(index.get(deleted), undefined);
    assert.equal(index.size, count - 1);
  });

  test(`a file rewritten while a scan reads it keeps the facts of its new text (${label})`, async () => {
    const texts = generatedWorkspace(count, 53_000, 2_000);
    const changed = 'file:///ws/doc-5.policy.md';
    const index = new WorkspaceIndex();
    await scanWithEvent(texts, index, changed, () => {
      const renamed = texts.get(changed)!.replace('id: doc-5', 'id: renamed-5');
      texts.set(changed, renamed);
      index.update(changed, analyzeForIndex(renamed), renamed);
    }, workerEntry);
    assert.equal(index.get(changed)?.id, 'renamed-5');
    assert.equal(index.size, count);
  });
}

test('a file in the index that can no longer be read leaves it on the next scan', async () => {
  const texts = generatedWorkspace(6, 54_000, 2_000);
  const index = new WorkspaceIndex();
  await scanWithEvent(texts, index, '', () => undefined);
  const gone = 'file:///ws/doc-2.policy.md';
  const uris = [...texts.keys()];
  texts.delete(gone);
  const fileSystem: FileSystem = {
    readFile: (uri) => (texts.has(uri) ? Promise.resolve(texts.get(uri)!) : Promise.reject(new Error('ENOENT'))),
    findFiles: () => Promise.resolve(uris),
  };
  await scanDocuments(uris, { fileSystem, index, registries: new RegistryStore(), logger: silentLogger, key: (uri) => uri, isOpen: () => false });
  assert.equal(index.get(gone), undefined);
  assert.equal(index.size, 5);
});
