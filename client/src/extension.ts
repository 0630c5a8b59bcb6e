import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerCommitmentsView } from './commitmentsView';
import { registerMarkFulfilled } from './markFulfilled';
import { registerTimeline } from './timeline';
import { createLanguageClient } from './languageClient';

let client: LanguageClient | undefined;

/** Starts the language server and registers commands and views. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Policy Lens', { log: true });
  const start = async (): Promise<void> => {
    client = createLanguageClient(context, output);
    await client.start();
    // The view asked while the server was starting got nothing; ask again now that it runs.
    commitments.provider.refresh();
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    await old?.stop().catch(() => undefined);
    await start();
  };
  context.subscriptions.push(output, ...registerCommands(() => client, restart, output));
  const commitments = registerCommitmentsView(() => client);
  context.subscriptions.push(
    ...commitments.disposables,
    registerMarkFulfilled(() => client, () => commitments.provider.refresh()),
    ...registerTimeline(context, () => client),
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Document selectors and watchers are fixed at start, so a relevant change restarts the server.
      if (e.affectsConfiguration('policyLens.files') || e.affectsConfiguration('policyLens.officials') || e.affectsConfiguration('policyLens.inlayHints')) await restart();
    }),
  );
  await vscode.commands.executeCommand('setContext', 'policyLens.active', true);
  await start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
