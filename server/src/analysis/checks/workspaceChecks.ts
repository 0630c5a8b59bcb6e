/** Checks against the rest of the workspace: duplicate document ids and `fulfilled-by` references. */
import type { Located } from '../annotations';
import type { DocumentAnalysis } from '../index';
import type { Finding } from '../findings';
import { closest } from './textMatching';
import { trimSpan, type IndexedDocument, type WorkspaceSnapshot } from './types';

/**
 * What the cross-document checks read of one document: its id and the ids its commitments say they
 * are fulfilled by, with the spans findings are reported at. Plain data, so a worker thread can send it.
 */
export interface WorkspaceSubject {
  readonly uri: string;
  readonly id?: Located<string>;
  readonly fulfilledBy: readonly Located<string>[];
}

/** The values alone, as the workspace index also knows them. */
export interface WorkspaceReferences {
  readonly uri: string;
  readonly id?: string;
  readonly fulfilledBy: readonly string[];
}

/** What the workspace answers for a document's references; its problems follow from it and the spans alone. */
export interface WorkspaceOutcome {
  /** Other documents with the same id. */
  readonly duplicates: readonly IndexedDocument[];
  /**
   * Parallel to `fulfilledBy`: whether the id names another document and, when not, the closest id
   * there is, or that it names the document itself.
   */
  readonly references: readonly { readonly known: boolean; readonly suggestion?: string; readonly self?: true }[];
}

/** The subject of an analysed document, with spans trimmed as findings report them. */
export function workspaceSubject(analysis: DocumentAnalysis, text: string, uri: string): WorkspaceSubject {
  const id = analysis.annotations.id;
  const fulfilledBy: Located<string>[] = [];
  for (const c of analysis.annotations.commitments) if (c.fulfilledBy) fulfilledBy.push({ value: c.fulfilledBy.value, span: trimSpan(c.fulfilledBy.span, text) });
  return { uri, ...(id ? { id: { value: id.value, span: trimSpan(id.span, text) } } : {}), fulfilledBy };
}

/** The values of a subject's references. */
export function referencesOf(subject: WorkspaceSubject): WorkspaceReferences {
  return { uri: subject.uri, ...(subject.id ? { id: subject.id.value } : {}), fulfilledBy: subject.fulfilledBy.map((r) => r.value) };
}

/**
 * Looks a document's references up in the workspace. A workspace that holds no other document (a
 * file opened on its own) cannot tell unknown ids, so every reference counts as known then.
 * @param suggestions memo of closest ids by own id and reference, for callers that look up many documents
 */
export function workspaceOutcome(refs: WorkspaceReferences, workspace: WorkspaceSnapshot, suggestions?: Map<string, string | undefined>): WorkspaceOutcome {
  const duplicates = refs.id === undefined ? [] : workspace.byId(refs.id).filter((d) => !sameUri(d.uri, refs.uri));
  const checkable = workspace.size > 1;
  const references = refs.fulfilledBy.map((ref) => {
    // A commitment is fulfilled by a later document that reports it, never by the one that makes it.
    if (ref === refs.id) return { known: false, self: true as const };
    if (!checkable || workspace.byId(ref).length > 0) return { known: true };
    const key = `${refs.id ?? ''}\u0000${ref}`;
    let suggestion = suggestions?.get(key);
    if (suggestion === undefined && !suggestions?.has(key)) {
      const ids = workspace.all().flatMap((d) => (d.id && d.id !== refs.id ? [d.id] : []));
      suggestion = closest(ref, ids, Math.max(3, Math.floor(ref.length / 4)));
      suggestions?.set(key, suggestion);
    }
    return suggestion === undefined ? { known: false } : { known: false, suggestion };
  });
  return { duplicates, references };
}

/**
 * A string that changes whenever the problems of `outcome` would (for the same references): the other
 * documents' URIs and id spans, and the answer for every reference.
 */
export function outcomeKey(refs: WorkspaceReferences, outcome: WorkspaceOutcome): string {
  return JSON.stringify([
    outcome.duplicates.map((d) => [d.uri, d.idSpan?.start, d.idSpan?.end]),
    refs.fulfilledBy.map((ref, i) => {
      const answer = outcome.references[i];
      return answer?.known ? 1 : [ref, answer?.suggestion ?? null, answer?.self ?? false];
    }),
  ]);
}

/** The problems of a subject's references: a duplicate id, and `fulfilled-by` ids that name no document. */
export function workspaceFindings(subject: WorkspaceSubject, outcome: WorkspaceOutcome): Finding[] {
  const findings: Finding[] = [];
  const { id } = subject;
  const others = outcome.duplicates;
  if (id && others.length > 0) {
    findings.push({
      code: 'frontMatter.id.duplicate',
      severity: 'error',
      span: id.span,
      message: `The id "${id.value}" is also used by ${others.length === 1 ? 'another document' : `${others.length} other documents`}; document ids must be unique in the workspace.`,
      related: others.map((d) => ({ uri: d.uri, span: d.idSpan ?? { start: 0, end: 0 }, message: 'The same id in another document' })),
    });
  }
  subject.fulfilledBy.forEach((ref, i) => {
    const answer = outcome.references[i];
    if (!answer || answer.known) return;
    if (answer.self) {
      findings.push({
        code: 'frontMatter.commitment.fulfilledBySelf',
        severity: 'warning',
        span: ref.span,
        message: '`fulfilled-by` names this document itself: write the id of the document that reports the fulfilment. Until then the commitment counts as open.',
      });
      return;
    }
    const { suggestion } = answer;
    findings.push({
      code: 'frontMatter.commitment.fulfilledByUnknown',
      severity: 'warning',
      span: ref.span,
      message: `No document of the workspace has the id "${ref.value}"${suggestion ? `: did you mean "${suggestion}"?` : '.'} Until one has, the commitment counts as open (and overdue once its due date has passed).`,
      ...(suggestion ? { fix: { kind: 'setScalar', span: ref.span, value: suggestion, title: `Change to "${suggestion}"` } } : {}),
    });
  });
  return findings;
}

/** True when two URIs name the same file, whatever their percent-encoding. */
function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  const decode = (uri: string): string => {
    try {
      return decodeURIComponent(uri).replace(/^file:\/\/\/([a-z]):/i, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
    } catch {
      return uri;
    }
  };
  return decode(a) === decode(b);
}
