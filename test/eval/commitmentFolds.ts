// `node out/tools/eval/commitmentFolds.js`: judges commitment boundary work by 5-fold cross-validation on
// the development split only. For each fold it compares the hand rules with the learned end chooser
// trained on the other four folds (and with "rules unless the model is confident" at a few margins).
// Flags: --perceptron (averaged perceptron instead of log-linear), --pure (no rule-relative features),
// --punct-only (candidate ends at punctuation only), --show (list every end the model moves),
// --epochs N --rate R --l2 L --seed S (training settings). Held-out (`split: "test"`) texts are never read.
import { repoPath } from '../support/paths';
import { sampleDocument, type SampledDocument } from './lib/boundarySamples';
import { DEFAULT_TRAINING, exactCounts, pickEnd, trainPerceptron, trainWeights, withoutRuleFeatures, type TrainOptions } from './lib/boundaryLearner';
import { foldOf, loadDevCorpus } from './lib/devCorpus';
import { prf, type Counts } from './lib/scoring';

const FOLDS = 5;
const MARGINS = [0, 0.5, 1, 2];

/** F1 as a fixed-width string. */
function f1Of(c: Counts): string {
  return (prf(c).f1 ?? 0).toFixed(3);
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.pred += b.pred;
  a.gold += b.gold;
}

/** Training settings from the command line (`--epochs N --rate R --l2 L --seed S`), else the defaults. */
function trainingOptions(argv: readonly string[]): TrainOptions {
  const numberAfter = (flag: string, fallback: number): number => {
    const i = argv.indexOf(flag);
    const value = i >= 0 ? Number(argv[i + 1]) : NaN;
    return Number.isFinite(value) ? value : fallback;
  };
  return {
    epochs: numberAfter('--epochs', DEFAULT_TRAINING.epochs),
    rate: numberAfter('--rate', DEFAULT_TRAINING.rate),
    l2: numberAfter('--l2', DEFAULT_TRAINING.l2),
    seed: numberAfter('--seed', DEFAULT_TRAINING.seed),
  };
}

/** The same document with only the candidates at punctuation, at the rules' end or at the limit; targets re-indexed. */
function atPunctuationOnly(doc: SampledDocument): SampledDocument {
  const samples = doc.samples.map((s) => {
    const goldEnd = s.target === undefined ? undefined : s.candidates[s.target]?.end;
    const candidates = s.candidates.filter((c) => c.end === s.ruleEnd || c.features.includes('limit') || !c.features.includes('p:'));
    const index = candidates.findIndex((c) => c.end === goldEnd);
    return { ...s, candidates, target: index >= 0 ? index : undefined };
  });
  return { ...doc, samples };
}

/** The last 60 characters of a span, whitespace collapsed, for listings. */
function clip(text: string, start: number, end: number): string {
  return `…${text.slice(Math.max(start, end - 60), end).replace(/\s+/g, ' ')}`;
}

