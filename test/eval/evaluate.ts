// `npm run eval`: scores the real CLI and two library baselines against the gold corpus in test/corpus.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { repoPath, repoRoot } from '../support/paths';
import { chronoDates, compromiseEntities } from './lib/baselines';
import { runCli } from './lib/cli';
import { ENTITY_TYPES, loadCorpus, type EntityType, type GoldDocument, type Split } from './lib/corpus';
import { markdownTable, type SystemScores } from './lib/report';
import { addScore, emptyScore, matchType, prf, type TypeMatch, type TypedSpan } from './lib/scoring';

/** A system under evaluation: its name, the types it predicts and how it predicts one document. */
interface System {
  readonly name: string;
  readonly types: readonly EntityType[];
  readonly predict: (doc: GoldDocument) => TypedSpan[];
}

interface Options {
  readonly json: boolean;
  readonly verbose: boolean;
  readonly showTest: boolean;
  readonly cliPath: string;
  readonly errorsOf: string;
}

const POLICY_LENS = 'Policy Lens';

function parseArgs(argv: readonly string[]): Options {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    json: argv.includes('--json'),
    verbose: argv.includes('--verbose'),
    showTest: argv.includes('--show-test'),
    cliPath: valueOf('--cli') ?? repoPath('dist', 'cli.js'),
    errorsOf: valueOf('--system') ?? POLICY_LENS,
  };
}

/** Renders one span for error listings: type, quoted text, offsets and date value. */
function show(s: TypedSpan): string {
  const value = s.value === undefined ? '' : ` = ${s.value}`;
  return `${s.type} "${s.text.replace(/\s+/g, ' ')}" ${s.start}-${s.end}${value}`;
}

/** Lists a document's misses, spurious spans, boundary errors and wrong date values. */
function errorLines(matches: ReadonlyMap<EntityType, TypeMatch<TypedSpan>>): string[] {
  const lines: string[] = [];
  for (const [, m] of matches) {
    for (const g of m.missed) lines.push(`  FN ${show(g)}`);
    for (const p of m.spurious) lines.push(`  FP ${show(p)}`);
    for (const pair of m.pairs) {
      if (!pair.exact) lines.push(`  ~  gold ${show(pair.gold)}  vs  predicted ${show(pair.pred)}`);
      else if (pair.gold.type === 'date' && pair.pred.value !== pair.gold.value) {
        lines.push(`  ≠  date "${pair.gold.text}" ${pair.gold.start}-${pair.gold.end}: gold ${pair.gold.value ?? '∅'}, predicted ${pair.pred.value ?? '∅'}`);
      }
    }
  }
  return lines;
}

