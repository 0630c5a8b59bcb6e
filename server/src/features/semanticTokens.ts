import {
  SemanticTokensBuilder,
  type Connection,
  type SemanticTokens,
  type SemanticTokensDelta,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/index';
import type { Span } from '../analysis/types';
import { toSpan } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { legend, OFFICIAL_MODIFIER, TOKEN_TYPES } from './semanticTokenLegend';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const semanticTokensCapability: ServerCapabilities['semanticTokensProvider'] = {
  legend,
  full: { delta: true },
  range: true,
};

interface Token {
  readonly span: Span;
  readonly type: number;
  readonly modifiers: number;
}

/**
 * Flattens an analysis into non-overlapping tokens in file order. Entities win over the commitment
 * clauses that contain them; the clause is emitted in the gaps between its entities.
 */
export function tokensOf(analysis: DocumentAnalysis): Token[] {
  const entityTokens: Token[] = analysis.entities.map((e) => ({
    span: e.span,
    type: TOKEN_TYPES.indexOf(e.kind),
    modifiers: e.kind === 'person' && e.officialId ? OFFICIAL_MODIFIER : 0,
  }));
  const commitmentType = TOKEN_TYPES.indexOf('commitment');
  const tokens: Token[] = [];
  let i = 0;
  const entities = analysis.entities;
  for (const c of analysis.commitments) {
    while (i < entities.length && entities[i]!.span.end <= c.span.start) i++;
    let cursor = c.span.start;
    for (let j = i; j < entities.length && entities[j]!.span.start < c.span.end; j++) {
      const e = entities[j]!;
      if (e.span.start > cursor) tokens.push({ span: { start: cursor, end: e.span.start }, type: commitmentType, modifiers: 0 });
      cursor = Math.max(cursor, e.span.end);
    }
    if (cursor < c.span.end) tokens.push({ span: { start: cursor, end: c.span.end }, type: commitmentType, modifiers: 0 });
  }
  return mergeTokens(entityTokens, tokens);
}

/**
 * Merges entity tokens (sorted, as entities are) with clause tokens in file order, as a stable sort
 * of their concatenation would; a linear merge keeps a keystroke on a large document cheap.
 */
function mergeTokens(entities: readonly Token[], clauses: Token[]): Token[] {
  for (let k = 1; k < clauses.length; k++) {
    // Overlapping commitment clauses can emit pieces out of order; then sort them first (stably).
    if (clauses[k]!.span.start < clauses[k - 1]!.span.start) {
      clauses.sort((a, b) => a.span.start - b.span.start);
      break;
    }
  }
  const out: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < entities.length && j < clauses.length) out.push(clauses[j]!.span.start < entities[i]!.span.start ? clauses[j++]! : entities[i++]!);
  while (i < entities.length) out.push(entities[i++]!);
  while (j < clauses.length) out.push(clauses[j++]!);
  return out;
}

const LINE_BREAK = /[\r\n]/g;

/** Whether a code unit is white space as `/\s/` defines it; ASCII is decided without a regular expression. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** Encodes tokens for one document, splitting multi-line spans and skipping whitespace-only pieces. */
export function encodeTokens(document: TextDocument, tokens: readonly Token[], builder: SemanticTokensBuilder, within?: Span): void {
  const text = document.getText();
  // The first line break at or after `searchedFrom`; tokens come in file order, so on long lines it is
  // found once per line rather than once per token.
  let searchedFrom = Number.POSITIVE_INFINITY;
  let nextBreak = -1;
  // Editors reject the whole token set when a token starts before the previous one ends (possible with
  // nested commitment clauses over several lines), so each token is clipped to start after the last.
  let encodedEnd = 0;
  for (const token of tokens) {
    const start = Math.max(token.span.start, within?.start ?? 0, encodedEnd);
    const end = Math.min(token.span.end, within?.end ?? text.length);
    if (start >= end) continue;
    encodedEnd = end;
    let pieceStart = start;
    while (pieceStart < end) {
      if (pieceStart < searchedFrom || nextBreak < pieceStart) {
        // A lone CR ends a line too (as in LSP positions), so a piece never spans one.
        LINE_BREAK.lastIndex = pieceStart;
        nextBreak = LINE_BREAK.exec(text)?.index ?? text.length;
        searchedFrom = pieceStart;
      }
      const lineBreak = nextBreak > end ? end : nextBreak;
      const pieceEnd = lineBreak;
      // Leading indentation of a wrapped line is not part of the token.
      while (pieceStart < pieceEnd && isSpace(text.charCodeAt(pieceStart))) pieceStart++;
      if (pieceEnd > pieceStart) {
        const pos = document.positionAt(pieceStart);
        builder.push(pos.line, pos.character, pieceEnd - pieceStart, token.type, token.modifiers);
      }
      pieceStart = lineBreak + 1;
    }
  }
}

/** Registers full, range and delta semantic tokens. */
export function registerSemanticTokens(connection: Connection, services: Services): void {
  const builders = new Map<string, SemanticTokensBuilder>();
  const builderFor = (uri: string): SemanticTokensBuilder => {
    let builder = builders.get(uri);
    if (!builder) {
      builder = new SemanticTokensBuilder();
      builders.set(uri, builder);
    }
    return builder;
  };
  services.documents.onDidClose((e) => builders.delete(e.document.uri));
  const empty: SemanticTokens = { data: [] };
  const analysisOf = (uri: string): { document: TextDocument; analysis: DocumentAnalysis } | undefined => {
    const document = services.documents.get(uri);
    if (!document || services.isRegistry(uri)) return undefined;
    return { document, analysis: services.analyses.get(document) };
  };

  connection.languages.semanticTokens.on((params, token) =>
    runSafe(services.logger, `semanticTokens ${params.textDocument.uri}`, token, empty, () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return empty;
      // A builder keeps its data after build(), so a full request starts a fresh one; reusing it would
      // append to the previous result and force the builder to re-sort every token.
      const builder = new SemanticTokensBuilder();
      builders.set(params.textDocument.uri, builder);
      encodeTokens(found.document, tokensOf(found.analysis), builder);
      return builder.build();
    }),
  );

  connection.languages.semanticTokens.onDelta((params, token) =>
    runSafe<SemanticTokens | SemanticTokensDelta>(services.logger, `semanticTokens/delta ${params.textDocument.uri}`, token, empty, () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return empty;
      const builder = builderFor(params.textDocument.uri);
      builder.previousResult(params.previousResultId);
      encodeTokens(found.document, tokensOf(found.analysis), builder);
      return builder.buildEdits();
    }),
  );

  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe(services.logger, `semanticTokens/range ${params.textDocument.uri}`, token, empty, () => {
      const found = analysisOf(params.textDocument.uri);
      if (!found) return empty;
      const builder = new SemanticTokensBuilder();
      encodeTokens(found.document, tokensOf(found.analysis), builder, toSpan(found.document, params.range));
      return builder.build();
    }),
  );
}
