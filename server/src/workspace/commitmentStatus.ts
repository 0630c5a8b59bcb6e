import type { CommitmentAnnotation, CommitmentStatus } from '../analysis/annotations';
import type { Span } from '../analysis/types';
import type { DocumentFacts } from './workspaceIndex';
import { fileNameOf } from './fileSystem';
import { parseIsoDay } from '../analysis/dateResolution';
import { findNormalized, normalizeForMatch, normalizeWithOffsets, type NormalizedText } from '../analysis/checks/textMatching';

/**
 * The workspace-wide view of annotated commitments: effective status, due dates, days left and the
 * fulfilling document. Pure over `DocumentFacts`, so the language server and the CLI agree.
 */

/** What the workspace and the clock make of one commitment annotation. */
export interface CommitmentState {
  /** The effective status: an unknown `fulfilled-by` turns a `fulfilled` annotation back into `open`. */
  readonly status: CommitmentStatus;
  /** The status as written in the front matter, when written. */
  readonly annotatedStatus?: string;
  readonly due?: string;
  /** Whole days from today to the due date (negative when past); absent without a due date. */
  readonly daysLeft?: number;
  readonly overdue: boolean;
  readonly fulfilledBy?: string;
  /** The fulfilling document, when `fulfilledBy` names an indexed document. */
  readonly fulfilledByFacts?: DocumentFacts;
  /** Set when `fulfilledBy` names the document that makes the commitment, which cannot evidence it. */
  readonly fulfilledBySelf?: true;
}

/** One annotated commitment with everything derived from the rest of the workspace. */
export interface CommitmentRow extends CommitmentState {
  readonly facts: DocumentFacts;
  readonly annotation: CommitmentAnnotation;
  /** Where the quote is in the body, when it was found there. */
  readonly quoteSpan?: Span;
  readonly id: string;
  readonly quote: string;
  readonly actors: readonly string[];
}

/**
 * The effective status, days left and fulfilling document of one annotation.
 * @param today YYYY-MM-DD; the clock is never read here
 * @param findDocument the indexed document with a given front-matter id
 * @param selfId the id of the document that makes the commitment, which never evidences its own
 *   fulfilment (decided by id, as the `fulfilledBySelf` problem is, whatever the URI's spelling)
 */
export function commitmentState(
  annotation: CommitmentAnnotation,
  today: string,
  findDocument: (id: string) => DocumentFacts | undefined,
  selfId: string | undefined,
): CommitmentState {
  const written = annotation.status?.value;
  let status: CommitmentStatus = written && STATUSES.has(written as CommitmentStatus) ? (written as CommitmentStatus) : 'open';
  const fulfilledBy = annotation.fulfilledBy?.value;
  const fulfilledByFacts = fulfilledBy && fulfilledBy !== selfId ? findDocument(fulfilledBy) : undefined;
  // A fulfilment that no document in the workspace evidences does not count: the commitment is open
  // again (the problems panel says so on `fulfilled-by`).
  if (status === 'fulfilled' && fulfilledBy && !fulfilledByFacts) status = 'open';
  const due = annotation.due?.value;
  // Only a day of the calendar is a due date, as for the overdue problem; the schema reports the rest.
  const dueDay = due !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(due) && parseIsoDay(due) !== undefined ? due : undefined;
  const daysLeft = dueDay ? daysBetween(today, dueDay) : undefined;
  return {
    status,
    ...(written !== undefined ? { annotatedStatus: written } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(daysLeft !== undefined ? { daysLeft } : {}),
    overdue: status === 'open' && daysLeft !== undefined && daysLeft < 0,
    ...(fulfilledBy !== undefined ? { fulfilledBy } : {}),
    ...(fulfilledByFacts ? { fulfilledByFacts } : {}),
    ...(fulfilledBy !== undefined && fulfilledBy === selfId ? { fulfilledBySelf: true as const } : {}),
  };
}

const STATUSES = new Set<CommitmentStatus>(['open', 'fulfilled', 'broken', 'superseded']);

/**
 * Derives the rows of every annotated commitment in the given documents, sorted by due date
 * (undated last), then by document date and id.
 * @param today YYYY-MM-DD; the clock is never read here
 */
export function commitmentRows(documents: readonly DocumentFacts[], today: string): CommitmentRow[] {
  const byId = new Map<string, DocumentFacts>();
  for (const facts of documents) if (facts.id && !byId.has(facts.id)) byId.set(facts.id, facts);
  const rows: CommitmentRow[] = [];
  for (const facts of documents) {
    facts.commitments.forEach((annotation, i) => {
      const quoteSpan = facts.quoteSpans[i];
      rows.push({
        facts,
        annotation,
        ...(quoteSpan ? { quoteSpan } : {}),
        id: annotation.id?.value ?? `${facts.id ?? fileNameOf(facts.uri)}#${i + 1}`,
        quote: annotation.quote?.value ?? '',
        actors: annotation.actors.map((a) => a.value),
        ...commitmentState(annotation, today, (id) => byId.get(id), facts.id),
      });
    });
  }
  return rows.sort(
    (a, b) =>
      compareOptional(a.due, b.due) || compareOptional(a.facts.date, b.facts.date) || a.id.localeCompare(b.id) || a.facts.uri.localeCompare(b.facts.uri),
  );
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where each commitment quote is in the body (undefined when it is not there, or there is no quote),
 * matched as the problems panel matches it (white space, case, curly and straight quotes and dashes
 * aside), so that the view, the timeline and hovers call annotated exactly the clauses the diagnostics
 * do. The body is normalised once for all the quotes.
 */
export function locateQuotes(text: string, bodyStart: number, quotes: readonly (string | undefined)[]): (Span | undefined)[] {
  let body: NormalizedText | undefined;
  return quotes.map((quote) => {
    if (quote === undefined) return undefined;
    // A quote copied from the text, the usual case, is found as written (white space aside) without
    // normalising a whole large body, which a hover could not afford.
    const verbatim = locateVerbatim(text, bodyStart, quote);
    if (verbatim !== undefined) return verbatim;
    const needle = normalizeForMatch(quote);
    if (needle.length === 0) return undefined;
    body ??= normalizeWithOffsets(text, bodyStart, text.length);
    return findNormalized(body, needle);
  });
}

/**
 * The first occurrence of the quote's words in the body, separated by any white space. Found by a scan
 * rather than one regular expression of all the words, which V8 cannot compile for a quote of some
 * thousands of words (its parser runs out of stack, and the whole lint run failed with it).
 */
function locateVerbatim(text: string, bodyStart: number, quote: string): Span | undefined {
  const words = quote.trim().split(/\s+/).filter((w) => w.length > 0);
  const first = words[0];
  if (first === undefined) return undefined;
  for (let at = text.indexOf(first, bodyStart); at >= 0; at = text.indexOf(first, at + 1)) {
    const end = wordsEndFrom(text, at + first.length, words);
    if (end >= 0) return { start: at, end };
  }
  return undefined;
}

/** Where `words[1…]` end when each follows the last after some white space from `from`, else -1. */
function wordsEndFrom(text: string, from: number, words: readonly string[]): number {
  let at = from;
  for (let k = 1; k < words.length; k++) {
    let next = at;
    while (next < text.length && WHITE_SPACE.test(text[next]!)) next++;
    if (next === at || !text.startsWith(words[k]!, next)) return -1;
    at = next + words[k]!.length;
  }
  return at;
}

const WHITE_SPACE = /\s/;

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b);
}

