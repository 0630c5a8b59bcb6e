import { analyzeDocument, documentDateOf, planParagraphs, type DocumentAnalysis, type ParagraphCache, type PrecomputedParagraphs } from '../analysis/index';
import type { ParallelAnalysis, ParallelJob } from './parallelAnalysis';
import { flatCopy } from '../analysis/flatCopy';
import { PositionalParagraphCache } from './positionalParagraphCache';
import type { RegistryStore } from './registryStore';

/** The parts of a text document the cache needs (satisfied by `TextDocument`). */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

interface Entry {
  version: number;
  registryVersion: number;
  analysis: DocumentAnalysis | undefined;
  readonly paragraphs: ParagraphCache;
  /** Paragraphs being (or already) computed ahead by `prepare` and not yet used by an analysis; all for one registry and date. */
  jobs: ParallelJob[];
  /** The (version, registry version) last planned for, so that several requests on one version plan once. */
  planned: { readonly version: number; readonly registryVersion: number } | undefined;
  /** Length of the text last analysed and its start up to the end of the dateline window (see `worthPlanning`). */
  length: number;
  head: string;
}

const DONE: Promise<void> = Promise.resolve();

/** The dateline is looked for in this many code units after the front matter (see `findDocumentDate`). */
const DATELINE_WINDOW = 4000;

