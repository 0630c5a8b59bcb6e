import type { Connection, Location, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toOffset } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { normalizeUri } from '../workspace/fileSystem';
import { officialTargetAt, rangeResolver } from './officialTargets';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const definitionCapability: ServerCapabilities['definitionProvider'] = true;

/**
 * Go to definition: from a mention of an official, or from an official's id in the front matter,
 * to the entry in officials.yaml (every candidate when the name is ambiguous); from `fulfilled-by`
 * to the document with that id.
 */
export function registerDefinition(connection: Connection, services: Services): void {
  connection.onDefinition((params, token) =>
    runSafe<Location[] | null>(services.logger, `definition ${params.textDocument.uri}`, token, null, () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return null;
      const offset = toOffset(document, params.position);
      return definitionsAt(document, offset, services);
    }),
  );
}

/** The definition locations of whatever is under an offset; null when there is nothing to go to. */
export function definitionsAt(document: TextDocument, offset: number, services: Services): Location[] | null {
  const resolve = rangeResolver(services);
  const target = officialTargetAt(document, offset, services);
  if (target) {
    if (target.kind === 'registryId') return null;
    const locations: Location[] = [];
    for (const id of target.ids) {
      const official = services.registries.registry.get(id);
      const uri = official ? normalizeUri(official.source) : undefined;
      const range = official && uri ? resolve(uri, official.span) : undefined;
      if (official && range) locations.push({ uri: openUri(uri!, services), range });
    }
    return locations.length > 0 ? locations : null;
  }
  if (services.isRegistry(document.uri)) return null;
  const analysis = services.analyses.get(document);
  const fulfilled = analysis.annotations.commitments.find((c) => c.fulfilledBy && c.fulfilledBy.span.start <= offset && offset <= c.fulfilledBy.span.end);
  if (fulfilled?.fulfilledBy) {
    services.indexOpenDocumentsNow?.();
    const locations: Location[] = [];
    for (const facts of services.index.byId(fulfilled.fulfilledBy.value)) {
      const range = resolve(facts.uri, facts.idSpan ?? { start: 0, end: 0 });
      if (range) locations.push({ uri: openUri(facts.uri, services), range });
    }
    return locations.length > 0 ? locations : null;
  }
  return null;
}

/** The editor's spelling of a URI when the file is open, so that the editor reuses its tab. */
function openUri(uri: string, services: Services): string {
  return services.documents.all().find((d) => normalizeUri(d.uri) === uri)?.uri ?? uri;
}
