import { ParagraphCache, type ParagraphEntry, type ParagraphResult } from '../analysis/paragraphCache';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';

interface Slot {
  readonly prose: string;
  readonly entry: ParagraphEntry;
}

/** How far from its old position a paragraph is looked for before the memo falls back to a map. */
const WINDOW = 2;
/** Consecutive misses after which the rest of the document is looked up by text. */
const MISSES_BEFORE_MAP = 3;

/**
 * A paragraph memo for an open document that first looks where the paragraph was in the previous
 * analysis. After a keystroke almost every paragraph is where it was, and comparing two texts is
 * several times cheaper than hashing them, which a map lookup of every paragraph of a 1 MB document
 * does on each keystroke. A paragraph is reused only when its text is equal, so results are exactly
 * those of a fresh analysis; when positions stop matching (a paste, a large deletion), the previous
 * paragraphs are put in a map once and looked up by text, as the plain memo does.
 */
export class PositionalParagraphCache extends ParagraphCache {
  private previous: Slot[] = [];
  private current: Slot[] = [];
  private cursor = 0;
  private missesInRow = 0;
  private byText: Map<string, number> | undefined;
  private inputs: { readonly registry: OfficialsRegistry; readonly documentDate: string | undefined } | undefined;

  /** Starts one document analysis; forgets everything when the registry or the document date changed. */
  override begin(registry: OfficialsRegistry, documentDate: string | undefined): void {
    if (registry !== this.inputs?.registry || documentDate !== this.inputs.documentDate) {
      this.previous = [];
      this.inputs = { registry, documentDate };
    }
    this.current = [];
    this.cursor = 0;
    this.missesInRow = 0;
    this.byText = undefined;
  }

  /** A test of whether the next analysis with these inputs would reuse a paragraph text from the previous one. */
  override holds(registry: OfficialsRegistry, documentDate: string | undefined): (prose: string) => boolean {
    if (registry !== this.inputs?.registry || documentDate !== this.inputs.documentDate) return () => false;
    const texts = new Set(this.previous.map((slot) => slot.prose));
    return (prose) => texts.has(prose);
  }

  /** The entry of the paragraph with this text from the previous analysis, or a fresh one. */
  override entry(prose: string, compute: () => ParagraphResult): ParagraphEntry {
    const at = this.find(prose);
    let entry: ParagraphEntry;
    if (at >= 0) {
      entry = this.previous[at]!.entry;
      this.cursor = at + 1;
      this.missesInRow = 0;
      this.hits++;
    } else {
      entry = { result: compute() };
      this.cursor++;
      this.missesInRow++;
      this.misses++;
    }
    this.current.push({ prose, entry });
    return entry;
  }

  /** Ends one document analysis, keeping only the paragraphs it used. */
  override end(): void {
    this.previous = this.current;
    this.current = [];
    this.byText = undefined;
  }

  /** Number of paragraphs currently cached. */
  override get size(): number {
    return this.previous.length;
  }

  /** The index in `previous` of a paragraph with exactly this text, or -1. */
  private find(prose: string): number {
    const previous = this.previous;
    const from = Math.max(0, this.cursor - WINDOW);
    const to = Math.min(previous.length - 1, this.cursor + WINDOW);
    // The expected position first, then its neighbours: an edit splits, merges or inserts paragraphs locally.
    if (this.cursor <= to && previous[this.cursor]!.prose === prose) return this.cursor;
    for (let i = from; i <= to; i++) if (i !== this.cursor && previous[i]!.prose === prose) return i;
    if (this.missesInRow < MISSES_BEFORE_MAP && !this.byText) return -1;
    if (!this.byText) {
      // Later duplicates must not shadow earlier ones, so that the walk stays in document order.
      this.byText = new Map();
      for (let i = previous.length - 1; i >= 0; i--) this.byText.set(previous[i]!.prose, i);
    }
    return this.byText.get(prose) ?? -1;
  }
}
