import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoPath } from './paths';

/** How to start the bundled server. */
export interface ServerProcessOptions {
  /** Extra Node flags before the script (profiling, heap size). */
  readonly nodeArgs?: readonly string[];
  /** Fixed "today" (YYYY-MM-DD) for overdue checks. */
  readonly today?: string;
  /** Extra environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
  /** Receives the server's stderr and window/logMessage lines. */
  readonly log: (line: string) => void;
  /** Called when the server asks the editor to re-pull diagnostics or semantic tokens. */
  readonly onRefresh?: (kind: 'diagnostics' | 'semanticTokens') => void;
  /** Drops every `$/progress` notification (the benchmark does not look at progress). */
  readonly ignoreProgress?: boolean;
}

/**
 * Spawns `node dist/server.js --stdio` and connects to it as an editor would, answering the
 * requests a server sends to its client (refreshes, progress, configuration). The connection is
 * listening; the caller sends `initialize`.
 */
export function startServerProcess(options: ServerProcessOptions): { child: ChildProcessWithoutNullStreams; connection: MessageConnection } {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), repoPath('dist/server.js'), '--stdio'], {
    env: { ...process.env, ...(options.today ? { POLICY_LENS_TODAY: options.today } : {}), ...options.env },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  child.stderr.on('data', (d: Buffer) => options.log(d.toString()));
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    options.log(p.message);
  });
  connection.onRequest('workspace/diagnostic/refresh', () => {
    options.onRefresh?.('diagnostics');
    return null;
  });
  connection.onRequest('workspace/semanticTokens/refresh', () => {
    options.onRefresh?.('semanticTokens');
    return null;
  });
  for (const method of ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'window/workDoneProgress/create', 'client/registerCapability']) {
    connection.onRequest(method, () => null);
  }
  // A catch-all `$/progress` handler would swallow the token handlers of tests that ask for partial results.
  if (options.ignoreProgress) connection.onNotification('$/progress', () => undefined);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  return { child, connection };
}

/**
 * Shuts the server down as an editor would (`shutdown`, then `exit`) and waits for the process to
 * end, killing it when it does not answer or takes longer than `killAfterMs`.
 */
export async function stopServerProcess(child: ChildProcessWithoutNullStreams, connection: MessageConnection, killAfterMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill(), killAfterMs);
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch {
    child.kill();
  }
  await exited;
  clearTimeout(timer);
  connection.dispose();
}
