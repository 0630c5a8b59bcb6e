import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type AnalysisContext, type DocumentAnalysis } from '../../server/src/analysis/index';
import { registerDiagnostics } from '../../server/src/features/diagnostics';
import { registerHover } from '../../server/src/features/hover';
import { registerSemanticTokens } from '../../server/src/features/semanticTokens';
import type { Services } from '../../server/src/features/services';
import { silentLogger } from '../../server/src/lsp/logger';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';
import { RegistryStore } from '../../server/src/workspace/registryStore';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { dedent } from '../support/text';

type Handler = (params: unknown, token: CancellationToken) => unknown;

/** The handlers a feature registers, captured by a stand-in connection that only records them. */
class RecordingConnection {
  readonly handlers = new Map<string, Handler>();
  readonly languages = {
    semanticTokens: {
      on: (h: Handler) => this.handlers.set('tokens', h),
      onDelta: (h: Handler) => this.handlers.set('tokensDelta', h),
      onRange: (h: Handler) => this.handlers.set('tokensRange', h),
    },
    diagnostics: { on: (h: Handler) => this.handlers.set('diagnostics', h) },
  };
  onHover(h: Handler): void {
    this.handlers.set('hover', h);
  }

  async call(name: string, params: unknown): Promise<unknown> {
    const handler = this.handlers.get(name);
    assert.ok(handler, `no handler for ${name}`);
    return handler(params, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
  }
}

/** A document store holding exactly the documents the test puts in it. */
class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  private readonly closeListeners: ((e: { document: TextDocument }) => void)[] = [];
  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }
  set(document: TextDocument): void {
    this.docs.set(document.uri, document);
  }
  close(uri: string): void {
    const document = this.docs.get(uri);
    this.docs.delete(uri);
    if (document) for (const listener of this.closeListeners) listener({ document });
  }
  onDidClose(listener: (e: { document: TextDocument }) => void): { dispose(): void } {
    this.closeListeners.push(listener);
    return { dispose() {} };
  }
  all(): TextDocument[] {
    return [...this.docs.values()];
  }
}

const URI = 'file:///workspace/summit.policy.md';
const TEXT = dedent`
  ---
  id: summit
  date: 2025-04-29
  ---
  HANOI – Prime Minister Shigeru Ishiba met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.

  The two leaders agreed to hold the first meeting in Japan by the end of the year.
`;

function setUp(): { connection: RecordingConnection; store: DocumentStore; analyses: AnalysisCache; registries: RegistryStore; calls: () => number } {
  let calls = 0;
  const counting = (text: string, ctx?: AnalysisContext): DocumentAnalysis => {
    calls++;
    return analyzeDocument(text, ctx);
  };
  const registries = new RegistryStore();
  const analyses = new AnalysisCache(registries, counting);
  const store = new DocumentStore();
  const services: Services = {
    // The stand-in store offers the members the features use (get, onDidClose, all); a full
    // TextDocuments would need a live connection to receive documents.
    documents: store as unknown as TextDocuments<TextDocument>,
    analyses,
    registries,
    index: new WorkspaceIndex(),
    logger: silentLogger,
    isRegistry: (uri) => uri.endsWith('officials.yaml'),
    today: () => '2026-01-15',
  };
  const connection = new RecordingConnection();
  // Only the registration methods the three features call exist on the recorder.
  const asConnection = connection as unknown as Connection;
  registerSemanticTokens(asConnection, services);
  registerHover(asConnection, services);
  registerDiagnostics(asConnection, services);
  return { connection, store, analyses, registries, calls: () => calls };
}

async function everyRequest(connection: RecordingConnection, document: TextDocument): Promise<void> {
  const textDocument = { uri: document.uri };
  const ishiba = document.getText().indexOf('Ishiba');
  await connection.call('hover', { textDocument, position: document.positionAt(ishiba + 1) });
  const full = (await connection.call('tokens', { textDocument })) as { resultId?: string };
  await connection.call('tokensDelta', { textDocument, previousResultId: full.resultId ?? '' });
  await connection.call('tokensRange', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } } });
  await connection.call('diagnostics', { textDocument });
  await connection.call('hover', { textDocument, position: document.positionAt(document.getText().indexOf('Hanoi') + 1) });
}

describe('the analysis cache', () => {
  test('one document version is analysed exactly once across hover, tokens and diagnostics', async () => {
    const { connection, store, analyses, calls } = setUp();
    const document = TextDocument.create(URI, 'policy', 1, TEXT);
    store.set(document);
    await everyRequest(connection, document);
    assert.equal(calls(), 1);
    assert.equal(analyses.computations, 1);
  });

  test('a new version is analysed once more, on the first request after the change', async () => {
    const { connection, store, calls } = setUp();
    const document = TextDocument.create(URI, 'policy', 1, TEXT);
    store.set(document);
    await everyRequest(connection, document);
    const changed = TextDocument.update(document, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Today, ' }], 2);
    store.set(changed);
    assert.equal(calls(), 1, 'a change alone computes nothing');
    await everyRequest(connection, changed);
    assert.equal(calls(), 2);
  });

  test('a registry change makes the next request analyse the same version again, once', async () => {
    const { connection, store, registries, calls } = setUp();
    const document = TextDocument.create(URI, 'policy', 1, TEXT);
    store.set(document);
    await everyRequest(connection, document);
    registries.setFile('file:///workspace/officials.yaml', 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n');
    await everyRequest(connection, document);
    assert.equal(calls(), 2);
  });

  test('closing a document drops its analysis, so reopening analyses it again', async () => {
    const { connection, store, analyses, calls } = setUp();
    const document = TextDocument.create(URI, 'policy', 1, TEXT);
    store.set(document);
    await everyRequest(connection, document);
    store.close(URI);
    analyses.evict(URI);
    assert.equal(analyses.paragraphCacheOf(URI), undefined);
    store.set(document);
    await everyRequest(connection, document);
    assert.equal(calls(), 2);
  });
});
