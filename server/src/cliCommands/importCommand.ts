import { stringify } from 'yaml';
import { analyzeDocument } from '../analysis/index';
import { analysisJson, type JsonEntity } from './analysisJson';
import { fromBrat } from './brat';
import { checkCommandLine, CliError, formatFlag, readText, registryFor, stringFlag, type CliOptions } from './corpus';

/**
 * `policy-lens import --format brat FILE.ann [--text FILE.txt] [--corrections]`.
 * Prints the JSON analysis shape of the brat annotations; with --corrections it prints instead the
 * `corrections:` front-matter block that makes Policy Lens highlight what the brat file says.
 */
export function importCommand(options: CliOptions): void {
  checkCommandLine('import', options, ['--format', '--text', '--registry'], ['--corrections'], 1);
  formatFlag(options, ['brat'] as const, 'brat');
  const annPath = options.positional[0];
  if (!annPath) throw new CliError('import needs FILE.ann');
  const givenText = stringFlag(options, '--text');
  if (givenText === undefined && !/\.ann$/i.test(annPath)) throw new CliError(`${annPath} is not named *.ann; give its text with --text FILE.txt`);
  const textPath = givenText ?? annPath.replace(/\.ann$/i, '.txt');
  const text = readText(textPath);
  const { entities, problems } = fromBrat(readText(annPath), text);
  for (const p of problems) process.stderr.write(`${annPath}:${p.line}: ${p.message}\n`);
  const registry = registryFor(stringFlag(options, '--registry'), textPath);
  const analysis = analyzeDocument(text, { registry });
  if (options.flags.has('--corrections')) {
    process.stdout.write(correctionsYaml(entities, analysisJson(analysis).entities));
  } else {
    process.stdout.write(`${JSON.stringify({ documentDate: analysis.documentDate?.value ?? null, entities }, null, 2)}\n`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

/**
 * The front-matter corrections that turn the analysis into the imported annotations: texts the
 * analyst marked that the analysis missed go to `add`, texts the analysis marks that the analyst
 * never marked anywhere go to `ignore`. Corrections are by text, the unit the analysis applies.
 */
export function correctionsYaml(imported: readonly JsonEntity[], analysed: readonly JsonEntity[]): string {
  const named = (list: readonly JsonEntity[]): JsonEntity[] => list.filter((e) => e.type !== 'commitment');
  const key = (e: JsonEntity): string => `${e.type}|${e.start}|${e.end}`;
  const analysedKeys = new Set(named(analysed).map(key));
  const importedTexts = new Set(named(imported).map((e) => e.text));
  const add = new Map<string, { text: string; type: string }>();
  for (const e of named(imported)) if (!analysedKeys.has(key(e))) add.set(`${e.type}|${e.text}`, { text: e.text, type: e.type });
  const ignore = [...new Set(named(analysed).filter((e) => !importedTexts.has(e.text)).map((e) => e.text))];
  if (add.size === 0 && ignore.length === 0) return '# The analysis already matches the imported annotations; no corrections needed.\n';
  const corrections: Record<string, unknown> = {};
  if (add.size > 0) corrections['add'] = [...add.values()];
  if (ignore.length > 0) corrections['ignore'] = ignore;
  return stringify({ corrections });
}