function main(): void {
  // Node's test runner also executes every .js file under out/; this report is not a test.
  if (process.env['NODE_TEST_CONTEXT']) return;
  const started = performance.now();
  const argv = process.argv.slice(2);
  const options = trainingOptions(argv);
  // `--pure` trains and applies the model without the features that say where the rules ended the span,
  // to see what the text alone supports (the rules were tuned on all of dev, so their end is a leaky feature).
  const pure = argv.includes('--pure');
  // `--perceptron` trains an averaged ranking perceptron instead of the log-linear model.
  const perceptron = argv.includes('--perceptron');
  const loaded = loadDevCorpus(repoPath('test', 'corpus')).map((doc) => ({ doc, sampled: sampleDocument(doc) }));
  // `--punct-only` keeps only candidate ends at punctuation, the rules' end and the limit (fewer distractors).
  const punctOnly = argv.includes('--punct-only');
  const narrowed = punctOnly ? loaded.map(({ doc, sampled }) => ({ doc, sampled: atPunctuationOnly(sampled) })) : loaded;
  const docs = pure ? narrowed.map(({ doc, sampled }) => ({ doc, sampled: withoutRuleFeatures(sampled) })) : narrowed;
  // The samples must reproduce the spans the core returns; a mismatch means the
  // harness no longer sees the rules' spans, and every number below would be wrong.
  const shipped = (s: SampledDocument): string => s.samples.map((x) => `${x.start}:${x.ruleEnd}`).join(',');
  const mismatched = docs.filter(({ sampled }) => sampled.coreSpans.map((c) => `${c.start}:${c.end}`).join(',') !== shipped(sampled));
  const all = docs.flatMap((d) => d.sampled.samples);
  const withGold = all.filter((s) => s.matched);
  const covered = withGold.filter((s) => s.target !== undefined);
  console.log(`## Commitment boundaries: ${FOLDS}-fold cross-validation on dev (${docs.length} documents)\n`);
  console.log(`Training: ${JSON.stringify(options)}${pure ? ', without the rules\' end as a feature' : ''}${perceptron ? ', averaged perceptron' : ', log-linear (softmax) ranking'}.`);
  console.log(`Predicted commitments ${all.length}; matched to a gold span by start or trigger ${withGold.length}; gold end among the candidates ${covered.length} (oracle).`);
  console.log(`Documents where the core's spans differ from the rules' spans: ${mismatched.length} (expected 0 before the chooser is wired, else the documents it changes).\n`);
  const variants = ['rules', ...MARGINS.map((m) => `model m=${m}`)];
  const totals = variants.map((): Counts => ({ tp: 0, pred: 0, gold: 0 }));
  console.log(`| fold | docs | gold | ${variants.map((v) => `${v} (exact / F1)`).join(' | ')} |`);
  console.log(`|---|---|---|${variants.map(() => '---').join('|')}|`);
  const wins = MARGINS.map(() => 0);
  // `--show` lists every end the model moves at margin 0, with the rules' and the model's spans (dev text only).
  const show = argv.includes('--show');
  const shown: string[] = [];
  const byName = new Map(docs.map(({ doc }) => [doc.name, doc.content]));
  const moves = MARGINS.map(() => ({ changed: 0, fixed: 0, broken: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = docs.filter((d) => foldOf(d.doc.name, FOLDS) !== fold).flatMap((d) => d.sampled.samples);
    const held = docs.filter((d) => foldOf(d.doc.name, FOLDS) === fold).map((d) => d.sampled);
    const weights = perceptron ? trainPerceptron(train, options) : trainWeights(train, options);
    const rules = exactCounts(held, (s) => s.ruleEnd);
    const cells = [rules, ...MARGINS.map((margin) => exactCounts(held, (s) => pickEnd(s, { weights, margin })))];
    cells.forEach((c, i) => add(totals[i]!, c));
    MARGINS.forEach((margin, i) => {
      if (cells[i + 1]!.tp > rules.tp) wins[i]!++;
      const m = moves[i]!;
      for (const doc of held) {
        for (const s of doc.samples) {
          const end = pickEnd(s, { weights, margin });
          if (end === s.ruleEnd) continue;
          m.changed++;
          const goldEnd = s.target === undefined ? undefined : s.candidates[s.target]?.end;
          if (goldEnd === end) m.fixed++;
          else if (goldEnd === s.ruleEnd) m.broken++;
          if (show && margin === 0) {
            const text = byName.get(doc.name) ?? '';
            const verdict = goldEnd === end ? 'fixed' : goldEnd === s.ruleEnd ? 'broken' : 'other';
            shown.push(`  ${verdict} ${doc.name}: ${clip(text, s.start, s.ruleEnd)} ⟧rules ⟶ model⟦ ${clip(text, s.start, end)}`);
          }
        }
      }
    });
    console.log(`| ${fold} | ${held.length} | ${rules.gold} | ${cells.map((c) => `${c.tp} / ${f1Of(c)}`).join(' | ')} |`);
  }
  console.log(`| all | ${docs.length} | ${totals[0]!.gold} | ${totals.map((c) => `${c.tp} / ${f1Of(c)}`).join(' | ')} |`);
  console.log(`\nFolds where the model beats the rules (exact matches): ${MARGINS.map((m, i) => `m=${m}: ${wins[i]}/${FOLDS}`).join(', ')}.`);
  console.log(`Ends the model moved (fixed = now the gold end, broken = the rules had it): ${MARGINS.map((m, i) => `m=${m}: ${moves[i]!.changed} moved, ${moves[i]!.fixed} fixed, ${moves[i]!.broken} broken`).join('; ')}.`);
  // Where the rules' boundary errors are, over all folds: the kinds of error boundary work should reduce.
  const errors = { start: 0, long: 0, short: 0 };
  for (const s of all) {
    if (s.gold === undefined) continue;
    if (s.gold.start !== s.start) errors.start++;
    else if (s.gold.end < s.ruleEnd) errors.long++;
    else if (s.gold.end > s.ruleEnd) errors.short++;
  }
  console.log(`Rules' boundary errors on matched commitments: start ${errors.start}, end too long ${errors.long}, end too short ${errors.short}.`);
  if (show) console.log(`\n${shown.join('\n')}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main();
