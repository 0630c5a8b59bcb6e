import { analyzeDocument, type DocumentAnalysis, type ParagraphCache } from '../analysis/index';
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
}

/**
 * Lazily memoises one analysis per (uri, version, registry version). Nothing is computed on
 * `didChange`; the first request after a change computes, the following ones reuse it.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** How many analyses ran; the counting test asserts one per document version. */
  computations = 0;

  constructor(
    private readonly registries: RegistryStore,
    private readonly analyze: typeof analyzeDocument = analyzeDocument,
  ) {}

  /** The analysis of this document version, computed on first use. */
  get(document: VersionedText): DocumentAnalysis {
    let entry = this.entries.get(document.uri);
    if (!entry) {
      // An open document is analysed after each keystroke, so its memo looks paragraphs up by position.
      entry = { version: -1, registryVersion: -1, analysis: undefined, paragraphs: new PositionalParagraphCache() };
      this.entries.set(document.uri, entry);
    }
    if (!entry.analysis || entry.version !== document.version || entry.registryVersion !== this.registries.version) {
      this.computations++;
      entry.analysis = this.analyze(document.getText(), { registry: this.registries.registry, paragraphCache: entry.paragraphs });
      entry.version = document.version;
      entry.registryVersion = this.registries.version;
    }
    return entry.analysis;
  }

  /** Drops a closed document's entry (its paragraph memo included). */
  evict(uri: string): void {
    this.entries.delete(uri);
  }

  /** The paragraph memo of a document, for tests and benchmarks. */
  paragraphCacheOf(uri: string): ParagraphCache | undefined {
    return this.entries.get(uri)?.paragraphs;
  }
}
