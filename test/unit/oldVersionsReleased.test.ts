import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, analyzeForIndex, ParagraphCache } from '../../server/src/analysis/index';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { closedDocumentPull, generatedWorkspace } from '../support/closedDocumentPull';
import { liveHeapMb } from '../support/heap';

// A slice of 13 or more characters is a view into the string it was cut from, so a memoised result or
// an index entry that keeps one keeps that whole version of the document alive. These tests make many
// versions of a large text and check that the heap does not grow by their size.

/** About 1 MB of prose without names in a few long paragraphs, so that each version of a document is large. */
const PADDING = `${'The ministers discussed regional cooperation and trade in some detail. '.repeat(1_400)}\n\n`.repeat(10);
const VERSIONS = 30;

test('relinking a short name in an unchanged paragraph does not keep that version of the document alive', () => {
  // Version n introduces the nth minister by title and full name; the paragraph that already named them
  // by surname alone is unchanged text, so it keeps its memo entry and is only relinked, in version n.
  const surnames = Array.from({ length: VERSIONS }, (_, i) => `Konstantinopolsk${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'o' : ''}wa`);
  const mentions = surnames.map((name) => `${name} said the talks were useful.`).join('\n\n');
  const version = (n: number): string => {
    const introduced = surnames.slice(0, n).map((name) => `Foreign Minister Anna ${name}`).join(', ');
    return `---\ndate: 2025-04-29\n---\nThe delegation met ${introduced || 'nobody'}.\n\n${mentions}\n\n${PADDING}`;
  };
  const cache = new ParagraphCache();
  analyzeDocument(version(0), { paragraphCache: cache });
  const before = liveHeapMb();
  for (let n = 1; n <= VERSIONS; n++) {
    const analysis = analyzeDocument(version(n), { paragraphCache: cache });
    assert.ok(analysis.entities.some((e) => e.source === 'coreference' && e.text === surnames[n - 1]), `version ${n} links ${surnames[n - 1]}`);
  }
  const grown = liveHeapMb() - before;
  // Thirty kept versions would be 30 MB or more; the memo itself holds one version's results.
  assert.ok(grown < 10, `the heap grew by ${grown.toFixed(1)} MB over ${VERSIONS} versions`);
});

test('the workspace index keeps no version of a document alive through its front-matter values', () => {
  const index = new WorkspaceIndex();
  const before = liveHeapMb();
  for (let n = 0; n < VERSIONS; n++) {
    const text = `---\nid: doc-${n}\ntitle: A long title of the document number ${n} for the index\ndate: 2025-04-29\n---\n${PADDING}`;
    const analysis = analyzeDocument(text);
    index.update(`file:///doc-${n}.policy.md`, analysis, text);
  }
  const grown = liveHeapMb() - before;
  assert.equal(index.get('file:///doc-7.policy.md')?.title, 'A long title of the document number 7 for the index');
  assert.ok(grown < 10, `the heap grew by ${grown.toFixed(1)} MB over ${VERSIONS} indexed documents`);
});

test('the workspace pull keeps nothing of a closed document but its content hash and references', async () => {
  // An earlier version memoised an analysis per closed document (about 0.13 MB for each of these), so
  // that a change elsewhere re-ran only the checks; the result ids now tell which documents need them.
  // A first small pull builds what the checks build once per process.
  await closedDocumentPull(generatedWorkspace(20, 30_000)).pull();
  const count = 200;
  const workspace = closedDocumentPull(generatedWorkspace(count, 31_000));
  const before = liveHeapMb();
  const reported = (await workspace.pull()).items.length;
  // The settled request's promise chain still holds the report until the next turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const grown = liveHeapMb() - before;
  assert.equal(reported, count);
  // Measured: 0.75 MB for the 200 documents (their stamps, and the index's table of ids); 26 MB when the
  // analyses' checked fields were memoised.
  assert.ok(grown < 4, `the heap grew by ${grown.toFixed(1)} MB for ${count} closed documents`);
});

test('a pull with current result ids reads no file; one whose index entry changed is read and checked again', async () => {
  const texts = generatedWorkspace(30, 33_000);
  const workspace = closedDocumentPull(texts);
  const first = await workspace.pull();
  assert.equal(workspace.reads.length, 30);
  const ids = first.items.map((item) => ({ uri: item.uri, value: item.resultId ?? '' }));
  workspace.reads.length = 0;
  const second = await workspace.pull(ids);
  assert.deepEqual(workspace.reads, []);
  assert.ok(second.items.every((item) => item.kind === 'unchanged'));

  // A watched-file event re-indexes a document: only that one is read again.
  const changed = 'file:///ws/doc-7.policy.md';
  workspace.index.update(changed, analyzeForIndex(texts.get(changed)!), texts.get(changed)!);
  const third = await workspace.pull(ids);
  assert.deepEqual(workspace.reads, [changed]);
  // Its text is the same, so its problems and result id are too.
  assert.ok(third.items.every((item) => item.kind === 'unchanged'));
});
