import { pathToFileURL } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver-protocol';

/** The capabilities a test or benchmark client announces: those of VS Code that Policy Lens uses. */
export const CLIENT_CAPABILITIES: InitializeParams['capabilities'] = {
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
  },
  workspace: {
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
    codeLens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true },
};

/** The `initialize` parameters for a session on an optional workspace folder (a path). */
export function initializeParams(folder: string | undefined, initializationOptions: Record<string, unknown> = {}, foldersBefore: readonly string[] = []): InitializeParams {
  const folderUri = folder ? pathToFileURL(folder).href : null;
  const folders = [...foldersBefore.map((uri, i) => ({ uri, name: `extra-${i}` })), ...(folderUri ? [{ uri: folderUri, name: 'workspace' }] : [])];
  return {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folders.length > 0 ? folders : null,
    capabilities: CLIENT_CAPABILITIES,
    initializationOptions,
  };
}
