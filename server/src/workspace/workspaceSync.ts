/**
 * Keeps the workspace index and the registry store in step with the files on disk when the editor's
 * view of them goes away or the registry they were indexed against changes.
 */
import { analyzeForIndex } from '../analysis/index';
import type { Logger } from '../lsp/logger';
import { normalizeUri, type FileSystem } from './fileSystem';
import { scanDocuments } from './indexScan';
import { openDocument, type OpenDocuments } from './openDocuments';
import type { RegistryStore } from './registryStore';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the synchronisation reads and updates. */
export interface SyncServices {
  readonly fileSystem: FileSystem;
  readonly index: WorkspaceIndex;
  readonly registries: RegistryStore;
  readonly logger: Logger;
  /** The open documents, whose index entries follow the editor's text rather than the disk; look them up with `openDocument`. */
  readonly documents: OpenDocuments;
  readonly isRegistry: (uri: string) => boolean;
  /** True for a file the workspace scan reads: under a workspace folder and matching the document (or registry) globs. */
  readonly inWorkspace: (uri: string, registry: boolean) => boolean;
  /** True for a folder the workspace scan enters (see `WorkspaceMembership.mayHoldMembers`). */
  readonly mayHoldMembers: (folderUri: string) => boolean;
  /** The bundled server file, for indexing in worker threads. */
  readonly workerEntry?: string;
}

/**
 * Puts back what the disk holds for a document the editor has just closed: while it was open, the
 * index (or the registry store) followed the editor's text, which the analyst may have closed without
 * saving. A file that cannot be read (an untitled document, a deleted file) or that the workspace scan
 * would not read (outside the workspace folders, or no longer a policy document) is forgotten.
 * @param closedText the editor's last text of the document
 * @param indexPending true when an index update of the editor's text was still waiting to run
 * @param registry true when the document is a registry file (asked by the caller, whose answers per URI end with the close)
 * @returns true when the index or the registry changed
 */
export async function restoreFromDisk(uri: string, closedText: string, indexPending: boolean, registry: boolean, services: SyncServices): Promise<boolean> {
  const { fileSystem, index, registries, documents } = services;
  const key = normalizeUri(uri);
  // A file from outside the workspace was known only while it was open.
  if (!services.inWorkspace(uri, registry)) return registry ? registries.removeFile(key) : index.remove(key);
  const watch = index.watchChanges();
  try {
    const at = watch.now();
    const text = await fileSystem.readFile(uri).catch(() => undefined);
    // Reopened meanwhile: the editor's text rules again; deleted or changed meanwhile: its event did the work.
    if (openDocument(documents, uri) || watch.changedSince(key, at)) return false;
    if (registry) return text === undefined ? registries.removeFile(key) : registries.loadFile(key, text);
    if (text === undefined) return index.remove(key);
    // Saved before closing, and indexed as saved: nothing to put back.
    if (text === closedText && !indexPending) return false;
    return index.update(key, analyzeForIndex(text, { registry: registries.registry }), text);
  } finally {
    watch.end();
  }
}

/**
 * Loads a closed registry file read from disk (or, `text` undefined, one that could not be read, which
 * leaves the store) and logs its problems: a closed registry's YAML errors are shown nowhere else until
 * it is opened, and meanwhile every document reports its officials as unregistered, sending the analyst
 * to the wrong file.
 * @returns true when the store changed
 */
export async function loadRegistryFromDisk(uri: string, text: string | undefined, error: unknown, services: Pick<SyncServices, 'registries' | 'logger'>): Promise<boolean> {
  const key = normalizeUri(uri);
  if (text === undefined) {
    services.logger.warn(`Could not read the officials registry ${uri}: ${error instanceof Error ? error.message : String(error)}; its entries are ignored.`);
    return services.registries.removeFile(key);
  }
  const changed = await services.registries.loadFile(key, text);
  const errors = services.registries.findingsFor(key).filter((f) => f.severity === 'error');
  if (changed && errors.length > 0) {
    services.logger.warn(`The officials registry ${uri} has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: ${errors[0]!.message}); open it to see them.`);
  }
  return changed;
}

/** A watched-file event: LSP's FileChangeType (1 created, 2 changed, 3 deleted). */
export interface WatchedChange {
  readonly uri: string;
  readonly type: number;
}

/**
 * Applies the editor's watched-file events to the index and the registry store, as the workspace scan
 * would see the files: a file outside the workspace's globs (or in a folder the scan skips) is left
 * out; a file deleted, or changed again, while it was read is left to that later event; a file that
 * can no longer be read leaves the index; a deleted folder takes its documents with it, and a created
 * one is scanned.
 * @returns whether the index and whether the registry changed
 */
