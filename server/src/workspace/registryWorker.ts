import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '../analysis/findings';
import type { Official } from '../knowledge/officialsRegistry';
import { readRegistryText } from '../knowledge/registryReader';

/**
 * Registries at least this long (about 1,500 entries) are read in a worker thread: below it,
 * reading takes less than the worker needs to start.
 */
export const REGISTRY_WORKER_MIN_CHARS = 200_000;

/** Entries per message: each message is decoded and indexed on the main thread in a few milliseconds. */
const BATCH = 2_000;

/** What the main thread hands a registry worker (through the index worker's entry, see indexWorkers.ts). */
export interface RegistryJobData {
  readonly policyLensIndexWorker: true;
  readonly registryJob: { readonly uri: string; readonly text: string };
}

type FromWorker =
  | { readonly type: 'officials'; readonly officials: readonly Official[] }
  | { readonly type: 'done'; readonly findings: readonly Finding[] }
  | { readonly type: 'error'; readonly message: string };

/** True when this worker thread was started to read a registry rather than to index documents. */
export function isRegistryJob(data: unknown): data is RegistryJobData {
  return typeof data === 'object' && data !== null && 'registryJob' in data;
}

/** The worker's side: reads the registry text and posts its entries in batches, then its findings. */
export function runRegistryWorker(): void {
  const port = parentPort;
  if (!port || !isRegistryJob(workerData)) return;
  const { uri, text } = workerData.registryJob;
  try {
    const { officials, findings } = readRegistryText(text, uri);
    for (let i = 0; i < officials.length; i += BATCH) port.postMessage({ type: 'officials', officials: officials.slice(i, i + BATCH) } satisfies FromWorker);
    port.postMessage({ type: 'done', findings } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
}

/** A registry read under way in a worker thread. */
export interface RegistryRead {
  /** The file's findings, once every batch of entries has been handed to `onOfficials`. */
  readonly findings: Promise<readonly Finding[]>;
  /** Stops the worker; neither `onOfficials` nor the promise hears from it again. */
  cancel(): void;
}

/**
 * Reads a registry file in a worker thread started from the bundled server (`entry`); entries arrive
 * in batches on the main thread, each its own task, so that requests are answered in between.
 */
export function readRegistryInWorker(entry: string, uri: string, text: string, onOfficials: (officials: readonly Official[]) => void): RegistryRead {
  const data: RegistryJobData = { policyLensIndexWorker: true, registryJob: { uri, text } };
  const worker = new Worker(entry, { workerData: data });
  let settled = false;
  let cancel = (): void => undefined;
  const findings = new Promise<readonly Finding[]>((resolve, reject) => {
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    cancel = () => settle(() => resolve([]));
    worker.on('message', (message: FromWorker) => {
      if (settled) return;
      if (message.type === 'officials') onOfficials(message.officials);
      else if (message.type === 'done') settle(() => resolve(message.findings));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the registry worker exited (code ${code})`))));
  });
  return { findings, cancel: () => cancel() };
}
