import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../analysis/index';
import { commitmentRows, type CommitmentRow } from '../workspace/commitmentStatus';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { checkCommandLine, CliError, collectFiles, formatFlag, readText, registryFor, stringFlag, type CliOptions } from './corpus';
import { today } from '../clock';
import { startProgress } from './progress';

const FORMATS = ['table', 'csv', 'json'] as const;

/** `policy-lens commitments PATHS… [--format table|csv|json]`: every annotated commitment with its effective status. */
export async function commitmentsCommand(options: CliOptions): Promise<void> {
  checkCommandLine('commitments', options, ['--format', '--registry'], []);
  const format = formatFlag(options, FORMATS, 'table');
  if (options.positional.length === 0) throw new CliError('commitments needs PATHS');
  const files = await collectFiles(options.positional);
  const registryFlag = stringFlag(options, '--registry');
  const index = new WorkspaceIndex();
  const progress = startProgress(files.length, 'commitments');
  for (const path of files) {
    const text = readText(path);
    index.update(pathToFileURL(path).href, analyzeDocument(text, { registry: registryFor(registryFlag, path) }), text);
    progress.tick(basename(path));
  }
  progress.done();
  const rows = commitmentRows(index.all(), today());
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows.map(record), null, 2)}\n`);
  else if (format === 'csv') process.stdout.write(toCsv(rows.map(record)));
  else process.stdout.write(toTable(rows));
}

const COLUMNS = ['id', 'status', 'overdue', 'due', 'days_left', 'fulfilled_by', 'fulfilled_by_file', 'actors', 'document', 'document_date', 'quote'] as const;
type Record_ = Record<(typeof COLUMNS)[number], string>;

function record(row: CommitmentRow): Record_ {
  return {
    id: row.id,
    status: row.status,
    overdue: row.overdue ? 'yes' : 'no',
    due: row.due ?? '',
    days_left: row.daysLeft !== undefined ? String(row.daysLeft) : '',
    fulfilled_by: row.fulfilledBy ?? '',
    fulfilled_by_file: row.fulfilledByFacts ? decodeURIComponent(new URL(row.fulfilledByFacts.uri).pathname) : '',
    actors: row.actors.join(' '),
    document: decodeURIComponent(new URL(row.facts.uri).pathname),
    document_date: row.facts.date ?? '',
    quote: row.quote,
  };
}

/** RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted. */
export function toCsv(records: readonly Record_[]): string {
  const cell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].map((l) => `${l}\r\n`).join('');
}

function toTable(rows: readonly CommitmentRow[]): string {
  const header = ['ID', 'STATUS', 'DUE', 'DAYS', 'FULFILLED BY', 'DOCUMENT'];
  const body = rows.map((r) => [
    r.id,
    r.overdue ? 'OVERDUE' : r.status,
    r.due ?? '—',
    r.daysLeft !== undefined ? String(r.daysLeft) : '',
    r.fulfilledBy ? `${r.fulfilledBy}${r.fulfilledByFacts ? '' : ' (missing)'}` : '',
    basename(decodeURIComponent(new URL(r.facts.uri).pathname)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const overdue = rows.filter((r) => r.overdue).length;
  return [line(header), ...body.map(line), '', `${rows.length} commitment(s), ${overdue} overdue (today is ${today()}).`, ''].join('\n');
}
