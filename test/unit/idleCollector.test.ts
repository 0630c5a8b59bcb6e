import assert from 'node:assert/strict';
import { test } from 'node:test';
import { garbageCollector, IdleCollector, type UtilizationMeter } from '../../server/src/lsp/idleCollector';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A meter that reports the event loop as busy while `busy.now` is true. */
function fakeMeter(busy: { now: boolean }): UtilizationMeter {
  return () => ({ idle: 0, active: 0, utilization: busy.now ? 0.9 : 0.01 });
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
  const busy = { now: true };
  const collector = new IdleCollector(() => collections++, () => undefined, 20, fakeMeter(busy));
  collector.release(5_000_000);
  await sleep(150);
  assert.equal(collections, 0, 'no collection while busy');
  busy.now = false;
  await sleep(100);
  assert.equal(collections, 1);
  collector.dispose();
});

test('judges idleness by the real event loop: a loop kept busy defers the collection', async () => {
  let collections = 0;
  const collector = new IdleCollector(() => collections++, () => undefined, 50);
  collector.release(5_000_000);
  // Busy for the whole first window, without yielding: the window's utilisation is about 1.
  const until = performance.now() + 60;
  while (performance.now() < until);
  await sleep(20);
  assert.equal(collections, 0);
  await sleep(300);
  assert.equal(collections, 1, 'collected in a later, quiet window');
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
