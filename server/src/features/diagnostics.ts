import { randomUUID } from 'node:crypto';
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
import { checkDocument, outcomeKey, referencesOf, workspaceOutcome, type WorkspaceOutcome, type WorkspaceReferences } from '../analysis/checks/index';
import type { Finding } from '../analysis/findings';
import { LineIndex } from '../analysis/lineIndex';
import type { Span } from '../analysis/types';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { toDiagnostic } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { checkClosedDocument, completeFindings, contentHash, type ClosedDocumentChecks } from '../workspace/closedDocumentChecks';
import { normalizeUri, type FileSystem } from '../workspace/fileSystem';
import { WORKER_MIN_DOCUMENTS, workerCount } from '../workspace/indexScan';
import { checkInWorkers, type IndexJob } from '../workspace/indexWorkers';
import { WorkspaceIndex, type DocumentFacts } from '../workspace/workspaceIndex';
import { isWorkingCopy } from '../workspace/workspaceMembership';
import type { Services } from './services';

/** What diagnostics need beyond the common services: the file system, to read closed documents. */
export interface DiagnosticsServices extends Services {
  readonly fileSystem: FileSystem;
  /** The bundled server file, when it can run as a worker thread; without it every check runs in process. */
  readonly workerEntry?: string;
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

/** The workspace a snapshot is checked against: none, as for a file opened on its own. */
const NO_WORKSPACE = new WorkspaceIndex();

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
      // A snapshot (a diff's old side) is checked on its own: against the workspace, its id would
      // always be a duplicate of its own working copy's.
      workspace: isWorkingCopy(document.uri) ? services.index : NO_WORKSPACE,
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
export function registerWorkspaceDiagnostics(connection: Connection, services: DiagnosticsServices): void {
  const workspace = new ClosedDocumentDiagnostics(services);
  connection.languages.diagnostics.onWorkspace((params, token, _workDone, resultProgress) =>
    runSafe<WorkspaceDiagnosticReport>(services.logger, 'workspace diagnostics', token, { items: [] }, () =>
      workspace.report(params, token, resultProgress),
    ),
  );
}

/**
 * How many document reports go into one partial result, so that a large workspace streams without a
 * notification per file, while each notification stays a few milliseconds of serialisation.
 */
const PARTIAL_BATCH = 10;

/** What the pull last read of a closed document: its content hash and references, and the index entry that was current then. */
interface ReadStamp {
  readonly hash: string;
  readonly refs: WorkspaceReferences;
  readonly facts: DocumentFacts;
}

/**
 * The workspace pull of closed documents. A report's result id is made of everything its problems
 * depend on: the file's content hash, the registry version, today's date, and what the workspace
 * answers for the document's own id and `fulfilled-by` references (read from the index). A request
 * whose previous id still matches is answered `unchanged` without reading the file, as long as the
 * index entry is the one that was current when the file was last read: a watched-file event or an
 * edit replaces the entry, and the file is read again. So VS Code's pull every two seconds costs a
 * lookup per document, and an edit elsewhere re-checks only the documents whose answer it changes.
 * Many documents to check are analysed in worker threads, whose heaps end with the pull.
 */
class ClosedDocumentDiagnostics {
  /** Result ids of another server process must never match, so that a restarted server re-reports everything. */
  private readonly session = randomUUID().slice(0, 8);
  private readonly stamps = new Map<string, ReadStamp>();

  constructor(private readonly services: DiagnosticsServices) {}

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
    // Every report of this pull is made against the same registry and date, whatever changes meanwhile.
    const context: PullContext = {
      registry: services.registries.registry,
      registryVersion: services.registries.version,
      today: services.today(),
      suggestions: new Map(),
      previous,
    };
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

    const toCheck: DocumentFacts[] = [];
    for (const facts of indexed) {
      const stamp = this.stamps.get(facts.uri);
      const resultId = stamp?.facts === facts ? this.resultId(stamp.hash, stamp.refs, this.outcome(stamp.refs, context), context) : undefined;
      if (resultId !== undefined && previous.get(facts.uri) === resultId) emit(unchanged(facts.uri, resultId));
      else toCheck.push(facts);
    }
    const cancelled = await this.check(toCheck, context, token, emit);
    if (cancelled) return { items: [] };

    const registries = this.registryReports(open, context);
    for (const item of registries) emit(item);

