import type { EntityType } from './corpus';

/** A span with a type and an optional date value, as both gold and predictions have it. */
export interface TypedSpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value?: string;
}

/** Counts for one match criterion: true positives, predictions and gold spans. */
export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

/** Counts of one type in one document (or summed over documents). */
export interface TypeScore {
  exact: Counts;
  overlap: Counts;
  /** Gold dates found (exactly or by overlap) and how many of those got the gold value. */
  dateValue: { matched: number; correct: number };
}

/** A gold span paired with the prediction that matched it by overlap (exact matches preferred). */
export interface MatchedPair<T extends TypedSpan> {
  readonly gold: T;
  readonly pred: T;
  readonly exact: boolean;
}

/** The outcome of matching the predictions of one type against the gold of one document. */
export interface TypeMatch<T extends TypedSpan> {
  readonly pairs: MatchedPair<T>[];
  readonly missed: T[];
  readonly spurious: T[];
  readonly score: TypeScore;
}

/** Returns empty counts. */
export function emptyScore(): TypeScore {
  return { exact: { tp: 0, pred: 0, gold: 0 }, overlap: { tp: 0, pred: 0, gold: 0 }, dateValue: { matched: 0, correct: 0 } };
}

/** Adds `b` into `a` (micro-averaging sums the counts of every document). */
export function addScore(a: TypeScore, b: TypeScore): void {
  for (const key of ['exact', 'overlap'] as const) {
    a[key].tp += b[key].tp;
    a[key].pred += b[key].pred;
    a[key].gold += b[key].gold;
  }
  a.dateValue.matched += b.dateValue.matched;
  a.dateValue.correct += b.dateValue.correct;
}

const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: TypedSpan, b: TypedSpan): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Matches predictions to gold spans of one type: exact matches first, then each remaining gold span
 * takes the unmatched overlapping prediction with the largest overlap; every span is used at most once.
 */
export function matchType<T extends TypedSpan>(gold: readonly T[], pred: readonly T[]): TypeMatch<T> {
  const usedPred = new Set<number>();
  const pairOf = new Map<number, MatchedPair<T>>();
  const exactKey = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const key = `${p.start}:${p.end}`;
    exactKey.set(key, [...(exactKey.get(key) ?? []), i]);
  });
  gold.forEach((g, gi) => {
    const candidates = exactKey.get(`${g.start}:${g.end}`) ?? [];
    const pi = candidates.find((i) => !usedPred.has(i));
    const p = pi === undefined ? undefined : pred[pi];
    if (pi !== undefined && p !== undefined) {
      usedPred.add(pi);
      pairOf.set(gi, { gold: g, pred: p, exact: true });
    }
  });
  gold.forEach((g, gi) => {
    if (pairOf.has(gi)) return;
    let best: number | undefined;
    pred.forEach((p, pi) => {
      if (usedPred.has(pi) || !overlaps(g, p)) return;
      const current = best === undefined ? undefined : pred[best];
      if (current === undefined || overlapLength(g, p) > overlapLength(g, current)) best = pi;
    });
    const p = best === undefined ? undefined : pred[best];
    if (best !== undefined && p !== undefined) {
      usedPred.add(best);
      pairOf.set(gi, { gold: g, pred: p, exact: false });
    }
  });
  const pairs = [...pairOf.values()];
  const exactTp = pairs.filter((p) => p.exact).length;
  const dates = pairs.filter((p) => p.gold.type === 'date');
  return {
    pairs,
    missed: gold.filter((_, gi) => !pairOf.has(gi)),
    spurious: pred.filter((_, pi) => !usedPred.has(pi)),
    score: {
      exact: { tp: exactTp, pred: pred.length, gold: gold.length },
      overlap: { tp: pairs.length, pred: pred.length, gold: gold.length },
      dateValue: { matched: dates.length, correct: dates.filter((p) => p.pred.value === p.gold.value).length },
    },
  };
}

/** Precision, recall and F1 of a set of counts; `undefined` where the denominator is zero. */
export function prf(c: Counts): { p: number | undefined; r: number | undefined; f1: number | undefined } {
  const p = c.pred === 0 ? undefined : c.tp / c.pred;
  const r = c.gold === 0 ? undefined : c.tp / c.gold;
  // F1 is defined as 0 when nothing was found although something should have been.
  const f1 = p === undefined || r === undefined ? (c.gold > 0 && c.pred === 0 ? 0 : undefined) : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
