import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/index';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

function put(index: WorkspaceIndex, uri: string, id: string): void {
  const text = `---\nid: ${id}\n---\nThe ministers met in Hanoi.\n`;
  index.update(uri, analyzeDocument(text), text);
}

test('documents by id follow every change of the index, in URI order', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///b.policy.md', 'same');
  put(index, 'file:///c.policy.md', 'other');
  assert.deepEqual(index.byId('same').map((d) => d.uri), ['file:///b.policy.md']);
  put(index, 'file:///a.policy.md', 'same');
  assert.deepEqual(index.byId('same').map((d) => d.uri), ['file:///a.policy.md', 'file:///b.policy.md']);
  put(index, 'file:///b.policy.md', 'renamed');
  assert.deepEqual(index.byId('same').map((d) => d.uri), ['file:///a.policy.md']);
  assert.deepEqual(index.byId('renamed').map((d) => d.uri), ['file:///b.policy.md']);
  index.remove('file:///a.policy.md');
  assert.deepEqual(index.byId('same'), []);
  assert.deepEqual(index.byId('missing'), []);
});

test('a caller changing the list it got does not change the index', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///a.policy.md', 'x');
  index.byId('x').pop();
  assert.equal(index.byId('x').length, 1);
});
