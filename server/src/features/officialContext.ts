import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommitmentAnnotation } from '../analysis/annotations';
import type { DocumentAnalysis } from '../analysis/index';
import type { Span } from '../analysis/types';
import type { Official } from '../knowledge/officialsRegistry';
import { commitmentState } from '../workspace/commitmentStatus';
import { normalizeUri } from '../workspace/fileSystem';
import { byCodeUnits } from '../workspace/workspaceIndex';
import { LINKED_DOCUMENTS, type CardCommitment, type CardDocument, type OfficialCardContext } from './hoverCards';
import { resolveMention } from './officialTargets';
import type { Services } from './services';

/** The open document a card is shown in; its own facts come from the fresh analysis, not the (debounced) index. */
export interface CurrentDocument {
  readonly document: TextDocument;
  readonly analysis: DocumentAnalysis;
}

/** A document to list on a card, its line computed only if it is one of the linked few. */
interface Listed {
  readonly uri: string;
  readonly title?: string;
  readonly date?: string;
  line(): number;
}

/** The order of the card's document list: newest first, then by URI (as the index ranks documents). */
function before(a: Listed, b: Listed): boolean {
  return byCodeUnits(b.date ?? '', a.date ?? '') < 0 || ((a.date ?? '') === (b.date ?? '') && byCodeUnits(a.uri, b.uri) < 0);
}

/**
 * What an official's card shows besides the registry entry: documents mentioning them (newest
 * first, each linked at its first mention) and the open commitments they are an actor of.
 */
export function officialCardContext(official: Official, services: Services, current?: CurrentDocument): OfficialCardContext {
  const currentUri = current ? normalizeUri(current.document.uri) : undefined;
  // The index keeps each official's documents ranked, so a card takes the first few and counts the
  // rest instead of visiting every mention in the workspace (thousands for a head of government).
  const ranked = services.index.documentsMentioning(official.id);
  // The current document is counted from its analysis below, so its index entry (if any) is not.
  const indexedHere = currentUri !== undefined && (services.index.get(currentUri)?.officialMentions.get(official.id)?.length ?? 0) > 0;
  let count = ranked.length - (indexedHere ? 1 : 0);
  const linked: Listed[] = [];
  for (const { facts, first } of ranked) {
    if (linked.length === LINKED_DOCUMENTS) break;
    if (facts.uri === currentUri) continue;
    linked.push({
      uri: facts.uri,
      line: () => facts.lines.positionAt(first.start).line,
      ...(facts.title ? { title: facts.title } : {}),
      ...(facts.date ? { date: facts.date } : {}),
    });
  }
  const commitments: CardCommitment[] = [];
  // Open as the commitments view and the code lenses count it: a fulfilment that no document evidences is still open.
  const today = services.today();
  const isOpen = (c: CommitmentAnnotation, selfId: string | undefined): boolean => commitmentState(c, today, (id) => services.index.byId(id)[0], selfId).status === 'open';
  for (const { uri, commitment } of services.index.commitmentsOfActor(official.id)) {
    if (uri !== currentUri && isOpen(commitment, services.index.get(uri)?.id)) commitments.push(cardCommitment(uri, commitment));
  }
  if (current && currentUri) {
    const { analysis, document } = current;
    // The current document's entry comes from its fresh analysis, never from the (debounced) index.
    const first = firstMention(official.id, analysis, services);
    if (first) {
      count++;
      const own: Listed = {
        uri: currentUri,
        line: () => document.positionAt(first.start).line,
        ...(analysis.annotations.title ? { title: analysis.annotations.title.value } : {}),
        ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
      };
      let at = 0;
      while (at < linked.length && before(linked[at]!, own)) at++;
      linked.splice(at, 0, own);
    }
    for (const c of analysis.annotations.commitments) {
      if (isOpen(c, analysis.annotations.id?.value) && c.actors.some((a) => a.value === official.id)) commitments.push(cardCommitment(currentUri, c));
    }
  }
  const documents: CardDocument[] = linked.slice(0, LINKED_DOCUMENTS).map((d) => {
    const { line, ...rest } = d;
    return { ...rest, line: line() };
  });
  return {
    ...(current?.analysis.documentDate ? { documentDate: current.analysis.documentDate.value } : {}),
    today: services.today(),
    documents,
    documentCount: count,
    openCommitments: commitments,
  };
}


function cardCommitment(uri: string, c: CommitmentAnnotation): CardCommitment {
  return {
    uri,
    quote: c.quote?.value ?? c.id?.value ?? '',
    ...(c.id ? { id: c.id.value } : {}),
    ...(c.due ? { due: c.due.value } : {}),
  };
}

/** The first mention of an official in an analysis; the search stops there, which matters in a large document. */
function firstMention(id: string, analysis: DocumentAnalysis, services: Services): Span | undefined {
  const registry = services.registries.registry;
  for (const e of analysis.entities) {
    if (e.kind !== 'person' || !e.officialId) continue;
    const resolution = resolveMention(e, analysis, registry);
    if (resolution.kind === 'official' && resolution.official.id === id) return e.span;
  }
  return undefined;
}
