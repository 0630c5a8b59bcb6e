import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../support/paths';

const APRIL = repoPath('seeds/2025-04-29-japan-vietnam-summit.policy.md');
const DECEMBER = repoPath('seeds/2025-12-04-japan-vietnam-2plus2.policy.md');

function cli(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist/cli.js'), ...args], { encoding: 'utf8', cwd: repoPath(), env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'policy-lens-cli-errors-'));
}

test('a misspelt flag, a value on a switch or a second FILE is refused with the usage, not ignored', () => {
  for (const args of [['analyze', APRIL, '--jsn'], ['analyze', APRIL, '--json=false'], ['analyze', APRIL, DECEMBER], ['analyze', APRIL, '-j'], ['lint', 'seeds', '--fromat', 'json']]) {
    const result = cli(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^policy-lens: .+\nUsage:/, args.join(' '));
  }
  const help = cli(['analyze', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage:/);
});

test('lint keeps its exit code when a reader stops early (`lint … | head`)', async () => {
  const dir = scratch();
  // Enough findings that the output outlasts the pipe's buffer.
  for (let i = 0; i < 150; i++) writeFileSync(join(dir, `d${i}.policy.md`), '---\ndate: 2025-13-45\nofficials: [{ id: nobody }]\n---\nPrime Minister Shigeru Ishiba will visit Hanoi.\n');
  const child = spawn(process.execPath, [repoPath('dist/cli.js'), 'lint', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  assert.equal(status, 1);
});

test('a broken officials.yaml is reported, and a registry named among the paths is linted as a registry', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'officials.yaml'), 'officials:\n  - id: [broken\n');
  copyFileSync(APRIL, join(dir, 'april.policy.md'));
  const analyzed = cli(['analyze', join(dir, 'april.policy.md'), '--json']);
  assert.equal(analyzed.status, 0);
  assert.match(analyzed.stderr, /warning: .*officials\.yaml:\d+:\d+ .*\[registry\./);
  const linted = cli(['lint', join(dir, 'officials.yaml')]);
  assert.equal(linted.status, 1);
  assert.match(linted.stdout, /officials\.yaml:\d+:\d+ error .*\[registry\./);
  assert.doesNotMatch(linted.stdout, /frontMatter|body\./);
});

test('a file that is not analysed says why on stderr, and keeps its JSON shape', () => {
  const dir = scratch();
  const binary = join(dir, 'binary.policy.md');
  writeFileSync(binary, Buffer.concat([readFileSync(APRIL), Buffer.from([0, 1, 2, 0])]));
  const result = cli(['analyze', binary, '--json']);
  assert.equal(result.status, 0);
  assert.deepEqual(JSON.parse(result.stdout), { documentDate: null, entities: [] });
  assert.match(result.stderr, /warning: .*binary\.policy\.md: .*\[file\.binary\]/);
});

test('export reads each file with its own nearest registry (lint and commitments look it up the same way)', () => {
  const dir = scratch();
  mkdirSync(join(dir, 'with'));
  mkdirSync(join(dir, 'without'));
  copyFileSync(repoPath('seeds/officials.yaml'), join(dir, 'with', 'officials.yaml'));
  copyFileSync(DECEMBER, join(dir, 'with', 'december.policy.md'));
  writeFileSync(join(dir, 'without', 'other.policy.md'), '---\ndate: 2025-01-01\n---\nNothing here.\n');
  const exported = cli(['export', '--format', 'jsonl', join(dir, 'without', 'other.policy.md'), join(dir, 'with', 'december.policy.md')]);
  assert.equal(exported.status, 0, exported.stderr);
  const december = exported.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; entities: { officialId?: string }[] })
    .find((r) => r.file.endsWith('december.policy.md'));
  assert.ok(december && december.entities.some((e) => e.officialId !== undefined), 'the December seed finds its officials in its own folder');
});

test('lint counts a path named twice once', () => {
  const twice = cli(['lint', 'seeds', './seeds']);
  const once = cli(['lint', 'seeds']);
  assert.equal(twice.stdout, once.stdout);
  assert.match(twice.stderr, /^2 file\(s\) checked/m);
});

