import {
  type Connection,
  type SemanticTokens,
  type SemanticTokensDelta,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/index';
import { toSpan } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { legend } from './semanticTokenLegend';
import { diffTokenData, encodeAnalysis, encodeTokens, type EncodedTokens } from './tokenEncoding';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const semanticTokensCapability: ServerCapabilities['semanticTokensProvider'] = {
  legend,
  full: { delta: true },
  range: true,
};

/** The last token data sent for one document, which a delta request may refer to by id. */
interface SentTokens {
  readonly resultId: string;
  readonly analysis: DocumentAnalysis;
  readonly encoded: EncodedTokens;
}

/** Registers full, range and delta semantic tokens. */
export function registerSemanticTokens(connection: Connection, services: Services): void {
  const sent = new Map<string, SentTokens>();
  let nextId = 1;
  services.documents.onDidClose((e) => sent.delete(e.document.uri));
  const empty: SemanticTokens = { data: [] };
  // Large documents are first analysed on every core (see AnalysisCache.prepare); the analysis is of
  // the latest version, which an edit made while waiting may have changed.
  const analysisOf = async (uri: string): Promise<{ document: TextDocument; analysis: DocumentAnalysis } | undefined> => {
    if (services.isRegistry(uri)) return undefined;
    return services.analyses.prepared(() => services.documents.get(uri));
  };
  // The data of an analysis already encoded is reused (a refresh without an edit costs nothing), and
  // after an edit the unchanged paragraphs' data is copied from the last encoding.
  const encode = (uri: string, found: { document: TextDocument; analysis: DocumentAnalysis }): SentTokens => {
    const last = sent.get(uri);
    const encoded = last?.analysis === found.analysis ? last.encoded : encodeTokens(found.document, found.analysis, last?.encoded);
    const result = { resultId: String(nextId++), analysis: found.analysis, encoded };
    sent.set(uri, result);
    return result;
  };

  connection.languages.semanticTokens.on((params, token) =>
    runSafe(services.logger, `semanticTokens ${params.textDocument.uri}`, token, empty, async () => {
      const found = await analysisOf(params.textDocument.uri);
      if (!found) return empty;
      const result = encode(params.textDocument.uri, found);
      return { resultId: result.resultId, data: result.encoded.data };
    }),
  );

  connection.languages.semanticTokens.onDelta((params, token) =>
    runSafe<SemanticTokens | SemanticTokensDelta>(services.logger, `semanticTokens/delta ${params.textDocument.uri}`, token, empty, async () => {
      const uri = params.textDocument.uri;
      const found = await analysisOf(uri);
      if (!found) return empty;
      const previous = sent.get(uri);
      const result = encode(uri, found);
      // Without the data the editor holds, only a full result is correct.
      if (previous?.resultId !== params.previousResultId) return { resultId: result.resultId, data: result.encoded.data };
      return { resultId: result.resultId, edits: diffTokenData(previous.encoded.data, result.encoded.data) };
    }),
  );

  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe(services.logger, `semanticTokens/range ${params.textDocument.uri}`, token, empty, async () => {
      const found = await analysisOf(params.textDocument.uri);
      if (!found) return empty;
      return { data: encodeAnalysis(found.document, found.analysis, toSpan(found.document, params.range)) };
    }),
  );
}
