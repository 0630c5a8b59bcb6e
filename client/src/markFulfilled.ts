import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  MARK_FULFILLED_REQUEST,
  TIMELINE_REQUEST,
  type MarkFulfilledParams,
  type MarkFulfilledResult,
  type TimelineCommitment,
  type TimelineData,
} from '../../server/src/protocol';
import type { CommitmentNode } from './commitmentsView';

/** What the command may be invoked with: a code lens argument, a tree node, or nothing. */
type Target = { readonly uri: string; readonly commitmentId: string } | CommitmentNode | undefined;

function targetOf(arg: Target): { uri: string; commitmentId: string } | undefined {
  if (!arg) return undefined;
  if ('kind' in arg) return arg.kind === 'item' ? { uri: arg.item.documentUri, commitmentId: arg.item.id } : undefined;
  return arg;
}

/**
 * Registers "Mark fulfilled by…": pick the commitment (unless given) and the fulfilling document,
 * then apply the minimal front-matter edit the server computes.
 */
export function registerMarkFulfilled(getClient: () => LanguageClient | undefined, onDone: () => void): vscode.Disposable {
  return vscode.commands.registerCommand('policyLens.markFulfilled', async (arg?: Target) => {
    const client = getClient();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage('Policy Lens: the language server is not running.');
      return;
    }
    const data = await client.sendRequest<TimelineData>(TIMELINE_REQUEST);
    let target = targetOf(arg);
    if (!target) {
      const open = data.commitments.filter((c) => c.status === 'open');
      const picked = await vscode.window.showQuickPick(
        open.map((c) => ({ label: c.id, description: c.due ? `due ${c.due}${c.overdue ? ' · overdue' : ''}` : undefined, detail: c.quote, commitment: c })),
        { title: 'Mark fulfilled: which commitment?', matchOnDetail: true },
      );
      if (!picked) return;
      target = { uri: picked.commitment.documentUri, commitmentId: picked.commitment.id };
    }
    // The code lens gives the editor's spelling of the URI, the server's data its own (drive letter,
    // escapes): both are compared in the form vscode.Uri gives them.
    const targetUri = sameUri(target.uri);
    const commitment: TimelineCommitment | undefined = data.commitments.find((c) => sameUri(c.documentUri) === targetUri && c.id === target.commitmentId);
    // Later documents are the likely fulfilments, so they come first, oldest first.
    const made = commitment?.made ?? '';
    const candidates = data.documents
      .filter((d) => d.id && sameUri(d.uri) !== targetUri)
      .sort((a, b) => Number((a.date ?? '') < made) - Number((b.date ?? '') < made) || (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const document = await vscode.window.showQuickPick(
      candidates.map((d) => ({ label: d.id!, description: d.date, detail: d.title })),
      { title: `Mark "${target.commitmentId}" fulfilled by…`, matchOnDescription: true, matchOnDetail: true },
    );
    if (!document) return;
    const textDocument = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    // A document that had no unsaved changes is saved after the edit, so that the file says what the
    // views now show; one the analyst was editing is left to them.
    const wasDirty = textDocument.isDirty;
    const version = textDocument.version;
    const params: MarkFulfilledParams = { uri: target.uri, commitmentId: target.commitmentId, fulfilledBy: document.label, text: textDocument.getText() };
    const result = await client.sendRequest<MarkFulfilledResult>(MARK_FULFILLED_REQUEST, params);
    if (!result.edit) {
      void vscode.window.showErrorMessage(`Policy Lens: ${result.error ?? 'nothing to change.'}`);
      return;
    }
    // The edit is bound to the version it was computed on: if the document changed meanwhile, the
    // editor refuses it rather than applying it at stale offsets.
    const edits = Object.values(result.edit.changes).flat();
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit({
      documentChanges: [{ textDocument: { uri: textDocument.uri.toString(), version }, edits: edits.map((e) => ({ range: e.range, newText: e.newText })) }],
    });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage(`Policy Lens: ${target.commitmentId} changed while the edit was prepared; run "Mark fulfilled by…" again.`);
      return;
    }
    if (!wasDirty) await textDocument.save();
    onDone();
  });
}

/** A URI in the spelling vscode.Uri gives it, for comparing URIs from the editor and from the server. */
function sameUri(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}
