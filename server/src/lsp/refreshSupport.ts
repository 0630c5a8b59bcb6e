import type { ClientCapabilities } from 'vscode-languageserver';

/** The `workspace/…/refresh` requests a client declared it answers. */
export interface RefreshSupport {
  readonly diagnostics: boolean;
  readonly semanticTokens: boolean;
  readonly codeLens: boolean;
  readonly inlayHints: boolean;
}

export const NO_REFRESH_SUPPORT: RefreshSupport = { diagnostics: false, semanticTokens: false, codeLens: false, inlayHints: false };

/** Reads the refresh support out of the client's capabilities (VS Code declares all four). */
export function refreshSupport(capabilities: ClientCapabilities): RefreshSupport {
  const workspace = capabilities.workspace;
  return {
    diagnostics: workspace?.diagnostics?.refreshSupport === true,
    semanticTokens: workspace?.semanticTokens?.refreshSupport === true,
    codeLens: workspace?.codeLens?.refreshSupport === true,
    inlayHints: workspace?.inlayHint?.refreshSupport === true,
  };
}
