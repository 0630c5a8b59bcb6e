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

/**
 * Sent by the server whenever what the workspace index answers may have changed (the first scan has
 * ended, a document was re-indexed, a file changed on disk, the registry changed): the commitments
 * view and the timeline ask again.
 */
export const INDEX_CHANGED_NOTIFICATION = 'policyLens/indexChanged';

/** Result of the status request. */
export interface StatusResult {
  readonly documents: number;
  readonly registries: number;
  readonly officials: number;
  readonly indexing: boolean;
}

/** A zero-based line/character range, as in LSP (kept local so this file imports nothing). */
export interface LineRange {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
}

/** One policy document as the timeline plots it. */
export interface TimelineDocument {
  readonly uri: string;
  readonly id?: string;
  readonly title?: string;
  /** Document date (YYYY-MM-DD) when known. */
  readonly date?: string;
  /** ISO 3166 alpha-2 codes from the front matter's `countries`. */
  readonly countries: readonly string[];
  /** Registry ids of the officials listed or mentioned in the document. */
  readonly officials: readonly string[];
}

/** One annotated commitment on the timeline: when it was made, when it is due, when it was fulfilled. */
export interface TimelineCommitment extends CommitmentItem {
  /** Date of the document that records it. */
  readonly made?: string;
  /** Date of the document that fulfils it, when that document is known and dated. */
  readonly fulfilledOn?: string;
  /** Countries involved: the document's countries and actors that are country codes. */
  readonly countries: readonly string[];
  /** Officials involved: actors that are registry ids. */
  readonly officials: readonly string[];
}

/** Result of the timeline request. */
export interface TimelineData {
  /** The server's today (YYYY-MM-DD), so the page draws the "today" line where overdue is computed. */
  readonly today: string;
  readonly documents: readonly TimelineDocument[];
  readonly commitments: readonly TimelineCommitment[];
  /** Registry id → display name and country, for the official filter. */
  readonly officials: Readonly<Record<string, { readonly name: string; readonly country?: string }>>;
}

/** Method name of the timeline request: no params, returns `TimelineData`. */
export const TIMELINE_REQUEST = 'policyLens/timeline';

/** Params of the mark-fulfilled request. */
export interface MarkFulfilledParams {
  readonly uri: string;
  readonly commitmentId: string;
  /** Front-matter `id` of the fulfilling document. */
  readonly fulfilledBy: string;
  /** The document's text, used when the server does not have it open. */
  readonly text?: string;
}

/** A text edit in protocol shape (zero-based line/character). */
export interface RangeEdit {
  readonly range: LineRange;
  readonly newText: string;
}

/** Result of the mark-fulfilled request: a workspace edit (LSP `changes` shape) or why there is none. */
export interface MarkFulfilledResult {
  readonly edit?: { readonly changes: Readonly<Record<string, readonly RangeEdit[]>> };
  readonly error?: string;
}

/** Method name of the request computing the minimal front-matter edit that marks a commitment fulfilled. */
export const MARK_FULFILLED_REQUEST = 'policyLens/markFulfilled';
