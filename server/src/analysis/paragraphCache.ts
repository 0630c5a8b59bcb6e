import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { Commitment, Entity } from './types';

/** What the recognisers found in one paragraph; spans are relative to the paragraph start. */
export interface ParagraphResult {
  readonly entities: readonly Entity[];
  readonly commitments: readonly Commitment[];
}

/**
 * Memoises per-paragraph results by paragraph text, so an edit re-analyses only the paragraphs it
 * touched. Results depend on the document date and the registry, so a change of either empties it.
 * Entries not used by the latest analysis are dropped when it finishes, bounding memory to one document.
 */
export class ParagraphCache {
  private entries = new Map<string, ParagraphResult>();
  private used = new Map<string, ParagraphResult>();
  private registry: OfficialsRegistry | undefined;
  private documentDate: string | undefined;
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

  /** The cached result for this paragraph text, computing it on a miss. */
  get(prose: string, compute: () => ParagraphResult): ParagraphResult {
    let result = this.used.get(prose) ?? this.entries.get(prose);
    if (result) this.hits++;
    else {
      this.misses++;
      result = compute();
    }
    this.used.set(prose, result);
    return result;
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
