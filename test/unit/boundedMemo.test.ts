import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo } from '../../server/src/workspace/boundedMemo';

test('the memo keeps entries within its weight budget and drops the least recently used first', () => {
  const memo = new BoundedMemo<string>(10);
  memo.set('a', 'A', 4);
  memo.set('b', 'B', 4);
  assert.equal(memo.get('a'), 'A'); // a is now more recent than b
  memo.set('c', 'C', 4);
  assert.equal(memo.get('b'), undefined);
  assert.equal(memo.get('a'), 'A');
  assert.equal(memo.get('c'), 'C');
  assert.equal(memo.weight, 8);
});

test('replacing an entry counts its new weight only, and an entry over the budget alone is still kept', () => {
  const memo = new BoundedMemo<number>(10);
  memo.set('a', 1, 6);
  memo.set('a', 2, 3);
  assert.equal(memo.weight, 3);
  memo.set('big', 3, 25);
  assert.equal(memo.get('big'), 3);
  assert.equal(memo.size, 1);
  memo.delete('big');
  assert.equal(memo.weight, 0);
  assert.equal(memo.size, 0);
});
