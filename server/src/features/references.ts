import type { Connection, Location, ServerCapabilities } from 'vscode-languageserver';
import { toOffset } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { collectOccurrences, officialTargetAt, type NavigationServices } from './officialTargets';

/** The capability fragment of this feature. */
export const referencesCapability: ServerCapabilities['referencesProvider'] = true;

/**
 * Find all references of an official: every mention in every policy document of the workspace
 * (full names, short names and aliases alike), every front-matter `officials[].id` and commitment
 * actor naming them, and, with `includeDeclaration`, the registry entry's id.
 */
export function registerReferences(connection: Connection, services: NavigationServices): void {
  connection.onReferences((params, token) =>
    runSafe<Location[] | null>(services.logger, `references ${params.textDocument.uri}`, token, null, async () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return null;
      const target = officialTargetAt(document, toOffset(document, params.position), services);
      if (!target) return null;
      const files = await collectOccurrences(new Set(target.ids), services, { mentions: true, declarations: params.context.includeDeclaration });
      return files.flatMap((file) => file.occurrences.map((o) => ({ uri: file.uri, range: file.range(o.span) })));
    }),
  );
}
