/**
 * Reading workspace folders into the index and the registry store: all of them at start, and those
 * the editor adds later; and letting go of what a removed folder held.
 */
import type { WorkspaceFolder } from 'vscode-languageserver';
import { normalizeUri } from './fileSystem';
import { scanDocuments } from './indexScan';
import { loadRegistryFromDisk, type SyncServices } from './workspaceSync';
import type { WorkspaceMembership } from './workspaceMembership';

/** What a folder scan needs beyond the synchronisation's services. */
export interface FolderScanServices extends SyncServices {
  readonly membership: WorkspaceMembership;
  /** True for a document open in the editor, whose text rules over the disk's. */
  readonly isOpen: (uri: string) => boolean;
  /** Reports the documents handed out so far in a folder. */
  readonly progress?: (folder: WorkspaceFolder, done: number, total: number) => void;
  /** Called once the registry files are read, before any document is. */
  readonly onRegistriesRead?: () => void;
}

/**
 * Reads the registry files of the folders, then indexes their documents against the registry they
 * make, skipping open files (their editor text was or will be taken instead).
 * @returns how many documents were indexed and whether the registry changed
 */
export async function scanFolders(folders: readonly WorkspaceFolder[], services: FolderScanServices): Promise<{ documents: number; registryChanged: boolean }> {
  const { fileSystem, logger, membership, registries } = services;
  // A folder that cannot be listed (a virtual one, a stray '%' in its URI) is left out, not the others.
  const listed = async (folder: WorkspaceFolder, accept: (path: string) => boolean): Promise<string[]> =>
    fileSystem.findFiles(folder.uri, accept).catch((error: unknown) => {
      logger.warn(`Skipped workspace folder ${folder.uri}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
  let registryChanged = false;
  for (const folder of folders) {
    for (const uri of await listed(folder, (p) => membership.isRegistryPath(p))) {
      let readError: unknown;
      const text = await fileSystem.readFile(uri).catch((error: unknown) => {
        readError = error;
        return undefined;
      });
      // Asked after the read: an editor that opened the file meanwhile (a window restored with unsaved
      // text, a restarted server) has given its text already, which the disk's must not replace.
      if (!services.isOpen(uri)) registryChanged = (await loadRegistryFromDisk(uri, text, readError, services)) || registryChanged;
    }
  }
  services.onRegistriesRead?.();
  let documents = 0;
  for (const folder of folders) {
    const found = await listed(folder, (p) => membership.isDocumentPath(p));
    documents += await scanDocuments(found, {
      fileSystem,
      index: services.index,
      registries,
      logger,
      key: normalizeUri,
      isOpen: services.isOpen,
      ...(services.progress ? { progress: (done: number, total: number) => services.progress?.(folder, done, total) } : {}),
      ...(services.workerEntry ? { workerEntry: services.workerEntry } : {}),
    });
  }
  return { documents, registryChanged };
}

/**
 * Drops the closed documents and registry files that no longer belong to the workspace (their folder
 * was removed); an open one stays while it is open, and its close decides (restoreFromDisk).
 * @returns whether the index and whether the registry changed
 */
export function dropOutsideWorkspace(services: FolderScanServices): { index: boolean; registry: boolean } {
  const result = { index: false, registry: false };
  for (const facts of services.index.all()) {
    if (!services.isOpen(facts.uri) && !services.inWorkspace(facts.uri, false)) result.index = services.index.remove(facts.uri) || result.index;
  }
  for (const uri of services.registries.uris()) {
    if (!services.isOpen(uri) && !services.inWorkspace(uri, true)) result.registry = services.registries.removeFile(uri) || result.registry;
  }
  return result;
}
