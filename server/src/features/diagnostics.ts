import { createHash, randomUUID } from 'node:crypto';
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Range,
  type ResultProgressReporter,
  type ServerCapabilities,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../analysis/checks/index';
import type { Finding } from '../analysis/findings';
import { analyzeDocument, type DocumentAnalysis } from '../analysis/index';
import { LineIndex } from '../analysis/lineIndex';
import type { Span } from '../analysis/types';
import { toDiagnostic } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { BoundedMemo } from '../workspace/boundedMemo';
import { normalizeUri, type FileSystem } from '../workspace/fileSystem';
import type { Services } from './services';

/** What diagnostics need beyond the common services: the file system, to read closed documents. */
export interface DiagnosticsServices extends Services {
  readonly fileSystem: FileSystem;
}

/**
 * The capability fragment of this feature: pull diagnostics, re-pulled when other files change,
 * for open documents one by one and for the closed documents of the workspace all at once.
 */
export const diagnosticsCapability: ServerCapabilities['diagnosticProvider'] = {
  identifier: 'policy-lens',
  interFileDependencies: true,
  workspaceDiagnostics: true,
};

/** Every finding of an open document: parse problems plus the annotation checks against registry and workspace. */
export function findingsOf(document: TextDocument, services: Services): readonly Finding[] {
  // The registry store already re-read this file on didChange (server.ts), under its normalized URI.
  if (services.isRegistry(document.uri)) return services.registries.findingsFor(normalizeUri(document.uri));
  const analysis = services.analyses.get(document);
  return [
    ...analysis.findings,
    ...checkDocument(analysis, document.getText(), {
      uri: document.uri,
      registry: services.registries.registry,
      workspace: services.index,
      today: services.today(),
    }),
  ];
}

/** Where a related span of another file is, from the open document, the index or the registry store. */
function relatedRange(services: Services): (uri: string, span: Span) => Range | undefined {
  return (uri, span) => {
    const open = services.documents.get(uri);
    if (open) return { start: open.positionAt(span.start), end: open.positionAt(span.end) };
    const facts = services.index.get(uri);
    const registryText = services.registries.textOf(uri);
    const lines = facts?.lines ?? (registryText !== undefined ? new LineIndex(registryText) : undefined);
    return lines ? { start: lines.positionAt(span.start), end: lines.positionAt(span.end) } : undefined;
  };
}

/** Registers the document pull: the diagnostics of one open document. */
export function registerDiagnostics(connection: Connection, services: Services): void {
  connection.languages.diagnostics.on((params, token) =>
    runSafe<DocumentDiagnosticReport>(
      services.logger,
      `diagnostics ${params.textDocument.uri}`,
      token,
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      async () => {
        const uri = params.textDocument.uri;
        // A large document is first analysed on every core; findings are then of its latest version.
        if (!services.isRegistry(uri)) await services.analyses.prepared(() => services.documents.get(uri));
        const document = services.documents.get(uri);
        if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const items: Diagnostic[] = findingsOf(document, services).map((f) => toDiagnostic(document, f, relatedRange(services)));
        return { kind: DocumentDiagnosticReportKind.Full, items };
      },
    ),
  );
}

/**
 * Registers the workspace pull: the diagnostics of every indexed policy document that is not open,
 * read through the injected file system. Open documents stay with the document pull.
 */
export function registerWorkspaceDiagnostics(connection: Connection, services: DiagnosticsServices, memoTextBudget = MEMO_TEXT_BUDGET): void {
  const workspace = new ClosedDocumentDiagnostics(services, memoTextBudget);
  connection.languages.diagnostics.onWorkspace((params, token, _workDone, resultProgress) =>
    runSafe<WorkspaceDiagnosticReport>(services.logger, 'workspace diagnostics', token, { items: [] }, () =>
      workspace.report(params, token, resultProgress),
    ),
  );
}

/**
 * How much closed-document text (UTF-16 code units) the workspace pull keeps analyses of. An analysis of
 * a 10 KB document keeps 130–160 KB of heap, so the 6 MB budget bounds the memo near 100 MB: all of a
 * workspace of a few hundred documents, while in a 10,000-document workspace (1.3–1.6 GB unbounded) the rest
 * is analysed again when a change elsewhere makes a pull re-run the checks.
 */
const MEMO_TEXT_BUDGET = 6_000_000;

/** How many document reports go into one partial result, so that a large workspace streams without a notification per file. */
const PARTIAL_BATCH = 25;

