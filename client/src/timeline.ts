import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIMELINE_REQUEST, type LineRange, type TimelineData } from '../../server/src/protocol';
import { fillTemplate, makeNonce, TIMELINE_ASSETS, TIMELINE_RESOURCE_ROOTS } from './timelineHtml';

type FromPage = { type: 'ready' } | { type: 'open'; uri: string; range?: LineRange };

/**
 * Registers "Policy Lens: Show Timeline": one webview panel, fed from `policyLens/timeline`;
 * `refresh` sends the panel fresh data when it is open.
 */
export function registerTimeline(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): { disposables: vscode.Disposable[]; refresh: () => void } {
  let panel: vscode.WebviewPanel | undefined;
  // The documents the page was last given: the only ones it may ask to open.
  let shown = new Set<string>();
  const asset = (segments: readonly string[]): vscode.Uri => vscode.Uri.joinPath(context.extensionUri, ...segments);

  const sendData = async (): Promise<void> => {
    const client = getClient();
    if (!panel || !client?.isRunning()) return;
    const data = await client.sendRequest<TimelineData>(TIMELINE_REQUEST);
    // The panel may have been closed while the server answered.
    if (!panel) return;
    shown = new Set([...data.documents.map((d) => d.uri), ...data.commitments.map((c) => c.documentUri)]);
    await panel.webview.postMessage({ type: 'data', data });
  };
  const refresh = (): void => {
    sendData().catch(() => undefined);
  };

  const show = async (): Promise<void> => {
    if (panel) {
      panel.reveal();
      refresh();
      return;
    }
    panel = vscode.window.createWebviewPanel('policyLens.timeline', 'Policy Lens Timeline', vscode.ViewColumn.Beside, {
      enableScripts: true,
      // The page loads only its bundled script and its stylesheet; nothing from the network.
      localResourceRoots: TIMELINE_RESOURCE_ROOTS.map(asset),
      retainContextWhenHidden: false,
    });
    const webview = panel.webview;
    const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(asset(TIMELINE_ASSETS.template)));
    webview.html = fillTemplate(template, {
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(asset(TIMELINE_ASSETS.script)).toString(),
      styleUri: webview.asWebviewUri(asset(TIMELINE_ASSETS.style)).toString(),
    });
    webview.onDidReceiveMessage(async (message: FromPage) => {
      if (message.type === 'ready') await sendData().catch(() => undefined);
      else if (message.type === 'open' && typeof message.uri === 'string' && shown.has(message.uri)) {
        const range = message.range;
        const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
        await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One, ...(selection ? { selection } : {}) });
      }
    });
    panel.onDidDispose(() => {
      panel = undefined;
    });
  };

  return {
    disposables: [vscode.commands.registerCommand('policyLens.showTimeline', show), { dispose: () => panel?.dispose() }],
    refresh,
  };
}
