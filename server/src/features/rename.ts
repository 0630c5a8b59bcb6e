import {
  ErrorCodes,
  ResponseError,
  type Connection,
  type PrepareRenameResult,
  type ServerCapabilities,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { readsAsPlainString } from '../analysis/edits';
import type { Span } from '../analysis/types';
import { toOffset, toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { collectOccurrences, officialTargetAt, type NavigationServices, type WorkspaceFile } from './officialTargets';

/** The capability fragment of this feature: rename with a prepare step. */
export const renameCapability: ServerCapabilities['renameProvider'] = { prepareProvider: true };

/** Ids are single tokens; the registry and the front matter write them like `ishiba-shigeru`. */
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/**
 * Renames an official's id: every front-matter `officials[].id`, every commitment `actors` entry
 * and the registry `id`, in open and closed files, and nothing else (names in the text stay).
 */
export function registerRename(connection: Connection, services: NavigationServices): void {
  connection.onPrepareRename((params, token) =>
    runSafe<PrepareRenameResult | null>(services.logger, `prepareRename ${params.textDocument.uri}`, token, null, () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return null;
      const target = officialTargetAt(document, toOffset(document, params.position), services);
      if (!target) return null;
      if (target.ids.length !== 1) {
        throw new ResponseError(ErrorCodes.InvalidRequest, 'This name is shared by several officials; rename from the front matter or the registry entry.');
      }
      return { range: toRange(document, target.span), placeholder: target.ids[0]! };
    }),
  );
  connection.onRenameRequest((params, token) =>
    runSafe<WorkspaceEdit | null>(services.logger, `rename ${params.textDocument.uri}`, token, null, async () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return null;
      const target = officialTargetAt(document, toOffset(document, params.position), services);
      if (!target || target.ids.length !== 1) return null;
      const oldId = target.ids[0]!;
      const newId = params.newName.trim();
      if (!VALID_ID.test(newId)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `"${params.newName}" is not a valid id: use letters, digits and hyphens, e.g. ishiba-shigeru.`);
      }
      if (newId !== oldId && services.registries.registry.get(newId)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `The id "${newId}" already belongs to another official.`);
      }
      const files = await collectOccurrences(new Set([oldId]), services, { mentions: false, declarations: true });
      return { documentChanges: files.map((file) => fileEdit(file, newId)) };
    }),
  );
}

/**
 * One versioned edit per file; quoted scalars keep their quotes, and a plain one gets double quotes when
 * the new id written plainly would read as something else than text (`true`, `null`, `1e3`).
 */
function fileEdit(file: WorkspaceFile, newId: string): TextDocumentEdit {
  const plainText = readsAsPlainString(newId) ? newId : JSON.stringify(newId);
  const edits: TextEdit[] = file.occurrences.map((o) => {
    const content = unquoted(file.text, o.span);
    return { range: file.range(content), newText: content === o.span ? plainText : newId };
  });
  return { textDocument: { uri: file.uri, version: file.version }, edits };
}

/**
 * The span of a YAML scalar's content: a quoted scalar's node range includes its quotes, and a block
 * scalar's (`id: >-` and the id on the next line) its header and its trailing line break.
 */
function unquoted(text: string, span: Span): Span {
  const first = text[span.start];
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text[span.end - 1] === first) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  if (first === '>' || first === '|') {
    const lineEnd = text.slice(span.start, span.end).search(/\r\n|\r|\n/);
    if (lineEnd >= 0) {
      let start = span.start + lineEnd;
      let end = span.end;
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      // Block content is taken literally, so the new id goes in as it is written.
      if (end > start) return { start, end };
    }
  }
  return span;
}
