/**
 * A lean LSP client for benchmarks and robustness tests: it spawns the real `dist/server.js --stdio`
 * and keeps each open document's line starts, so that positions on a 10 MB text cost a binary
 * search rather than a split of the whole text (the test harness's way, fine for small documents).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport, Hover, InitializeResult, Position, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { WorkspaceDiagnosticRequest, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { initializeParams } from '../../support/lspInitialize';
import { startServerProcess, stopServerProcess } from '../../support/serverProcess';

/** The status the server reports on `policyLens/status`. */
export interface ServerStatus {
  readonly documents: number;
  readonly registries: number;
  readonly officials: number;
  readonly indexing: boolean;
}

/** A token decoded against the client's copy of the text, with absolute offsets. */
export interface OffsetToken {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

class OpenText {
  lineStarts: number[] = [0];
  version = 1;

  constructor(public text: string) {
    this.reindex();
  }

  /** Recomputes line starts; CR, LF and CRLF each end a line, as LSP positions count them. */
  reindex(): void {
    const starts = [0];
    const text = this.text;
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
    this.lineStarts = starts;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low]! };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line];
    return start === undefined ? this.text.length : start + position.character;
  }

  /** Applies a replacement, updating line starts without rescanning when no line break is involved. */
  replace(start: number, end: number, newText: string): void {
    const removed = this.text.slice(start, end);
    const touchesBreak = /[\r\n]/.test(removed) || /[\r\n]/.test(newText) || this.text.charAt(start - 1) === '\r' || this.text.charAt(end) === '\n';
    this.text = this.text.slice(0, start) + newText + this.text.slice(end);
    this.version++;
    if (touchesBreak) {
      this.reindex();
      return;
    }
    const delta = newText.length - (end - start);
    if (delta === 0) return;
    const starts = this.lineStarts;
    for (let i = starts.length - 1; i > 0 && starts[i]! > start; i--) starts[i] = starts[i]! + delta;
  }
}

/** Options of a client session. */
export interface ClientOptions {
  /** Workspace folder to index; none by default. */
  readonly folder?: string;
  /** Wait for the initial scan to finish before `start` resolves (default true). */
  readonly waitForIndex?: boolean;
  readonly today?: string;
  /** Extra Node.js arguments for the server process (for example `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
}

/** What one workspace pull reported. */
export interface WorkspacePull {
  readonly documents: number;
  readonly problems: number;
  /** Documents reported `unchanged` against the previous result ids. */
  readonly unchanged: number;
  /** The result id of every document, to send with the next pull. */
  readonly resultIds: ReadonlyMap<string, string>;
}

/** One running server and the client side of its connection. */
export class BenchClient {
  private readonly open = new Map<string, OpenText>();
  private readonly resultIds = new Map<string, string>();
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    /** Server stderr and log messages. */
    readonly logs: string[],
    /** Waiters for the server's next `workspace/diagnostic/refresh`. */
    private readonly refreshWaiters: (() => void)[],
  ) {}

  /** Spawns the bundled server and completes the initialize handshake. */
  static async start(options: ClientOptions = {}): Promise<BenchClient> {
    const logs: string[] = [];
    const waiters: (() => void)[] = [];
    const { child, connection } = startServerProcess({
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
      ...(options.today ? { today: options.today } : {}),
      log: (line) => logs.push(line),
      onRefresh: (kind) => {
        if (kind === 'diagnostics') for (const resolve of waiters.splice(0)) resolve();
      },
    });
    const client = new BenchClient(child, connection, logs, waiters);
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', initializeParams(options.folder, {}));
    await connection.sendNotification('initialized', {});
    if (options.waitForIndex !== false) await client.waitForIndex();
    return client;
  }

