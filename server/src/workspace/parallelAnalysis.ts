import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ParagraphPlan } from '../analysis/index';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { Logger } from '../lsp/logger';
import type { RegistryFileText } from './indexWorkers';
import type { ParagraphBatchMessage, ParagraphWorkerAnswer, ParagraphWorkerData } from './paragraphWorker';
import { ParallelJob, type JobHost } from './parallelJob';

export { ParallelJob } from './parallelJob';

/**
 * Missing paragraphs must add up to this many code units before they are analysed in parallel. On
 * two cores a 1 MB document gained nothing (a worker that has just started runs cold code, and the
 * results cost about 50 ms per MB to clone), while 10 MB opened about a third faster; set
 * `POLICY_LENS_PARALLEL_MIN_CHARS` to try another value.
 */
export const PARALLEL_MIN_CHARS = 2_000_000;
/** Batches queued per worker, so that it never idles while the main thread is busy between answers. */
const IN_FLIGHT_PER_WORKER = 2;
/** Idle workers are stopped after this long, giving their memory back. */
const IDLE_MS = 30_000;
/** The longest a synchronous `finishSync` waits for one worker before doing its batches itself. */
const SYNC_WAIT_MS = 5_000;
/** After this many unexpected worker exits, parallel analysis stays off for the session. */
const MAX_CRASHES = 3;

/** How parallel analysis is configured. */
export interface ParallelSettings {
  readonly workers: number;
  readonly minChars: number;
}

/**
 * Reads `POLICY_LENS_PARALLEL` (a positive integer sets the number of worker threads, `on` one per
 * core beside the main thread; unset, `0` or `off` keeps analysis on the main thread) and
 * `POLICY_LENS_PARALLEL_MIN_CHARS`. Parallel document analysis is off by default since one thread got
 * faster: on two cores a 10 MB document opened 0.85–1.08× as fast with a worker as without (the
 * worker runs cold code and the results cost about 45 ms per MB to clone).
 * @returns undefined when parallel analysis is off
 */
export function parallelSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ParallelSettings | undefined {
  const raw = env['POLICY_LENS_PARALLEL']?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === '0' || raw === 'off' || raw === 'false') return undefined;
  const forced = Number(raw);
  const workers = Number.isInteger(forced) && forced > 0 ? forced : Math.max(1, availableParallelism() - 1);
  const min = Number(env['POLICY_LENS_PARALLEL_MIN_CHARS']);
  return { workers, minChars: env['POLICY_LENS_PARALLEL_MIN_CHARS'] && Number.isInteger(min) && min >= 0 ? min : PARALLEL_MIN_CHARS };
}

/** The registry as the store holds it now, for starting workers. */
export interface RegistrySnapshot {
  readonly version: number;
  readonly files: readonly RegistryFileText[];
}

/** What the pool needs from the server. */
export interface ParallelAnalysisOptions extends ParallelSettings {
  /** The bundled server file, which turns into a paragraph worker when started in a worker thread. */
  readonly entry: string;
  readonly idleMs?: number;
  registrySnapshot(): RegistrySnapshot;
  readonly logger: Pick<Logger, 'info' | 'warn'>;
}

interface Batch {
  readonly id: number;
  readonly job: ParallelJob;
  readonly indices: readonly number[];
}

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly counter: Int32Array;
  /** The registry version it was started with; it only takes batches of jobs for that version. */
  readonly registryVersion: number;
  readonly expectedOfficials: number;
  readonly inFlight: Map<number, Batch>;
  ready: boolean;
  alive: boolean;
  retiring: boolean;
}

/**
 * A pool of worker threads that analyse paragraphs, shared by every document. Workers start on the
 * first large job, are replaced when the registry changes, and stop after some idle seconds.
 */
export class ParallelAnalysis implements JobHost {
  readonly minChars: number;
  private workers: PoolWorker[] = [];
  private readonly jobs = new Set<ParallelJob>();
  private nextBatchId = 1;
  private crashes = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  /** A registry version whose workers disagreed with the main thread about the registry; no workers for it. */
  private brokenRegistryVersion = -1;

  constructor(private readonly options: ParallelAnalysisOptions) {
    this.minChars = options.minChars;
  }

  /**
   * Starts computing a plan's paragraphs on the workers and, between requests, on this thread.
   * @returns undefined when the paragraphs are too few to be worth it
   */
  start(plan: ParagraphPlan, registryVersion: number): ParallelJob | undefined {
    let chars = 0;
    for (const p of plan.paragraphs) chars += p.length;
    if (chars < this.minChars || plan.paragraphs.length < 2) return undefined;
    clearTimeout(this.idleTimer);
    const job = new ParallelJob(this, plan, registryVersion, chars);
    this.jobs.add(job);
    this.ensureWorkers(registryVersion, plan.registry);
    for (const w of this.workers) this.feed(w);
    void job.run();
    return job;
  }

  /** Stops every worker; jobs under way finish on the main thread. */
  dispose(): void {
    clearTimeout(this.idleTimer);
    for (const w of [...this.workers]) this.retire(w);
  }

  /** Called by a job when it is finished or cancelled. */
  jobEnded(job: ParallelJob): void {
    this.jobs.delete(job);
    if (this.jobs.size > 0 || this.workers.length === 0) return;
    this.idleTimer = setTimeout(() => this.dispose(), this.options.idleMs ?? IDLE_MS);
    this.idleTimer.unref();
  }

  /** Writes an info line through the server's logger. */
  log(message: string): void {
    this.options.logger.info(message);
  }

