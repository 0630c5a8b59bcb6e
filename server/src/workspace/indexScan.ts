import { availableParallelism } from 'node:os';
import { analyzeForIndex } from '../analysis/index';
import type { Logger } from '../lsp/logger';
import type { FileSystem } from './fileSystem';
import { indexInWorkers, type IndexJob } from './indexWorkers';
import type { RegistryStore } from './registryStore';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * Worker threads pay off above this many documents: each one loads the whole server bundle and
 * parses the registry (about half a second) before it indexes anything.
 */
export const WORKER_MIN_DOCUMENTS = 200;

/** Index (and workspace-check) workers: one per core up to four, or `POLICY_LENS_INDEX_WORKERS` (0 keeps the scan in process). */
export function workerCount(): number {
  const forced = Number(process.env['POLICY_LENS_INDEX_WORKERS']);
  return Number.isInteger(forced) && forced >= 0 ? forced : Math.min(availableParallelism(), 4);
}

/** What a scan of closed documents works with. */
export interface ScanOptions {
  readonly fileSystem: FileSystem;
  readonly index: WorkspaceIndex;
  readonly registries: RegistryStore;
  readonly logger: Logger;
  /** The URI the index uses for a file URI. */
  key(uri: string): string;
  /** True for a document open in the editor; its index entry comes from its live analysis instead. */
  isOpen(uri: string): boolean;
  /** Reports how many of the documents have been handed out so far. */
  progress?(done: number, total: number): void;
  /** The bundled server file, when it can run as an index worker; without it everything runs in process. */
  readonly workerEntry?: string;
}

/**
 * Indexes closed documents: in worker threads for a large workspace when the server runs from its
 * bundle, otherwise in process with a yield every 50 documents so that requests are still answered.
 * @returns how many documents were indexed
 */
export async function scanDocuments(uris: readonly string[], options: ScanOptions): Promise<number> {
  const { fileSystem, index, registries, logger } = options;
  let count = 0;
  let handedOut = 0;
  // A file deleted or changed on disk while it was read and analysed here is indexed (or removed) by
  // its watched-file event; the facts computed here from the older text are then dropped.
  const watch = index.watchChanges();
  const readAt = new Map<string, number>();
  const stillCurrent = (job: IndexJob): boolean => {
    const at = readAt.get(job.uri) ?? -1;
    readAt.delete(job.uri);
    return !options.isOpen(job.uri) && !watch.changedSince(options.key(job.uri), at);
  };
  const indexInProcess = (job: IndexJob): void => {
    if (!stillCurrent(job)) return;
    // One unreadable or pathological file must not stop the scan of the others.
    try {
      index.update(options.key(job.uri), analyzeForIndex(job.text, { registry: registries.registry }), job.text);
      count++;
    } catch (error) {
      logger.warn(`Skipped ${job.uri} while indexing: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const next = async (): Promise<IndexJob | undefined> => {
    while (handedOut < uris.length) {
      const uri = uris[handedOut++]!;
      if (handedOut % 20 === 1) options.progress?.(handedOut - 1, uris.length);
      if (options.isOpen(uri)) continue;
      const at = watch.now();
      try {
        const text = await fileSystem.readFile(uri);
        readAt.set(uri, at);
        return { uri, text };
      } catch (error) {
        logger.warn(`Skipped ${uri} while indexing: ${error instanceof Error ? error.message : String(error)}`);
        // A file that can no longer be read (deleted before its event came) leaves the index.
        if (!options.isOpen(uri) && !watch.changedSince(options.key(uri), at)) index.remove(options.key(uri));
      }
    }
    return undefined;
  };

  try {
    const workers = workerCount();
    if (options.workerEntry && uris.length >= WORKER_MIN_DOCUMENTS && workers > 0) {
      const registryFiles = registries.texts();
      await indexInWorkers({
        entry: options.workerEntry,
        workers,
        registryFiles,
        next,
        onFacts: (job, facts, signature) => {
          // A document opened while its facts were computed is indexed from the editor's text instead.
          if (!stillCurrent(job)) return;
          index.put({ ...facts, uri: options.key(job.uri) }, signature, job.text);
          count++;
        },
        onFailure: (job, message) => {
          logger.warn(`Indexing ${job.uri} in a worker failed (${message}); indexing it in process.`);
          indexInProcess(job);
        },
      });
      // Documents no worker took (every worker stopped) are indexed here.
    }
    for (let job = await next(); job; job = await next()) {
      indexInProcess(job);
      // Yield now and then so that requests are answered during a long scan.
      if (count % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    watch.end();
  }
  return count;
}
