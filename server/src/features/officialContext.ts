import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommitmentAnnotation } from '../analysis/annotations';
import type { DocumentAnalysis } from '../analysis/index';
import type { Official } from '../knowledge/officialsRegistry';
import { normalizeUri } from '../workspace/fileSystem';
import { byCodeUnits } from '../workspace/workspaceIndex';
import { LINKED_DOCUMENTS, type CardCommitment, type CardDocument, type OfficialCardContext } from './hoverCards';
import { mentionsInAnalysis } from './officialTargets';
import type { Services } from './services';

/** The open document a card is shown in; its own facts come from the fresh analysis, not the (debounced) index. */
export interface CurrentDocument {
  readonly document: TextDocument;
  readonly analysis: DocumentAnalysis;
}

/**
 * What an official's card shows besides the registry entry: documents mentioning them (newest
 * first, each linked at its first mention) and the open commitments they are an actor of.
 */
export function officialCardContext(official: Official, services: Services, current?: CurrentDocument): OfficialCardContext {
  const currentUri = current ? normalizeUri(current.document.uri) : undefined;
  // Only the newest few documents are linked; the others are counted. Lines are computed for the
  // linked ones only, so a hover stays cheap when an official appears in thousands of documents.
  const found = new Map<string, { readonly uri: string; readonly title?: string; readonly date?: string; line: () => number }>();
  for (const m of services.index.mentionsOf(official.id)) {
    if (m.uri === currentUri || found.has(m.uri)) continue;
    found.set(m.uri, {
      uri: m.uri,
      line: () => m.facts.lines.positionAt(m.span.start).line,
      ...(m.facts.title ? { title: m.facts.title } : {}),
      ...(m.facts.date ? { date: m.facts.date } : {}),
    });
  }
  const commitments: CardCommitment[] = [];
  for (const facts of services.index.all()) {
    if (facts.uri !== currentUri && facts.commitments.length > 0) commitments.push(...openCommitmentsOf(official.id, facts.uri, facts.commitments));
  }
  if (current && currentUri) {
    const { analysis, document } = current;
    const first = mentionsInAnalysis(new Set([official.id]), analysis, services.registries.registry)[0];
    if (first) {
      found.set(currentUri, {
        uri: currentUri,
        line: () => document.positionAt(first.span.start).line,
        ...(analysis.annotations.title ? { title: analysis.annotations.title.value } : {}),
        ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
      });
    }
    commitments.push(...openCommitmentsOf(official.id, currentUri, analysis.annotations.commitments));
  }
  const ordered = [...found.values()].sort((a, b) => byCodeUnits(b.date ?? '', a.date ?? '') || byCodeUnits(a.uri, b.uri));
  const sorted: CardDocument[] = ordered.map((d, i) => {
    const { line, ...rest } = d;
    return { ...rest, line: i < LINKED_DOCUMENTS ? line() : 0 };
  });
  return {
    ...(current?.analysis.documentDate ? { documentDate: current.analysis.documentDate.value } : {}),
    today: services.today(),
    documents: sorted,
    openCommitments: commitments,
  };
}

function openCommitmentsOf(id: string, uri: string, commitments: readonly CommitmentAnnotation[]): CardCommitment[] {
  return commitments
    .filter((c) => (c.status?.value ?? 'open') === 'open' && c.actors.some((a) => a.value === id))
    .map((c) => ({
      uri,
      quote: c.quote?.value ?? c.id?.value ?? '',
      ...(c.id ? { id: c.id.value } : {}),
      ...(c.due ? { due: c.due.value } : {}),
    }));
}
