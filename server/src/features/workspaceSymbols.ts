import { SymbolKind, type Connection, type ServerCapabilities, type SymbolInformation } from 'vscode-languageserver';
import { countryName } from '../knowledge/countries';
import { normalizeName } from '../knowledge/nameMatching';
import { roleOn } from '../knowledge/officialsRegistry';
import { runSafe } from '../lsp/runSafe';
import { fileNameOf, normalizeUri } from '../workspace/fileSystem';
import { rangeResolver } from './officialTargets';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const workspaceSymbolsCapability: ServerCapabilities['workspaceSymbolProvider'] = true;

/** Enough for a picker; the editor filters further as the analyst types. */
const MAX_SYMBOLS = 500;

/** Workspace symbols: officials (registry entries), documents by id and title, annotated commitments by id. */
export function registerWorkspaceSymbols(connection: Connection, services: Services): void {
  connection.onWorkspaceSymbol((params, token) =>
    runSafe<SymbolInformation[]>(services.logger, 'workspace symbols', token, [], () => workspaceSymbols(params.query, services)),
  );
}

/** Every symbol whose name, id or alias contains the query's characters in order (diacritics and case folded). */
export function workspaceSymbols(query: string, services: Services): SymbolInformation[] {
  services.indexOpenDocumentsNow?.();
  const resolve = rangeResolver(services);
  const wanted = normalizeName(query).replace(/\s+/g, '');
  const out: SymbolInformation[] = [];
  const today = services.today();
  for (const official of services.registries.registry.officials) {
    if (!matches(wanted, [official.name, official.id, ...official.aliases])) continue;
    const uri = normalizeUri(official.source);
    const range = resolve(uri, official.span);
    if (!range) continue;
    // The post held today; otherwise the latest one, said to be over (or not begun), never shown as current.
    const current = roleOn(official, today);
    const last = official.roles[official.roles.length - 1];
    const title = current?.title ?? (last ? (last.to && last.to < today ? `former ${last.title} (until ${last.to})` : last.from && last.from > today ? `${last.title} (from ${last.from})` : last.title) : undefined);
    const country = official.country ? (countryName(official.country) ?? official.country) : undefined;
    out.push({
      name: official.name,
      kind: SymbolKind.Object,
      location: { uri, range },
      containerName: [title, country].filter(Boolean).join(', ') || official.id,
    });
  }
  for (const facts of services.index.all()) {
    // The protocol rejects an empty name (VS Code drops the whole answer), and an empty title or id is valid YAML.
    const name = nonBlank(facts.title) ?? nonBlank(facts.id) ?? fileNameOf(facts.uri);
    if (matches(wanted, [name, facts.id ?? ''])) {
      const range = resolve(facts.uri, facts.idSpan ?? { start: 0, end: 0 });
      if (range) out.push({ name, kind: SymbolKind.File, location: { uri: facts.uri, range }, containerName: [facts.id, facts.date].filter(Boolean).join(' · ') });
    }
    for (const c of facts.commitments) {
      if (!c.id || nonBlank(c.id.value) === undefined || !matches(wanted, [c.id.value])) continue;
      const range = resolve(facts.uri, c.id.span);
      if (range) {
        out.push({ name: c.id.value, kind: SymbolKind.Event, location: { uri: facts.uri, range }, containerName: `${c.status?.value ?? 'open'} · ${facts.id ?? name}` });
      }
    }
    if (out.length >= MAX_SYMBOLS) break;
  }
  return out.slice(0, MAX_SYMBOLS);
}

/** The text when it has more than white space. */
function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim().length > 0 ? text : undefined;
}

/** A fuzzy match: the query's characters appear in order in one of the candidates. */
function matches(query: string, candidates: readonly string[]): boolean {
  if (query.length === 0) return true;
  return candidates.some((candidate) => {
    const text = normalizeName(candidate);
    let at = 0;
    for (const ch of query) {
      at = text.indexOf(ch, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  });
}
