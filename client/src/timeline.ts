import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIMELINE_REQUEST, type LineRange, type TimelineData } from '../../server/src/protocol';
import { fillTemplate, makeNonce } from './timelineHtml';

type FromPage = { type: 'ready' } | { type: 'open'; uri: string; range?: LineRange };

/** Registers "Policy Lens: Show Timeline": one webview panel, fed from `policyLens/timeline`. */
export function registerTimeline(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  let panel: vscode.WebviewPanel | undefined;
  const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'client', 'media', 'timeline');

  const sendData = async (): Promise<void> => {
    const client = getClient();
    if (!panel || !client?.isRunning()) return;
    const data = await client.sendRequest<TimelineData>(TIMELINE_REQUEST);
    await panel.webview.postMessage({ type: 'data', data });
  };

  const show = async (): Promise<void> => {
    if (panel) {
      panel.reveal();
      void sendData();
      return;
    }
    panel = vscode.window.createWebviewPanel('policyLens.timeline', 'Policy Lens Timeline', vscode.ViewColumn.Beside, {
      enableScripts: true,
      // The page loads only its own script and stylesheet; nothing from the network.
      localResourceRoots: [mediaRoot],
      retainContextWhenHidden: false,
    });
    const webview = panel.webview;
    const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(mediaRoot, 'index.html')));
    webview.html = fillTemplate(template, {
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'timeline.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'timeline.css')).toString(),
    });
    webview.onDidReceiveMessage(async (message: FromPage) => {
      if (message.type === 'ready') await sendData();
      else if (message.type === 'open') {
        const range = message.range;
        const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
        await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One, ...(selection ? { selection } : {}) });
      }
    });
    panel.onDidDispose(() => {
      panel = undefined;
    });
  };

  return [
    vscode.commands.registerCommand('policyLens.showTimeline', show),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (panel && document.languageId === 'policy') void sendData();
    }),
    { dispose: () => panel?.dispose() },
  ];
}
