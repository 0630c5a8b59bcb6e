import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_CHANGED_NOTIFICATION } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { registerCommitmentsView } from './commitmentsView';
import { registerMarkFulfilled } from './markFulfilled';
import { registerTimeline } from './timeline';
import { createLanguageClient } from './languageClient';

let client: LanguageClient | undefined;
let watchers: vscode.Disposable[] = [];
/** Starts and restarts run one after another, so that no server is left running unreferenced. */
let lifecycle: Promise<void> = Promise.resolve();

/** Stops and disposes the current client and its file watchers. */
async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  for (const watcher of watchers.splice(0)) watcher.dispose();
  await old?.dispose().catch(() => undefined);
}

/** Starts the language server and registers commands and views. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Policy Lens', { log: true });
  // The server says when the index changed; the views ask again, once for a burst of changes.
  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshViews = (): void => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      commitments.provider.refresh();
      timeline.refresh();
    }, 150);
  };
  const start = async (): Promise<void> => {
    const created = createLanguageClient(context, output);
    client = created.client;
    watchers = created.watchers;
    client.onNotification(INDEX_CHANGED_NOTIFICATION, refreshViews);
    await client.start();
    refreshViews();
  };
  const enqueue = (step: () => Promise<void>): Promise<void> => {
    lifecycle = lifecycle.then(step).catch((error: unknown) => output.error(`Policy Lens: ${error instanceof Error ? error.message : String(error)}`));
    return lifecycle;
  };
  const restart = (): Promise<void> =>
    enqueue(async () => {
      await stopClient();
      await start();
    });
  context.subscriptions.push(output, ...registerCommands(() => client, restart, output));
  const commitments = registerCommitmentsView(() => client);
  const timeline = registerTimeline(context, () => client);
  context.subscriptions.push(
    ...commitments.disposables,
    registerMarkFulfilled(() => client, () => commitments.provider.refresh()),
    ...timeline.disposables,
    { dispose: () => clearTimeout(refreshTimer) },
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Document selectors and watchers are fixed at start, so a relevant change restarts the server.
      if (e.affectsConfiguration('policyLens.files') || e.affectsConfiguration('policyLens.officials') || e.affectsConfiguration('policyLens.inlayHints')) await restart();
    }),
  );
  await vscode.commands.executeCommand('setContext', 'policyLens.active', true);
  await enqueue(start);
}

/** Stops the language server, after any start or restart under way. */
export async function deactivate(): Promise<void> {
  await lifecycle;
  await stopClient();
}
