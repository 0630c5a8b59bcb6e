import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILE_CREATED, FILE_DELETED, FolderEventForwarder, type FileEvent } from '../../client/src/folderEvents';

// Review hunt-lsp2 #2: VS Code reports a folder deleted or renamed as one event for the folder's path,
// which the client's file globs never matched, so the server kept the folder's documents.
test('the client forwards folder deletions and creations that its file watchers miss, batched and in order', async () => {
  const sent: FileEvent[][] = [];
  const folders = new Set(['file:///ws/archive']);
  const forwarder = new FolderEventForwarder({ isFolder: (uri) => Promise.resolve(folders.has(uri)), send: (changes) => sent.push(changes) }, 10);
  // `mv drafts archive`, plus a plain file created beside it.
  forwarder.deleted('file:///ws/drafts');
  forwarder.created('file:///ws/archive');
  forwarder.created('file:///ws/notes.txt');
  await forwarder.settled();
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.deepEqual(sent, [
    [
      { uri: 'file:///ws/drafts', type: FILE_DELETED },
      { uri: 'file:///ws/archive', type: FILE_CREATED },
    ],
  ]);
  forwarder.dispose();
});

test('a path that cannot be looked at any more is not forwarded as a creation', async () => {
  const sent: FileEvent[][] = [];
  const forwarder = new FolderEventForwarder({ isFolder: () => Promise.reject(new Error('ENOENT')), send: (changes) => sent.push(changes) }, 10);
  forwarder.created('file:///ws/gone');
  await forwarder.settled();
  forwarder.flush();
  assert.deepEqual(sent, []);
});