test('export writes every document under its own name, and fails without a stack trace when it cannot write', () => {
  const dir = scratch();
  for (const [folder, name] of [['x', 'a'], ['y', 'a'], ['z', 'a-2']] as const) {
    mkdirSync(join(dir, folder));
    copyFileSync(APRIL, join(dir, folder, `${name}.policy.md`));
  }
  const out = join(dir, 'out');
  const result = cli(['export', '--format', 'brat', dir, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(readdirSync(out).filter((f) => f.endsWith('.ann')).sort(), ['a-2.ann', 'a-3.ann', 'a.ann']);
  const blocked = cli(['export', '--format', 'jsonl', dir, '--out', join(dir, 'x', 'a.policy.md')]);
  assert.equal(blocked.status, 2);
  assert.match(blocked.stderr, /^policy-lens: cannot create .*EEXIST/);
  assert.doesNotMatch(blocked.stderr, /\n\s+at |Usage:/);
});

test('brat import refuses reversed, out-of-range and non-decimal offsets, and notes that would move a span', () => {
  const dir = scratch();
  const text = join(dir, 'i.txt');
  writeFileSync(text, 'Japan and Vietnam met.');
  const ann = join(dir, 'i.ann');
  writeFileSync(ann, 'T1\tPlace 10 5\nT2\tPlace 0 99\nT3\tPlace 1e1 12\nT4\tPlace 0 5\tJapan\n#1\tAnnotatorNotes T4\t{"type":"banana","text":"zzz"}\n');
  const result = cli(['import', '--format', 'brat', ann]);
  assert.equal(result.status, 1);
  const entities = (JSON.parse(result.stdout) as { entities: { type: string; text: string; start: number; end: number }[] }).entities;
  assert.deepEqual(entities, [{ type: 'place', text: 'Japan', start: 0, end: 5, source: 'annotation' }]);
  assert.equal(result.stderr.match(/bad offsets/g)?.length, 3);
  assert.match(result.stderr, /may not change "type"/);
  const unnamed = cli(['import', '--format', 'brat', text]);
  assert.equal(unnamed.status, 2);
  assert.match(unnamed.stderr, /not named \*\.ann; give its text with --text/);
});

test('lint and commitments read a malformed POLICY_LENS_TODAY alike (as unset)', () => {
  const dir = scratch();
  // Due far ahead: never overdue by the clock, but "yesterday" sorts after every date written as digits.
  writeFileSync(
    join(dir, 'ahead.policy.md'),
    '---\ndate: 2025-04-29\ncommitments:\n  - id: far\n    quote: will hold talks\n    actors: [JP]\n    due: 2099-01-01\n    status: open\n---\nJapan will hold talks.\n',
  );
  const bad = { POLICY_LENS_TODAY: 'yesterday' };
  const lint = cli(['lint', dir], bad);
  assert.doesNotMatch(lint.stdout, /overdue/);
  const commitments = cli(['commitments', dir], bad);
  assert.equal(commitments.status, 0, commitments.stderr);
  assert.doesNotMatch(commitments.stdout, /OVERDUE/);
});

test('"today" is the local day of the machine, not the day in UTC', () => {
  // Before: today was the UTC date, so for part of every day an analyst east or west of UTC saw a
  // commitment due today as overdue, or one overdue as due today. At any instant the local days of
  // UTC+14 and UTC-12 are one or two days apart (26 hours), whatever the clock says.
  const dir = scratch();
  writeFileSync(
    join(dir, 'due.policy.md'),
    '---\ndate: 2025-04-29\ncommitments:\n  - id: due\n    quote: will hold talks\n    actors: [JP]\n    due: 2099-01-01\n    status: open\n---\nJapan will hold talks.\n',
  );
  const { POLICY_LENS_TODAY: _unset, ...unforced } = process.env;
  const daysLeft = (tz: string): number => {
    const result = spawnSync(process.execPath, [repoPath('dist/cli.js'), 'commitments', dir, '--format', 'json'], { encoding: 'utf8', env: { ...unforced, TZ: tz } });
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as { days_left: string }[];
    return Number(rows[0]!.days_left);
  };
  const gap = daysLeft('Etc/GMT+12') - daysLeft('Pacific/Kiritimati');
  assert.ok(gap === 1 || gap === 2, `the day in UTC-12 is one or two days before the day in UTC+14 (gap ${gap})`);
});

test('export to a folder that cannot be made fails with its error instead of hanging, and makes missing parents', { skip: !existsSync('/proc/self') && 'needs /proc' }, () => {
  // Node 20's recursive mkdir never returned for /proc/…; spawnSync's timeout turns a hang into a failure.
  const hung = spawnSync(process.execPath, [repoPath('dist/cli.js'), 'export', '--format', 'jsonl', APRIL, '--out', '/proc/policy-lens-out'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(hung.signal, null, 'the export returned');
  assert.equal(hung.status, 2);
  assert.match(hung.stderr, /cannot create \/proc\/policy-lens-out: ENOENT/);
  const nested = join(scratch(), 'a', 'b');
  assert.equal(cli(['export', '--format', 'jsonl', APRIL, '--out', nested]).status, 0);
  assert.deepEqual(readdirSync(nested), ['annotations.jsonl']);
});

test('the yaml library\'s own warnings stay off stderr (a collection written as a key)', () => {
  const dir = scratch();
  const file = join(dir, 'key.policy.md');
  writeFileSync(file, '---\n? [a, b]\n: x\n---\nBody.\n');
  const result = cli(['analyze', file]);
  assert.equal(result.status, 0);
  assert.equal(result.stderr, '');
});