/**
 * Lazily memoises one analysis per (uri, version, registry version). Nothing is computed on
 * `didChange`; the first request after a change computes, the following ones reuse it. With a
 * `ParallelAnalysis`, `prepare` first computes the paragraphs of a large cold document on every core.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** How many analyses ran; the counting test asserts one per document version. */
  computations = 0;

  constructor(
    private readonly registries: RegistryStore,
    private readonly analyze: typeof analyzeDocument = analyzeDocument,
    private readonly parallel?: ParallelAnalysis,
  ) {}

  /**
   * Computes ahead, on worker threads and between requests, the paragraphs that the next `get` of this
   * version would analyse, when they are many (a cold open, a large paste, a new registry or document
   * date). Settles when they are done; `get` is correct without it, only slower.
   */
  prepare(document: VersionedText): Promise<void> {
    const parallel = this.parallel;
    if (!parallel) return DONE;
    const entry = this.entryOf(document.uri);
    const registryVersion = this.registries.version;
    if (entry.analysis && entry.version === document.version && entry.registryVersion === registryVersion) return DONE;
    if (entry.planned?.version === document.version && entry.planned.registryVersion === registryVersion) return pending(entry);
    const text = document.getText();
    if (text.length < parallel.minChars || !this.worthPlanning(entry, text, parallel.minChars)) return pending(entry);
    entry.planned = { version: document.version, registryVersion };
    const registry = this.registries.registry;
    const plan = planParagraphs(text, { registry, paragraphCache: entry.paragraphs });
    if (!plan) return pending(entry);
    // Work for another registry or document date can never be used; work for an earlier version mostly can.
    entry.jobs = entry.jobs.filter((job) => {
      const usable = job.registry === registry && job.documentDate === plan.documentDate;
      if (!usable) job.cancel();
      return usable;
    });
    const missing = entry.jobs.length === 0 ? plan.paragraphs : plan.paragraphs.filter((p) => !entry.jobs.some((job) => job.covers(p)));
    const job = parallel.start({ ...plan, paragraphs: missing }, registryVersion);
    if (job) entry.jobs.push(job);
    return pending(entry);
  }

  /**
   * The analysis of the latest version of a document after `prepare`, with that version; `current`
   * is asked again after each wait, so that an edit made meanwhile is analysed and nothing stale is
   * returned. Undefined when the document was closed meanwhile.
   */
  async prepared<T extends VersionedText>(current: () => T | undefined): Promise<{ document: T; analysis: DocumentAnalysis } | undefined> {
    // A text document object is updated in place by edits, so versions, not objects, are compared.
    for (let round = 0; round < 3; round++) {
      const document = current();
      if (!document) return undefined;
      const version = document.version;
      await this.prepare(document);
      // Edits arriving faster than preparations finish are prepared a few times at most, then analysed as they are.
      if (current()?.version === version) break;
    }
    const document = current();
    return document ? { document, analysis: this.get(document) } : undefined;
  }

  /** The analysis of this document version, computed on first use. */
  get(document: VersionedText): DocumentAnalysis {
    const entry = this.entryOf(document.uri);
    const current = document.getText();
    // A client must raise the version with every change; one that does not (a repeated or reused version)
    // would otherwise get the analysis of another text, whose spans lie outside this one. The length and
    // the start of the text catch nearly every such change at no real cost.
    const sameText = entry.length === current.length && current.startsWith(entry.head);
    if (!entry.analysis || entry.version !== document.version || entry.registryVersion !== this.registries.version || !sameText) {
      this.computations++;
      const text = current;
      const registry = this.registries.registry;
      const precomputed = this.takePrecomputed(entry, text);
      entry.analysis = this.analyze(text, { registry, paragraphCache: entry.paragraphs, ...(precomputed ? { precomputed } : {}) });
      entry.version = document.version;
      entry.registryVersion = this.registries.version;
      entry.length = text.length;
      // A copy, so that the entry does not keep this whole version of the text alive.
      entry.head = flatCopy(text.slice(0, entry.analysis.bodyStart + DATELINE_WINDOW));
    }
    return entry.analysis;
  }

  /** Drops a closed document's entry (its paragraph memo and any work under way included). */
  evict(uri: string): void {
    for (const job of this.entries.get(uri)?.jobs ?? []) job.cancel();
    this.entries.delete(uri);
  }

  /** The paragraph memo of a document, for tests and benchmarks. */
  paragraphCacheOf(uri: string): ParagraphCache | undefined {
    return this.entries.get(uri)?.paragraphs;
  }

  private entryOf(uri: string): Entry {
    let entry = this.entries.get(uri);
    if (!entry) {
      // An open document is analysed after each keystroke, so its memo looks paragraphs up by position.
      entry = { version: -1, registryVersion: -1, analysis: undefined, paragraphs: new PositionalParagraphCache(), jobs: [], planned: undefined, length: 0, head: '' };
      this.entries.set(uri, entry);
    }
    return entry;
  }

  /**
   * Whether many paragraphs may be missing from the memo, decided without looking at them, so that a
   * keystroke never pays for planning: nothing analysed yet, another registry, a change of length
   * past the threshold, or an edit near the top that changed the document date.
   */
  private worthPlanning(entry: Entry, text: string, minChars: number): boolean {
    if (!entry.analysis || entry.registryVersion !== this.registries.version) return true;
    if (Math.abs(text.length - entry.length) >= minChars) return true;
    // The document date depends only on the front matter and the dateline window after it.
    if (text.startsWith(entry.head)) return false;
    return documentDateOf(text, { registry: this.registries.registry }) !== entry.analysis.documentDate?.value;
  }

  /** The results computed ahead that this analysis can use; work still under way is finished first, here. */
  private takePrecomputed(entry: Entry, text: string): PrecomputedParagraphs | undefined {
    if (entry.jobs.length === 0) return undefined;
    const jobs = entry.jobs;
    entry.jobs = [];
    entry.planned = undefined;
    const registry = this.registries.registry;
    const date = documentDateOf(text, { registry });
    const usable = jobs.filter((job) => {
      const fits = job.registry === registry && job.documentDate === date;
      // A request that cannot wait (hover, symbols) joins the work rather than redoing it alone.
      if (fits) job.finishSync();
      else job.cancel();
      return fits;
    });
    if (usable.length === 0) return undefined;
    if (usable.length === 1) return usable[0];
    return {
      registry,
      documentDate: date,
      get: (prose) => {
        for (const job of usable) {
          const result = job.get(prose);
          if (result) return result;
        }
        return undefined;
      },
    };
  }
}

function pending(entry: Entry): Promise<void> {
  if (entry.jobs.length === 0) return DONE;
  return Promise.all(entry.jobs.map((job) => job.done)).then(() => undefined);
}
