/**
 * Decomposed (NFD) copies of composed texts for the tests of decomposed input, with the offset in the
 * copy of every offset in the original, so findings in both can be compared position by position.
 */
import type { Commitment, DocumentAnalysis, Entity, Span } from '../../server/src/analysis/index';

/** A text in NFD and, for each UTF-16 offset of the original (its length included), the offset in the copy. */
export interface Decomposed {
  readonly text: string;
  readonly offsets: Int32Array;
}

/**
 * `text` decomposed code point by code point, which is `text.normalize('NFD')` unless a standalone mark
 * must be reordered with the marks of the letter before it (callers assert the two agree).
 */
export function decompose(text: string): Decomposed {
  const offsets = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let length = 0;
  let at = 0;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) offsets[at + k] = length;
    const nfd = ch.normalize('NFD');
    parts.push(nfd);
    length += nfd.length;
    at += ch.length;
  }
  offsets[text.length] = length;
  return { text: parts.join(''), offsets };
}

/** The span moved into the decomposed copy. */
export function decomposedSpan(d: Decomposed, span: Span): Span {
  return { start: d.offsets[span.start]!, end: d.offsets[span.end]! };
}

/** What a finding is, independent of the normalisation form: kind, span (moved by `move`), and the fields the recognisers decide. */
function entityKey(e: Entity, move: (s: Span) => Span): string {
  const { start, end } = move(e.span);
  return [e.kind, start, end, e.source, e.officialId ?? '', (e.alternatives ?? []).join(','), e.value ?? '', e.precision ?? '', e.canonical ?? '', e.role?.normalize('NFC') ?? ''].join('|');
}

function commitmentKey(c: Commitment, move: (s: Span) => Span): string {
  const { start, end } = move(c.span);
  const deadline = c.deadlineSpan ? move(c.deadlineSpan) : undefined;
  return [c.kind, start, end, c.trigger, c.actor?.normalize('NFC') ?? '', c.deadline ?? '', deadline ? `${deadline.start}-${deadline.end}` : ''].join('|');
}

/** The findings of an analysis of the composed text, their spans moved into the decomposed copy. */
export function findingsMoved(analysis: Pick<DocumentAnalysis, 'entities'> & Partial<Pick<DocumentAnalysis, 'commitments'>>, d: Decomposed): string[] {
  const move = (s: Span): Span => decomposedSpan(d, s);
  return [...analysis.entities.map((e) => entityKey(e, move)), ...(analysis.commitments ?? []).map((c) => commitmentKey(c, move))];
}

/** The findings of an analysis of the decomposed copy, at its own offsets. */
export function findingsAsIs(analysis: Pick<DocumentAnalysis, 'entities'> & Partial<Pick<DocumentAnalysis, 'commitments'>>): string[] {
  const same = (s: Span): Span => s;
  return [...analysis.entities.map((e) => entityKey(e, same)), ...(analysis.commitments ?? []).map((c) => commitmentKey(c, same))];
}

/** Entities and commitments whose `text` is not the slice of `text` over their span (expected: none). */
export function textsNotSliced(analysis: Pick<DocumentAnalysis, 'entities'> & Partial<Pick<DocumentAnalysis, 'commitments'>>, text: string): string[] {
  const found: (Entity | Commitment)[] = [...analysis.entities, ...(analysis.commitments ?? [])];
  return found.filter((f) => f.text !== text.slice(f.span.start, f.span.end)).map((f) => `${f.kind} ${f.span.start}-${f.span.end} "${f.text}"`);
}
