import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommitmentAnnotation } from '../analysis/annotations';
import type { DocumentAnalysis } from '../analysis/index';
import type { Official } from '../knowledge/officialsRegistry';
import { normalizeUri } from '../workspace/fileSystem';
import type { CardCommitment, CardDocument, OfficialCardContext } from './hoverCards';
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
  const documents = new Map<string, CardDocument>();
  for (const m of services.index.mentionsOf(official.id)) {
    if (m.uri === currentUri || documents.has(m.uri)) continue;
    documents.set(m.uri, {
      uri: m.uri,
      line: m.facts.lines.positionAt(m.span.start).line,
      ...(m.facts.title ? { title: m.facts.title } : {}),
      ...(m.facts.date ? { date: m.facts.date } : {}),
    });
  }
  const commitments: CardCommitment[] = [];
  for (const facts of services.index.all()) {
    if (facts.uri !== currentUri) commitments.push(...openCommitmentsOf(official.id, facts.uri, facts.commitments));
  }
  if (current && currentUri) {
    const { analysis, document } = current;
    const first = mentionsInAnalysis(new Set([official.id]), analysis, services.registries.registry)[0];
    if (first) {
      documents.set(currentUri, {
        uri: currentUri,
        line: document.positionAt(first.span.start).line,
        ...(analysis.annotations.title ? { title: analysis.annotations.title.value } : {}),
        ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
      });
    }
    commitments.push(...openCommitmentsOf(official.id, currentUri, analysis.annotations.commitments));
  }
  const sorted = [...documents.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.uri.localeCompare(b.uri));
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
