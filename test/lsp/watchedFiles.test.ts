import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { StatusResult } from '../../server/src/protocol';
import { nodeFileSystem } from '../../server/src/workspace/fileSystem';
import { eventually } from '../support/protocolEdits';
import { LspSession } from './harness';

// Found by an adversarial review (session 10); each test failed on the server before its fix.

const REGISTRY = 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n';
const doc = (id: string): string => `---\nid: ${id}\ndate: 2025-04-29\n---\nPrime Minister Shigeru Ishiba spoke.\n`;

describe('watched-file events', () => {
  let dir: string;
  let session: LspSession;
  const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
  const status = (): Promise<StatusResult> => session.connection.sendRequest<StatusResult>('policyLens/status');
  const ids = async (): Promise<string[]> =>
    (await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'doc' })).filter((s) => s.kind === SymbolKind.File).map((s) => s.name).sort();
  const events = (changes: { name: string; type: number }[]): Promise<void> =>
    session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.name), type: c.type })) });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-watched-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a.policy.md'), doc('doc-a'));
    writeFileSync(join(dir, 'drafts', 'b.policy.md'), doc('doc-b'));
    session = await LspSession.start({ folder: dir, today: '2025-06-01' });
  });
  afterEach(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a renamed folder takes its documents out of the index and the new one is scanned', async () => {
    assert.deepEqual(await ids(), ['doc-a', 'doc-b']);
    renameSync(join(dir, 'drafts'), join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', 'a.policy.md'), doc('doc-a2'));
    await events([
      { name: 'drafts', type: 3 },
      { name: 'archive', type: 1 },
    ]);
    assert.deepEqual(await eventually(ids, (names) => names.join() === 'doc-a2,doc-b'), ['doc-a2', 'doc-b']);
    assert.equal((await status()).documents, 2);
  });

  test('a file in a folder the scan skips is not indexed by its event', async () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'copy.policy.md'), doc('doc-a'));
    await events([{ name: 'dist/copy.policy.md', type: 1 }]);
    // A later event on a real document proves the first one was handled.
    writeFileSync(join(dir, 'drafts', 'c.policy.md'), doc('doc-c'));
    await events([{ name: 'drafts/c.policy.md', type: 1 }]);
    assert.deepEqual(await eventually(ids, (names) => names.includes('doc-c')), ['doc-a', 'doc-b', 'doc-c']);
  });

  test('a changed event whose file is gone by the time it is read removes the document', async () => {
    rmSync(join(dir, 'drafts', 'a.policy.md'));
    await events([{ name: 'drafts/a.policy.md', type: 2 }]);
    assert.deepEqual(await eventually(ids, (names) => names.join() === 'doc-b'), ['doc-b']);
  });
});

describe('protocol and file-system edge cases', () => {
  test('an edit that repeats the document version is still analysed (and diagnostics do not fail)', async () => {
    const session = await LspSession.start({ today: '2025-06-01' });
    try {
      const uri = 'file:///tmp/reused-version.policy.md';
      const long = `---\nid: long\ndate: 2025-04-29\n---\n${'Prime Minister Shigeru Ishiba met President Joe Biden in Tokyo on Monday.\n\n'.repeat(20)}`;
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy', version: 1, text: long } });
      const before = await session.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      // The same version again, with a short text: a client must not do this, but the server must not answer for the old text.
      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: '---\nid: short\n---\nNothing here.\n' }] });
      const after = await session.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.ok(before.data.length > 0);
      assert.equal(after.data.length, 0);
      const report = await session.connection.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(report.items, []);
      assert.ok(!session.logs.some((line) => line.includes('failed')), session.logs.join('\n'));
    } finally {
      await session.stop();
    }
  });

  test('a document URI with a stray % and a workspace folder that cannot be listed do not stop anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-edge-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.policy.md'), doc('doc-a'));
    // The virtual folder comes first: before, its failure ended the scan of the real one.
    const session = await LspSession.start({ folder: dir, today: '2025-06-01', extraFolders: ['vscode-vfs://github/owner/repo'] });
    try {
      assert.deepEqual(await session.connection.sendRequest<StatusResult>('policyLens/status'), { documents: 1, registries: 1, officials: 1, indexing: false });
      const uri = await session.open('file:///tmp/100%.policy.md', doc('doc-pct'));
      const tokens = await session.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.ok(tokens.data.length > 0);
      assert.ok(!session.logs.some((line) => line.includes('URI malformed')), session.logs.join('\n'));
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a named pipe is not read (a read would block one of the threads every file read shares)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-fifo-'));
    try {
      const fifo = join(dir, 'pipe.policy.md');
      execFileSync('mkfifo', [fifo]);
      await assert.rejects(nodeFileSystem.readFile(pathToFileURL(fifo).href), /not a regular file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
