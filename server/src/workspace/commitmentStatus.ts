import type { CommitmentAnnotation, CommitmentStatus } from '../analysis/annotations';
import type { Span } from '../analysis/types';
import type { DocumentFacts } from './workspaceIndex';
import { parseIsoDay } from '../analysis/dateResolution';

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
 */
export function commitmentState(
  annotation: CommitmentAnnotation,
  today: string,
  findDocument: (id: string) => DocumentFacts | undefined,
): CommitmentState {
  const written = annotation.status?.value;
  let status: CommitmentStatus = written && STATUSES.has(written as CommitmentStatus) ? (written as CommitmentStatus) : 'open';
  const fulfilledBy = annotation.fulfilledBy?.value;
  const fulfilledByFacts = fulfilledBy ? findDocument(fulfilledBy) : undefined;
  // A fulfilment that no document in the workspace evidences does not count: the commitment is open again.
  if (status === 'fulfilled' && fulfilledBy && !fulfilledByFacts) status = 'open';
  const due = annotation.due?.value;
  const dueDay = due ? lastDayOf(due) : undefined;
  const daysLeft = dueDay ? daysBetween(today, dueDay) : undefined;
  return {
    status,
    ...(written !== undefined ? { annotatedStatus: written } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(daysLeft !== undefined ? { daysLeft } : {}),
    overdue: status === 'open' && daysLeft !== undefined && daysLeft < 0,
    ...(fulfilledBy !== undefined ? { fulfilledBy } : {}),
    ...(fulfilledByFacts ? { fulfilledByFacts } : {}),
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
        id: annotation.id?.value ?? `${facts.id ?? fileName(facts.uri)}#${i + 1}`,
        quote: annotation.quote?.value ?? '',
        actors: annotation.actors.map((a) => a.value),
        ...commitmentState(annotation, today, (id) => byId.get(id)),
      });
    });
  }
  return rows.sort(
    (a, b) =>
      compareOptional(a.due, b.due) || compareOptional(a.facts.date, b.facts.date) || a.id.localeCompare(b.id) || a.facts.uri.localeCompare(b.facts.uri),
  );
}

/** The last calendar day a due value allows: `2025` → 2025-12-31, `2025-06` → 2025-06-30; undefined when not a date. */
export function lastDayOf(due: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(due.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  // A day of the calendar only: `Date.parse` rolls 2026-02-30 over into March, which gave it a day count.
  if (m[3]) return parseIsoDay(`${m[1]}-${m[2]}-${m[3]}`) === undefined ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return undefined;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Finds an analyst's quote in the body, ignoring differences in whitespace (YAML folding turns
 * line breaks into spaces), and returns its span in the whole file.
 */
export function locateQuote(text: string, bodyStart: number, quote: string): Span | undefined {
  const words = quote.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  pattern.lastIndex = bodyStart;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b);
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
