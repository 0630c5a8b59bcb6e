import { analyzeParagraphs, type ParagraphPlan, type ParagraphResult, type PrecomputedParagraphs } from '../analysis/index';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';

/** A worker batch: tens of paragraphs, a few milliseconds of work, so that a message costs little beside it. */
const WORKER_BATCH_CHARS = 32_000;
const WORKER_BATCH_PARAGRAPHS = 64;
/** A main-thread batch is smaller: requests wait for it, so it must stay within a couple of milliseconds. */
const MAIN_BATCH_CHARS = 8_000;

/** What a job needs from the pool that runs it (see parallelAnalysis.ts). */
export interface JobHost {
  /** Number of worker threads running. */
  readonly size: number;
  /** Blocks until the workers have answered every batch of `job` they hold. */
  awaitSync(job: ParallelJob): void;
  /** Reads, without waiting, every answer the workers have sent. */
  pollSync(): void;
  /** Called when the job is finished or cancelled. */
  jobEnded(job: ParallelJob): void;
  log(message: string): void;
}

/**
 * The paragraphs of one document being analysed ahead of `analyzeDocument`, on worker threads and, in
 * small batches between requests, on the main thread. Its results are looked up by paragraph text
 * (`precomputed` in the analysis context), so an edit made meanwhile loses only the paragraphs it changed.
 */
export class ParallelJob implements PrecomputedParagraphs {
  readonly registry: OfficialsRegistry;
  readonly documentDate: string | undefined;
  /** Settles when every paragraph has a result, or when the job is cancelled. */
  readonly done: Promise<void>;
  private readonly paragraphs: readonly string[];
  private readonly covered: ReadonlySet<string>;
  private readonly results = new Map<string, ParagraphResult>();
  /** Paragraphs `[front, back)` have not been handed out; workers take from the front, this thread from the back. */
  private front = 0;
  private back: number;
  /** Batches a worker gave back (it failed or stopped), done on this thread. */
  private readonly retry: (readonly number[])[] = [];
  private inFlight = 0;
  /** Code units handed to a worker or taken by this thread so far. */
  private handedOut = 0;
  private state: 'running' | 'finished' | 'cancelled' = 'running';
  private resolveDone: () => void = () => undefined;
  private wake: (() => void) | undefined;
  private readonly started = performance.now();
  private readonly stats = { workerChars: 0, workerComputeMs: 0, postMs: 0, batches: 0, mainMs: 0 };

  constructor(
    private readonly pool: JobHost,
    plan: ParagraphPlan,
    readonly registryVersion: number,
    private readonly chars: number,
  ) {
    this.registry = plan.registry;
    this.documentDate = plan.documentDate;
    this.paragraphs = plan.paragraphs;
    this.covered = new Set(plan.paragraphs);
    this.back = plan.paragraphs.length;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  /** The result for a paragraph text, once computed. */
  get(prose: string): ParagraphResult | undefined {
    return this.results.get(prose);
  }

  /** True when this job computes (or computed) the paragraph with this text. */
  covers(prose: string): boolean {
    return this.covered.has(prose);
  }

  /** True once the job is finished or cancelled. */
  get settled(): boolean {
    return this.state !== 'running';
  }

  /** Drops the job; answers still under way are ignored. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.state = 'cancelled';
    this.end();
  }

  /** Completes the job now, on this thread and the workers, reading their answers synchronously (for `get`, which cannot wait). */
  finishSync(): void {
    while (this.state === 'running') {
      const batch = this.takeForMain();
      if (batch) {
        this.compute(batch);
        // The workers' answers are read between batches, so that they get more work and keep helping.
        this.pool.pollSync();
        continue;
      }
      if (this.inFlight === 0) break;
      const before = this.inFlight;
      this.pool.awaitSync(this);
      // Paragraphs left without a result are analysed by `analyzeDocument` itself, so giving up here is safe.
      if (this.inFlight === before && this.retry.length === 0) break;
    }
    this.finish();
  }

  /** The next batch for a worker, from the front, or undefined when none is left. */
  takeForWorker(): readonly number[] | undefined {
    if (this.state !== 'running' || this.front >= this.back) return undefined;
    const batch: number[] = [];
    let chars = 0;
    // Batches shrink towards the end, so that the last answers the main thread waits for are short.
    const target = Math.max(MAIN_BATCH_CHARS, Math.min(WORKER_BATCH_CHARS, (this.chars - this.handedOut) / 8));
    while (this.front < this.back && chars < target && batch.length < WORKER_BATCH_PARAGRAPHS) {
      chars += this.paragraphs[this.front]!.length;
      batch.push(this.front++);
    }
    this.handedOut += chars;
    this.inFlight++;
    return batch;
  }

  /** The paragraph texts of a batch. */
  textsOf(indices: readonly number[]): string[] {
    return indices.map((i) => this.paragraphs[i]!);
  }

  /** Records a worker's answer for a batch, or hands the batch to this thread when `results` is missing. */
  settleBatch(indices: readonly number[], results: readonly ParagraphResult[] | undefined, computeMs: number, postMs: number): void {
    this.inFlight--;
    if (this.state !== 'running') return;
    if (results && results.length === indices.length) {
      for (let i = 0; i < indices.length; i++) this.results.set(this.paragraphs[indices[i]!]!, results[i]!);
      for (const i of indices) this.stats.workerChars += this.paragraphs[i]!.length;
      this.stats.workerComputeMs += computeMs;
      this.stats.postMs += postMs;
      this.stats.batches++;
    } else this.retry.push(indices);
    this.wake?.();
  }

  /** This thread's share: small batches from the back, each followed by a yield so that requests are answered. */
  async run(): Promise<void> {
    try {
      while (this.state === 'running') {
        const batch = this.takeForMain();
        if (batch) {
          this.compute(batch);
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        if (this.inFlight === 0) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    } finally {
      this.finish();
    }
  }

  private takeForMain(): readonly number[] | undefined {
    const retried = this.retry.pop();
    if (retried) return retried;
    if (this.front >= this.back) return undefined;
    const batch: number[] = [];
    let chars = 0;
    while (this.front < this.back && chars < MAIN_BATCH_CHARS) {
      chars += this.paragraphs[--this.back]!.length;
      batch.push(this.back);
    }
    this.handedOut += chars;
    return batch;
  }

  private compute(indices: readonly number[]): void {
    const started = performance.now();
    const batch = indices.map((i) => this.paragraphs[i]!);
    const results = analyzeParagraphs(batch, this.registry, this.documentDate);
    for (let k = 0; k < batch.length; k++) this.results.set(batch[k]!, results[k]!);
    this.stats.mainMs += performance.now() - started;
  }

  private finish(): void {
    if (this.state !== 'running') return;
    this.state = 'finished';
    const ms = performance.now() - this.started;
    const share = this.chars > 0 ? Math.round((100 * this.stats.workerChars) / this.chars) : 0;
    this.pool.log(
      `Analysed ${this.paragraphs.length} paragraphs (${(this.chars / 1e6).toFixed(2)} MB) ahead in ${ms.toFixed(0)} ms, ${share}% on ${this.pool.size} worker threads ` +
        `(${this.stats.batches} batches, ${this.stats.workerComputeMs.toFixed(0)} ms computing, ${this.stats.postMs.toFixed(1)} ms posting answers; ` +
        `main thread ${this.stats.mainMs.toFixed(0)} ms computing).`,
    );
    this.end();
  }

  private end(): void {
    this.resolveDone();
    this.wake?.();
    this.pool.jobEnded(this);
  }
}
