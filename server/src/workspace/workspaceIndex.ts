import type { CommitmentAnnotation } from '../analysis/annotations';
import type { IndexAnalysis } from '../analysis/index';
import { LineIndex } from '../analysis/lineIndex';
import type { Span } from '../analysis/types';
import { locateQuotes } from './commitmentStatus';

/** What the rest of the workspace needs to know about one policy document. */
/** What a reader learns from `WorkspaceIndex.watchChanges`. */
export interface ChangeWatch {
  /** A stamp to take before reading a file. */
  now(): number;
  /** True when the URI's entry was replaced or removed after the stamp `at` was taken. */
  changedSince(uri: string, at: number): boolean;
  end(): void;
}

export interface DocumentFacts {
  readonly uri: string;
  readonly id?: string;
  readonly idSpan?: Span;
  readonly title?: string;
  /** The document date (YYYY-MM-DD) when known. */
  readonly date?: string;
  /** Registry id → spans of its mentions in the body. */
  readonly officialMentions: ReadonlyMap<string, readonly Span[]>;
  /** Mentions of a name several officials share that nothing in the document decides between. */
  readonly unresolvedMentions: readonly UnresolvedMention[];
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

/** A document that mentions an official, with the first of those mentions. */
export interface MentioningDocument {
  readonly facts: DocumentFacts;
  readonly first: Span;
}

/** A commitment annotated in some document, listed under each of its actors. */
export interface ActorCommitment {
  readonly uri: string;
  readonly commitment: CommitmentAnnotation;
}

/** A mention of a shared name left unresolved: nobody's mention, but one a search for all its candidates finds. */
export interface UnresolvedMention {
  readonly span: Span;
  /** The registry ids the name may denote. */
  readonly candidates: readonly string[];
}

/** The facts of a document without its line index: what a worker thread computes and sends back. */
export type PortableFacts = Omit<DocumentFacts, 'lines'>;

/**
 * The facts of one document and a signature of the parts other documents depend on.
 * @param analysis the full analysis or the cheaper `analyzeForIndex`, which agree on everything read here
 */
export function documentFacts(uri: string, analysis: IndexAnalysis, text: string): { facts: PortableFacts; signature: string } {
  const mentions = new Map<string, Span[]>();
  const unresolvedMentions: UnresolvedMention[] = [];
  for (const e of analysis.entities) {
    // A name that fits several officials equally is nobody's mention until the analyst says whose.
    if (e.kind === 'person' && e.officialId && e.unresolved) unresolvedMentions.push({ span: e.span, candidates: e.alternatives ?? [e.officialId] });
    else if (e.kind === 'person' && e.officialId) {
      const list = mentions.get(e.officialId) ?? [];
      list.push(e.span);
      mentions.set(e.officialId, list);
    }
  }
  const a = analysis.annotations;
  const facts: PortableFacts = {
    uri,
    ...(a.id ? { id: a.id.value, idSpan: a.id.span } : {}),
    ...(a.title ? { title: a.title.value } : {}),
    ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
    officialMentions: mentions,
    unresolvedMentions,
    listedOfficials: a.officials.flatMap((o) => (o.id ? [o.id.value] : [])),
    commitments: a.commitments,
    quoteSpans: locateQuotes(text, analysis.bodyStart, a.commitments.map((c) => c.quote?.value)),
    countries: a.countries.map((c) => c.value),
  };
  const signature = JSON.stringify([
    facts.id,
    facts.title,
    facts.date,
    facts.countries,
    facts.quoteSpans,
    [...mentions.entries()].map(([k, v]) => [k, v.length]),
    a.commitments.map((c) => [c.id?.value, c.status?.value, c.due?.value, c.fulfilledBy?.value, c.quote?.value, c.actors.map((x) => x.value)]),
    // The Commitments view and the timeline place an item whose quote is not in the body on its
    // annotation: lines added above it in the front matter move it, and the views must ask again.
    a.commitments.map((c, i) => (facts.quoteSpans[i] ? 0 : c.span.start)),
  ]);
  return { facts, signature };
}

/**
 * The single source of cross-document knowledge: which documents exist, their ids and dates,
 * where each official is mentioned, and which commitments are annotated where.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, { facts: DocumentFacts; signature: string }>();
  /** Documents by front-matter id, built when first asked for after a change. */
  private byIdTable: Map<string, DocumentFacts[]> | undefined;
  /** Bumped whenever a change could alter another document's cross-document findings. */
  version = 0;
  private sorted: DocumentFacts[] | undefined;
  /** Each official's mentions in hover order, kept until the next change of any document. */
  private readonly mentions = new Map<string, Mention[]>();
  /** The documents in the order of `mentionsOf` (newest first, then URI), computed once per change. */
  private ranked: DocumentFacts[] | undefined;
  /** Each official's mentioning documents; an entry is replaced in place when its document is re-indexed. */
  private readonly mentioning = new Map<string, readonly MentioningDocument[]>();
  /** Commitments by actor id, for the index version they were collected at. */
  private actors: { readonly version: number; readonly byActor: ReadonlyMap<string, readonly ActorCommitment[]> } | undefined;

