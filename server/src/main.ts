import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { LifecycleGate, REFUSAL_HANDLERS } from './lsp/lifecycleGate';
import { applyV8Settings } from './lsp/v8Settings';
import { startServer } from './server';
import { isIndexWorker, runIndexWorker } from './workspace/indexWorkers';

// The same bundle runs the workspace scan's worker threads; a worker never opens a connection.
if (isIndexWorker()) runIndexWorker();
else serve();

function serve(): void {
  applyV8Settings();
  // `--stdio`, `--node-ipc` and `--socket=N` are read by createConnection from process.argv.
  // The gate answers requests sent before `initialize` or after `shutdown` as the protocol asks.
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: new LifecycleGate() });
  for (const [method, refuse] of REFUSAL_HANDLERS) connection.onRequest(method, refuse);

  // A stray rejection or exception is logged, never allowed to end the process mid-session.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`);
  });

  startServer(connection, { indexWorkerEntry: __filename });
}
