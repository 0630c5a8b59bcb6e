import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { generateDocument } from '../bench/lib/corpus';
import { LspSession } from './harness';

// The bundled server, started as `node dist/server.js --stdio` without --expose-gc, collects the garbage
// of a large closed document once it is idle, instead of leaving it to a collection during typing.

let session: LspSession;
before(async () => {
  session = await LspSession.start();
});
after(async () => {
  await session?.stop();
});

test('closing a large document is followed by a collection while the server is idle', async () => {
  const uri = await session.open('/tmp/idle-collection-2mb.policy.md', generateDocument({ size: 2_000_000, seed: 808 }));
  await session.tokens(uri);
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  let line: string | undefined;
  for (let i = 0; i < 400 && !line; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    line = session.logs.find((l) => l.includes('Collected the garbage'));
  }
  assert.ok(line, 'the server collected');
  const heap = /heap (\d+) → (\d+) MB/.exec(line);
  assert.ok(heap, line);
  assert.ok(Number(heap[2]) < Number(heap[1]), line);
  // And it still answers.
  assert.equal(typeof (await session.connection.sendRequest<{ documents: number }>('policyLens/status')).documents, 'number');
});
