import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ProgressType } from 'vscode-jsonrpc/node';
import {
  LSPErrorCodes,
  type PreviousResultId,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { FOLDER, TODAY, variant } from '../fixtures/annotations/fixture';
import { LspSession } from './harness';

/** The clean fixture with Pham Minh Chinh listed under a misspelt registry id. */
const BROKEN = variant('ws-broken', [['  - id: pham-minh-chinh', '  - id: pham-minh-chin']]);
const CLEAN = variant('ws-clean');

describe('workspace diagnostics of closed documents', () => {
  let folder: string;
  let session: LspSession;
  let broken: string;
  let clean: string;
  let registry: string;

  before(async () => {
    // A temporary copy, because the test rewrites the registry on disk.
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-workspace-diagnostics-'));
    copyFileSync(join(FOLDER, 'officials.yaml'), join(folder, 'officials.yaml'));
    copyFileSync(join(FOLDER, 'followup.policy.md'), join(folder, 'followup.policy.md'));
    writeFileSync(join(folder, 'broken.policy.md'), BROKEN);
    writeFileSync(join(folder, 'clean.policy.md'), CLEAN);
    writeFileSync(join(folder, 'lone.policy.md'), variant('ws-lone'));
    broken = pathToFileURL(join(folder, 'broken.policy.md')).href;
    clean = pathToFileURL(join(folder, 'clean.policy.md')).href;
    registry = pathToFileURL(join(folder, 'officials.yaml')).href;
    session = await LspSession.start({ folder, today: TODAY });
  });
  after(async () => {
    await session?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const pull = (previousResultIds: PreviousResultId[] = []): Promise<WorkspaceDiagnosticReport> =>
    session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { identifier: 'policy-lens', previousResultIds });

  function reportOf(report: WorkspaceDiagnosticReport, uri: string): WorkspaceDocumentDiagnosticReport {
    const found = report.items.filter((item) => item.uri === uri);
    assert.equal(found.length, 1, `one report for ${uri} in ${JSON.stringify(report.items.map((i) => i.uri))}`);
    return found[0]!;
  }

  const codesOf = (item: WorkspaceDocumentDiagnosticReport): string[] => (item.kind === 'full' ? item.items.map((d) => String(d.code)) : []);

  const idsOf = (report: WorkspaceDiagnosticReport): PreviousResultId[] =>
    report.items.flatMap((item) => (item.resultId ? [{ uri: item.uri, value: item.resultId }] : []));

  test('the server declares workspace diagnostics', () => {
    const provider = session.initializeResult.capabilities.diagnosticProvider;
    assert.ok(provider && 'workspaceDiagnostics' in provider && provider.workspaceDiagnostics === true);
  });

  test('reports the broken closed document, an empty report for the clean one, and nothing for open ones', async () => {
    const report = await pull();
    const brokenReport = reportOf(report, broken);
    assert.equal(brokenReport.kind, 'full');
    assert.equal(brokenReport.version, null);
    // The misspelt id is unknown, and the mention it should have listed is now unlisted.
    assert.deepEqual(codesOf(brokenReport), ['frontMatter.official.unknown', 'frontMatter.official.unlisted']);
    const diagnostic = brokenReport.kind === 'full' ? brokenReport.items[0]! : undefined;
    const line = BROKEN.split('\n')[diagnostic!.range.start.line]!;
    assert.equal(line.slice(diagnostic!.range.start.character, diagnostic!.range.end.character), 'pham-minh-chin');
    const cleanReport = reportOf(report, clean);
    assert.equal(cleanReport.kind, 'full');
    assert.deepEqual(codesOf(cleanReport), []);
    // Registry files are not policy documents, so the workspace pull leaves them to the document pull.
    assert.equal(report.items.filter((item) => item.uri === registry).length, 0);
  });

  test('answers unchanged for every document when the previous result ids are still current', async () => {
    const first = await pull();
    const second = await pull(idsOf(first));
    assert.deepEqual(
      second.items.map((item) => [item.uri, item.kind]),
      first.items.map((item) => [item.uri, 'unchanged']),
    );
    assert.deepEqual(idsOf(second), idsOf(first));
  });

  test('an open document is left to the document pull', async () => {
    const uri = await session.open(join(folder, 'broken.policy.md'));
    try {
      const report = await pull();
      assert.deepEqual(report.items.filter((item) => item.uri === uri), []);
    } finally {
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  test('streams the reports as partial results when the client asks for them', async () => {
    const token = 'workspace-diagnostics-partial';
    const chunks: WorkspaceDiagnosticReportPartialResult[] = [];
    const listener = session.connection.onProgress(new ProgressType<WorkspaceDiagnosticReportPartialResult>(), token, (chunk) => {
      chunks.push(chunk);
    });
    try {
      const response = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [], partialResultToken: token });
      assert.deepEqual(response.items, []);
      const streamed = { items: chunks.flatMap((chunk) => chunk.items) };
      assert.deepEqual(codesOf(reportOf(streamed, broken)), ['frontMatter.official.unknown', 'frontMatter.official.unlisted']);
      assert.deepEqual(codesOf(reportOf(streamed, clean)), []);
    } finally {
      listener.dispose();
    }
  });

  /** Does something that changes the index and waits until the server, having updated it, asks for a new pull. */
  async function awaitRefresh(change: () => Promise<void>): Promise<void> {
    const refreshes = session.refreshes.diagnostics;
    await change();
    // Index updates are debounced or read files; the status request orders after the refresh they send.
    for (let i = 0; i < 2000 && session.refreshes.diagnostics === refreshes; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await session.connection.sendRequest('policyLens/status');
    }
    assert.ok(session.refreshes.diagnostics > refreshes, 'the server asked for a diagnostics refresh');
  }

  const editAndAwaitRefresh = (uri: string, start: number, end: number, text: string): Promise<void> => awaitRefresh(() => session.edit(uri, start, end, text));

  /** Rewrites a closed document on disk and tells the server, as the editor's file watcher would. */
  const rewrite = (uri: string, path: string, text: string): Promise<void> =>
    awaitRefresh(async () => {
      writeFileSync(path, text);
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    });

  test('typing in an open document leaves the closed documents unchanged when their problems do not depend on it', async () => {
    const before = await pull();
    const uri = await session.open(join(folder, 'followup.policy.md'));
    try {
      // A new mention of an official changes what the index knows of this document, so the server asks
      // for a pull; no closed document's problems read mentions elsewhere.
      const end = session.textOf(uri).length;
      await editAndAwaitRefresh(uri, end, end, '\n\nPrime Minister Pham Minh Chinh spoke again.\n');
      const after = await pull(idsOf(before));
      assert.equal(reportOf(after, broken).kind, 'unchanged');
      assert.equal(reportOf(after, clean).kind, 'unchanged');
    } finally {
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  test('an open document that takes the id of a closed one re-reports that document alone', async () => {
    const before = await pull();
    const uri = await session.open(join(folder, 'lone.policy.md'));
    try {
      const at = session.find(uri, 'ws-lone');
      await editAndAwaitRefresh(uri, at, at + 'ws-lone'.length, 'ws-clean');
      const duplicated = await pull(idsOf(before));
      const cleanReport = reportOf(duplicated, clean);
      assert.equal(cleanReport.kind, 'full');
      assert.deepEqual(codesOf(cleanReport), ['frontMatter.id.duplicate']);
      assert.equal(reportOf(duplicated, broken).kind, 'unchanged');

      // Giving the id back clears the problem, again for that document alone.
      await editAndAwaitRefresh(uri, at, at + 'ws-clean'.length, 'ws-lone');
      const restored = await pull(idsOf(duplicated));
      assert.equal(reportOf(restored, clean).kind, 'full');
      assert.deepEqual(codesOf(reportOf(restored, clean)), []);
      assert.equal(reportOf(restored, broken).kind, 'unchanged');
    } finally {
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  test('renaming the document a commitment is fulfilled by re-reports every document that names it', async () => {
    const before = await pull();
    const uri = await session.open(join(folder, 'followup.policy.md'));
    try {
      const at = session.find(uri, 'fx-followup');
      await editAndAwaitRefresh(uri, at, at + 'fx-followup'.length, 'fx-follow-up');
      const after = await pull(idsOf(before));
      // Every closed document made from the clean front matter says a commitment is fulfilled by fx-followup.
      for (const closed of [broken, clean]) assert.ok(codesOf(reportOf(after, closed)).includes('frontMatter.commitment.fulfilledByUnknown'), closed);
      await editAndAwaitRefresh(uri, at, at + 'fx-follow-up'.length, 'fx-followup');
      const restored = await pull(idsOf(after));
      for (const closed of [broken, clean]) assert.ok(!codesOf(reportOf(restored, closed)).includes('frontMatter.commitment.fulfilledByUnknown'), closed);
    } finally {
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  test('a closed document changed on disk is read again on its watched-file event', async () => {
    const before = await pull();
    await rewrite(clean, join(folder, 'clean.policy.md'), BROKEN.replace('id: ws-broken', 'id: ws-clean'));
    const after = await pull(idsOf(before));
    assert.deepEqual(codesOf(reportOf(after, clean)), ['frontMatter.official.unknown', 'frontMatter.official.unlisted']);
    assert.equal(reportOf(after, broken).kind, 'unchanged');
    await rewrite(clean, join(folder, 'clean.policy.md'), CLEAN);
    assert.deepEqual(codesOf(reportOf(await pull(idsOf(after)), clean)), []);
  });

  test('a registry change on disk makes new reports: dropping an official breaks the clean document', async () => {
    const before = await pull();
    const refreshes = session.refreshes.diagnostics;
    const text = readFileSync(join(folder, 'officials.yaml'), 'utf8');
    const withoutChinh = text.slice(0, text.indexOf('  - id: pham-minh-chinh'));
    writeFileSync(join(folder, 'officials.yaml'), withoutChinh);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: registry, type: 2 }] });
    // The server asks the editor to pull again once the registry is reloaded; the status request orders after it.
    for (let i = 0; i < 400 && session.refreshes.diagnostics === refreshes; i++) await session.connection.sendRequest('policyLens/status');
    assert.ok(session.refreshes.diagnostics > refreshes, 'the server asked for a diagnostics refresh');

    const after = await pull(idsOf(before));
    const cleanReport = reportOf(after, clean);
    assert.equal(cleanReport.kind, 'full');
    // Its listed id is now unknown, and the person it names is no longer a registered official.
    assert.deepEqual(codesOf(cleanReport), ['frontMatter.official.unknown', 'frontMatter.person.unregistered']);
    assert.notEqual(cleanReport.resultId, reportOf(before, clean).resultId);
    assert.equal(reportOf(after, broken).kind, 'full', 'the broken document is re-checked too');
  });

  test('a deleted document gets an empty report, so that its problems disappear', async () => {
    const before = await pull();
    rmSync(join(folder, 'broken.policy.md'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: broken, type: 3 }] });
    await session.connection.sendRequest('policyLens/status');
    const after = await pull(idsOf(before));
    const gone = reportOf(after, broken);
    assert.equal(gone.kind, 'full');
    assert.deepEqual(codesOf(gone), []);
  });
});

describe('workspace diagnostics in a larger workspace', () => {
  const COUNT = 300;
  let folder: string;
  let session: LspSession;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-workspace-diagnostics-many-'));
    for (let i = 0; i < COUNT; i++) {
      writeFileSync(join(folder, `doc-${i}.policy.md`), `---\nid: many-${i}\ntitle: Document ${i}\ndate: 2025-01-01\n---\nJanuary 1, 2025\nA short body.\n`);
    }
    session = await LspSession.start({ folder, today: TODAY });
  });
  after(async () => {
    await session?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('reports every closed document of the workspace', async () => {
    const report = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.equal(report.items.length, COUNT);
  });

  test('a cancelled pull answers RequestCancelled and the server keeps answering', async () => {
    const source = new CancellationTokenSource();
    const pending = session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] }, source.token);
    source.cancel();
    await assert.rejects(pending, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    // The server is still answering afterwards.
    const report = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.equal(report.items.length, COUNT);
  });
});
