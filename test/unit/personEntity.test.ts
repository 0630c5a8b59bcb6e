import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patternPerson, registryPerson } from '../../server/src/analysis/recognizers/personEntity';

const span = { start: 3, end: 9 };

test('a pattern person has its role last, and no role key when the role is missing or empty', () => {
  assert.deepEqual(Object.keys(patternPerson(span, 'Ann Li', 'r', 'Minister')), ['kind', 'span', 'text', 'source', 'reason', 'role']);
  assert.deepEqual(Object.keys(patternPerson(span, 'Ann Li', 'r', undefined)), ['kind', 'span', 'text', 'source', 'reason']);
  assert.deepEqual(Object.keys(patternPerson(span, 'Ann Li', 'r', '')), ['kind', 'span', 'text', 'source', 'reason']);
});

test('a pattern person serialises exactly as the spread of a conditional role did', () => {
  for (const role of ['Minister', '', undefined]) {
    const spread = { kind: 'person', span, text: 'Ann Li', source: 'pattern', reason: 'r', ...(role ? { role } : {}) };
    assert.equal(JSON.stringify(patternPerson(span, 'Ann Li', 'r', role)), JSON.stringify(spread));
  }
});

test('a registry person keeps the field order officialId, alternatives, role of the spreads it replaces', () => {
  for (const alternatives of [['a', 'b'], undefined]) {
    for (const role of ['President', '', undefined]) {
      const spread = { kind: 'person', span, text: 'Li', source: 'registry', reason: 'r', officialId: 'a', ...(alternatives ? { alternatives } : {}), ...(role ? { role } : {}) };
      assert.equal(JSON.stringify(registryPerson(span, 'Li', 'r', 'a', alternatives, role)), JSON.stringify(spread));
    }
  }
});
