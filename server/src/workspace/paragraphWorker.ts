import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyzeParagraphs, type ParagraphResult } from '../analysis/index';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { RegistryFileText } from './indexWorkers';

/** What the main thread hands a paragraph worker (through the index worker's entry, see indexWorkers.ts). */
export interface ParagraphWorkerData {
  readonly policyLensIndexWorker: true;
  readonly paragraphWorker: {
    readonly registryFiles: readonly RegistryFileText[];
    /** Where the worker posts its answers; the main thread can also read it synchronously. */
    readonly port: MessagePort;
    /** One Int32 counter, bumped and notified after every answer, so that the main thread can block on it. */
    readonly signal: SharedArrayBuffer;
  };
}

/** One batch of paragraphs to analyse against a document date. */
export interface ParagraphBatchMessage {
  readonly type: 'batch';
  readonly id: number;
  readonly documentDate: string | undefined;
  readonly paragraphs: readonly string[];
}

/** What a paragraph worker answers on its port. */
export type ParagraphWorkerAnswer =
  | { readonly type: 'ready'; readonly officials: number }
  | {
      readonly type: 'results';
      readonly id: number;
      readonly results: readonly ParagraphResult[];
      readonly computeMs: number;
      /** How long posting the previous answer took in this worker (structured-clone serialisation). */
      readonly previousPostMs: number;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** True when this worker thread was started to analyse paragraphs rather than to index documents. */
export function isParagraphWorker(data: unknown): data is ParagraphWorkerData {
  return typeof data === 'object' && data !== null && 'paragraphWorker' in data;
}

/** The worker's loop: rebuilds the registry once, then answers every batch with `analyzeParagraphs` results in order. */
export function runParagraphWorker(): void {
  const input = parentPort;
  if (!input || !isParagraphWorker(workerData)) return;
  const { registryFiles, port, signal } = workerData.paragraphWorker;
  const counter = new Int32Array(signal);
  let previousPostMs = 0;
  const answer = (message: ParagraphWorkerAnswer): void => {
    const started = performance.now();
    port.postMessage(message);
    previousPostMs = performance.now() - started;
    // The counter moves after the message is queued, so a main thread that saw no message and then
    // waits on the old value is woken by this notify.
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  };
  // The same merge as RegistryStore's, in the same URI order, so that ids resolve identically.
  const registry = OfficialsRegistry.merge(registryFiles.map((f) => OfficialsRegistry.fromYaml(f.text, f.uri).registry));
  answer({ type: 'ready', officials: registry.officials.length });
  // A test switch: the worker dies on its first batch, as a crashing worker would (test/lsp/parallelAnalysis.test.ts).
  const crashOnBatch = process.env['POLICY_LENS_TEST_CRASH_PARAGRAPH_WORKER'] === '1';
  input.on('message', (message: ParagraphBatchMessage) => {
    if (crashOnBatch) process.exit(70);
    const started = performance.now();
    try {
      const results = analyzeParagraphs(message.paragraphs, registry, message.documentDate);
      answer({ type: 'results', id: message.id, results, computeMs: performance.now() - started, previousPostMs });
    } catch (error) {
      answer({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