  /** Settles when the server next asks the editor to re-pull diagnostics (after a change other documents depend on). */
  diagnosticsRefreshed(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  /** The server's status. */
  status(): Promise<ServerStatus> {
    return this.connection.sendRequest<ServerStatus>('policyLens/status');
  }

  /** Polls the status until the initial scan is over (no sleeps beyond a 5 ms poll interval). */
  async waitForIndex(timeoutMs = 600_000): Promise<ServerStatus> {
    const deadline = Date.now() + timeoutMs;
    for (let i = 0; Date.now() < deadline; i++) {
      const status = await this.status();
      if (!status.indexing && i > 0) return status;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('the server never finished indexing');
  }

  /** Opens a document (text read from disk when not given) and returns its URI. */
  async openDocument(pathOrUri: string, text?: string, languageId = 'policy'): Promise<string> {
    const uri = pathOrUri.includes('://') ? pathOrUri : pathToFileURL(pathOrUri).href;
    const content = text ?? readFileSync(pathOrUri, 'utf8');
    this.open.set(uri, new OpenText(content));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  /** Closes a document. */
  async closeDocument(uri: string): Promise<void> {
    this.open.delete(uri);
    this.resultIds.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces the offsets [start, end) with `newText` through one incremental didChange. */
  async edit(uri: string, start: number, end: number, newText: string): Promise<void> {
    const doc = this.doc(uri);
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    doc.replace(start, end, newText);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ range, text: newText }],
    });
  }

  /** The client's copy of an open document's text. */
  textOf(uri: string): string {
    return this.doc(uri).text;
  }

  /** Line/character of an offset in an open document. */
  positionAt(uri: string, offset: number): Position {
    return this.doc(uri).positionAt(offset);
  }

  /** Offset of a line/character in an open document. */
  offsetAt(uri: string, position: Position): number {
    return this.doc(uri).offsetAt(position);
  }

  /** Full semantic tokens (raw data); remembers the result id for deltas. */
  async tokensFull(uri: string): Promise<number[]> {
    const result = await this.connection.sendRequest<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
    if (result?.resultId) this.resultIds.set(uri, result.resultId);
    return result?.data ?? [];
  }

  /** Semantic tokens as a delta against the previous result (falls back to full without one). */
  async tokensDelta(uri: string): Promise<SemanticTokens | SemanticTokensDelta | null> {
    const previousResultId = this.resultIds.get(uri);
    if (!previousResultId) return { data: await this.tokensFull(uri) };
    const result = await this.connection.sendRequest<SemanticTokens | SemanticTokensDelta | null>('textDocument/semanticTokens/full/delta', {
      textDocument: { uri },
      previousResultId,
    });
    if (result?.resultId) this.resultIds.set(uri, result.resultId);
    return result;
  }

  /** Pull diagnostics of a document. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  /** The hover at an offset. */
  hover(uri: string, offset: number): Promise<Hover | null> {
    return this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: this.positionAt(uri, offset) });
  }

  /** Decodes relative token data into absolute offsets against the client's text. */
  decode(uri: string, data: readonly number[]): OffsetToken[] {
    const doc = this.doc(uri);
    const out: OffsetToken[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      const dl = data[i]!;
      line += dl;
      character = dl === 0 ? character + data[i + 1]! : data[i + 1]!;
      const start = doc.offsetAt({ line, character });
      out.push({ start, end: start + data[i + 2]!, line, character, length: data[i + 2]!, type: data[i + 3]!, modifiers: data[i + 4]! });
    }
    return out;
  }

  /**
   * One workspace pull as VS Code's client makes it: partial results, and the result ids of the previous
   * pull, so that documents whose problems did not change come back `unchanged`.
   */
  async workspaceDiagnostics(previous: ReadonlyMap<string, string> = new Map()): Promise<WorkspacePull> {
    const token = `bench-pull-${Date.now()}`;
    const resultIds = new Map(previous);
    let documents = 0;
    let problems = 0;
    let unchanged = 0;
    const count = (reports: readonly WorkspaceDocumentDiagnosticReport[]): void => {
      documents += reports.length;
      for (const report of reports) {
        if (report.kind === 'full') problems += report.items.length;
        else unchanged++;
        if (report.resultId !== undefined) resultIds.set(report.uri, report.resultId);
      }
    };
    const progress = this.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (partial) => count(partial.items));
    try {
      const previousResultIds = [...previous].map(([uri, value]) => ({ uri, value }));
      const report = await this.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds, partialResultToken: token });
      count(report.items);
    } finally {
      progress.dispose();
    }
    return { documents, problems, unchanged, resultIds };
  }

  /** Resident set size of the server process in MB, from /proc (undefined off Linux). */
  rssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      return kb ? Number(kb) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Shuts the server down and waits for it to exit (killing it when it does not answer). */
  async stop(): Promise<void> {
    await stopServerProcess(this.child, this.connection);
  }

  private doc(uri: string): OpenText {
    const doc = this.open.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }
}
