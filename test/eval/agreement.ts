// `npm run eval:agreement`: how closely independent human annotators agree on commitment spans, beside
// how closely Policy Lens agrees with each of them, on the documents of test/corpus/agreement.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoPath, repoRoot } from '../support/paths';
import { runCli } from './lib/cli';
import { loadCorpus, type GoldDocument } from './lib/corpus';
import { addScore, emptyScore, matchType, prf, type TypedSpan, type TypeScore } from './lib/scoring';

/** One annotator's file: the commitment spans of one corpus document, annotated without seeing the gold or the tool. */
interface AgreementFile {
  readonly annotator: string;
  readonly entities: readonly TypedSpan[];
}

/** Commitment spans of each source (gold, every annotator, Policy Lens), per document name. */
type Sources = Map<string, Map<string, readonly TypedSpan[]>>;

const AGREEMENT_DIR = repoPath('test', 'corpus', 'agreement');
const GOLD = 'corpus gold';
const POLICY_LENS = 'Policy Lens';

/** Reads every annotator folder and adds the gold and Policy Lens spans of the same documents. */
function loadSources(corpus: readonly GoldDocument[], cliPath: string): { sources: Sources; names: string[] } {
  const sources: Sources = new Map();
  const byName = new Map(corpus.map((d) => [d.name, d]));
  const annotators = readdirSync(AGREEMENT_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const names = new Set<string>();
  for (const annotator of annotators) {
    for (const file of readdirSync(join(AGREEMENT_DIR, annotator)).filter((f) => f.endsWith('.json'))) {
      const name = file.slice(0, -'.json'.length);
      if (!byName.has(name)) throw new Error(`${annotator}/${file}: no corpus document of that name`);
      const parsed = JSON.parse(readFileSync(join(AGREEMENT_DIR, annotator, file), 'utf8')) as AgreementFile;
      sourceOf(sources, annotator).set(name, parsed.entities.filter((e) => e.type === 'commitment'));
      names.add(name);
    }
  }
  for (const name of names) {
    const doc = byName.get(name)!;
    sourceOf(sources, GOLD).set(name, doc.entities.filter((e) => e.type === 'commitment'));
    const result = runCli(cliPath, repoRoot, relative(repoRoot, doc.textPath), doc.documentDate);
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    sourceOf(sources, POLICY_LENS).set(name, result.entities.filter((e) => e.type === 'commitment'));
  }
  return { sources, names: [...names].sort() };
}

function sourceOf(sources: Sources, name: string): Map<string, readonly TypedSpan[]> {
  let source = sources.get(name);
  if (!source) sources.set(name, (source = new Map()));
  return source;
}

/** Agreement of two sources over the documents both annotated; F1 is symmetric, so the order does not matter. */
function agreement(a: ReadonlyMap<string, readonly TypedSpan[]>, b: ReadonlyMap<string, readonly TypedSpan[]>, names: readonly string[]): { docs: number; score: TypeScore } {
  const score = emptyScore();
  let docs = 0;
  for (const name of names) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) continue;
    docs++;
    addScore(score, matchType(x, y).score);
  }
  return { docs, score };
}

function main(): void {
  if (!existsSync(AGREEMENT_DIR)) throw new Error(`no agreement annotations in ${AGREEMENT_DIR}`);
  const cliPath = process.argv.includes('--cli') ? process.argv[process.argv.indexOf('--cli') + 1]! : repoPath('dist', 'cli.js');
  const corpus = loadCorpus(repoPath('test', 'corpus'));
  const { sources, names } = loadSources(corpus, cliPath);
  const splitOf = new Map(corpus.map((d) => [d.name, d.split]));
  // Held-out documents get aggregate rows only, like every other figure computed on them.
  for (const split of ['dev', 'test'] as const) {
    const inSplit = names.filter((n) => splitOf.get(n) === split);
    if (inSplit.length === 0) continue;
    const labels = [...sources.keys()].filter((s) => s !== GOLD && s !== POLICY_LENS && inSplit.some((n) => sources.get(s)!.has(n)));
    const humans = [GOLD, ...labels];
    const rows: string[] = ['| pair | documents | spans (first / second) | exact F1 | overlap F1 |', '|---|---:|---:|---:|---:|'];
    const row = (x: string, y: string): void => {
      const { docs, score } = agreement(sources.get(x)!, sources.get(y)!, inSplit);
      const f = (v: number | undefined): string => (v === undefined ? '–' : v.toFixed(2));
      rows.push(`| ${x} ~ ${y} | ${docs} | ${score.exact.gold} / ${score.exact.pred} | ${f(prf(score.exact).f1)} | ${f(prf(score.overlap).f1)} |`);
    };
    for (let i = 0; i < humans.length; i++) for (let j = i + 1; j < humans.length; j++) row(humans[i]!, humans[j]!);
    for (const human of humans) row(human, POLICY_LENS);
    console.log(`\nCommitment spans, ${split === 'dev' ? 'development' : 'held-out test'} documents (${inSplit.length}):\n`);
    console.log(rows.join('\n'));
  }
}

main();
