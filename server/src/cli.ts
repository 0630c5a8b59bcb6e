#!/usr/bin/env node
/**
 * `policy-lens`: the analysis core on the command line.
 *   policy-lens analyze FILE [--json] [--date YYYY-MM-DD] [--registry officials.yaml]
 *   policy-lens lint PATHS… [--format text|json|sarif] [--registry officials.yaml]
 *   policy-lens export | import | commitments …  (see cliCommands/)
 */
import { basename } from 'node:path';
import { compileRegExpsOnce } from './lsp/v8Settings';
import { pathToFileURL } from 'node:url';
import { checkDocument } from './analysis/checks/index';
import { analyzeDocument, type DocumentAnalysis } from './analysis/index';
import { analysisJson } from './cliCommands/analysisJson';
import type { Finding } from './analysis/findings';
import { DOCUMENT_YEARS, parseDocumentDay } from './analysis/dateResolution';
import { LineIndex } from './analysis/lineIndex';
import { OfficialsRegistry } from './knowledge/officialsRegistry';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { CliError, checkCommandLine, collectFiles, readText, registryFor, type CliOptions } from './cliCommands/corpus';
import { today } from './clock';
import { isAnalysisWorker, runAnalysisWorker, runSubcommand, SUBCOMMAND_USAGE, SUBCOMMAND_VALUE_FLAGS, toSarif } from './cliCommands/index';

const VALUE_FLAGS = new Set(['--date', '--registry', '--format', ...SUBCOMMAND_VALUE_FLAGS]);

function parseArgs(argv: readonly string[]): CliOptions {
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
        if (value === undefined) throw new CliError(`${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, inline ?? true);
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new CliError(`unknown option ${arg}`);
    } else positional.push(arg);
  }
  return { positional, flags };
}

const USAGE = `Usage:
  policy-lens analyze FILE [--json] [--date YYYY-MM-DD] [--registry FILE]
  policy-lens lint PATHS… [--format text|json|sarif] [--registry FILE]
${SUBCOMMAND_USAGE}`;

/** One line of the human-readable output: line breaks inside an entity are written as \n. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\\n');
}

/** Tells on stderr why a file was not analysed (binary, too large), which its empty output does not. */
function reportSkipped(file: string, analysis: DocumentAnalysis): void {
  if (!analysis.skipped) return;
  for (const f of analysis.findings) process.stderr.write(`policy-lens: warning: ${file}: ${f.message} [${f.code}]\n`);
}

function analyzeCommand(options: CliOptions): void {
  checkCommandLine('analyze', options, ['--date', '--registry'], ['--json'], 1);
  const file = options.positional[0];
  if (!file) throw new CliError('analyze needs a FILE');
  const date = options.flags.get('--date');
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || parseDocumentDay(date) === undefined)) {
    throw new CliError(`--date takes YYYY-MM-DD, a day of the calendar in the years ${DOCUMENT_YEARS.first}–${DOCUMENT_YEARS.last}`);
  }
  const text = readText(file);
  const registry = registryFor(stringValue(options, '--registry'), file);
  const analysis = analyzeDocument(text, { registry, ...(typeof date === 'string' ? { documentDate: date } : {}) });
  reportSkipped(file, analysis);
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
    process.stdout.write(`${pos.line + 1}:${pos.character + 1}\t${e.type}\t${oneLine(e.text)}${extra}\n`);
  }
}

/** A flag's string value (the parser gives value flags a string, or fails). */
function stringValue(options: CliOptions, name: string): string | undefined {
  const value = options.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Whether a path names an officials registry rather than a policy document. */
function isRegistryFile(path: string): boolean {
  return basename(path) === 'officials.yaml';
}

async function lintCommand(options: CliOptions): Promise<void> {
  checkCommandLine('lint', options, ['--format', '--registry'], []);
  if (options.positional.length === 0) throw new CliError('lint needs PATHS');
  const format = options.flags.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError('--format is text, json or sarif');
  const registryFlag = stringValue(options, '--registry');
  const files = await collectFiles(options.positional);
  const index = new WorkspaceIndex();
  // Documents are indexed together first, so that each is checked against all the others.
  const analysed = files.map((path) => {
    const text = readText(path);
    const uri = pathToFileURL(path).href;
    // A registry named among the paths is checked as a registry, not as a policy document.
    if (isRegistryFile(path)) return { path, uri, text, registryFindings: OfficialsRegistry.fromYaml(text, uri).findings };
    const registry = registryFor(registryFlag, path);
    const analysis = analyzeDocument(text, { registry });
    index.update(uri, analysis, text);
    return { path, uri, text, document: { analysis, registry } };
  });
  const day = today();
  let errors = 0;
  const report: { file: string; line: number; column: number; severity: string; code: string; message: string }[] = [];
  for (const entry of analysed) {
    const { path, uri, text } = entry;
    const { document } = entry;
    const findings: readonly Finding[] = document
      ? [...document.analysis.findings, ...checkDocument(document.analysis, text, { uri, registry: document.registry, workspace: index, today: day })]
      : (entry.registryFindings ?? []);
    const lines = new LineIndex(text);
    for (const f of [...findings].sort((a, b) => a.span.start - b.span.start)) {
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
  if (command === undefined || command === '--help' || command === 'help' || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return;
  }
  const options = parseArgs(rest);
  switch (command) {
    case 'analyze':
      analyzeCommand(options);
      break;
    case 'lint':
      await lintCommand(options);
      break;
    default:
      if (!(await runSubcommand(command, options))) throw new CliError(`unknown command "${command}"`);
  }
}

/** Reports a failure: a `CliError` as its message (with the usage when it helps), anything else as an internal error with its stack. */
function reportFailure(error: unknown): void {
  if (error instanceof CliError) {
    process.stderr.write(`policy-lens: ${error.message}\n${error.usage ? USAGE : ''}`);
    process.exitCode = error.exitCode;
    return;
  }
  process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 3;
}

// The bundled CLI is also the entry of its own worker threads (export of large corpora).
if (isAnalysisWorker()) runAnalysisWorker();
else {
  // A reader that stops early (`… | head`) closes the pipe; that ends the output, not the command's
  // verdict, so the exit code already decided (lint's 1 for errors) stands.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
  // Worker threads share the process's V8 flags, so they are set once here.
  compileRegExpsOnce();
  main().catch(reportFailure);
}
