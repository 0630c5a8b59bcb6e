import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import type { StatusResult } from '../../server/src/protocol';
import { initializeParams } from '../support/lspInitialize';
import { startServerProcess, stopServerProcess } from '../support/serverProcess';
import { eventually } from '../support/protocolEdits';
import { LspSession } from './harness';

const REGISTRY = 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n    roles:\n      - title: Prime Minister\n        from: 2024-10-01\n';
const MARWICK = '  - id: john-marwick\n    name: John Marwick\n    country: GB\n    roles:\n      - title: Foreign Minister\n        from: 2020-01-01\n';
const doc = (id: string, body: string): string => `---\nid: ${id}\ndate: 2025-04-29\n---\n${body}\n`;

describe('the index and the registry follow the disk when the editor lets go', () => {
  let dir: string;
  let session: LspSession;
  const file = (name: string): string => join(dir, name);
  const status = (): Promise<StatusResult> => session.connection.sendRequest<StatusResult>('policyLens/status');
  const symbols = async (): Promise<string[]> =>
    (await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'doc-' })).filter((s) => s.kind === SymbolKind.File).map((s) => s.name).sort();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-sync-'));
    writeFileSync(file('officials.yaml'), REGISTRY);
    writeFileSync(file('a.policy.md'), doc('doc-a', 'TOKYO – Foreign Minister John Marwick met Prime Minister Shigeru Ishiba on Monday.'));
    writeFileSync(file('b.policy.md'), doc('doc-b', 'LONDON – Foreign Minister John Marwick spoke with Prime Minister Shigeru Ishiba.'));
    session = await LspSession.start({ folder: dir, today: '2025-06-01' });
  });
  afterEach(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a registry edited in the editor and closed without saving is read from disk again', async () => {
    assert.equal((await status()).officials, 1);
    const uri = await session.open(file('officials.yaml'), undefined, 'yaml');
    await session.edit(uri, REGISTRY.length, REGISTRY.length, MARWICK);
    assert.equal((await eventually(status, (s) => s.officials === 2)).officials, 2);
    // Before, the unsaved entry stayed in the registry until the server restarted.
    await session.close(uri);
    assert.equal((await eventually(status, (s) => s.officials === 1)).officials, 1);
  });

  test('a document whose id was changed and closed without saving has its id from disk again', async () => {
    const uri = await session.open(file('b.policy.md'));
    const at = session.find(uri, 'doc-b');
    await session.edit(uri, at, at + 'doc-b'.length, 'doc-a');
    assert.deepEqual(await eventually(symbols, (names) => names.join() === 'doc-a,doc-a'), ['doc-a', 'doc-a']);
    // Before, the duplicate id stayed in the index (and in every other document's diagnostics).
    await session.close(uri);
    assert.deepEqual(await eventually(symbols, (names) => names.join() === 'doc-a,doc-b'), ['doc-a', 'doc-b']);
  });

  test('a document and a registry from outside the workspace are forgotten when their tabs close', async () => {
    // Before, both stayed: the document's id kept clashing with workspace documents, and the other
    // project's officials stayed resolvable, until the server restarted.
    const elsewhere = mkdtempSync(join(tmpdir(), 'pl-elsewhere-'));
    try {
      writeFileSync(join(elsewhere, 'stray.policy.md'), doc('doc-a', 'A stray copy.'));
      writeFileSync(join(elsewhere, 'officials.yaml'), REGISTRY.replace(/^officials:\n/, `officials:\n${MARWICK}`));
      const stray = await session.open(join(elsewhere, 'stray.policy.md'));
      const registry = await session.open(join(elsewhere, 'officials.yaml'), undefined, 'yaml');
      assert.deepEqual(await eventually(symbols, (names) => names.join() === 'doc-a,doc-a,doc-b'), ['doc-a', 'doc-a', 'doc-b']);
      assert.equal((await eventually(status, (s) => s.registries === 2)).registries, 2);
      await session.close(stray);
      await session.close(registry);
      assert.deepEqual(await eventually(symbols, (names) => names.join() === 'doc-a,doc-b'), ['doc-a', 'doc-b']);
      const after = await eventually(status, (s) => s.registries === 1 && s.documents === 2);
      assert.deepEqual([after.registries, after.officials, after.documents], [1, 1, 2]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('an official added to the registry on disk is found in closed documents too', async () => {
    writeFileSync(file('officials.yaml'), REGISTRY + MARWICK);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file('officials.yaml')).href, type: 2 }] });
    await eventually(status, (s) => s.officials === 2);
    await session.waitForIndex();
    const uri = await session.open(file('a.policy.md'));
    const position = session.positionAt(uri, session.find(uri, 'John Marwick') + 1);
    const references = await session.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    // Before, only the open document was found: the closed one had been indexed against the old registry.
    assert.deepEqual(references.map((r) => r.uri.split('/').pop()).sort(), ['a.policy.md', 'b.policy.md']);
  });
});

