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
  const ranked = candidates.slice().sort(compareCandidates);
  const kept: Entity[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => overlaps(k.span, candidate.span))) kept.push(candidate);
  }
  return sortedByStart(kept);
}