  /** Number of worker threads running, for tests and logs. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Blocks this thread until the workers have answered every batch of `job` they hold, reading their
   * ports synchronously; a worker that does not answer in time is stopped and its batches handed back.
   */
  awaitSync(job: ParallelJob): void {
    for (const w of [...this.workers]) {
      const deadline = performance.now() + SYNC_WAIT_MS;
      while (w.alive && holdsBatchOf(w, job)) {
        const seen = Atomics.load(w.counter, 0);
        const received = receiveMessageOnPort(w.port);
        if (received) {
          this.onAnswer(w, received.message as ParagraphWorkerAnswer);
          continue;
        }
        const left = deadline - performance.now();
        if (left <= 0) {
          this.lost(w, `no answer within ${SYNC_WAIT_MS} ms`);
          void w.worker.terminate();
          break;
        }
        // The worker bumps the counter after queueing each answer, so this wakes as soon as one arrives.
        Atomics.wait(w.counter, 0, seen, Math.min(left, 50));
      }
    }
  }

  /** Reads, without waiting, every answer the workers have sent (for a thread that cannot return to the event loop). */
  pollSync(): void {
    for (const w of [...this.workers]) {
      for (let received = receiveMessageOnPort(w.port); received && w.alive; received = receiveMessageOnPort(w.port)) {
        this.onAnswer(w, received.message as ParagraphWorkerAnswer);
      }
    }
  }

  private ensureWorkers(registryVersion: number, registry: OfficialsRegistry): void {
    // Workers built for another registry would compute results for the wrong one.
    for (const w of [...this.workers]) if (w.registryVersion !== registryVersion) this.retire(w);
    if (this.crashes >= MAX_CRASHES || this.brokenRegistryVersion === registryVersion) return;
    const snapshot = this.options.registrySnapshot();
    if (snapshot.version !== registryVersion) return;
    while (this.workers.length < this.options.workers) this.workers.push(this.spawn(snapshot, registry.officials.length));
  }

  private spawn(snapshot: RegistrySnapshot, expectedOfficials: number): PoolWorker {
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const data: ParagraphWorkerData = { policyLensIndexWorker: true, paragraphWorker: { registryFiles: snapshot.files, port: channel.port2, signal } };
    const worker = new Worker(this.options.entry, { workerData: data, transferList: [channel.port2] });
    const w: PoolWorker = {
      worker,
      port: channel.port1,
      counter: new Int32Array(signal),
      registryVersion: snapshot.version,
      expectedOfficials,
      inFlight: new Map(),
      ready: false,
      alive: true,
      retiring: false,
    };
    // Neither the worker nor its port may keep the process alive once the editor asks it to exit.
    worker.unref();
    channel.port1.unref();
    channel.port1.on('message', (message: ParagraphWorkerAnswer) => this.onAnswer(w, message));
    worker.on('error', (error) => this.lost(w, error.message));
    worker.on('exit', (code) => this.lost(w, `exit code ${code}`));
    return w;
  }

  private onAnswer(w: PoolWorker, message: ParagraphWorkerAnswer): void {
    if (!w.alive) return;
    if (message.type === 'ready') {
      if (message.officials !== w.expectedOfficials) {
        // A registry the worker reads differently from the main thread would change results; never use it.
        this.options.logger.warn(`A paragraph worker read ${message.officials} officials where the server has ${w.expectedOfficials}; analysing on the main thread.`);
        this.brokenRegistryVersion = w.registryVersion;
        this.retire(w);
        return;
      }
      w.ready = true;
      this.feed(w);
      return;
    }
    const batch = w.inFlight.get(message.id);
    if (!batch) return;
    w.inFlight.delete(message.id);
    if (message.type === 'results') batch.job.settleBatch(batch.indices, message.results, message.computeMs, message.previousPostMs);
    else {
      this.options.logger.warn(`A paragraph worker failed on a batch (${message.message}); it is analysed on the main thread.`);
      batch.job.settleBatch(batch.indices, undefined, 0, 0);
    }
    this.feed(w);
  }

  /** Hands a ready worker batches of the oldest jobs for its registry until it holds enough. */
  private feed(w: PoolWorker): void {
    while (w.alive && w.ready && w.inFlight.size < IN_FLIGHT_PER_WORKER) {
      let batch: Batch | undefined;
      for (const job of this.jobs) {
        if (job.registryVersion !== w.registryVersion) continue;
        const indices = job.takeForWorker();
        if (indices) {
          batch = { id: this.nextBatchId++, job, indices };
          break;
        }
      }
      if (!batch) return;
      w.inFlight.set(batch.id, batch);
      const message: ParagraphBatchMessage = { type: 'batch', id: batch.id, documentDate: batch.job.documentDate, paragraphs: batch.job.textsOf(batch.indices) };
      w.worker.postMessage(message);
    }
  }

  /** Stops a worker on purpose (idle, registry change); its batches go back to their jobs. */
  private retire(w: PoolWorker): void {
    w.retiring = true;
    this.lost(w, 'retired');
    void w.worker.terminate();
  }

  /** Forgets a worker that stopped; whatever it held is analysed on the main thread. */
  private lost(w: PoolWorker, reason: string): void {
    if (!w.alive) return;
    w.alive = false;
    this.workers = this.workers.filter((other) => other !== w);
    w.port.close();
    const batches = [...w.inFlight.values()];
    w.inFlight.clear();
    for (const batch of batches) batch.job.settleBatch(batch.indices, undefined, 0, 0);
    if (w.retiring) return;
    this.crashes++;
    this.options.logger.warn(
      `A paragraph worker stopped (${reason}); its paragraphs are analysed on the main thread.` +
        (this.crashes >= MAX_CRASHES ? ' Parallel analysis is off for the rest of the session.' : ''),
    );
  }
}

function holdsBatchOf(w: PoolWorker, job: ParallelJob): boolean {
  for (const batch of w.inFlight.values()) if (batch.job === job) return true;
  return false;
}
