import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shared } from '../../server/src/analysis/sharedStrings';

test('a pooled string equals the string asked for, first time and later', () => {
  const paragraph = 'The Ministry of Foreign Affairs of Japan said on Monday that it will act.';
  const cut = paragraph.slice(4, 31);
  assert.equal(shared(cut), 'Ministry of Foreign Affairs');
  assert.equal(shared(`Ministry of ${'Foreign'} Affairs`), 'Ministry of Foreign Affairs');
});

test('strings built from pieces come back whole and unchanged, also after the pool has started afresh', () => {
  for (let i = 0; i < 20_000; i++) {
    const reason = `calendar date read by chrono (${2000 + (i % 50)}-0${1 + (i % 9)}-1${i % 10})`;
    assert.equal(shared(reason), reason);
  }
  assert.equal(shared('x'), 'x');
  assert.equal(shared(''), '');
});
