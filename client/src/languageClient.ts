import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { validateSettings, type PolicyLensSettings } from '../../server/src/protocol';
import { documentSelector } from './documentSelector';
import { FolderEventForwarder } from './folderEvents';

/**
 * The settings the server needs, read from the `policyLens.*` configuration. `get` returns a value that
 * breaks the schema as the user wrote it, so each is checked (and logged when replaced) before the
 * document selector, the watchers and the server use it.
 */
export function readSettings(output: vscode.LogOutputChannel): PolicyLensSettings {
  const config = vscode.workspace.getConfiguration('policyLens');
  return validateSettings(
    {
      include: config.get<unknown>('files.include'),
      registryGlob: config.get<unknown>('officials.registryGlob'),
      inlayHints: config.get<unknown>('inlayHints.resolvedDates'),
    },
    (message) => output.warn(message),
  );
}

/**
 * Creates the language client; the server runs as a Node process over IPC. The file watchers are
 * returned with it: the client does not dispose watchers it is given, so they go with the client.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): { client: LanguageClient; watchers: vscode.Disposable[] } {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const settings = readSettings(output);
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.policy.md'),
    vscode.workspace.createFileSystemWatcher(settings.registryGlob),
    ...settings.include.map((g) => vscode.workspace.createFileSystemWatcher(g)),
  ];
  // Folders deleted, renamed or created match none of those globs (see folderEvents.ts).
  const everyPath = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings.include, settings.registryGlob),
    initializationOptions: settings,
    outputChannel: output,
    synchronize: { fileEvents: watchers },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  const client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  const folders = new FolderEventForwarder({
    isFolder: async (uri) => (await vscode.workspace.fs.stat(vscode.Uri.parse(uri))).type === vscode.FileType.Directory,
    send: (changes) => {
      if (client.isRunning()) void client.sendNotification(DidChangeWatchedFilesNotification.type, { changes }).catch(() => undefined);
    },
  });
  const forwarding = [everyPath, everyPath.onDidDelete((uri) => folders.deleted(uri.toString())), everyPath.onDidCreate((uri) => folders.created(uri.toString())), folders];
  return { client, watchers: [...watchers, ...forwarding] };
}