/**
 * The workspace pull of closed documents. Each report's result id is derived from the file's
 * content hash, the registry version, the index version and today's date, which are all the inputs
 * of its findings; a request whose previous id matches is answered `unchanged` without analysis.
 * The analyses are memoised here (within a text budget), per instance, so nothing outlives the server.
 */
class ClosedDocumentDiagnostics {
  /** Result ids of another server process must never match, so that a restarted server re-reports everything. */
  private readonly session = randomUUID().slice(0, 8);
  private readonly analyses: BoundedMemo<{ key: string; analysis: DocumentAnalysis }>;

  constructor(
    private readonly services: DiagnosticsServices,
    memoTextBudget: number,
  ) {
    this.analyses = new BoundedMemo(memoTextBudget);
  }

  /** Reports every indexed document that is not open; through `progress` in batches when the client asked for partial results. */
  async report(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    const { services } = this;
    const previous = new Map(params.previousResultIds.map((p) => [normalizeUri(p.uri), p.value]));
    const open = new Set(services.documents.all().map((d) => normalizeUri(d.uri)));
    const indexed = services.index.all().filter((facts) => !open.has(facts.uri) && !services.isRegistry(facts.uri));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    let batch: WorkspaceDocumentDiagnosticReport[] = [];
    const emit = (item: WorkspaceDocumentDiagnosticReport): void => {
      if (!progress) {
        items.push(item);
        return;
      }
      batch.push(item);
      if (batch.length >= PARTIAL_BATCH) {
        progress.report({ items: batch });
        batch = [];
      }
    };

    for (const { uri } of indexed) {
      // Reading the file yields to the event loop, so a cancellation sent meanwhile is seen here.
      if (token.isCancellationRequested) return { items: [] };
      const item = await this.reportOne(uri, previous.get(uri));
      if (item) emit(item);
    }
    // A document reported before that is now neither indexed nor open was deleted: clear its problems.
    const known = new Set(indexed.map((f) => f.uri));
    for (const uri of previous.keys()) {
      if (!known.has(uri) && !open.has(uri) && !services.isRegistry(uri) && services.index.get(uri) === undefined) emit({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    for (const uri of [...this.analyses.keys()]) if (!known.has(uri)) this.analyses.delete(uri);
    if (progress && batch.length > 0) progress.report({ items: batch });
    // With partial results the whole report has gone out as progress, so the response itself is empty.
    return { items };
  }

  /** The report of one closed document, or undefined when it cannot be read. */
  private async reportOne(uri: string, previousResultId: string | undefined): Promise<WorkspaceDocumentDiagnosticReport | undefined> {
    const { services } = this;
    let text: string;
    try {
      text = await services.fileSystem.readFile(uri);
    } catch (error) {
      services.logger.warn(`workspace diagnostics skipped ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      this.analyses.delete(uri);
      return undefined;
    }
    const hash = createHash('sha1').update(text).digest('base64url');
    const analysisKey = `${hash}:${services.registries.version}`;
    const resultId = `${this.session}:${analysisKey}:${services.index.version}:${services.today()}`;
    // Reports themselves are not kept: the editor sends the result id it holds, and 90-odd problems of a
    // busy document kept for each of 10,000 documents were about 1.5 GB.
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId };

    // The analysis depends only on the text and the registry, so a change elsewhere in the workspace re-runs only the checks.
    let analysis = this.analyses.get(uri);
    if (analysis?.key !== analysisKey) {
      analysis = { key: analysisKey, analysis: checkedFields(analyzeDocument(text, { registry: services.registries.registry })) };
      this.analyses.set(uri, analysis, text.length);
    }
    const findings = [
      ...analysis.analysis.findings,
      ...checkDocument(analysis.analysis, text, { uri, registry: services.registries.registry, workspace: services.index, today: services.today() }),
    ];
    const document = TextDocument.create(uri, 'policy', 0, text);
    const items = findings.map((f) => toDiagnostic(document, f, relatedRange(services)));
    return { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items };
  }
}

/**
 * The parts of an analysis that the checks read, as plain data: an analysis closes over its paragraph
 * memo and per-paragraph copies of every result, as large again as these, which a memo holding every
 * closed document of the workspace would otherwise keep alive.
 */
function checkedFields(analysis: DocumentAnalysis): DocumentAnalysis {
  const { skipped, frontMatter, bodyStart, annotations, documentDate, entities, commitments, findings } = analysis;
  return { skipped, bodyStart, annotations, entities, commitments, findings, ...(frontMatter ? { frontMatter } : {}), ...(documentDate ? { documentDate } : {}) };
}
