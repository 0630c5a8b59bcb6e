import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Registers the commands; each is one call into the client or the server, with no analysis here. */
export function registerCommands(getClient: () => LanguageClient | undefined, restart: () => Promise<void>, output: vscode.LogOutputChannel): vscode.Disposable[] {
  void getClient;
  return [
    vscode.commands.registerCommand('policyLens.restartServer', async () => {
      await restart();
      void vscode.window.showInformationMessage('Policy Lens: server restarted.');
    }),
    vscode.commands.registerCommand('policyLens.showOutput', () => output.show()),
  ];
}
