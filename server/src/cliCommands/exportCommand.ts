import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonAnalysis } from './analysisJson';
import { BRAT_ANNOTATION_CONF, toBrat } from './brat';
import { CliError, collectFiles, findRegistry, formatFlag, readText, stringFlag, type CliOptions } from './corpus';
import { startProgress } from './progress';
import { annotationPage, toWebAnnotations, type WebAnnotation } from './webAnnotation';
import { analyzeFiles } from './workers';

const FORMATS = ['brat', 'jsonl', 'webanno'] as const;

/**
 * `policy-lens export --format brat|jsonl|webanno PATHS… [--out DIR] [--workers N]`.
 * With --out, brat writes NAME.txt + NAME.ann (+ annotation.conf), jsonl writes annotations.jsonl
 * and webanno one NAME.jsonld page per document; without it the export goes to stdout.
 */
export async function exportCommand(options: CliOptions): Promise<void> {
  const format = formatFlag(options, FORMATS);
  if (options.positional.length === 0) throw new CliError('export needs PATHS');
  const out = stringFlag(options, '--out');
  const files = await collectFiles(options.positional);
  if (format === 'brat' && !out && files.length !== 1) throw new CliError('brat export of several files needs --out DIR');
  const analyses = await analyze(files, options);
  if (out) mkdirSync(out, { recursive: true });
  const names = uniqueNames(files);

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
      else all.push(...items);
    }
    if (!out) process.stdout.write(`${JSON.stringify(annotationPage('urn:policy-lens:export', all), null, 2)}\n`);
  }
  if (out) process.stderr.write(`Exported ${files.length} document(s) as ${format} to ${resolve(out)}.\n`);
}

async function analyze(files: readonly string[], options: CliOptions): Promise<Map<string, JsonAnalysis>> {
  const workersFlag = stringFlag(options, '--workers');
  if (workersFlag !== undefined && !/^\d+$/.test(workersFlag)) throw new CliError('--workers takes a number');
  const registryPath = findRegistry(stringFlag(options, '--registry'), options.positional[0]!);
  const progress = startProgress(files.length, 'export');
  try {
    return await analyzeFiles(files, {
      ...(registryPath ? { registryPath } : {}),
      ...(workersFlag !== undefined ? { workers: Number(workersFlag) } : {}),
      onResult: (path) => progress.tick(basename(path)),
    });
  } finally {
    progress.done();
  }
}

/** Output names from file names without `.policy.md`/`.md`/`.txt`, numbered when two folders share one. */
function uniqueNames(files: readonly string[]): Map<string, string> {
  const used = new Map<string, number>();
  const names = new Map<string, string>();
  for (const path of files) {
    const stem = basename(path).replace(/(\.policy)?\.(md|txt)$/i, '');
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    names.set(path, n === 1 ? stem : `${stem}-${n}`);
  }
  return names;
}
