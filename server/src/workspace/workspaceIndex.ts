import type { CommitmentAnnotation } from '../analysis/annotations';
import type { DocumentAnalysis } from '../analysis/index';
import { LineIndex } from '../analysis/lineIndex';
import type { Span } from '../analysis/types';
import { locateQuote } from './commitmentStatus';

/** What the rest of the workspace needs to know about one policy document. */
export interface DocumentFacts {
  readonly uri: string;
  readonly id?: string;
  readonly idSpan?: Span;
  readonly title?: string;
  /** The document date (YYYY-MM-DD) when known. */
  readonly date?: string;
  /** Registry id → spans of its mentions in the body. */
  readonly officialMentions: ReadonlyMap<string, readonly Span[]>;
  /** Registry ids listed in the front matter. */
  readonly listedOfficials: readonly string[];
  readonly commitments: readonly CommitmentAnnotation[];
  /** Where each commitment's quote is in the body (parallel to `commitments`; undefined when not found). */
  readonly quoteSpans: readonly (Span | undefined)[];
  /** Country codes from the front matter's `countries`. */
  readonly countries: readonly string[];
  readonly lines: LineIndex;
}

/** A mention of an official somewhere in the workspace. */
export interface Mention {
  readonly uri: string;
  readonly span: Span;
  readonly facts: DocumentFacts;
}

/**
 * The single source of cross-document knowledge: which documents exist, their ids and dates,
 * where each official is mentioned, and which commitments are annotated where.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, { facts: DocumentFacts; signature: string }>();
  /** Bumped whenever a change could alter another document's cross-document findings. */
  version = 0;
  private sorted: DocumentFacts[] | undefined;

  /**
   * Records a document's facts from its analysis.
   * @returns true when the cross-document picture changed (ids, dates, commitments, mentions)
   */
  update(uri: string, analysis: DocumentAnalysis, text: string): boolean {
    const mentions = new Map<string, Span[]>();
    for (const e of analysis.entities) {
      if (e.kind === 'person' && e.officialId) {
        const list = mentions.get(e.officialId) ?? [];
        list.push(e.span);
        mentions.set(e.officialId, list);
      }
    }
    const a = analysis.annotations;
    const facts: DocumentFacts = {
      uri,
      ...(a.id ? { id: a.id.value, idSpan: a.id.span } : {}),
      ...(a.title ? { title: a.title.value } : {}),
      ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
      officialMentions: mentions,
      listedOfficials: a.officials.flatMap((o) => (o.id ? [o.id.value] : [])),
      commitments: a.commitments,
      quoteSpans: a.commitments.map((c) => (c.quote ? locateQuote(text, analysis.bodyStart, c.quote.value) : undefined)),
      countries: a.countries.map((c) => c.value),
      lines: new LineIndex(text),
    };
    const signature = JSON.stringify([
      facts.id,
      facts.title,
      facts.date,
      facts.countries,
      facts.quoteSpans,
      [...mentions.entries()].map(([k, v]) => [k, v.length]),
      a.commitments.map((c) => [c.id?.value, c.status?.value, c.due?.value, c.fulfilledBy?.value, c.quote?.value, c.actors.map((x) => x.value)]),
    ]);
    const previous = this.documents.get(uri);
    this.documents.set(uri, { facts, signature });
    this.sorted = undefined;
    const changed = previous?.signature !== signature;
    if (changed) this.version++;
    return changed;
  }

  /** Forgets a deleted document. */
  remove(uri: string): boolean {
    const removed = this.documents.delete(uri);
    if (removed) {
      this.version++;
      this.sorted = undefined;
    }
    return removed;
  }

  /** The facts of one document. */
  get(uri: string): DocumentFacts | undefined {
    return this.documents.get(uri)?.facts;
  }

  /** All indexed documents, by URI. */
  all(): DocumentFacts[] {
    // Hovers ask for every document; sorting thousands of URIs each time would dominate them, so the
    // sorted list is kept until the next update.
    this.sorted ??= [...this.documents.values()].map((d) => d.facts).sort((a, b) => a.uri.localeCompare(b.uri));
    return [...this.sorted];
  }

  /** Documents whose front-matter `id` is `id`. */
  byId(id: string): DocumentFacts[] {
    // Filtering before sorting keeps this cheap in a workspace of thousands of documents.
    const found: DocumentFacts[] = [];
    for (const d of this.documents.values()) if (d.facts.id === id) found.push(d.facts);
    return found.sort((a, b) => a.uri.localeCompare(b.uri));
  }

  /** Every mention of an official in the workspace, newest documents first. */
  mentionsOf(officialId: string): Mention[] {
    const out: Mention[] = [];
    // The final sort is a total order (URI and offset are unique), so the documents need no sorting first.
    for (const { facts } of this.documents.values()) {
      for (const span of facts.officialMentions.get(officialId) ?? []) out.push({ uri: facts.uri, span, facts });
    }
    return out.sort((a, b) => (b.facts.date ?? '').localeCompare(a.facts.date ?? '') || a.uri.localeCompare(b.uri) || a.span.start - b.span.start);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.documents.size;
  }
}
