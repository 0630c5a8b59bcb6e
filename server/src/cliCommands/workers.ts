import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../analysis/index';
import { analysisJson, type JsonAnalysis } from './analysisJson';
import { CliError, loadRegistry, readText } from './corpus';

/**
 * Worker threads are used above this many files and this many bytes. Each worker loads the whole
 * bundle (~0.4 s), and the analysis runs at ~1 MB/s per core, so small corpora finish sooner in
 * process: measured on 2 cores, 400 seed-sized files (1.2 MB) took 1.3 s in process and 1.7 s with
 * two workers, while 250 files of 16 KB (4 MB) took 7.0 s in process and 6.0 s with two workers.
 */
export const WORKER_THRESHOLD = 200;
export const WORKER_MIN_BYTES = 2_000_000;
const BATCH = 8;

interface WorkerInput {
  readonly policyLensWorker: true;
  readonly registryPath?: string;
}

type ToWorker = { readonly type: 'batch'; readonly files: readonly string[] } | { readonly type: 'done' };
type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly path: string; readonly analysis: JsonAnalysis }
  | { readonly type: 'error'; readonly path: string; readonly message: string };

/** True when this copy of the bundled CLI was started as an analysis worker. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.policyLensWorker === true;
}

/** The worker's loop: analyse the batches the main thread hands out until it says done. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  const input = workerData as WorkerInput;
  // The main thread has reported the registry's problems already.
  const registry = loadRegistry(input.registryPath, { quiet: true });
  const send = (message: FromWorker): void => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'done') {
      port.close();
      return;
    }
    for (const path of message.files) {
      try {
        send({ type: 'result', path, analysis: analysisJson(analyzeDocument(readText(path), { registry })) });
      } catch (error) {
        send({ type: 'error', path, message: error instanceof Error ? error.message : String(error) });
      }
    }
    send({ type: 'ready' });
  });
  send({ type: 'ready' });
}

/** How the analyses of a corpus are computed. */
export interface AnalyzeFilesOptions {
  readonly registryPath?: string;
  /** Number of worker threads; `undefined` chooses (none up to the threshold), 0 forces in-process. */
  readonly workers?: number;
  /** The bundled CLI file to start workers from (defaults to this very bundle). */
  readonly workerEntry?: string;
  readonly onResult?: (path: string) => void;
}

/** Analyses files in process, or in worker threads for large corpora; results come back in input order. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeFilesOptions = {}): Promise<Map<string, JsonAnalysis>> {
  const large = files.length > WORKER_THRESHOLD && totalBytes(files) > WORKER_MIN_BYTES;
  const count = options.workers ?? (large ? Math.min(availableParallelism(), 4) : 0);
  const results = new Map<string, JsonAnalysis>();
  if (count <= 0) {
    const registry = loadRegistry(options.registryPath);
    for (const path of files) {
      results.set(path, analysisJson(analyzeDocument(readText(path), { registry })));
      options.onResult?.(path);
    }
    return results;
  }
  const queue = [...files];
  const failures: string[] = [];
  const entry = options.workerEntry ?? __filename;
  await Promise.all(
    Array.from({ length: Math.min(count, Math.ceil(files.length / BATCH)) }, () =>
      new Promise<void>((resolve, reject) => {
        const data: WorkerInput = { policyLensWorker: true, ...(options.registryPath ? { registryPath: options.registryPath } : {}) };
        const worker = new Worker(entry, { workerData: data });
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'ready') {
            const files = queue.splice(0, BATCH);
            worker.postMessage(files.length > 0 ? { type: 'batch', files } : { type: 'done' });
          } else if (message.type === 'result') {
            results.set(message.path, message.analysis);
            options.onResult?.(message.path);
          } else failures.push(`${message.path}: ${message.message}`);
        });
        worker.on('error', reject);
        worker.on('exit', () => resolve());
      }),
    ),
  );
  if (failures.length > 0) throw new CliError(`analysis failed for ${failures.length} file(s):\n${failures.join('\n')}`, 2, false);
  // Workers answer in completion order; callers get the input order back.
  return new Map(files.map((f) => [f, results.get(f)!]));
}

function totalBytes(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // An unreadable file fails later with a clear message; it adds nothing here.
    }
  }
  return total;
}