  /** Watches in progress (see `watchChanges`); changes are recorded only while there is one. */
  private watchers = 0;
  /** While a watch runs: the change count at which each URI's entry last changed. */
  private readonly touched = new Map<string, number>();
  private changeCount = 0;

  /**
   * Starts recording which entries change, for a reader (a scan, a watched-file event, a close) that
   * reads a file and records its facts later: a file deleted or changed (and indexed anew) meanwhile
   * must not get the older facts back. `end` stops the recording; nothing is kept once no watch runs.
   */
  watchChanges(): ChangeWatch {
    this.watchers++;
    let ended = false;
    return {
      now: () => this.changeCount,
      changedSince: (uri, at) => (this.touched.get(uri) ?? 0) > at,
      end: () => {
        if (ended) return;
        ended = true;
        if (--this.watchers === 0) this.touched.clear();
      },
    };
  }

  private touch(uri: string): void {
    if (this.watchers > 0) this.touched.set(uri, ++this.changeCount);
  }

  /**
   * Records a document's facts from its analysis.
   * @returns true when the cross-document picture changed (ids, dates, commitments, mentions)
   */
  update(uri: string, analysis: IndexAnalysis, text: string): boolean {
    const { facts, signature } = documentFacts(uri, analysis, text);
    // The front matter's values are slices of this version of the text, which the index outlives; a
    // clone holds copies of them, as the facts a worker thread sends do, so no old version stays alive.
    return this.put(structuredClone(facts), signature, text);
  }

  /**
   * Records facts computed elsewhere (by `documentFacts` in a worker thread) for a document with this text.
   * @returns true when the cross-document picture changed
   */
  put(portable: PortableFacts, signature: string, text: string): boolean {
    const facts: DocumentFacts = { ...portable, lines: new LineIndex(text) };
    this.touch(facts.uri);
    const previous = this.documents.get(facts.uri);
    this.documents.set(facts.uri, { facts, signature });
    this.byIdTable = undefined;
    this.replaced(previous?.facts, facts);
    const changed = previous?.signature !== signature;
    if (changed) this.version++;
    return changed;
  }

  /** Forgets a deleted document. */
  remove(uri: string): boolean {
    this.touch(uri);
    const removed = this.documents.delete(uri);
    this.byIdTable = undefined;
    if (removed) {
      this.version++;
      this.changed();
    }
    return removed;
  }

  /**
   * Keeps the derived orderings valid after one document's facts were replaced, redoing only what
   * depends on it: re-indexing an open document while the analyst hovers must not make the next
   * hover rebuild the mention lists of every official.
   */
  private replaced(previous: DocumentFacts | undefined, next: DocumentFacts): void {
    if (!previous || previous.date !== next.date) {
      this.changed();
      return;
    }
    for (const list of [this.sorted, this.ranked]) {
      const at = list ? list.indexOf(previous) : -1;
      if (list && at >= 0) list[at] = next;
    }
    for (const id of new Set([...previous.officialMentions.keys(), ...next.officialMentions.keys()])) {
      this.mentions.delete(id);
      // The open document is re-indexed after every pause in typing; rebuilding the official's list
      // would walk every document of the workspace on the next hover, so the one entry is replaced.
      const list = this.mentioning.get(id);
      if (list) this.mentioning.set(id, replacedEntry(list, id, previous, next));
    }
  }

  /** Drops everything derived from the set of documents. */
  private changed(): void {
    this.sorted = undefined;
    this.ranked = undefined;
    this.mentions.clear();
    this.mentioning.clear();
  }

  /** The facts of one document. */
  get(uri: string): DocumentFacts | undefined {
    return this.documents.get(uri)?.facts;
  }

  /** All indexed documents, by URI. */
  all(): DocumentFacts[] {
    // Hovers ask for every document; sorting thousands of URIs each time would dominate them, so the
    // sorted list is kept until the next update.
    return [...this.sortedFacts()];
  }

  private sortedFacts(): readonly DocumentFacts[] {
    this.sorted ??= [...this.documents.values()].map((d) => d.facts).sort((a, b) => byCodeUnits(a.uri, b.uri));
    return this.sorted;
  }

  /** Documents whose front-matter `id` is `id`, in URI order. */
  byId(id: string): DocumentFacts[] {
    // The checks of a workspace pull ask once per document; walking every document each time made a
    // pull of 10,000 documents quadratic (a quarter of its time at 4,000), so the table is built once
    // per change of the index.
    if (this.byIdTable === undefined) {
      const table = new Map<string, DocumentFacts[]>();
      for (const { facts } of this.documents.values()) {
        if (facts.id === undefined) continue;
        const list = table.get(facts.id);
        if (list) list.push(facts);
        else table.set(facts.id, [facts]);
      }
      for (const list of table.values()) list.sort((a, b) => byCodeUnits(a.uri, b.uri));
      this.byIdTable = table;
    }
    return [...(this.byIdTable.get(id) ?? [])];
  }