    // A document reported before that is now neither indexed nor open was deleted: clear its problems.
    const known = new Set(indexed.map((f) => f.uri));
    for (const item of registries) known.add(item.uri);
    for (const uri of previous.keys()) {
      if (!known.has(uri) && !open.has(uri) && services.index.get(uri) === undefined) emit({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    for (const uri of [...this.stamps.keys()]) if (!known.has(uri)) this.stamps.delete(uri);
    if (progress && batch.length > 0) progress.report({ items: batch });
    // With partial results the whole report has gone out as progress, so the response itself is empty.
    return { items };
  }

  /**
   * Reads, analyses and checks documents, emitting a full report for each: in worker threads when there
   * are many and the server runs from its bundle, else here, one document per turn of the event loop.
   * @returns true when the request was cancelled
   */
  private async check(documents: readonly DocumentFacts[], context: PullContext, token: CancellationToken, emit: (item: WorkspaceDocumentDiagnosticReport) => void): Promise<boolean> {
    const { services } = this;
    let handedOut = 0;
    // The index entry each file was read under: a stamp may only vouch for the entry of the text it checked.
    const readUnder = new Map<string, DocumentFacts | undefined>();
    const next = async (): Promise<IndexJob | undefined> => {
      while (handedOut < documents.length && !token.isCancellationRequested) {
        const { uri } = documents[handedOut++]!;
        readUnder.set(uri, services.index.get(uri));
        try {
          return { uri, text: await services.fileSystem.readFile(uri) };
        } catch (error) {
          services.logger.warn(`workspace diagnostics skipped ${uri}: ${error instanceof Error ? error.message : String(error)}`);
          this.stamps.delete(uri);
        }
      }
      return undefined;
    };
    const finish = (job: IndexJob, checks: ClosedDocumentChecks): void => {
      if (token.isCancellationRequested) return;
      emit(this.fullReport(job, checks, context, readUnder.get(job.uri)));
      readUnder.delete(job.uri);
    };
    // A document whose analysis throws is left out of this pull (and tried again by the next) rather
    // than stopping the others.
    const skip = (job: IndexJob, message: string): void => {
      services.logger.warn(`workspace diagnostics skipped ${job.uri}: ${message}`);
      this.stamps.delete(job.uri);
      readUnder.delete(job.uri);
    };
    const checkHere = (job: IndexJob): void => {
      try {
        finish(job, checkClosedDocument(job.uri, job.text, context.registry, context.today));
      } catch (error) {
        skip(job, error instanceof Error ? error.message : String(error));
      }
    };
    const workers = workerCount();
    if (services.workerEntry && documents.length >= WORKER_MIN_DOCUMENTS && workers > 0) {
      const started = Date.now();
      await checkInWorkers({
        entry: services.workerEntry,
        workers,
        registryFiles: services.registries.texts(),
        today: context.today,
        next,
        onChecks: finish,
        onFailure: (job, message, kind) => {
          // Only a document a stopped worker left unfinished is worth checking here; one whose analysis threw would throw again.
          if (kind === 'crashed') checkHere(job);
          else skip(job, message);
        },
      });
      services.logger.info(`Checked ${documents.length} closed documents in ${workers} worker threads in ${Date.now() - started} ms.`);
    }
    // Reading the file yields to the event loop, so requests are answered and a cancellation is seen
    // between documents. With workers, this finishes whatever no worker took because every one stopped.
    for (let job = await next(); job; job = await next()) checkHere(job);
    return token.isCancellationRequested;
  }

  /**
   * @param readUnder the index entry current when the file was read; a stamp is kept only while it is
   *   still the current one, since an entry replaced meanwhile (a watched-file event) may be of newer text
   */
  private fullReport(job: IndexJob, checks: ClosedDocumentChecks, context: PullContext, readUnder: DocumentFacts | undefined): WorkspaceDocumentDiagnosticReport {
    const { services } = this;
    const { uri, text } = job;
    const refs = referencesOf(checks.local.subject);
    const outcome = this.outcome(refs, context);
    // A later pull recomputes this id without reading the file while the index entry stays the same.
    if (readUnder !== undefined && services.index.get(uri) === readUnder) this.stamps.set(uri, { hash: checks.hash, refs, facts: readUnder });
    else this.stamps.delete(uri);
    const resultId = this.resultId(checks.hash, refs, outcome, context);
    // A file read again (its index entry was replaced) may well be as it was.
    if (context.previous.get(uri) === resultId) return unchanged(uri, resultId);
    const document = TextDocument.create(uri, 'policy', 0, text);
    const items = completeFindings(checks, outcome).map((f) => toDiagnostic(document, f, relatedRange(services)));
    return { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items };
  }

  /**
   * The problems of every registry file that is not open, as the store read them: a registry that
   * cannot be parsed drops its officials from every document, and said so only once it was opened.
   * A report stays valid while the registry version does (any registry change bumps it).
   */
  private registryReports(open: ReadonlySet<string>, context: PullContext): WorkspaceDocumentDiagnosticReport[] {
    const { services } = this;
    const reports: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of services.registries.uris()) {
      const text = services.registries.textOf(uri);
      if (open.has(uri) || text === undefined) continue;
      const resultId = `${this.session}:registry:${context.registryVersion}`;
      if (context.previous.get(uri) === resultId) {
        reports.push(unchanged(uri, resultId));
        continue;
      }
      const findings = services.registries.findingsFor(uri);
      // A clean registry is reported only to clear the problems of an earlier report.
      if (findings.length === 0 && !context.previous.has(uri)) continue;
      const document = TextDocument.create(uri, 'yaml', 0, text);
      const items = findings.map((f) => toDiagnostic(document, f, relatedRange(services)));
      reports.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items });
    }
    return reports;
  }

  private outcome(refs: WorkspaceReferences, context: PullContext): WorkspaceOutcome {
    return workspaceOutcome(refs, this.services.index, context.suggestions);
  }

  private resultId(hash: string, refs: WorkspaceReferences, outcome: WorkspaceOutcome, context: PullContext): string {
    return `${this.session}:${hash}:${context.registryVersion}:${context.today}:${contentHash(outcomeKey(refs, outcome)).slice(0, 12)}`;
  }
}

/** What every report of one pull is made against. */
interface PullContext {
  readonly registry: OfficialsRegistry;
  readonly registryVersion: number;
  readonly today: string;
  /** Closest ids of unknown references, computed once per pull. */
  readonly suggestions: Map<string, string | undefined>;
  /** The result ids the editor holds, by normalized URI. */
  readonly previous: ReadonlyMap<string, string>;
}

function unchanged(uri: string, resultId: string): WorkspaceDocumentDiagnosticReport {
  return { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId };
}
