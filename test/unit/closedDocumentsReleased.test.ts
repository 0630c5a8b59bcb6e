import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { silentLogger } from '../../server/src/lsp/logger';
import { startServer } from '../../server/src/server';
import { CLIENT_CAPABILITIES } from '../support/lspInitialize';
import { liveHeapMb } from '../support/heap';

// The editor opens and closes documents all day (peeks, searches, previews); whatever the server keeps
// per document must go with its close, or the heap grows with every document ever shown.

test('a document edited and closed at once leaves nothing behind in the server', async () => {
  // The server runs in this process over in-memory streams, so that its heap is this heap.
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { logger: silentLogger, today: () => '2026-01-01' });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  // The server asks the editor to refresh its views; an editor answers with nothing.
  for (const method of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
    client.onRequest(method, () => null);
  }
  client.listen();
  // Without a process id the server starts no watchdog on its editor's process.
  await client.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: CLIENT_CAPABILITIES });
  await client.sendNotification('initialized', {});
  await client.sendRequest('policyLens/status');

  // Each document is closed within the index debounce of its last change, as a quick peek is.
  const session = async (from: number, count: number): Promise<void> => {
    for (let i = from; i < from + count; i++) {
      const uri = `file:///elsewhere/a-document-shown-briefly-number-${i}.policy.md`;
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy', version: 1, text: `---\nid: shown-${i}\n---\nThe minister met officials in Hanoi.\n` } });
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `---\nid: shown-${i}\n---\nThe ministers met.\n` }] });
      await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
      if (i % 250 === 0) await client.sendRequest('policyLens/status');
    }
    await client.sendRequest('policyLens/status');
  };
  await session(0, 2_000);
  const before = liveHeapMb();
  const count = 10_000;
  await session(10_000, count);
  const grown = liveHeapMb() - before;
  client.dispose();
  // Measured: 3.6–4.0 MB for 10,000 documents with a cleared timer and a registry answer kept per URI, at most 0.4 MB without.
  assert.ok(grown < 2, `the heap grew by ${grown.toFixed(2)} MB over ${count} documents opened, edited and closed`);
});
