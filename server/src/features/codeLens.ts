import type { CodeLens, Command, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { CommitmentAnnotation } from '../analysis/annotations';
import { toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { commitmentState, type CommitmentState } from '../workspace/commitmentStatus';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const codeLensCapability: ServerCapabilities['codeLensProvider'] = { resolveProvider: false };

/** Client command that opens a document by URI string (arguments: uri). */
export const OPEN_DOCUMENT_COMMAND = 'policyLens.openDocument';
/** Client command "Mark fulfilled by…" (arguments: { uri, commitmentId }). */
export const MARK_FULFILLED_COMMAND = 'policyLens.markFulfilled';

/** The titles and commands shown above one commitment annotation (pure; no protocol positions). */
export function commitmentLenses(annotation: CommitmentAnnotation, state: CommitmentState, documentUri: string): Command[] {
  const lenses: Command[] = [];
  const info = (title: string): Command => ({ title, command: '' });
  if (state.due !== undefined) {
    const days = state.daysLeft;
    let when = '';
    if (state.status === 'fulfilled') when = 'fulfilled';
    else if (state.status !== 'open') when = state.status;
    else if (days === undefined) when = 'not a date';
    else if (days === 0) when = 'due today';
    else if (days > 0) when = `${days} day${days === 1 ? '' : 's'} left`;
    else when = `⚠ overdue by ${-days} day${days === -1 ? '' : 's'}`;
    lenses.push(info(`Due ${state.due} · ${when}`));
  } else if (state.status === 'open') {
    lenses.push(info('No due date'));
  }
  if (state.status === 'fulfilled' && state.fulfilledByFacts) {
    const target = state.fulfilledByFacts;
    lenses.push({
      title: `✓ Fulfilled by ${state.fulfilledBy ?? target.id ?? 'document'}${target.date ? ` (${target.date})` : ''}`,
      command: OPEN_DOCUMENT_COMMAND,
      arguments: [target.uri],
    });
  } else if (state.fulfilledBySelf) {
    lenses.push(info(`⚠ fulfilled-by "${state.fulfilledBy ?? ''}" names this document itself`));
  } else if (state.fulfilledBy !== undefined && !state.fulfilledByFacts) {
    lenses.push(info(`⚠ fulfilled-by "${state.fulfilledBy}" names no document in the workspace`));
  } else if (state.status === 'fulfilled') {
    lenses.push(info('✓ Fulfilled'));
  }
  if (state.status === 'open' && annotation.id) {
    lenses.push({ title: 'Mark fulfilled by…', command: MARK_FULFILLED_COMMAND, arguments: [{ uri: documentUri, commitmentId: annotation.id.value }] });
  }
  return lenses;
}

/** Registers code lenses above each annotated commitment in the front matter. */
export function registerCodeLens(connection: Connection, services: Services): void {
  connection.onCodeLens((params, token) =>
    runSafe<CodeLens[]>(services.logger, `codeLens ${params.textDocument.uri}`, token, [], () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document || services.isRegistry(document.uri)) return [];
      const analysis = services.analyses.get(document);
      const today = services.today();
      const findDocument = (id: string): ReturnType<typeof services.index.get> => services.index.byId(id)[0];
      return analysis.annotations.commitments.flatMap((annotation) => {
        // The lens sits on the first line of the entry, the `- id: …` line.
        const start = toRange(document, annotation.span).start;
        const range = { start, end: start };
        return commitmentLenses(annotation, commitmentState(annotation, today, findDocument, analysis.annotations.id?.value), document.uri).map((command) => ({ range, command }));
      });
    }),
  );
}
