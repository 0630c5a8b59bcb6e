import assert from 'node:assert/strict';
import { test } from 'node:test';
import { garbageCollector, IdleCollector } from '../../server/src/lsp/idleCollector';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps the event loop busy for `busyMs` of every `everyMs`, as a server answering keystrokes would be. */
function keepBusy(busyMs: number, everyMs: number): () => void {
  const timer = setInterval(() => {
    const until = performance.now() + busyMs;
    while (performance.now() < until);
  }, everyMs);
  return () => clearInterval(timer);
}

test('collects once after large documents are released and the server is idle', async () => {
  let collections = 0;
  const logs: string[] = [];
  const collector = new IdleCollector(() => collections++, (m) => logs.push(m), 20);
  collector.release(400_000);
  collector.release(400_000);
  await sleep(80);
  assert.equal(collections, 0, 'less than 1 MB of text released: nothing to collect');
  collector.release(400_000);
  await sleep(80);
  assert.equal(collections, 1);
  assert.match(logs[0] ?? '', /^Collected the garbage of 2 MB of released text in \d+ ms while idle/);
  await sleep(60);
  assert.equal(collections, 1, 'one collection per release');
  collector.dispose();
});

test('waits for a quiet window while the server is busy', async () => {
  let collections = 0;
  const collector = new IdleCollector(() => collections++, () => undefined, 40);
  const stop = keepBusy(15, 20);
  try {
    collector.release(5_000_000);
    await sleep(300);
    assert.equal(collections, 0, 'no collection while busy');
  } finally {
    stop();
  }
  await sleep(200);
  assert.equal(collections, 1);
  collector.dispose();
});

test('without a collector nothing is scheduled; POLICY_LENS_IDLE_GC=0 turns it off', async () => {
  assert.equal(garbageCollector({ POLICY_LENS_IDLE_GC: '0' }), undefined);
  assert.equal(typeof garbageCollector({}), 'function');
  const collector = new IdleCollector(undefined, () => assert.fail('nothing to log'), 10);
  collector.release(10_000_000);
  await sleep(50);
  collector.dispose();
});
