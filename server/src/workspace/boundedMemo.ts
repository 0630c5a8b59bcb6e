/**
 * A memo that keeps its entries while their total weight stays within a budget, dropping the least
 * recently used first. A memo of one entry per workspace document otherwise grows with the workspace.
 */
export class BoundedMemo<V> {
  // A Map iterates in insertion order, and every use re-inserts its entry, so the first is the least recently used.
  private readonly entries = new Map<string, { readonly value: V; readonly weight: number }>();
  private total = 0;

  constructor(private readonly budget: number) {}

  /** The value kept under `key`, which counts as a use. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` under `key`, then drops the least recently used others until the total weight is within the budget. */
  set(key: string, value: V, weight: number): void {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      // The newest entry stays even when it alone is over the budget: it is the one about to be used.
      if (this.total <= this.budget || oldest === key) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.weight;
  }

  /** The keys kept, least recently used first. */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Number of entries kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Total weight of the entries kept. */
  get weight(): number {
    return this.total;
  }
}
