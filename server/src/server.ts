import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from './analysis/index';
import { today as clockToday } from './clock';
import { codeActionsCapability, registerCodeActions } from './features/codeActions';
import { diagnosticsCapability, registerDiagnostics, registerWorkspaceDiagnostics } from './features/diagnostics';
import { frontMatterCompletionCapability, registerFrontMatterCompletion } from './features/frontMatterCompletion';
import { hoverCapability, registerHover } from './features/hover';
import { definitionCapability, registerDefinition } from './features/definition';
import { referencesCapability, registerReferences } from './features/references';
import { registerRename, renameCapability } from './features/rename';
import { documentHighlightsCapability, registerDocumentHighlights } from './features/documentHighlights';
import { registerWorkspaceSymbols, workspaceSymbolsCapability } from './features/workspaceSymbols';
import { documentSymbolsCapability, registerDocumentSymbols } from './features/documentSymbols';
import { registerSemanticTokens, semanticTokensCapability } from './features/semanticTokens';
import { codeLensCapability, registerCodeLens } from './features/codeLens';
import { registerCommitments } from './features/commitments';
import { inlayHintsCapability, registerInlayHints } from './features/inlayHints';
import { registerTimelineData } from './features/timelineData';
import type { Services } from './features/services';
import { garbageCollector, IdleCollector } from './lsp/idleCollector';
import { connectionLogger, type Logger } from './lsp/logger';
import { NO_REFRESH_SUPPORT, refreshSupport, type RefreshSupport } from './lsp/refreshSupport';
import { runSafeNotification, runSafeTask } from './lsp/runSafe';
import { DEFAULT_SETTINGS, INDEX_CHANGED_NOTIFICATION, STATUS_REQUEST, validateSettings, type PolicyLensSettings, type StatusResult } from './protocol';
import { AnalysisCache } from './workspace/analysisCache';
import { nodeFileSystem, normalizeUri, type FileSystem } from './workspace/fileSystem';
import { RegistryStore } from './workspace/registryStore';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { dropOutsideWorkspace, scanFolders, type FolderScanServices } from './workspace/folderScan';
import { openDocument } from './workspace/openDocuments';
import { ParallelAnalysis, parallelSettingsFromEnv } from './workspace/parallelAnalysis';
import { isWorkingCopy, WorkspaceMembership } from './workspace/workspaceMembership';
import { applyWatchedChanges, DebouncedTask, reindexAgainstRegistry, restoreFromDisk, type SyncServices } from './workspace/workspaceSync';

/** What the process entry may inject (tests use an in-memory file system and a fixed clock). */
export interface ServerEnvironment {
  readonly fileSystem?: FileSystem;
  readonly today?: () => string;
  readonly logger?: Logger;
  /** The bundled server file, which can also run as an index worker thread (see workspace/indexWorkers.ts). */
  readonly indexWorkerEntry?: string;
}