export async function applyWatchedChanges(changes: readonly WatchedChange[], services: SyncServices): Promise<{ index: boolean; registry: boolean }> {
  const { fileSystem, index, registries, documents } = services;
  const result = { index: false, registry: false };
  const watch = index.watchChanges();
  try {
    for (const change of changes) {
      const key = normalizeUri(change.uri);
      if (openDocument(documents, change.uri)) continue;
      const registry = services.isRegistry(change.uri);
      if (change.type === 3) {
        if (registries.removeFile(key)) result.registry = true;
        else if (index.remove(key)) result.index = true;
        else {
          // Not a file the workspace knew: a folder, and everything under it goes.
          const folder = `${key.replace(/\/$/, '')}/`;
          for (const facts of index.all()) if (facts.uri.startsWith(folder) && !openDocument(documents, facts.uri)) result.index = index.remove(facts.uri) || result.index;
          for (const uri of registries.uris()) if (uri.startsWith(folder)) result.registry = registries.removeFile(uri) || result.registry;
        }
        continue;
      }
      const at = watch.now();
      let readError: unknown;
      const text = await fileSystem.readFile(change.uri).catch((error: unknown) => {
        readError = error;
        return undefined;
      });
      if (openDocument(documents, change.uri) || watch.changedSince(key, at)) continue;
      if (text === undefined) {
        // Gone already, unreadable, or a folder, whose files are scanned as the first scan would.
        if (registry && registries.textOf(key) !== undefined) result.registry = (await loadRegistryFromDisk(change.uri, undefined, readError, services)) || result.registry;
        else if (index.remove(key)) result.index = true;
        // A folder the scan never enters (node_modules created by `npm ci`, a build's out/) is not walked.
        if (!services.mayHoldMembers(change.uri)) continue;
        const inside = await fileSystem.findFiles(change.uri, () => true).catch(() => [] as string[]);
        for (const uri of inside.filter((u) => services.inWorkspace(u, true) && !openDocument(documents, u))) {
          let error: unknown;
          const registryText = await fileSystem.readFile(uri).catch((e: unknown) => {
            error = e;
            return undefined;
          });
          result.registry = (await loadRegistryFromDisk(uri, registryText, error, services)) || result.registry;
        }
        const documentsInside = inside.filter((u) => services.inWorkspace(u, false) && !services.isRegistry(u));
        if (documentsInside.length > 0) {
          await scanDocuments(documentsInside, { fileSystem, index, registries, logger: services.logger, key: normalizeUri, isOpen: (u) => openDocument(documents, u) !== undefined });
          result.index = true;
        }
        continue;
      }
      if (!services.inWorkspace(change.uri, registry)) continue;
      if (registry) result.registry = (await loadRegistryFromDisk(change.uri, text, readError, services)) || result.registry;
      else result.index = index.update(key, analyzeForIndex(text, { registry: registries.registry }), text) || result.index;
    }
  } finally {
    watch.end();
  }
  return result;
}

/**
 * Indexes every document of the index again against the current registry: the closed ones from disk
 * (in worker threads when there are many), the open ones from the editor's text. Which registry
 * officials a document mentions is decided when it is indexed, so an official added to the registry
 * is otherwise unknown in closed documents until the server restarts.
 * @returns how many documents were indexed
 */
export async function reindexAgainstRegistry(services: SyncServices): Promise<number> {
  const { index, documents, registries } = services;
  const open = new Map(documents.all().map((d) => [normalizeUri(d.uri), d] as const));
  let count = 0;
  for (const [key, document] of open) {
    if (services.isRegistry(document.uri) || index.get(key) === undefined) continue;
    const text = document.getText();
    index.update(key, analyzeForIndex(text, { registry: registries.registry }), text);
    count++;
  }
  const closed = index
    .all()
    .map((facts) => facts.uri)
    .filter((uri) => !open.has(uri));
  count += await scanDocuments(closed, {
    fileSystem: services.fileSystem,
    index,
    registries,
    logger: services.logger,
    key: normalizeUri,
    isOpen: (uri) => open.has(normalizeUri(uri)) || openDocument(documents, uri) !== undefined,
    ...(services.workerEntry ? { workerEntry: services.workerEntry } : {}),
  });
  return count;
}

/**
 * Runs a task `delayMs` after the last call to `schedule`, never two at once: a call made while the
 * task runs schedules one more run after it. The task is expected to report its own failures.
 */
export class DebouncedTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly delayMs: number,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, this.delayMs);
  }

  /** True while a run is waiting for its delay or running. */
  get busy(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    // The task reports its own failures; a rejection here would only end the process.
    this.running = this.task()
      .catch(() => undefined)
      .then(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
