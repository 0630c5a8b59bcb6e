import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocuments, type CancellationToken, type Connection, type WorkspaceDiagnosticParams, type WorkspaceDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, analyzeForIndex, ParagraphCache } from '../../server/src/analysis/index';
import { registerWorkspaceDiagnostics } from '../../server/src/features/diagnostics';
import { silentLogger } from '../../server/src/lsp/logger';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';
import type { FileSystem } from '../../server/src/workspace/fileSystem';
import { RegistryStore } from '../../server/src/workspace/registryStore';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generateDocument } from '../bench/lib/corpus';
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

/** A workspace pull of closed documents over an in-memory workspace of these texts, and the heap its memo keeps. */
async function pullClosedDocuments(texts: ReadonlyMap<string, string>, memoTextBudget?: number): Promise<{ reported: number; grownMb: number }> {
  const index = new WorkspaceIndex();
  for (const [uri, text] of texts) index.update(uri, analyzeForIndex(text), text);
  let pull: ((params: WorkspaceDiagnosticParams, token: CancellationToken) => Promise<unknown>) | undefined;
  const connection = { languages: { diagnostics: { onWorkspace: (handler: typeof pull) => (pull = handler) } } } as unknown as Connection;
  const registries = new RegistryStore();
  const fileSystem: FileSystem = {
    readFile: (uri) => Promise.resolve(texts.get(uri) ?? ''),
    findFiles: () => Promise.resolve([...texts.keys()]),
  };
  registerWorkspaceDiagnostics(connection, {
    documents: new TextDocuments(TextDocument),
    analyses: new AnalysisCache(registries),
    registries,
    index,
    logger: silentLogger,
    isRegistry: () => false,
    today: () => '2026-01-01',
    fileSystem,
  }, memoTextBudget);
  const token: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
  assert.ok(pull);
  const before = liveHeapMb();
  const report = (await pull({ previousResultIds: [] }, token)) as WorkspaceDiagnosticReport;
  return { reported: report.items.length, grownMb: liveHeapMb() - before };
}

const generatedWorkspace = (count: number, seed: number): Map<string, string> =>
  new Map(Array.from({ length: count }, (_, i) => [`file:///ws/doc-${i}.policy.md`, generateDocument({ size: 10_000, seed: seed + i, id: `doc-${i}` })]));

test('the workspace pull keeps of each closed document only what its checks read', async () => {
  // The pull memoises one analysis per closed document, so that a change elsewhere re-runs only the
  // checks; an analysis closes over its paragraph memo and per-paragraph copies of every result,
  // which would double what the memo keeps for every document of the workspace.
  // A first small pull builds what the checks build once per process, which is not the memo's.
  await pullClosedDocuments(generatedWorkspace(20, 30_000));
  const count = 200;
  const { reported, grownMb } = await pullClosedDocuments(generatedWorkspace(count, 31_000));
  assert.equal(reported, count);
  // Measured: about 0.22 MB per 10 KB document with the whole analyses kept, 0.13 MB with only what the checks read (reports included).
  assert.ok(grownMb < count * 0.17, `the heap grew by ${grownMb.toFixed(1)} MB for ${count} closed documents`);
});

test('the workspace pull keeps analyses of at most its text budget of closed documents', async () => {
  await pullClosedDocuments(generatedWorkspace(20, 30_000));
  const count = 300;
  // A budget of 1 MB of text holds about 100 of these 10 KB documents: the memo keeps a third of them.
  const { reported, grownMb } = await pullClosedDocuments(generatedWorkspace(count, 32_000), 1_000_000);
  assert.equal(reported, count);
  // Measured: 38.8 MB with every analysis kept, 26.6 MB with the budget and 20.9 MB with none kept (the
  // reports of all 300 documents, which the pull returns and keeps, are in each figure).
  assert.ok(grownMb < 32, `the heap grew by ${grownMb.toFixed(1)} MB for ${count} closed documents`);
});
