import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeForIndex } from '../analysis/index';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { isParagraphWorker, runParagraphWorker } from './paragraphWorker';
import { isRegistryJob, runRegistryWorker } from './registryWorker';
import { checkClosedDocument, type ClosedDocumentChecks } from './closedDocumentChecks';
import { documentFacts, type PortableFacts } from './workspaceIndex';

/** One registry file as the main thread last loaded it. */
export interface RegistryFileText {
  readonly uri: string;
  readonly text: string;
}

/** One closed document to index or check. */
export interface IndexJob {
  readonly uri: string;
  readonly text: string;
}

interface WorkerInput {
  readonly policyLensIndexWorker: true;
  readonly registryFiles: readonly RegistryFileText[];
}

/** What a worker computes for each document: index facts, or the checks of a workspace diagnostics pull. */
type Task = { readonly kind: 'facts' } | { readonly kind: 'checks'; readonly today: string };
type ToWorker = { readonly type: 'batch'; readonly task: Task; readonly jobs: readonly IndexJob[] } | { readonly type: 'done' };
type Outcome =
  | { readonly type: 'facts'; readonly uri: string; readonly facts: PortableFacts; readonly signature: string }
  | { readonly type: 'checks'; readonly uri: string; readonly checks: ClosedDocumentChecks }
  | { readonly type: 'error'; readonly uri: string; readonly message: string };
/** One message per batch: a message per document cost more than computing its facts. */
type FromWorker = { readonly type: 'results'; readonly outcomes: readonly Outcome[] };

/**
 * Documents per message: large enough to amortise messaging, small enough to keep both workers busy to
 * the end. Checks come back as every problem of each document, which the main thread turns into
 * diagnostics in one go per message, so their batches are smaller: requests wait for that turn.
 */
const BATCH: Record<Task['kind'], number> = { facts: 8, checks: 2 };

/** True when this copy of the bundled server was started as an index worker thread. */
export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.policyLensIndexWorker === true;
}

/** The worker's loop: computes the facts or checks of every batch the main thread sends until it says done. */
export function runIndexWorker(): void {
  const port = parentPort;
  if (!port) return;
  // The same entry also reads large registry files off the main thread (see registryWorker.ts).
  if (isRegistryJob(workerData)) {
    runRegistryWorker();
    return;
  }
  // And it analyses the paragraphs of large open documents (see parallelAnalysis.ts).
  if (isParagraphWorker(workerData)) {
    runParagraphWorker();
    return;
  }
  const input = workerData as WorkerInput;
  // The same merge as RegistryStore's, in the same URI order, so that ids resolve identically.
  const registry = OfficialsRegistry.merge(input.registryFiles.map((f) => OfficialsRegistry.fromYaml(f.text, f.uri).registry));
  const send = (message: FromWorker): void => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'done') {
      port.close();
      return;
    }
    const outcomes: Outcome[] = [];
    const { task } = message;
    for (const job of message.jobs) {
      try {
        if (task.kind === 'checks') {
          outcomes.push({ type: 'checks', uri: job.uri, checks: checkClosedDocument(job.uri, job.text, registry, task.today) });
          continue;
        }
        const { facts, signature } = documentFacts(job.uri, analyzeForIndex(job.text, { registry }), job.text);
        outcomes.push({ type: 'facts', uri: job.uri, facts, signature });
      } catch (error) {
        outcomes.push({ type: 'error', uri: job.uri, message: error instanceof Error ? error.message : String(error) });
      }
    }
    send({ type: 'results', outcomes });
  });
}

/** What a pool of document workers needs from the server. */
interface DocumentWorkerOptions {
  /** The bundled server file, which turns into a worker when started in a worker thread. */
  readonly entry: string;
  readonly workers: number;
  readonly registryFiles: readonly RegistryFileText[];
  /** The next document (read through the injected file system), or undefined when there is none. */
  next(): Promise<IndexJob | undefined>;
  /**
   * Receives a document the worker could not handle (`failed`: its analysis threw there), one a stopped
   * worker left unfinished (`crashed`), or one whose callback threw (`callback`). Documents never handed
   * out because every worker stopped are still there for `next()` when the pool's promise settles.
   */
  onFailure(job: IndexJob, message: string, kind: 'failed' | 'crashed' | 'callback'): void;
}

