import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath, sharedRoot } from '../support/paths';

interface CliEntity {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: string;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist/cli.js'), ...args], { encoding: 'utf8', cwd: repoPath() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function analyze(...args: string[]): { documentDate: string | null; entities: CliEntity[] } {
  const result = cli('analyze', ...args, '--json');
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { documentDate: string | null; entities: CliEntity[] };
}

const APRIL = repoPath('seeds/2025-04-29-japan-vietnam-summit.policy.md');

test('analyze --json lists the April seed’s people, places and resolved dates', () => {
  const out = analyze(APRIL);
  const has = (type: string, text: string, value?: string): boolean =>
    out.entities.some((e) => e.type === type && e.text === text && (value === undefined || e.value === value));
  assert.equal(out.documentDate, '2025-04-29');
  assert.ok(has('person', 'Shigeru Ishiba'));
  assert.ok(has('person', 'Pham Minh Chinh'));
  assert.ok(has('place', 'Hanoi'));
  assert.ok(has('place', 'Japan'));
  assert.ok(has('date', 'by the end of the year', '2025-12-31'));
  assert.ok(has('date', 'Monday', '2025-04-28'));
});

test('analyze reports UTF-16 offsets into the file text', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(APRIL, 'utf8');
  for (const e of analyze(APRIL).entities) assert.equal(text.slice(e.start, e.end), e.text);
});

test('analyze takes the document date from --date for plain text without front matter', () => {
  const out = analyze(join(sharedRoot, 'seeds/000_dd5102b55469b375.txt'), '--date', '2025-04-29');
  assert.equal(out.documentDate, '2025-04-29');
  assert.ok(out.entities.some((e) => e.text === 'Monday' && e.value === '2025-04-28'));
});

test('analyze falls back to the dateline when there is neither front matter nor --date', () => {
  const out = analyze(join(sharedRoot, 'seeds/003_1218f11686f30d15.txt'));
  assert.equal(out.documentDate, '2025-12-04');
});

test('offsets count astral characters as two UTF-16 code units', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  const file = join(dir, 'emoji.policy.md');
  const text = '---\ndate: 2025-04-29\n---\n🇯🇵🇻🇳 Leaders met in Hanoi on Monday.\n';
  writeFileSync(file, text);
  const hanoi = analyze(file).entities.find((e) => e.text === 'Hanoi');
  assert.ok(hanoi);
  assert.equal(hanoi.start, text.indexOf('Hanoi'));
});

test('analyze rejects a malformed --date with a clear error and exit code 2', () => {
  const result = cli('analyze', APRIL, '--json', '--date', 'yesterday');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--date takes YYYY-MM-DD/);
});

test('analyze rejects a --date far outside any document\'s century, whose relative dates would not have four digits', () => {
  // Before, year 0 gave "last year" the value "00-1" and 9999-12-31 gave "next year" "10000".
  for (const date of ['0000-01-01', '0500-06-01', '9999-12-31']) {
    const result = cli('analyze', APRIL, '--json', '--date', date);
    assert.equal(result.status, 2, date);
    assert.match(result.stderr, /in the years 1000–8999/);
  }
  assert.equal(cli('analyze', APRIL, '--json', '--date', '1000-01-01').status, 0);
});

test('analyze rejects a --date that is no day of the calendar, and takes a flag value that holds "="', () => {
  // Before, 2025-02-30 was accepted (exit 0) and no relative date got a value.
  const impossible = cli('analyze', APRIL, '--json', '--date', '2025-02-30');
  assert.equal(impossible.status, 2);
  assert.match(impossible.stderr, /--date takes YYYY-MM-DD, a day of the calendar/);
  // Before, only "reg" was read: the value was cut at its own "=".
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-eq-'));
  const registry = join(dir, 'a=b.yaml');
  writeFileSync(registry, 'officials:\n  - id: john-marwick\n    name: John Marwick\n    country: GB\n');
  const file = join(dir, 'note.txt');
  writeFileSync(file, 'John Marwick spoke.\n');
  const result = cli('analyze', file, '--json', `--registry=${registry}`);
  assert.equal(result.status, 0, result.stderr);
  const entities = (JSON.parse(result.stdout) as { entities: (CliEntity & { officialId?: string; source?: string })[] }).entities;
  assert.ok(entities.some((e) => e.text === 'John Marwick' && e.type === 'person'), result.stdout);
});

test('analyze piped into a reader that stops early exits quietly', () => {
  // `policy-lens analyze … | head -1`: before, the closed pipe ended the CLI with an EPIPE stack trace.
  const big = join(mkdtempSync(join(tmpdir(), 'policy-lens-cli-pipe-')), 'long.txt');
  writeFileSync(big, 'Prime Minister Shigeru Ishiba met President Joe Biden in Tokyo on Monday.\n\n'.repeat(4000));
  const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${repoPath('dist/cli.js')}" analyze "${big}" | head -1`], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(result.stderr, /EPIPE|Error/);
});

test('analyze of a missing file fails with a clear error', () => {
  const result = cli('analyze', 'no/such/file.policy.md', '--json');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /cannot read/);
});

test('lint exits non-zero and prints file:line:col for a broken front matter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-lint-'));
  const file = join(dir, 'broken.policy.md');
  writeFileSync(file, '---\nid: x\ntitle: [oops\n---\nText.\n');
  const result = cli('lint', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error `));
});

test('lint of the seeds exits zero', () => {
  const result = cli('lint', repoPath('seeds'));
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
