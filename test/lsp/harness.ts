import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  Position,
  SemanticTokens,
} from 'vscode-languageserver-protocol';
import { initializeParams } from '../support/lspInitialize';
import { startServerProcess, stopServerProcess } from '../support/serverProcess';

/** A decoded semantic token: the text it covers, its type and modifiers. */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly text: string;
  readonly type: string;
  readonly modifiers: readonly string[];
}

/** Options of a server session. */
export interface SessionOptions {
  /** Workspace folder to index (a path); none by default. */
  readonly folder?: string;
  readonly initializationOptions?: Record<string, unknown>;
  /** Fixed "today" for overdue checks. */
  readonly today?: string;
  /** Extra environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
  /** Workspace folder URIs given before `folder` (any scheme). */
  readonly extraFolders?: readonly string[];
}

/**
 * A running `dist/server.js --stdio` and a JSON-RPC connection to it, speaking LSP as an editor
 * would. Every test starts its own server so that no state leaks between tests.
 */
export class LspSession {
  private readonly texts = new Map<string, { text: string; version: number }>();
  private legend: { tokenTypes: string[]; tokenModifiers: string[] } = { tokenTypes: [], tokenModifiers: [] };
  initializeResult!: InitializeResult;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    /** Server stderr and log messages, for failure reports. */
    readonly logs: string[],
    /** How often the server asked the editor to re-pull diagnostics and tokens. */
    readonly refreshes: { diagnostics: number; semanticTokens: number },
  ) {}

  /** Spawns the bundled server and completes the initialize handshake. */
  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const logs: string[] = [];
    const refreshes = { diagnostics: 0, semanticTokens: 0 };
    const { child, connection } = startServerProcess({
      ...(options.today ? { today: options.today } : {}),
      ...(options.env ? { env: options.env } : {}),
      log: (line) => logs.push(line),
      onRefresh: (kind) => refreshes[kind]++,
    });
    const session = new LspSession(child, connection, logs, refreshes);
    session.initializeResult = await connection.sendRequest<InitializeResult>('initialize', initializeParams(options.folder, options.initializationOptions ?? {}, options.extraFolders ?? []));
    const provider = session.initializeResult.capabilities.semanticTokensProvider;
    if (provider) session.legend = provider.legend;
    await connection.sendNotification('initialized', {});
    await session.waitForIndex();
    return session;
  }

  /** Waits until the initial workspace scan is over, by asking the server (no sleeps). */
  async waitForIndex(): Promise<void> {
    for (let i = 0; i < 2000; i++) {
      const status = await this.connection.sendRequest<{ indexing: boolean; documents: number }>('policyLens/status');
      if (!status.indexing && i > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('the server never finished indexing');
  }

  /** Opens a document with the given text (default: read from disk). */
  async open(path: string, text?: string, languageId = 'policy'): Promise<string> {
    // Any URI is taken as it is (`git:/…` has no authority); a drive letter is no scheme.
    const uri = /^[a-z][\w+.-]+:/i.test(path) ? path : pathToFileURL(path).href;
    const content = text ?? readFileSync(path, 'utf8');
    this.texts.set(uri, { text: content, version: 1 });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  /** Replaces a range (given as offsets) of an open document through an incremental didChange. */
  async edit(uri: string, start: number, end: number, newText: string): Promise<void> {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const range = { start: this.positionAt(uri, start), end: this.positionAt(uri, end) };
    doc.text = doc.text.slice(0, start) + newText + doc.text.slice(end);
    doc.version++;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ range, text: newText }],
    });
  }

  /** Closes a document, as the editor does when its tab is closed (saved or not). */
  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The current text of an open document, as the server sees it. */
  textOf(uri: string): string {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.text;
  }

  /** Line/character of an offset in an open document. */
  positionAt(uri: string, offset: number): Position {
    const text = this.textOf(uri).slice(0, offset);
    const lines = text.split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  }

  /** Offset of a line/character in an open document. */
  offsetAt(uri: string, position: Position): number {
    const lines = this.textOf(uri).split('\n');
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += lines[i]!.length + 1;
    return offset + position.character;
  }

  /** The hover at the first occurrence of `needle` (plus `within` code units). */
  async hoverAt(uri: string, needle: string, within = 1, occurrence = 0): Promise<Hover | null> {
    const offset = this.find(uri, needle, occurrence) + within;
    return this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: this.positionAt(uri, offset) });
  }

  /** The markdown of the hover at `needle`, or undefined. */
  async hoverText(uri: string, needle: string, within = 1, occurrence = 0): Promise<string | undefined> {
    const hover = await this.hoverAt(uri, needle, within, occurrence);
    const contents = hover?.contents;
    if (!contents) return undefined;
    return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
  }

  /** Offset of the n-th occurrence of `needle` in an open document. */
  find(uri: string, needle: string, occurrence = 0): number {
    const text = this.textOf(uri);
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" not found in ${uri}`);
    }
    return at;
  }

  /** Full semantic tokens, decoded into text/type/modifiers. */
  async tokens(uri: string): Promise<DecodedToken[]> {
    const result = await this.connection.sendRequest<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
    return this.decode(uri, result?.data ?? []);
  }

  /** Decodes relative token data against the current text. */
  decode(uri: string, data: readonly number[]): DecodedToken[] {
    const lines = this.textOf(uri).split('\n');
    const out: DecodedToken[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 4 < data.length + 1 && i < data.length; i += 5) {
      const [dl, dc, length, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += dl;
      character = dl === 0 ? character + dc : dc;
      const modifiers = this.legend.tokenModifiers.filter((_, bit) => (mods & (1 << bit)) !== 0);
      out.push({ line, character, text: (lines[line] ?? '').slice(character, character + length), type: this.legend.tokenTypes[type] ?? `#${type}`, modifiers });
    }
    return out;
  }

  /** Pull diagnostics of an open document. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  /** Code actions for a diagnostic. */
  async codeActions(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return (
      (await this.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
      })) ?? []
    );
  }

  /** Shuts the server down cleanly and waits for the process to exit. */
  async stop(): Promise<void> {
    await stopServerProcess(this.child, this.connection);
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

/** Stops a session (when it started) and removes its temporary workspace, even when stopping fails. */
export async function stopAndRemove(session: LspSession | undefined, workspace: string | undefined): Promise<void> {
  try {
    await session?.stop();
  } finally {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  }
}
