import { mkdirSync, statSync, writeFileSync as writeFile } from 'node:fs';
import { dirname } from 'node:path';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonAnalysis } from './analysisJson';
import { BRAT_ANNOTATION_CONF, toBrat } from './brat';
import { checkCommandLine, CliError, collectFiles, findRegistry, formatFlag, ioError, loadRegistry, readText, stringFlag, type CliOptions } from './corpus';
import { startProgress } from './progress';
import { annotationPage, toWebAnnotations, type WebAnnotation } from './webAnnotation';
import { analyzeFiles } from './workers';
import { appendAll } from '../analysis/arrays';

const FORMATS = ['brat', 'jsonl', 'webanno'] as const;

/**
 * `policy-lens export --format brat|jsonl|webanno PATHS… [--out DIR] [--workers N]`.
 * With --out, brat writes NAME.txt + NAME.ann (+ annotation.conf), jsonl writes annotations.jsonl
 * and webanno one NAME.jsonld page per document; without it the export goes to stdout.
 */
export async function exportCommand(options: CliOptions): Promise<void> {
  checkCommandLine('export', options, ['--format', '--out', '--workers', '--registry'], []);
  const format = formatFlag(options, FORMATS);
  if (options.positional.length === 0) throw new CliError('export needs PATHS');
  const out = stringFlag(options, '--out');
  const files = await collectFiles(options.positional);
  if (files.length === 0) throw new CliError(`no .policy.md files in ${options.positional.join(' ')}`, 2, false);
  if (format === 'brat' && !out && files.length !== 1) throw new CliError('brat export of several files needs --out DIR');
  const analyses = await analyze(files, options);
  if (out) {
    try {
      makeDirectory(out);
    } catch (error) {
      throw ioError(`cannot create ${out}`, error);
    }
  }
  const names = uniqueNames(files);
  const writeFileSync = (path: string, data: string): void => {
    try {
      writeFile(path, data);
    } catch (error) {
      throw ioError(`cannot write ${path}`, error);
    }
  };

  if (format === 'jsonl') {
    const lines = files.map((path) => JSON.stringify({ file: path, ...analyses.get(path)! }));
    const body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    if (out) writeFileSync(join(out, 'annotations.jsonl'), body);
    else process.stdout.write(body);
  } else if (format === 'brat') {
    for (const path of files) {
      const text = readText(path);
      const ann = toBrat(text, analyses.get(path)!.entities);
      if (!out) {
        process.stdout.write(ann);
        continue;
      }
      // brat needs the text beside the standoff file; it is the whole file, so offsets match `analyze`.
      writeFileSync(join(out, `${names.get(path)!}.txt`), text);
      writeFileSync(join(out, `${names.get(path)!}.ann`), ann);
    }
    if (out) writeFileSync(join(out, 'annotation.conf'), BRAT_ANNOTATION_CONF);
  } else {
    const all: WebAnnotation[] = [];
    for (const path of files) {
      const uri = pathToFileURL(path).href;
      const items = toWebAnnotations(uri, readText(path), analyses.get(path)!.entities);
      if (out) writeFileSync(join(out, `${names.get(path)!}.jsonld`), `${JSON.stringify(annotationPage(`${uri}#annotations`, items), null, 2)}\n`);
      else appendAll(all, items);
    }
    if (!out) process.stdout.write(`${JSON.stringify(annotationPage('urn:policy-lens:export', all), null, 2)}\n`);
  }
  if (out) process.stderr.write(`Exported ${files.length} document(s) as ${format} to ${resolve(out)}.\n`);
}

/** Every file's analysis, each with its own registry (the nearest officials.yaml unless --registry names one). */
async function analyze(files: readonly string[], options: CliOptions): Promise<Map<string, JsonAnalysis>> {
  const workersFlag = stringFlag(options, '--workers');
  if (workersFlag !== undefined && !/^\d+$/.test(workersFlag)) throw new CliError('--workers takes a number');
  const registryFlag = stringFlag(options, '--registry');
  const groups = new Map<string | undefined, string[]>();
  for (const path of files) {
    const registryPath = findRegistry(registryFlag, path);
    const group = groups.get(registryPath);
    if (group) group.push(path);
    else groups.set(registryPath, [path]);
  }
  const progress = startProgress(files.length, 'export');
  const results = new Map<string, JsonAnalysis>();
  try {
    for (const [registryPath, group] of groups) {
      // Read here first, so that its problems are reported once and not by every worker.
      loadRegistry(registryPath);
      const analysed = await analyzeFiles(group, {
        ...(registryPath ? { registryPath } : {}),
        ...(workersFlag !== undefined ? { workers: Number(workersFlag) } : {}),
        onResult: (path) => progress.tick(basename(path)),
      });
      for (const [path, analysis] of analysed) results.set(path, analysis);
    }
  } finally {
    progress.done();
  }
  return results;
}

/**
 * Output names from file names without `.policy.md`/`.md`/`.txt`, numbered when two folders share one;
 * a number is never one that another file's own name already has ("a", "a" and "a-2" → a, a-3, a-2).
 */
export function uniqueNames(files: readonly string[]): Map<string, string> {
  const stems = files.map((path) => basename(path).replace(/(\.policy)?\.(md|txt)$/i, ''));
  const taken = new Set<string>();
  const names = new Map<string, string>();
  // Each stem keeps its own name where it is the first to have it; later ones are numbered after.
  const firsts = new Set<number>();
  stems.forEach((stem, i) => {
    if (taken.has(stem)) return;
    taken.add(stem);
    firsts.add(i);
  });
  stems.forEach((stem, i) => {
    let name = stem;
    if (!firsts.has(i)) {
      let n = 2;
      while (taken.has(`${stem}-${n}`)) n++;
      name = `${stem}-${n}`;
      taken.add(name);
    }
    names.set(files[i]!, name);
  });
  return names;
}

/**
 * Creates `path` and any missing parents. Node 20's `mkdirSync(…, { recursive: true })` never returns
 * for a folder that cannot be made under an existing one such as /proc (ENOENT there), so the parents
 * are made one at a time and such a folder fails with its error.
 */
function makeDirectory(path: string): void {
  try {
    mkdirSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(path).isDirectory()) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    makeDirectory(parent);
    mkdirSync(path);
  }
}
