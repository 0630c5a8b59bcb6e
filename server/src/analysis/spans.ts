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

/**
 * Keeps a non-overlapping subset of candidate entities: longer spans first, then stronger evidence,
 * then earlier start. Returns them sorted by start.
 */
export function resolveOverlaps(candidates: readonly Entity[]): Entity[] {
  const key = (e: Entity): [number, number, number, number] => [
    e.source === 'annotation' ? 0 : 1,
    -(e.span.end - e.span.start),
    SOURCE_RANK[e.source],
    e.span.start,
  ];
  const ranked = [...candidates].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
  const kept: Entity[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => overlaps(k.span, candidate.span))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
