import { SymbolKind, type Connection, type DocumentSymbol, type ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { spanOf } from '../analysis/annotations';
import type { DocumentAnalysis } from '../analysis/index';
import type { Span } from '../analysis/types';
import { toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { mentionsInAnalysis } from './officialTargets';
import { registrySymbols } from './registryDocument';
import type { Services } from './services';
import { extent } from '../analysis/arrays';

/** The capability fragment of this feature. */
export const documentSymbolsCapability: ServerCapabilities['documentSymbolProvider'] = { label: 'Policy Lens' };

/**
 * The outline: the front matter's sections (officials and commitments as children), the officials
 * mentioned in the body and the commitment clauses found in it; registry files list their officials.
 */
export function registerDocumentSymbols(connection: Connection, services: Services): void {
  connection.onDocumentSymbol((params, token) =>
    runSafe<DocumentSymbol[]>(services.logger, `document symbols ${params.textDocument.uri}`, token, [], () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return [];
      if (services.isRegistry(document.uri)) return registrySymbols(document, services);
      return policySymbols(document, services.analyses.get(document), services);
    }),
  );
}

/** The outline of a policy document. */
export function policySymbols(document: TextDocument, analysis: DocumentAnalysis, services: Services): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const frontMatter = frontMatterSymbol(document, analysis);
  if (frontMatter) out.push(frontMatter);
  const officials = officialsSymbol(document, analysis, services);
  if (officials) out.push(officials);
  const clauses = analysis.commitments.map((c) =>
    symbol(document, truncate(c.text, 60), SymbolKind.Event, c.span, c.span, [c.actor, c.deadline && `due ${c.deadline}`].filter(Boolean).join(' · ')),
  );
  if (clauses.length > 0) out.push(group(document, 'Commitments in the text', SymbolKind.Namespace, clauses, analysis.commitments.map((c) => c.span)));
  return out;
}

function frontMatterSymbol(document: TextDocument, analysis: DocumentAnalysis): DocumentSymbol | undefined {
  const fm = analysis.frontMatter;
  const root = fm?.document.contents;
  if (!fm || !isMap(root)) return undefined;
  const offset = fm.content.start;
  const children: DocumentSymbol[] = [];
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode)) continue;
    const key = String(keyNode.value);
    const keySpan = spanOf(keyNode, offset);
    const valueNode = pair.value as Node | null;
    const span = { start: keySpan.start, end: valueNode?.range ? spanOf(valueNode, offset).end : keySpan.end };
    let grandChildren: DocumentSymbol[] = [];
    let detail = isScalar(valueNode) ? truncate(String(valueNode.value ?? ''), 60) : '';
    // The annotations were read from one `officials:` and one `commitments:`; a key written twice (a
    // duplicate-key error) gets only the entries that lie inside its own value.
    const within = <T extends { readonly span: { readonly start: number; readonly end: number } }>(items: readonly T[]): T[] =>
      items.filter((item) => item.span.start >= span.start && item.span.end <= span.end);
    if (key === 'officials') {
      grandChildren = within(analysis.annotations.officials).map((o) =>
        symbol(document, o.id?.value ?? o.mention?.value ?? '(no id)', SymbolKind.Object, o.span, o.id?.span ?? o.span, o.mention?.value ?? ''),
      );
    } else if (key === 'commitments') {
      grandChildren = within(analysis.annotations.commitments).map((c) =>
        symbol(
          document,
          c.id?.value ?? truncate(c.quote?.value ?? '(no id)', 40),
          SymbolKind.Event,
          c.span,
          c.id?.span ?? c.span,
          [c.status?.value ?? 'open', c.due && `due ${c.due.value}`].filter(Boolean).join(' · '),
        ),
      );
    } else if (isSeq(valueNode)) {
      detail = `${valueNode.items.length} item${valueNode.items.length === 1 ? '' : 's'}`;
    }
    children.push(symbol(document, key, SymbolKind.Property, span, keySpan, detail, grandChildren));
  }
  return symbol(document, 'Front matter', SymbolKind.Module, fm.span, fm.content.start < fm.content.end ? { start: fm.span.start, end: fm.span.start + 3 } : fm.span, '', children);
}

function officialsSymbol(document: TextDocument, analysis: DocumentAnalysis, services: Services): DocumentSymbol | undefined {
  const registry = services.registries.registry;
  const ids = new Set(analysis.entities.flatMap((e) => (e.kind === 'person' && e.officialId ? [e.officialId, ...(e.alternatives ?? [])] : [])));
  const byOfficial = new Map<string, Span[]>();
  for (const m of mentionsInAnalysis(ids, analysis, registry)) {
    const list = byOfficial.get(m.officialId) ?? [];
    list.push(m.span);
    byOfficial.set(m.officialId, list);
  }
  if (byOfficial.size === 0) return undefined;
  const children: DocumentSymbol[] = [];
  for (const [id, spans] of byOfficial) {
    const official = registry.get(id);
    const first = spans[0]!;
    const whole = { start: first.start, end: spans[spans.length - 1]!.end };
    const detail = `${spans.length} mention${spans.length === 1 ? '' : 's'}`;
    children.push(symbol(document, official?.name ?? id, SymbolKind.Object, whole, first, detail));
  }
  children.sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
  return group(document, 'Officials mentioned', SymbolKind.Namespace, children, [...byOfficial.values()].flat());
}

function group(document: TextDocument, name: string, kind: SymbolKind, children: DocumentSymbol[], spans: readonly Span[]): DocumentSymbol {
  const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
  return symbol(document, name, kind, extent(spans), first, '', children);
}

function symbol(document: TextDocument, name: string, kind: SymbolKind, range: Span, selection: Span, detail: string, children: DocumentSymbol[] = []): DocumentSymbol {
  return {
    // The protocol rejects empty names, and a long quote would flood the outline.
    name: name.trim().length > 0 ? name.replace(/\s+/g, ' ') : '(unnamed)',
    detail,
    kind,
    range: toRange(document, range),
    selectionRange: toRange(document, selection),
    ...(children.length > 0 ? { children } : {}),
  };
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
