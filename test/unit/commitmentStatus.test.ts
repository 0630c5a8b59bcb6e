import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDayOf } from '../../server/src/workspace/commitmentStatus';

test('a due date that is no day of the calendar has no last day, so no day count or overdue flag', () => {
  // Before, 2026-02-30 rolled over to 2 March and the code lens said "3 days left".
  assert.equal(lastDayOf('2026-02-30'), undefined);
  assert.equal(lastDayOf('2026-04-31'), undefined);
  assert.equal(lastDayOf('2026-02-28'), '2026-02-28');
  assert.equal(lastDayOf('2024-02'), '2024-02-29');
  assert.equal(lastDayOf('2026'), '2026-12-31');
});