/** What `indexInWorkers` needs from the server. */
export interface WorkerIndexOptions extends DocumentWorkerOptions {
  /** Receives one document's facts; called on the main thread, in completion order. */
  onFacts(job: IndexJob, facts: PortableFacts, signature: string): void;
}

/** What `checkInWorkers` needs from the server. */
export interface WorkerCheckOptions extends DocumentWorkerOptions {
  /** Today's date for the checks (YYYY-MM-DD). */
  readonly today: string;
  /** Receives one document's checks; called on the main thread, in completion order. */
  onChecks(job: IndexJob, checks: ClosedDocumentChecks): void;
}

/**
 * Computes the index facts of many closed documents in worker threads, so that a cold workspace
 * scan uses every core while the main thread stays free to answer requests. Each worker keeps a
 * second batch queued, so that it never waits for the main thread to read files.
 */
export function indexInWorkers(options: WorkerIndexOptions): Promise<void> {
  return runDocumentWorkers(options, { kind: 'facts' }, (job, outcome) => {
    if (outcome.type === 'facts') options.onFacts(job, outcome.facts, outcome.signature);
  });
}

/**
 * Analyses and checks many closed documents for a workspace diagnostics pull in worker threads: the
 * analyses' garbage stays in the workers' heaps, which end with the pull, and every core takes part.
 */
export function checkInWorkers(options: WorkerCheckOptions): Promise<void> {
  return runDocumentWorkers(options, { kind: 'checks', today: options.today }, (job, outcome) => {
    if (outcome.type === 'checks') options.onChecks(job, outcome.checks);
  });
}

async function runDocumentWorkers(options: DocumentWorkerOptions, task: Task, onResult: (job: IndexJob, outcome: Outcome) => void): Promise<void> {
  let exhausted = false;
  const take = async (): Promise<IndexJob[]> => {
    const jobs: IndexJob[] = [];
    while (!exhausted && jobs.length < BATCH[task.kind]) {
      const job = await options.next();
      if (job) jobs.push(job);
      else exhausted = true;
    }
    return jobs;
  };
  // A callback that throws (a bug, a pathological file) must neither stop the pool nor escape into the
  // worker's listener, where it would leave the worker running and the pool's promise unsettled.
  const guarded = (job: IndexJob, call: () => void): void => {
    try {
      call();
    } catch (error) {
      try {
        options.onFailure(job, error instanceof Error ? error.message : String(error), 'callback');
      } catch {
        // Nothing more can be done for this document; the others go on.
      }
    }
  };
  const runOne = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const data: WorkerInput = { policyLensIndexWorker: true, registryFiles: options.registryFiles };
      const worker = new Worker(options.entry, { workerData: data });
      const pending = new Map<string, IndexJob>();
      let sent = 0;
      let taking = 0;
      let finished = false;
      let doneSent = false;
      const feed = async (): Promise<void> => {
        taking++;
        const jobs = await take().finally(() => taking--);
        if (finished) {
          for (const job of jobs) guarded(job, () => options.onFailure(job, 'the worker stopped', 'crashed'));
          return;
        }
        if (jobs.length === 0) {
          // Another feed still reading files may yet have a batch to send; the last one to finish says done.
          if (pending.size === 0 && taking === 0 && !doneSent) {
            doneSent = true;
            worker.postMessage({ type: 'done' } satisfies ToWorker);
          }
          return;
        }
        for (const job of jobs) pending.set(job.uri, job);
        sent++;
        worker.postMessage({ type: 'batch', task, jobs } satisfies ToWorker);
      };
      const finish = (reason: string): void => {
        if (finished) return;
        finished = true;
        // Whatever a failed worker left unfinished is handed back, so no document is silently lost.
        for (const job of pending.values()) guarded(job, () => options.onFailure(job, reason, 'crashed'));
        pending.clear();
        resolve();
      };
      worker.on('message', (message: FromWorker) => {
        for (const outcome of message.outcomes) {
          const job = pending.get(outcome.uri);
          pending.delete(outcome.uri);
          if (!job) continue;
          if (outcome.type === 'error') guarded(job, () => options.onFailure(job, outcome.message, 'failed'));
          else guarded(job, () => onResult(job, outcome));
        }
        sent--;
        if (sent <= 1) void feed();
      });
      worker.on('error', (error) => finish(error.message));
      worker.on('exit', () => finish('the worker exited'));
      void feed().then(() => feed());
    });
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, runOne));
}
