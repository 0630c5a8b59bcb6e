import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { ShortNameMatcher } from './coreference';
import type { Commitment, Entity } from './types';

/** What the recognisers found in one paragraph; spans are relative to the paragraph start. */
export interface ParagraphResult {
  readonly entities: readonly Entity[];
  readonly commitments: readonly Commitment[];
  /**
   * Set when the paragraph was not in NFC and was read in its composed form (normalization.ts); spans
   * and texts are the paragraph's own all the same. Steps that match text in the paragraph later (short
   * names) read it composed too. Absent for composed text, so most results keep their plain shape.
   */
  readonly composed?: true;
}

/**
 * One memoised paragraph: the recognisers' result and what later, document-level steps derived
 * from it. The derived fields carry the inputs they were computed from and are recomputed when
 * those differ, so a stale value is never used.
 */
export interface ParagraphEntry {
  readonly result: ParagraphResult;
  /** The (short form, full name) pairs of coreference that this paragraph contributes. */
  shortNames?: [string, string][];
  /** The registry officials this paragraph names other than by a bare short form (see shortFormTakeover.ts). */
  namedInFull?: string[];
  /**
   * Entities with coreference links added, for the short-name matcher and the officials named in full
   * with this key (relative spans),
   * and whether one of them has a name that several registry entries share.
   */
  linked?: { readonly key: string; readonly entities: readonly Entity[]; readonly sharedName: boolean };
  /** The linked entities and the commitments moved to file offsets, for this offset and linked list. */
  placed?: { readonly offset: number; readonly linked: readonly Entity[]; readonly entities: readonly Entity[]; readonly commitments: readonly Commitment[] };
}

/** The document's short names, the key of their matcher, and the per-paragraph candidate lists they come from. */
export interface ShortNameSource {
  lists: readonly (readonly (readonly [string, string])[])[];
  readonly shortToFull: Map<string, string>;
  readonly key: string;
}

/**
 * Memoises per-paragraph results by paragraph text, so an edit re-analyses only the paragraphs it
 * touched. Results depend on the document date and the registry, so a change of either empties it.
 * Entries not used by the latest analysis are dropped when it finishes, bounding memory to one document.
 */
export class ParagraphCache {
  private entries = new Map<string, ParagraphEntry>();
  private used = new Map<string, ParagraphEntry>();
  private registry: OfficialsRegistry | undefined;
  private documentDate: string | undefined;
  /** The last compiled short-name matcher of this document, reused while its key is unchanged. */
  shortNameMatcher: ShortNameMatcher | undefined;
  /** The short names of the last analysis and the candidate lists they were collected from. */
  shortNameSource: ShortNameSource | undefined;
  /**
   * The key of the last analysis's links and the two parts it was made of. Kept so that an unchanged
   * key is the same string object: every paragraph's memoised links are compared with it, and equal
   * strings that are different objects are compared character by character.
   */
  linkKey: { readonly shortKey: string; readonly namedKey: string; readonly key: string } | undefined;
  /** Counters for tests and benchmarks. */
  hits = 0;
  misses = 0;

  /** Starts one document analysis; clears everything when its inputs other than text changed. */
  begin(registry: OfficialsRegistry, documentDate: string | undefined): void {
    if (registry !== this.registry || documentDate !== this.documentDate) {
      this.entries.clear();
      this.registry = registry;
      this.documentDate = documentDate;
    }
    this.used = new Map();
  }

  /** A test of whether an analysis with these inputs would find a paragraph text memoised (for planning work ahead). */
  holds(registry: OfficialsRegistry, documentDate: string | undefined): (prose: string) => boolean {
    // A change of either input empties the memo at the next `begin`, so nothing held would be reused.
    if (registry !== this.registry || documentDate !== this.documentDate) return () => false;
    const entries = this.entries;
    return (prose) => entries.has(prose);
  }

  /** The cached result for this paragraph text, computing it on a miss. */
  get(prose: string, compute: () => ParagraphResult): ParagraphResult {
    return this.entry(prose, compute).result;
  }

  /** The cached entry for this paragraph text (result and derived data), computing the result on a miss. */
  entry(prose: string, compute: () => ParagraphResult): ParagraphEntry {
    let entry = this.used.get(prose) ?? this.entries.get(prose);
    if (entry) this.hits++;
    else {
      this.misses++;
      entry = { result: compute() };
    }
    this.used.set(prose, entry);
    return entry;
  }

  /** Ends one document analysis, keeping only the paragraphs it used. */
  end(): void {
    this.entries = this.used;
    this.used = new Map();
  }

  /** Number of paragraphs currently cached. */
  get size(): number {
    return this.entries.size;
  }
}
