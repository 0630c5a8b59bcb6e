import { CancellationToken, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitFrontMatter } from '../analysis/frontMatter';
import { toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import {
  COMMITMENTS_REQUEST,
  MARK_FULFILLED_REQUEST,
  type CommitmentItem,
  type MarkFulfilledParams,
  type MarkFulfilledResult,
} from '../protocol';
import { commitmentRows, type CommitmentRow } from '../workspace/commitmentStatus';
import { fulfilledEdits } from './fulfilledEdit';
import type { Services } from './services';

/** The protocol item of a commitment row; the range is the quote in the body, else the annotation. */
export function toCommitmentItem(row: CommitmentRow): CommitmentItem {
  const span = row.quoteSpan ?? row.annotation.span;
  const lines = row.facts.lines;
  return {
    id: row.id,
    quote: row.quote,
    actors: row.actors,
    status: row.status,
    ...(row.due !== undefined ? { due: row.due } : {}),
    ...(row.daysLeft !== undefined ? { daysLeft: row.daysLeft } : {}),
    overdue: row.overdue,
    ...(row.fulfilledBy !== undefined ? { fulfilledBy: row.fulfilledBy } : {}),
    ...(row.fulfilledByFacts ? { fulfilledByUri: row.fulfilledByFacts.uri } : {}),
    documentUri: row.facts.uri,
    ...(row.facts.title !== undefined ? { documentTitle: row.facts.title } : {}),
    ...(row.facts.date !== undefined ? { documentDate: row.facts.date } : {}),
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
  };
}

/** Every annotated commitment of the workspace, overdue computed against the injected today. */
export function workspaceCommitments(services: Services): CommitmentItem[] {
  return commitmentRows(services.index.all(), services.today()).map(toCommitmentItem);
}

/** Registers `policyLens/commitments` (the tree view's data) and `policyLens/markFulfilled`. */
export function registerCommitments(connection: Connection, services: Services): void {
  connection.onRequest(COMMITMENTS_REQUEST, (...args: unknown[]) =>
    runSafe<CommitmentItem[]>(services.logger, 'commitments', tokenIn(args), [], () => workspaceCommitments(services)),
  );

  connection.onRequest(MARK_FULFILLED_REQUEST, (params: MarkFulfilledParams, token) =>
    runSafe<MarkFulfilledResult>(services.logger, `markFulfilled ${params.uri}`, token, { error: 'The edit could not be computed.' }, () => {
      // The open document's text wins: the edit must apply to what the editor holds.
      const open = services.documents.get(params.uri);
      const document = open ?? (params.text !== undefined ? TextDocument.create(params.uri, 'policy', 0, params.text) : undefined);
      if (!document) return { error: 'The document is neither open nor sent with the request.' };
      const frontMatter = open ? services.analyses.get(open).frontMatter : splitFrontMatter(document.getText()).frontMatter;
      const edits = fulfilledEdits(document.getText(), frontMatter, params.commitmentId, params.fulfilledBy);
      if (typeof edits === 'string') return { error: edits };
      return {
        edit: { changes: { [params.uri]: edits.map((e) => ({ range: toRange(document, e), newText: e.newText })) } },
      };
    }),
  );
}

/** The cancellation token of a parameterless request: jsonrpc passes it first, or after a `null` params. */
export function tokenIn(args: readonly unknown[]): CancellationToken | undefined {
  return args.find((a): a is CancellationToken => CancellationToken.is(a));
}
