import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../lsp/convert';
import { normalizeUri } from '../workspace/fileSystem';
import { officialCard } from './hoverCards';
import { officialCardContext } from './officialContext';
import { registryEntryAt } from './officialTargets';
import type { Services } from './services';

/** Features on officials.yaml itself (its diagnostics come from the registry store through diagnostics.ts). */

/** The outline of a registry file: one symbol per official, with its roles as children. */
export function registrySymbols(document: TextDocument, services: Services): DocumentSymbol[] {
  const uri = normalizeUri(document.uri);
  // The store re-parses an open registry file on every change, so its spans match this version.
  return services.registries.registry.officials
    .filter((o) => normalizeUri(o.source) === uri)
    .map((o) => ({
      name: o.name,
      detail: [o.id, o.country].filter(Boolean).join(' · '),
      kind: SymbolKind.Object,
      range: toRange(document, o.span),
      selectionRange: toRange(document, o.nameSpan ?? o.idSpan),
      children: o.roles.flatMap((r) =>
        r.span
          ? [
              {
                name: r.title,
                detail: [r.organization, r.from && `${r.from} → ${r.to ?? 'present'}`].filter(Boolean).join(' · '),
                kind: SymbolKind.Field,
                range: toRange(document, r.span),
                selectionRange: toRange(document, r.span),
              },
            ]
          : [],
      ),
    }));
}

/** The card of the registry entry under an offset: the official as of today, with their appearances in the workspace. */
export function registryHover(document: TextDocument, offset: number, services: Services): { markdown: string; range: ReturnType<typeof toRange> } | undefined {
  const uri = normalizeUri(document.uri);
  const official = registryEntryAt(services.registries.registry, uri, offset);
  if (!official) return undefined;
  // Only the id and the name carry a card; elsewhere the YAML itself is what the analyst is reading.
  const onKey = [official.idSpan, official.nameSpan].some((s) => s && s.start <= offset && offset <= s.end);
  if (!onKey) return undefined;
  const markdown = officialCard(official, officialCardContext(official, services));
  return { markdown, range: toRange(document, official.nameSpan && official.nameSpan.start <= offset && offset <= official.nameSpan.end ? official.nameSpan : official.idSpan) };
}
