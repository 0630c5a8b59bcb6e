import { sortedByStart } from './entityOrder';
import type { Entity, EvidenceSource, Span } from './types';

/** The span moved by `offset` code units. */
export function shiftSpan(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}

/** True when two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

// When two candidates overlap, stronger evidence wins after length: the analyst's word, then the registry.
const SOURCE_RANK: Record<EvidenceSource, number> = {
  annotation: 0,
  registry: 1,
  gazetteer: 2,
  parser: 3,
  pattern: 4,
  coreference: 5,
};

/** Orders candidates for `resolveOverlaps`: annotations first, then longer spans, stronger evidence, earlier start. */
function compareCandidates(a: Entity, b: Entity): number {
  // Plain field comparisons: a key array per comparison made this sort a noticeable source of garbage.
  const annotation = (a.source === 'annotation' ? 0 : 1) - (b.source === 'annotation' ? 0 : 1);
  if (annotation !== 0) return annotation;
  const length = b.span.end - b.span.start - (a.span.end - a.span.start);
  if (length !== 0) return length;
  const source = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (source !== 0) return source;
  return a.span.start - b.span.start;
}

/**
 * Keeps a non-overlapping subset of candidate entities: longer spans first, then stronger evidence,
 * then earlier start. Returns them sorted by start.
 */
export function resolveOverlaps(candidates: readonly Entity[]): Entity[] {
  // Usually nothing overlaps: then every candidate is kept, and text order is the whole answer.
  const byStart = sortedByStart(candidates);
  if (isDisjoint(byStart)) return byStart;
  // Sorting the start-ordered copy in place gives the same order as sorting a copy of `candidates`:
  // candidates that tie on every key share a start, and the copy keeps those in their given order.
  const ranked = byStart.sort(compareCandidates);
  return hasEmptySpan(ranked) ? keptByScan(ranked) : keptBySearch(ranked);
}

/** True when entities sorted by start all have non-empty spans and none overlaps the next (so none overlaps any other). */
export function isDisjoint(byStart: readonly Entity[]): boolean {
  let previousEnd = -1;
  for (const { span } of byStart) {
    if (span.start >= span.end || span.start < previousEnd) return false;
    previousEnd = span.end;
  }
  return true;
}

/** True when some candidate spans no code unit. */
function hasEmptySpan(candidates: readonly Entity[]): boolean {
  return candidates.some((e) => e.span.start >= e.span.end);
}

/** The ranked candidates that overlap none ranked before them, each compared with all kept so far; sorted by start. */
function keptByScan(ranked: readonly Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => overlaps(k.span, candidate.span))) kept.push(candidate);
  }
  return sortedByStart(kept);
}

/**
 * The candidates, best first, that overlap none kept before them, in text order; for non-empty spans
 * only. Kept spans are then disjoint and, sorted by start, also sorted by end, so a binary search
 * finds the only two neighbours that a candidate could overlap.
 */
export function keptBySearch(ranked: readonly Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const candidate of ranked) {
    const { start, end } = candidate.span;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid]?.span.start ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before !== undefined && before.span.end > start) || (after !== undefined && after.span.start < end)) continue;
    kept.splice(lo, 0, candidate);
  }
  return kept;
}
