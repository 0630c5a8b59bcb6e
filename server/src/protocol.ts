/**
 * Custom requests between the Policy Lens client and server. This is the only server file the
 * client may import, so it holds what both sides share — types, method names, the working-copy
 * schemes and the settings' validation — and must import nothing: the client bundles all of it.
 */

/**
 * The URI schemes of documents the analyst edits: files on disk, new untitled files, and the files of
 * a virtual workspace (GitHub/Azure Repos, which package.json declares "limited" support for). The
 * client syncs only these; the server indexes only these (`isWorkingCopy`).
 */
export const WORKING_COPY_SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

/**
 * Settings the client passes in `initializationOptions`. A change to one restarts the server (the
 * client's document selector and file watchers depend on them), so none is sent later.
 */
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

/** The name of each setting in the user's settings.json, for messages. */
export const SETTING_NAMES: Readonly<Record<keyof PolicyLensSettings, string>> = {
  include: 'policyLens.files.include',
  registryGlob: 'policyLens.officials.registryGlob',
  inlayHints: 'policyLens.inlayHints.resolvedDates',
};

/**
 * The settings of a value of any shape, each one that has the wrong type replaced by its default with
 * a warning that names it. VS Code hands a settings.json value that breaks the schema over as it is
 * (`"policyLens.files.include": "**\/briefs/*.md"`), and one such value must cost that setting, not
 * the workspace: a string where a list belongs dropped every document of the folder before. A single
 * pattern given as a string is taken as a list of one, which is surely what was meant.
 */
export function validateSettings(raw: unknown, warn: (message: string) => void): PolicyLensSettings {
  const given: Partial<Record<keyof PolicyLensSettings, unknown>> = typeof raw === 'object' && raw !== null ? raw : {};
  const wrong = (key: keyof PolicyLensSettings, expected: string, value: unknown, outcome = 'the default is used'): void =>
    warn(`The setting ${SETTING_NAMES[key]} must be ${expected}, not ${describe(value)}; ${outcome}.`);
  let include = DEFAULT_SETTINGS.include;
  const includeValue = given.include;
  if (Array.isArray(includeValue)) {
    include = includeValue.filter((g): g is string => typeof g === 'string' && g.length > 0);
    if (include.length < includeValue.length) wrong('include', 'a list of glob patterns', includeValue, 'the entries that are not patterns are ignored');
  } else if (typeof includeValue === 'string' && includeValue.length > 0) {
    include = [includeValue];
    wrong('include', 'a list of glob patterns', includeValue, 'it is used as a list of one');
  } else if (includeValue !== undefined) {
    wrong('include', 'a list of glob patterns', includeValue);
  }
  let registryGlob = DEFAULT_SETTINGS.registryGlob;
  if (typeof given.registryGlob === 'string' && given.registryGlob.length > 0) registryGlob = given.registryGlob;
  else if (given.registryGlob !== undefined) wrong('registryGlob', 'a glob pattern', given.registryGlob, `"${DEFAULT_SETTINGS.registryGlob}" is used`);
  let inlayHints = DEFAULT_SETTINGS.inlayHints;
  if (typeof given.inlayHints === 'boolean') inlayHints = given.inlayHints;
  else if (given.inlayHints !== undefined) wrong('inlayHints', 'true or false', given.inlayHints);
  return { include, registryGlob, inlayHints };
}

/** A short rendering of a setting's value for a message. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

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