  /** Every mention of an official in the workspace, newest documents first. */
  mentionsOf(officialId: string): Mention[] {
    let found = this.mentions.get(officialId);
    if (!found) {
      // Hovers ask for the same officials again and again; in a workspace of thousands of documents
      // collecting tens of thousands of mentions each time would dominate them. Walking the
      // documents newest first yields the mentions already in order, with no sort.
      const out: Mention[] = [];
      for (const facts of this.newestFirst()) {
        const spans = facts.officialMentions.get(officialId);
        if (!spans) continue;
        for (const span of [...spans].sort((x, y) => x.start - y.start)) out.push({ uri: facts.uri, span, facts });
      }
      found = out;
      this.mentions.set(officialId, found);
    }
    return [...found];
  }


  /**
   * The documents that mention an official, in the order of `mentionsOf`, each with its first mention.
   * Hover cards show a few of them and count the rest; with the list kept until one of those documents
   * changes, a hover costs the same in a workspace of ten documents or ten thousand. The array is shared.
   */
  documentsMentioning(officialId: string): readonly MentioningDocument[] {
    let found = this.mentioning.get(officialId);
    if (!found) {
      const out: MentioningDocument[] = [];
      for (const facts of this.newestFirst()) {
        const spans = facts.officialMentions.get(officialId);
        if (spans && spans.length > 0) out.push({ facts, first: firstSpan(spans) });
      }
      found = out;
      this.mentioning.set(officialId, found);
    }
    return found;
  }

  /**
   * Computes ahead of time what hover cards read (the orderings, every official's mentioning documents,
   * the commitments by actor), so that the first hovers after a workspace scan do not pay for them.
   */
  prepare(): void {
    const cached = new Set(this.mentioning.keys());
    const lists = new Map<string, MentioningDocument[]>();
    for (const facts of this.newestFirst()) {
      for (const [id, spans] of facts.officialMentions) {
        if (spans.length === 0 || cached.has(id)) continue;
        const list = lists.get(id);
        if (list) list.push({ facts, first: firstSpan(spans) });
        else lists.set(id, [{ facts, first: firstSpan(spans) }]);
      }
    }
    for (const [id, list] of lists) this.mentioning.set(id, list);
    this.commitmentsOfActor('');
  }

  /**
   * The annotated commitments that list an official among their actors, in URI order and then in
   * document order. Collected for all officials in one pass and kept while the index version holds,
   * since any change of a commitment changes its document's signature and so the version.
   */
  commitmentsOfActor(officialId: string): readonly ActorCommitment[] {
    if (this.actors?.version !== this.version) {
      const byActor = new Map<string, ActorCommitment[]>();
      for (const facts of this.sortedFacts()) {
        for (const commitment of facts.commitments) {
          for (const [i, actor] of commitment.actors.entries()) {
            // An actor listed twice still lists the commitment once.
            if (commitment.actors.findIndex((a) => a.value === actor.value) !== i) continue;
            const list = byActor.get(actor.value);
            if (list) list.push({ uri: facts.uri, commitment });
            else byActor.set(actor.value, [{ uri: facts.uri, commitment }]);
          }
        }
      }
      this.actors = { version: this.version, byActor };
    }
    return this.actors.byActor.get(officialId) ?? [];
  }

  /** The documents by date (newest first), then URI, as `mentionsOf` orders them; kept until the set changes. */
  private newestFirst(): DocumentFacts[] {
    this.ranked ??= [...this.documents.values()].map((d) => d.facts).sort(newestFirst);
    return this.ranked;
  }


  /** Number of indexed documents. */
  get size(): number {
    return this.documents.size;
  }
}

/** The ranking of `mentionsOf`: by date, newest first, then by URI. */
function newestFirst(a: { readonly date?: string; readonly uri: string }, b: { readonly date?: string; readonly uri: string }): number {
  return byCodeUnits(b.date ?? '', a.date ?? '') || byCodeUnits(a.uri, b.uri);
}

/** The first (leftmost) of a document's mentions of one official. */
function firstSpan(spans: readonly Span[]): Span {
  let first = spans[0]!;
  for (const span of spans) if (span.start < first.start) first = span;
  return first;
}

/**
 * A ranked list of mentioning documents with one document's entry replaced by its new facts (removed
 * when it no longer mentions the official, inserted when it newly does); `previous` and `next` share
 * their URI and date, so the entry's rank is found by binary search. The list itself is not modified.
 */
function replacedEntry(list: readonly MentioningDocument[], officialId: string, previous: DocumentFacts, next: DocumentFacts): MentioningDocument[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (newestFirst(list[mid]!.facts, previous) < 0) low = mid + 1;
    else high = mid;
  }
  const out = list.slice();
  if (out[low]?.facts.uri === previous.uri) out.splice(low, 1);
  const spans = next.officialMentions.get(officialId);
  if (spans && spans.length > 0) out.splice(low, 0, { facts: next, first: firstSpan(spans) });
  return out;
}

/**
 * Orders strings by UTF-16 code units. ISO dates and URIs sort correctly this way, and it is many
 * times cheaper than `localeCompare`, which showed in hovers over workspaces of 10,000 documents.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
