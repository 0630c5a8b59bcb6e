import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, type PolicyLensSettings } from '../../server/src/protocol';
import { documentSelector } from './documentSelector';

/** The settings the server needs, read from the `policyLens.*` configuration. */
export function readSettings(): PolicyLensSettings {
  const config = vscode.workspace.getConfiguration('policyLens');
  return {
    include: config.get<string[]>('files.include', [...DEFAULT_SETTINGS.include]),
    registryGlob: config.get<string>('officials.registryGlob', DEFAULT_SETTINGS.registryGlob),
    inlayHints: config.get<boolean>('inlayHints.resolvedDates', DEFAULT_SETTINGS.inlayHints),
  };
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
  const settings = readSettings();
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.policy.md'),
    vscode.workspace.createFileSystemWatcher(settings.registryGlob),
    ...settings.include.map((g) => vscode.workspace.createFileSystemWatcher(g)),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings.include, settings.registryGlob),
    initializationOptions: settings,
    outputChannel: output,
    synchronize: { fileEvents: watchers },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return { client: new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions), watchers };
}
