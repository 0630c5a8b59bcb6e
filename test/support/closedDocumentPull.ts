import assert from 'node:assert/strict';
import { TextDocuments, type CancellationToken, type Connection, type WorkspaceDiagnosticParams, type WorkspaceDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeForIndex } from '../../server/src/analysis/index';
import { registerWorkspaceDiagnostics } from '../../server/src/features/diagnostics';
import { silentLogger, type Logger } from '../../server/src/lsp/logger';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';
import type { FileSystem } from '../../server/src/workspace/fileSystem';
import { RegistryStore } from '../../server/src/workspace/registryStore';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generateDocument } from '../bench/lib/corpus';

/** A workspace of `count` generated documents of about `size` code units, in memory. */
export const generatedWorkspace = (count: number, seed: number, size = 10_000): Map<string, string> =>
  new Map(Array.from({ length: count }, (_, i) => [`file:///ws/doc-${i}.policy.md`, generateDocument({ size, seed: seed + i, id: `doc-${i}` })]));

/** How the in-memory workspace behaves. */
export interface PullOptions {
  /** The worker entry the pull may use (none: every check in process). */
  readonly workerEntry?: string;
  /** Called on each read, before the text is returned; may change the texts and the index. */
  readonly onRead?: (uri: string) => void;
  readonly logger?: Logger;
}

/**
 * The workspace pull of the server's diagnostics feature over an in-memory workspace of these texts,
 * indexed first; `texts` stays the "disk" the pull reads, so a test may change it.
 */
export function closedDocumentPull(
  texts: Map<string, string>,
  options: PullOptions = {},
): {
  pull(previousResultIds?: WorkspaceDiagnosticParams['previousResultIds']): Promise<WorkspaceDiagnosticReport>;
  readonly reads: string[];
  readonly index: WorkspaceIndex;
} {
  const index = new WorkspaceIndex();
  for (const [uri, text] of texts) index.update(uri, analyzeForIndex(text), text);
  let handler: ((params: WorkspaceDiagnosticParams, token: CancellationToken) => Promise<unknown>) | undefined;
  const connection = { languages: { diagnostics: { onWorkspace: (h: typeof handler) => (handler = h) } } } as unknown as Connection;
  const registries = new RegistryStore();
  const reads: string[] = [];
  const fileSystem: FileSystem = {
    readFile: (uri) => {
      reads.push(uri);
      const text = texts.get(uri) ?? '';
      options.onRead?.(uri);
      return Promise.resolve(text);
    },
    findFiles: () => Promise.resolve([...texts.keys()]),
  };
  registerWorkspaceDiagnostics(connection, {
    documents: new TextDocuments(TextDocument),
    analyses: new AnalysisCache(registries),
    registries,
    index,
    logger: options.logger ?? silentLogger,
    isRegistry: () => false,
    today: () => '2026-01-01',
    fileSystem,
    ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}),
  });
  const token: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
  assert.ok(handler);
  const registered = handler;
  return {
    pull: async (previousResultIds = []) => (await registered({ previousResultIds }, token)) as WorkspaceDiagnosticReport,
    reads,
    index,
  };
}
