import { bestEnd, scoreOf, type BoundaryModel } from './boundaryModel';
import type { BoundarySample, SampledDocument } from './boundarySamples';

/** True for the features that say where the candidate lies relative to the rules' end. */
export function isRuleFeature(feature: string): boolean {
  return feature.startsWith('gap:') || feature.includes('rel:');
}

/** The same document with every rule-relative feature removed from its candidates. */
export function withoutRuleFeatures(doc: SampledDocument): SampledDocument {
  const samples = doc.samples.map((s) => ({ ...s, candidates: s.candidates.map((c) => ({ end: c.end, features: c.features.filter((f) => !isRuleFeature(f)) })) }));
  return { ...doc, samples };
}
import { matchType, type Counts, type TypedSpan } from './scoring';

/** Settings of one training run; every run with the same settings and samples gives the same weights. */
export interface TrainOptions {
  readonly epochs: number;
  readonly rate: number;
  /** L2 penalty per update, scaled by the learning rate. */
  readonly l2: number;
  readonly seed: number;
}

/** The settings the team uses unless an experiment says otherwise. */
export const DEFAULT_TRAINING: TrainOptions = { epochs: 12, rate: 0.2, l2: 0.0005, seed: 20251204 };

/** A small deterministic PRNG (mulberry32), so that the sample order of every epoch is fixed by the seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `order` in place (Fisher–Yates) with the seeded generator: a fixed but well-mixed order per epoch. */
function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/**
 * Trains a log-linear ranking model (softmax over each commitment's candidate ends, the gold end the
 * positive) by stochastic gradient descent with L2 shrinkage applied lazily to the features touched.
 */
export function trainWeights(samples: readonly BoundarySample[], options: TrainOptions = DEFAULT_TRAINING): Record<string, number> {
  const usable = samples.filter((s) => s.target !== undefined && s.candidates.length > 1);
  const weights: Record<string, number> = {};
  const next = random(options.seed);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    const rate = options.rate / (1 + epoch * 0.5);
    for (const index of order) {
      const sample = usable[index]!;
      const scores = sample.candidates.map((c) => scoreOf(c.features, weights));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const gradient = new Map<string, number>();
      sample.candidates.forEach((c, k) => {
        const p = exps[k]! / total - (k === sample.target ? 1 : 0);
        for (const f of c.features) gradient.set(f, (gradient.get(f) ?? 0) + p);
      });
      for (const [f, g] of gradient) {
        const w = weights[f] ?? 0;
        weights[f] = w - rate * (g + options.l2 * w);
      }
    }
  }
  // Weights too small to change a choice are dropped, which keeps the generated module short.
  for (const f of Object.keys(weights)) if (Math.abs(weights[f]!) < 1e-3) delete weights[f];
  return weights;
}

/**
 * Trains an averaged ranking perceptron: whenever the best-scoring candidate is not the gold end, the
 * gold end's features gain one and the wrong choice's lose one; the returned weights are the average
 * over every step, which damps the last updates' noise. Ties go to the rules' end, as in `pickEnd`.
 */
export function trainPerceptron(samples: readonly BoundarySample[], options: TrainOptions = DEFAULT_TRAINING): Record<string, number> {
  const usable = samples.filter((s) => s.target !== undefined && s.candidates.length > 1);
  const weights: Record<string, number> = {};
  // The usual lazy average: `sums` holds the sum of each weight's past values, brought up to date at the end.
  const sums: Record<string, number> = {};
  const stamps: Record<string, number> = {};
  let step = 0;
  const bump = (f: string, delta: number): void => {
    const w = weights[f] ?? 0;
    sums[f] = (sums[f] ?? 0) + w * (step - (stamps[f] ?? 0));
    stamps[f] = step;
    weights[f] = w + delta;
  };
  const next = random(options.seed);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    for (const index of order) {
      const sample = usable[index]!;
      const chosen = pickEnd(sample, { weights, margin: 0 });
      const gold = sample.candidates[sample.target!]!;
      step++;
      if (chosen === gold.end) continue;
      const wrong = sample.candidates.find((c) => c.end === chosen)!;
      for (const f of gold.features) bump(f, 1);
      for (const f of wrong.features) bump(f, -1);
    }
  }
  const averaged: Record<string, number> = {};
  for (const f of Object.keys(weights)) {
    const total = (sums[f] ?? 0) + weights[f]! * (step - (stamps[f] ?? 0));
    if (total !== 0) averaged[f] = total / Math.max(1, step);
  }
  return averaged;
}

/** The end a model picks for one sample (the rules' end unless the best candidate beats it by more than the margin). */
export function pickEnd(sample: BoundarySample, model: BoundaryModel): number {
  return bestEnd(sample.candidates, sample.ruleEnd, model);
}

/** Exact-span counts of commitments over some documents, each commitment ending where `endOf` says. */
export function exactCounts(docs: readonly SampledDocument[], endOf: (sample: BoundarySample) => number): Counts {
  const counts: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const doc of docs) {
    const pred: TypedSpan[] = doc.samples.map((s) => ({ type: 'commitment', start: s.start, end: endOf(s), text: '' }));
    const gold: TypedSpan[] = doc.gold.map((g) => ({ type: 'commitment', start: g.start, end: g.end, text: g.text }));
    const m = matchType(gold, pred);
    counts.tp += m.score.exact.tp;
    counts.pred += m.score.exact.pred;
    counts.gold += m.score.exact.gold;
  }
  return counts;
}
