import { DocumentHighlightKind, type Connection, type DocumentHighlight, type ServerCapabilities } from 'vscode-languageserver';
import { toOffset, toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { normalizeUri } from '../workspace/fileSystem';
import { mentionsInAnalysis, occurrencesInDocument, officialTargetAt, type OccurrenceKind } from './officialTargets';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const documentHighlightsCapability: ServerCapabilities['documentHighlightProvider'] = true;

// Mentions are text; front-matter ids read the registry; the registry entry is where the id is written.
const KIND: Record<OccurrenceKind, DocumentHighlightKind> = {
  mention: DocumentHighlightKind.Text,
  frontMatterId: DocumentHighlightKind.Read,
  actor: DocumentHighlightKind.Read,
  registryId: DocumentHighlightKind.Write,
};

/** Highlights every occurrence, in the same document, of the official under the cursor. */
export function registerDocumentHighlights(connection: Connection, services: Services): void {
  connection.onDocumentHighlight((params, token) =>
    runSafe<DocumentHighlight[] | null>(services.logger, `highlights ${params.textDocument.uri}`, token, null, () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return null;
      const target = officialTargetAt(document, toOffset(document, params.position), services);
      if (!target) return null;
      const ids = new Set(target.ids);
      if (services.isRegistry(document.uri)) {
        const uri = normalizeUri(document.uri);
        return services.registries.registry.officials
          .filter((o) => ids.has(o.id) && normalizeUri(o.source) === uri)
          .map((o) => ({ range: toRange(document, o.idSpan), kind: KIND.registryId }));
      }
      const analysis = services.analyses.get(document);
      const occurrences = occurrencesInDocument(ids, analysis.annotations, mentionsInAnalysis(ids, analysis, services.registries.registry, true));
      return occurrences.map((o) => ({ range: toRange(document, o.span), kind: KIND[o.kind] }));
    }),
  );
}