function main(): void {
  // Node's test runner also executes every .js file under out/test; this report is not a test.
  if (process.env['NODE_TEST_CONTEXT']) {
    console.log('evaluate.js: skipped under node --test (run it with `npm run eval`).');
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  const docs = loadCorpus(repoPath('test', 'corpus'));
  const systems: System[] = [];
  const crashes: string[] = [];
  const millis = new Map<string, number>();

  if (existsSync(options.cliPath)) {
    systems.push({
      name: POLICY_LENS,
      types: ENTITY_TYPES,
      predict: (doc) => {
        const result = runCli(options.cliPath, repoRoot, relative(repoRoot, doc.textPath), doc.documentDate);
        millis.set(doc.name, result.millis);
        if (result.ok) return result.entities;
        crashes.push(`${doc.name}: ${result.error}`);
        return [];
      },
    });
  } else {
    console.error(`evaluate: ${options.cliPath} does not exist; the Policy Lens row is omitted (run \`node esbuild.mjs\`).`);
  }
  systems.push({ name: 'chrono-node', types: ['date'], predict: (doc) => chronoDates(doc.content, doc.documentDate) });
  systems.push({ name: 'compromise', types: ['person', 'place', 'organization'], predict: (doc) => compromiseEntities(doc.content) });

  const splits: Record<Split | 'all', Map<string, SystemScores>> = { dev: new Map(), test: new Map(), all: new Map() };
  const perDocument: { name: string; split: Split; documentDate: string; cliMillis?: number; errors: string[] }[] = [];

  for (const doc of docs) {
    let errors: string[] = [];
    for (const system of systems) {
      const predicted = system.predict(doc);
      const matches = new Map<EntityType, TypeMatch<TypedSpan>>();
      for (const type of system.types) {
        const match = matchType<TypedSpan>(doc.entities.filter((e) => e.type === type), predicted.filter((p) => p.type === type));
        matches.set(type, match);
        for (const key of [doc.split, 'all'] as const) {
          const table = splits[key];
          const scores = table.get(system.name) ?? {};
          const sum = scores[type] ?? emptyScore();
          addScore(sum, match.score);
          scores[type] = sum;
          table.set(system.name, scores);
        }
      }
      if (system.name === options.errorsOf) errors = errorLines(matches);
    }
    const cliMillis = millis.get(doc.name);
    perDocument.push({ name: doc.name, split: doc.split, documentDate: doc.documentDate, ...(cliMillis === undefined ? {} : { cliMillis }), errors });
  }

  const goldCounts = (split: Split | 'all'): Partial<Record<EntityType, number>> => {
    const counts: Partial<Record<EntityType, number>> = {};
    for (const doc of docs) {
      if (split !== 'all' && doc.split !== split) continue;
      for (const e of doc.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
    }
    return counts;
  };
  const docCount = (split: Split | 'all'): number => docs.filter((d) => split === 'all' || d.split === split).length;

  if (options.json) {
    const results: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const split of ['dev', 'test', 'all'] as const) {
      results[split] = {};
      for (const [name, scores] of splits[split]) {
        const out: Record<string, unknown> = {};
        for (const [type, s] of Object.entries(scores)) {
          out[type] = {
            exact: { ...s.exact, ...prf(s.exact) },
            overlap: { ...s.overlap, ...prf(s.overlap) },
            ...(type === 'date' ? { dateValue: { ...s.dateValue, accuracy: s.dateValue.matched === 0 ? null : s.dateValue.correct / s.dateValue.matched } } : {}),
          };
        }
        results[split][name] = out;
      }
    }
    const documents = perDocument.map(({ errors, ...rest }) => ({ ...rest, ...(options.verbose && (rest.split === 'dev' || options.showTest) ? { errors } : {}) }));
    console.log(JSON.stringify({ cli: relative(repoRoot, options.cliPath), documents, results, crashes }, null, 2));
  } else {
    console.log('## Policy Lens evaluation\n');
    console.log('Cells: precision/recall/F1 for exact spans · F1 for overlapping spans (micro-averaged); (n) = gold count.\n');
    for (const split of ['dev', 'test', 'all'] as const) {
      console.log(markdownTable(split, docCount(split), goldCounts(split), splits[split]));
      console.log('');
    }
    const times = [...millis.values()];
    if (times.length > 0) {
      const total = times.reduce((a, b) => a + b, 0);
      console.log(`CLI: ${times.length} runs, ${total.toFixed(0)} ms in total, ${(total / times.length).toFixed(0)} ms per document.`);
    }
    if (options.verbose) {
      console.log(`\n## Errors of ${options.errorsOf}${options.showTest ? '' : ' (dev split; add --show-test for the test split)'}\n`);
      for (const d of perDocument) {
        if (d.split === 'test' && !options.showTest) continue;
        console.log(`### ${d.name} (${d.split}, ${d.documentDate})`);
        console.log(d.errors.length > 0 ? d.errors.join('\n') : '  no errors');
      }
    }
  }
  if (crashes.length > 0) {
    console.error(`\nThe CLI failed on ${crashes.length} document(s):\n${crashes.join('\n')}`);
    process.exitCode = 1;
  }
}

main();
