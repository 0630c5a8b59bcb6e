/**
 * Custom requests between the Policy Lens client and server. This is the only server file the
 * client may import, so it holds types and method names and imports nothing at run time.
 */

/** Settings the client passes in `initializationOptions` and on configuration changes. */
export interface PolicyLensSettings {
  /** Extra globs of Markdown files analysed as policy documents. */
  readonly include: readonly string[];
  /** Glob of officials registry files. */
  readonly registryGlob: string;
  /** Show inlay hints with resolved values after relative dates. */
  readonly inlayHints: boolean;
}

/** Defaults used when the client sends nothing. */
export const DEFAULT_SETTINGS: PolicyLensSettings = { include: [], registryGlob: '**/officials.yaml', inlayHints: true };

/** One annotated commitment as the commitments view shows it. */
export interface CommitmentItem {
  readonly id: string;
  readonly quote: string;
  readonly actors: readonly string[];
  readonly status: 'open' | 'fulfilled' | 'broken' | 'superseded';
  readonly due?: string;
  /** Days until due (negative when overdue), relative to today; absent without a due date. */
  readonly daysLeft?: number;
  readonly overdue: boolean;
  readonly fulfilledBy?: string;
  /** URI of the document fulfilling it, when `fulfilledBy` names a known document. */
  readonly fulfilledByUri?: string;
  readonly documentUri: string;
  readonly documentTitle?: string;
  readonly documentDate?: string;
  /** Zero-based line/character range of the quote in the body (or of the annotation when not found). */
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Method name of the commitments request: no params, returns every annotated commitment in the workspace. */
export const COMMITMENTS_REQUEST = 'policyLens/commitments';

/** Method name of the request returning indexing status (documents and registry files known). */
export const STATUS_REQUEST = 'policyLens/status';

/** Result of the status request. */
export interface StatusResult {
  readonly documents: number;
  readonly registries: number;
  readonly officials: number;
  readonly indexing: boolean;
}