describe('a closed file that starts with a byte order mark', () => {
  test('has its workspace diagnostics where the editor, which drops the mark, shows them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-bom-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    // No front matter: the first line holds the body, and a person the registry lacks is reported there.
    const body = 'Foreign Minister John Marwick met Prime Minister Shigeru Ishiba on Monday.\n';
    writeFileSync(join(dir, 'bom.policy.md'), `\ufeff${body}`);
    const session = await LspSession.start({ folder: dir, today: '2025-06-01' });
    try {
      const report = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const item = report.items.find((i) => i.uri.endsWith('bom.policy.md'));
      assert.ok(item && item.kind === 'full');
      const marwick = item.items.find((d) => typeof d.message === 'string' && d.message.startsWith('John Marwick'));
      assert.ok(marwick, item.items.map((d) => d.message).join(' | '));
      // Before, the range started one character late (at "ohn"), counted from the mark.
      assert.deepEqual(marwick.range.start, { line: 0, character: body.indexOf('John Marwick') });
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a registry restored open with the window', () => {
  test('is not a reason to index the workspace a second time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-restored-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.policy.md'), doc('doc-a', 'Prime Minister Shigeru Ishiba spoke.'));
    const logs: string[] = [];
    const { child, connection } = startServerProcess({ today: '2025-06-01', log: (line) => logs.push(line) });
    try {
      await connection.sendRequest('initialize', initializeParams(dir, {}));
      // The editor sends the restored tab before the server has read anything of the workspace.
      const registryUri = pathToFileURL(join(dir, 'officials.yaml')).href;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: registryUri, languageId: 'yaml', version: 1, text: REGISTRY } });
      await connection.sendNotification('initialized', {});
      const status = (): Promise<StatusResult> => connection.sendRequest<StatusResult>('policyLens/status');
      await eventually(status, (s) => s.documents === 1 && !s.indexing);
      // The re-index, had one been scheduled, would have run a second after the registry was read.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal((await status()).indexing, false);
      assert.ok(logs.some((line) => line.includes('Indexed 1 documents')), logs.join('\n'));
      assert.ok(!logs.some((line) => line.includes('Re-indexed')), logs.join('\n'));
    } finally {
      await stopServerProcess(child, connection);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the index-changed notification', () => {
  test('comes when the first scan has ended, with the commitments ready, and again when a file changes on disk', async () => {
    // Before, nothing told the client: the commitments view asked once, before the scan, and stayed empty.
    const dir = mkdtempSync(join(tmpdir(), 'pl-notify-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    const commitment = (id: string): string =>
      `---\nid: ${id}\ndate: 2025-04-29\ncommitments:\n  - id: ${id}-c\n    quote: agreed to meet again\n    status: open\n---\nJapan and Vietnam agreed to meet again.\n`;
    writeFileSync(join(dir, 'a.policy.md'), commitment('doc-a'));
    const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
    const notified: number[] = [];
    const next = (): Promise<void> => new Promise((resolve) => connection.onNotification('policyLens/indexChanged', () => (notified.push(Date.now()), resolve())));
    try {
      await connection.sendRequest('initialize', initializeParams(dir, {}));
      const afterScan = next();
      await connection.sendNotification('initialized', {});
      await afterScan;
      const ids = async (): Promise<string[]> => (await connection.sendRequest<{ id: string }[]>('policyLens/commitments')).map((c) => c.id).sort();
      assert.deepEqual(await ids(), ['doc-a-c']);
      writeFileSync(join(dir, 'b.policy.md'), commitment('doc-b'));
      const afterCreate = next();
      await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'b.policy.md')).href, type: 1 }] });
      await afterCreate;
      assert.deepEqual(await ids(), ['doc-a-c', 'doc-b-c']);
    } finally {
      await stopServerProcess(child, connection);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
