#!/usr/bin/env node
/**
 * `policy-lens`: the analysis core on the command line.
 *   policy-lens analyze FILE [--json] [--date YYYY-MM-DD] [--registry officials.yaml]
 *   policy-lens lint PATHS… [--format text|json|sarif] [--registry officials.yaml]
 *   policy-lens export | import | commitments …  (see cliCommands/)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocument } from './analysis/checks/index';
import { analyzeDocument } from './analysis/index';
import { analysisJson } from './cliCommands/analysisJson';
import type { Finding } from './analysis/findings';
import { parseIsoDay } from './analysis/dateResolution';
import { LineIndex } from './analysis/lineIndex';
import { OfficialsRegistry } from './knowledge/officialsRegistry';
import { nodeFileSystem } from './workspace/fileSystem';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { isAnalysisWorker, runAnalysisWorker, runSubcommand, SUBCOMMAND_USAGE, SUBCOMMAND_VALUE_FLAGS, toSarif } from './cliCommands/index';

interface Options {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--date', '--registry', '--format', ...SUBCOMMAND_VALUE_FLAGS]);

function parseArgs(argv: readonly string[]): Options {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      // Only the first '=' separates the flag from its value, which may hold more ("--registry=a=b.yaml").
      const equals = arg.indexOf('=');
      const name = equals < 0 ? arg : arg.slice(0, equals);
      const inline = equals < 0 ? undefined : arg.slice(equals + 1);
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) fail(`${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

function fail(message: string, code = 2): never {
  process.stderr.write(`policy-lens: ${message}\n`);
  process.exit(code);
}

const USAGE = `Usage:
  policy-lens analyze FILE [--json] [--date YYYY-MM-DD] [--registry FILE]
  policy-lens lint PATHS… [--format text|json|sarif] [--registry FILE]
${SUBCOMMAND_USAGE}`;

/** The registry given with --registry, else the nearest officials.yaml in the file's folder or above. */
function loadRegistry(flag: string | true | undefined, near: string): OfficialsRegistry {
  let path: string | undefined;
  if (typeof flag === 'string') path = resolve(flag);
  else {
    for (let dir = resolve(near); ; dir = dirname(dir)) {
      const candidate = join(dir, 'officials.yaml');
      if (existsSync(candidate)) {
        path = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  if (!path) return OfficialsRegistry.empty();
  const text = readText(path);
  return OfficialsRegistry.fromYaml(text, pathToFileURL(path).href).registry;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function analyzeCommand(options: Options): void {
  const file = options.positional[0];
  if (!file) fail(`analyze needs a FILE\n${USAGE}`);
  const date = options.flags.get('--date');
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || parseIsoDay(date) === undefined)) fail('--date takes YYYY-MM-DD, a day of the calendar');
  const text = readText(file);
  const registry = loadRegistry(options.flags.get('--registry'), dirname(file));
  const analysis = analyzeDocument(text, { registry, ...(typeof date === 'string' ? { documentDate: date } : {}) });
  const output = analysisJson(analysis);
  if (options.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const lines = new LineIndex(text);
  process.stdout.write(`document date: ${output.documentDate ?? 'unknown'}\n`);
  for (const e of output.entities) {
    const pos = lines.positionAt(e.start);
    const extra = e.value ? ` = ${e.value}` : e.officialId ? ` (${e.officialId})` : '';
    process.stdout.write(`${pos.line + 1}:${pos.character + 1}\t${e.type}\t${e.text}${extra}\n`);
  }
}

async function lintCommand(options: Options): Promise<void> {
  if (options.positional.length === 0) fail(`lint needs PATHS\n${USAGE}`);
  const format = options.flags.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') fail('--format is text, json or sarif');
  const files: string[] = [];
  for (const p of options.positional) {
    if (!existsSync(p)) fail(`no such file or folder: ${p}`);
    if (statSync(p).isDirectory()) {
      const uris = await nodeFileSystem.findFiles(pathToFileURL(resolve(p)).href, (rel) => rel.endsWith('.policy.md'));
      files.push(...uris.map((u) => decodeURIComponent(new URL(u).pathname)));
    } else files.push(resolve(p));
  }
  const registry = loadRegistry(options.flags.get('--registry'), options.positional[0]!);
  const index = new WorkspaceIndex();
  const analysed = files.map((path) => {
    const text = readText(path);
    const uri = pathToFileURL(path).href;
    const analysis = analyzeDocument(text, { registry });
    index.update(uri, analysis, text);
    return { path, uri, text, analysis };
  });
  const today = process.env['POLICY_LENS_TODAY'] ?? new Date().toISOString().slice(0, 10);
  let errors = 0;
  const report: { file: string; line: number; column: number; severity: string; code: string; message: string }[] = [];
  for (const { path, uri, text, analysis } of analysed) {
    const findings: Finding[] = [...analysis.findings, ...checkDocument(analysis, text, { uri, registry, workspace: index, today })];
    const lines = new LineIndex(text);
    for (const f of findings.sort((a, b) => a.span.start - b.span.start)) {
      const pos = lines.positionAt(f.span.start);
      if (f.severity === 'error') errors++;
      report.push({ file: path, line: pos.line + 1, column: pos.character + 1, severity: f.severity, code: f.code, message: f.message });
    }
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(report, process.cwd(), '0.1.0'), null, 2)}\n`);
  else {
    for (const r of report) process.stdout.write(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} [${r.code}]\n`);
    process.stderr.write(`${files.length} file(s) checked: ${errors} error(s), ${report.length - errors} other finding(s).\n`);
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const options = parseArgs(rest);
  switch (command) {
    case 'analyze':
      analyzeCommand(options);
      break;
    case 'lint':
      await lintCommand(options);
      break;
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      break;
    default:
      if (!(await runSubcommand(command, options))) fail(`unknown command "${command}"\n${USAGE}`);
  }
}

// The bundled CLI is also the entry of its own worker threads (export of large corpora).
if (isAnalysisWorker()) runAnalysisWorker();
else {
  // A reader that stops early (`… | head`) closes the pipe; that ends the output, it is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error), 3));
}