/** Wires the services and the feature modules onto a connection; no feature logic lives here. */
export function startServer(connection: Connection, env: ServerEnvironment = {}): void {
  const documents = new TextDocuments(TextDocument);
  const logger = env.logger ?? connectionLogger(connection.console);
  const fileSystem = env.fileSystem ?? nodeFileSystem;
  // Large registry files are read in a worker thread, so requests are answered while they load.
  const registries = new RegistryStore({
    ...(env.indexWorkerEntry ? { workerEntry: env.indexWorkerEntry } : {}),
    log: (message) => logger.info(message),
  });
  const index = new WorkspaceIndex();
  // Large cold documents are analysed on every core, by worker threads started from the same bundle;
  // POLICY_LENS_PARALLEL=0 keeps every analysis on the main thread.
  const parallelSettings = env.indexWorkerEntry ? parallelSettingsFromEnv() : undefined;
  const parallel =
    env.indexWorkerEntry && parallelSettings
      ? new ParallelAnalysis({
          ...parallelSettings,
          entry: env.indexWorkerEntry,
          registrySnapshot: () => ({ version: registries.version, files: registries.texts() }),
          logger,
        })
      : undefined;
  const analyses = new AnalysisCache(registries, analyzeDocument, parallel);
  const collector = new IdleCollector(garbageCollector(), (message) => logger.debug(message));
  let settings: PolicyLensSettings = DEFAULT_SETTINGS;
  let folders: WorkspaceFolder[] = [];
  let indexing = false;
  let workDoneProgress = false;
  let foldersChangeSupport = false;
  // Which views the client can be told to ask again for; a request it never declared is one it cannot answer.
  let refreshable: RefreshSupport = NO_REFRESH_SUPPORT;

  const membership = new WorkspaceMembership(() => ({ folders, settings }));
  const isRegistry = (uri: string): boolean => membership.isRegistry(uri);
  const today =
    env.today ?? ((): string => clockToday());
  const services: Services = { documents, analyses, registries, index, logger, isRegistry, today, indexOpenDocumentsNow: () => indexPendingNow() };

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    settings = validateSettings(params.initializationOptions, (message) => logger.warn(message));
    workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    foldersChangeSupport = params.capabilities.workspace?.workspaceFolders === true;
    refreshable = refreshSupport(params.capabilities);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        semanticTokensProvider: semanticTokensCapability,
        hoverProvider: hoverCapability,
        definitionProvider: definitionCapability,
        referencesProvider: referencesCapability,
        renameProvider: renameCapability,
        documentHighlightProvider: documentHighlightsCapability,
        workspaceSymbolProvider: workspaceSymbolsCapability,
        documentSymbolProvider: documentSymbolsCapability,
        diagnosticProvider: diagnosticsCapability,
        codeActionProvider: codeActionsCapability,
        completionProvider: frontMatterCompletionCapability,
        codeLensProvider: codeLensCapability,
        inlayHintProvider: inlayHintsCapability,
        // Without it vscode-languageclient never tells of folders added to or removed from the workspace.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-lens', version: '0.1.0' },
    };
  });

  const refreshViews = (): void => {
    // Other open documents may depend on what changed (fulfilled-by, registry entries).
    if (refreshable.diagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
    if (refreshable.semanticTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
    // Code lenses and inlay hints show fulfilment and overdue state that other documents decide.
    if (refreshable.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (refreshable.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    // The commitments view and the timeline are the client's own; it asks again when told.
    void connection.sendNotification(INDEX_CHANGED_NOTIFICATION).catch(() => undefined);
  };

  const inWorkspace = (uri: string, registry: boolean): boolean => membership.inWorkspace(uri, registry);
  const mayHoldMembers = (folderUri: string): boolean => membership.mayHoldMembers(folderUri);
  const sync: SyncServices = { fileSystem, index, registries, logger, documents, isRegistry, inWorkspace, mayHoldMembers, ...(env.indexWorkerEntry ? { workerEntry: env.indexWorkerEntry } : {}) };
  // Resolved when the first scan of the workspace has ended; a re-index waits for it.
  let initialScan: Promise<void> = Promise.resolve();
  // The registry version the last scan of every document started with.
  let indexedAgainst = -1;
  // Which officials a document mentions is settled when it is indexed, so a registry change re-indexes
  // the workspace, once the registry has stopped changing for a second.
  const registryReindex = new DebouncedTask(
    () =>
      runSafeTask(logger, 're-index after a registry change', async () => {
        await initialScan;
        // A change that came before the scan read the documents (a registry restored open with the
        // window) is one the scan already saw.
        if (registries.version === indexedAgainst) return;
        indexedAgainst = registries.version;
        const started = Date.now();
        const count = await reindexAgainstRegistry(sync);
        logger.info(`Re-indexed ${count} documents against the changed registry in ${Date.now() - started} ms.`);
        refreshViews();
      }),
    1000,
  );
  const registryChanged = (): void => {
    refreshViews();
    registryReindex.schedule();
  };

  const indexTimers = new Map<string, NodeJS.Timeout>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    // A snapshot (a Source Control diff's old side) is analysed on its own; only working copies join
    // the index and the registry store, which hold the workspace as it is now.
    if (!isWorkingCopy(uri)) return;
    if (isRegistry(uri)) {
      runSafeNotification(logger, `registry ${uri}`, async () => {
        if (await registries.loadFile(normalizeUri(uri), event.document.getText())) registryChanged();
      });
      return;
    }
    // The index update needs an analysis; debounce it so typing never pays for it.
    clearTimeout(indexTimers.get(uri));
    indexTimers.set(
      uri,
      setTimeout(() => {
        indexTimers.delete(uri);
        runSafeNotification(logger, `index ${uri}`, async () => {
          // Waiting for a parallel preparation keeps this timer from redoing its work on the main thread.
          const found = await analyses.prepared(() => documents.get(uri));
          if (!found) return;
          if (index.update(normalizeUri(uri), found.analysis, found.document.getText())) refreshViews();
        });
      }, 300),
    );
  });
  // The debounced updates still pending, done now: a workspace symbol or a definition would otherwise
  // place the index's offsets, read from the text before the last edits, in the editor's new text.
  const indexPendingNow = (): void => {
    for (const [uri, timer] of indexTimers) {
      clearTimeout(timer);
      indexTimers.delete(uri);
      const document = documents.get(uri);
      if (document && index.update(normalizeUri(uri), analyses.get(document), document.getText())) refreshViews();
    }
  };
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const closedText = event.document.getText();
    const indexPending = indexTimers.has(uri);
    analyses.evict(uri);
    collector.release(closedText.length);
    clearTimeout(indexTimers.get(uri));
    // A cleared timer and a memoised answer left behind would stay for every document ever opened.
    indexTimers.delete(uri);
    const registry = isRegistry(uri);
    membership.forget(uri);
    // Closed without saving, the editor's text must not outlive the editor: the disk's is put back.
    runSafeNotification(logger, `close ${uri}`, async () => {
      if (!(await restoreFromDisk(uri, closedText, indexPending, registry, sync))) return;
      if (registry) registryChanged();
      else refreshViews();
    });
  });

  // However the editor spells the URI: its text rules over the disk's.
  const isOpen = (uri: string): boolean => openDocument(documents, uri) !== undefined;
  const scanServices = (): FolderScanServices => ({ ...sync, membership, isOpen });

  connection.onInitialized(() => {
    // The library's handler of the notification exists only once a client that sends it said so.
    if (foldersChangeSupport) connection.workspace.onDidChangeWorkspaceFolders(onFoldersChanged);
    initialScan = runSafeTask(logger, 'initial workspace scan', async () => {
      indexing = true;
      try {
        const started = Date.now();
        // The editor shows the scan in its status bar; clients without work-done progress get none.
        const progress = workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('Policy Lens: indexing documents', 0, undefined, false);
        const { documents: count } = await scanFolders(folders, {
          ...scanServices(),
          progress: (folder, i, total) => progress?.report(Math.floor((i / total) * 100), `${i}/${total} in ${folder.name}`),
          // The documents are read against the registry as the scan found it.
          onRegistriesRead: () => (indexedAgainst = registries.version),
        });
        // The first hovers after the scan would otherwise sort the whole index.
        index.prepare();
        progress?.done();
        logger.info(`Indexed ${count} documents and ${registries.uris().length} registry files in ${Date.now() - started} ms.`);
      } finally {
        // Even a failed scan ends, so that status requests and the tests waiting on them see it.
        indexing = false;
      }
      refreshViews();
    });
  });

  // Folders added to or removed from a multi-root workspace: the added ones are scanned, and what the
  // removed ones held leaves the index and the registry (after any scan under way, so none undoes it).
  const onFoldersChanged = (event: WorkspaceFoldersChangeEvent): void => {
    const removed = new Set(event.removed.map((f) => normalizeUri(f.uri)));
    const known = new Set(folders.map((f) => normalizeUri(f.uri)));
    const added = event.added.filter((f) => !known.has(normalizeUri(f.uri)));
    folders = [...folders.filter((f) => !removed.has(normalizeUri(f.uri))), ...added];
    const previous = initialScan;
    initialScan = runSafeTask(logger, 'workspace folders change', async () => {
      await previous;
      indexing = true;
      try {
        const dropped = dropOutsideWorkspace(scanServices());
        const scanned = await scanFolders(added, scanServices());
        logger.info(`Workspace folders changed: ${added.length} added (${scanned.documents} documents), ${event.removed.length} removed.`);
        index.prepare();
        if (dropped.registry || scanned.registryChanged) registryChanged();
        else if (dropped.index || scanned.documents > 0) refreshViews();
      } finally {
        indexing = false;
      }
    });
  };

  connection.onDidChangeWatchedFiles((params) => {
    runSafeNotification(logger, 'watched files', async () => {
      const changed = await applyWatchedChanges(params.changes, sync);
      if (changed.registry) registryChanged();
      else if (changed.index) refreshViews();
    });
  });

  connection.onRequest(STATUS_REQUEST, (): StatusResult => ({
    documents: index.size,
    registries: registries.uris().length,
    officials: registries.registry.officials.length,
    indexing: indexing || registryReindex.busy,
  }));

  registerSemanticTokens(connection, services);
  registerHover(connection, services);
  registerDefinition(connection, services);
  registerReferences(connection, { ...services, fileSystem });
  registerRename(connection, { ...services, fileSystem });
  registerDocumentHighlights(connection, services);
  registerWorkspaceSymbols(connection, services);
  registerDocumentSymbols(connection, services);
  registerDiagnostics(connection, services);
  registerWorkspaceDiagnostics(connection, { ...services, fileSystem, ...(env.indexWorkerEntry ? { workerEntry: env.indexWorkerEntry } : {}) });
  registerCodeActions(connection, services);
  registerFrontMatterCompletion(connection, services);
  registerCommitments(connection, services);
  registerTimelineData(connection, services);
  registerCodeLens(connection, services);
  registerInlayHints(connection, services, () => settings.inlayHints);

  documents.listen(connection);
  connection.listen();
}
