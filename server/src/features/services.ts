import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from '../lsp/logger';
import type { AnalysisCache } from '../workspace/analysisCache';
import type { RegistryStore } from '../workspace/registryStore';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** What every feature module receives from `server.ts`; features never construct these themselves. */
export interface Services {
  readonly documents: TextDocuments<TextDocument>;
  readonly analyses: AnalysisCache;
  readonly registries: RegistryStore;
  readonly index: WorkspaceIndex;
  readonly logger: Logger;
  /** True for officials registry files (as opposed to policy documents). */
  isRegistry(uri: string): boolean;
  /** Today's date (YYYY-MM-DD); injected so tests can fix the clock. */
  today(): string;
  /**
   * Brings the index entries of open documents edited in the last moments up to date at once (their
   * update is otherwise debounced), for requests that read the index's offsets against the editor's text.
   */
  indexOpenDocumentsNow?(): void;
}
