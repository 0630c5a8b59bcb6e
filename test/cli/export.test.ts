import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoPath } from '../support/paths';

interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface Analysis {
  documentDate: string | null;
  entities: Entity[];
}

function cli(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist/cli.js'), ...args], { encoding: 'utf8', cwd: repoPath(), env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: readonly string[], env: Record<string, string> = {}): string {
  const result = cli(args, env);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const SEEDS = ['2025-04-29-japan-vietnam-summit', '2025-12-04-japan-vietnam-2plus2'];
const seedPath = (name: string): string => repoPath('seeds', `${name}.policy.md`);
const analyze = (path: string): Analysis => JSON.parse(ok(['analyze', path, '--json'])) as Analysis;
const temp = (): string => mkdtempSync(join(tmpdir(), 'pl-export-'));

describe('export and import through brat standoff', () => {
  test('exporting the seeds writes a .txt and an .ann per document and an annotation.conf', () => {
    const out = temp();
    ok(['export', '--format', 'brat', repoPath('seeds'), '--out', out]);
    assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', ...SEEDS.flatMap((s) => [`${s}.ann`, `${s}.txt`])].sort());
    assert.equal(readFileSync(join(out, `${SEEDS[0]}.txt`), 'utf8'), readFileSync(seedPath(SEEDS[0]!), 'utf8'));
    assert.match(readFileSync(join(out, `${SEEDS[0]}.ann`), 'utf8'), /^T\d+\tPerson \d+ \d+\tShigeru Ishiba$/m);
    rmSync(out, { recursive: true });
  });

  test('re-importing the brat export loses no annotation', () => {
    const out = temp();
    ok(['export', '--format', 'brat', repoPath('seeds'), '--out', out]);
    for (const name of SEEDS) {
      const original = analyze(seedPath(name));
      assert.ok(original.entities.length > 10, `${name} has annotations to lose`);
      const imported = JSON.parse(ok(['import', '--format', 'brat', join(out, `${name}.ann`), '--text', join(out, `${name}.txt`)])) as Analysis;
      assert.deepEqual(imported, original, name);
    }
    rmSync(out, { recursive: true });
  });

  test('brat offsets count code points, and import turns them back into UTF-16 offsets', () => {
    const dir = temp();
    const file = join(dir, 'emoji.policy.md');
    const text = '---\ndate: 2025-04-29\n---\n🇯🇵🇻🇳 Leaders met in Hanoi on Monday.\n';
    writeFileSync(file, text);
    const ann = ok(['export', '--format', 'brat', file]);
    const hanoi = /^T\d+\tPlace (\d+) (\d+)\tHanoi$/m.exec(ann);
    assert.ok(hanoi, ann);
    // Two flags are four astral characters: eight UTF-16 code units but four code points.
    assert.equal(Number(hanoi[1]), text.indexOf('Hanoi') - 4);
    writeFileSync(join(dir, 'emoji.ann'), ann);
    const imported = JSON.parse(ok(['import', '--format', 'brat', join(dir, 'emoji.ann'), '--text', file])) as Analysis;
    assert.deepEqual(imported, analyze(file));
    rmSync(dir, { recursive: true });
  });

  test('import --corrections turns an analyst’s brat changes into a corrections block', () => {
    const out = temp();
    ok(['export', '--format', 'brat', seedPath(SEEDS[0]!), '--out', out]);
    const annPath = join(out, `${SEEDS[0]}.ann`);
    const text = readFileSync(join(out, `${SEEDS[0]}.txt`), 'utf8');
    // The analyst removes every "Hanoi" and marks "Asia Zero Emission Community" as an organisation.
    const lines = readFileSync(annPath, 'utf8').split('\n');
    const removed = new Set(lines.filter((l) => /\tPlace \d+ \d+\tHanoi$/i.test(l)).map((l) => l.split('\t')[0]!));
    // brat deletes an entity's notes with it.
    const kept = lines.filter((l) => !removed.has(l.split('\t')[0]!) && !removed.has(l.split('\t')[1]?.split(' ')[1] ?? ''));
    const start = text.indexOf('Asia Zero Emission Community');
    kept.push(`T999\tOrganization ${start} ${start + 'Asia Zero Emission Community'.length}\tAsia Zero Emission Community`);
    writeFileSync(annPath, `${kept.join('\n')}\n`);
    const yaml = ok(['import', '--format', 'brat', annPath, '--corrections']);
    assert.match(yaml, /^corrections:/);
    assert.match(yaml, /text: Asia Zero Emission Community\n\s+type: organization/);
    assert.match(yaml, /ignore:\n(\s+- .*\n)*\s+- (HANOI|Hanoi)\n/);
    rmSync(out, { recursive: true });
  });

  test('import reports a text that does not match the file, with exit code 1', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.txt'), 'Leaders met in Hanoi.\n');
    writeFileSync(join(dir, 'a.ann'), 'T1\tPlace 15 20\tTokyo\n');
    const result = cli(['import', '--format', 'brat', join(dir, 'a.ann')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /a\.ann:1: T1: the text "Tokyo" does not match the file there \("Hanoi"\)/);
    rmSync(dir, { recursive: true });
  });

  test('brat export of several files without --out is a usage error', () => {
    const result = cli(['export', '--format', 'brat', repoPath('seeds')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /needs --out DIR/);
  });
});

describe('export to JSON Lines and W3C Web Annotations', () => {
  test('jsonl has one line per document with the analyze --json shape', () => {
    const lines = ok(['export', '--format', 'jsonl', repoPath('seeds')]).trimEnd().split('\n');
    assert.equal(lines.length, 2);
    for (const [i, line] of lines.entries()) {
      const { file, ...analysis } = JSON.parse(line) as Analysis & { file: string };
      assert.equal(file, seedPath(SEEDS[i]!));
      assert.deepEqual(analysis, analyze(file));
    }
  });

  test('worker threads give the same export as the main thread', () => {
    const inProcess = ok(['export', '--format', 'jsonl', repoPath('seeds'), '--workers', '0']);
    assert.equal(ok(['export', '--format', 'jsonl', repoPath('seeds'), '--workers', '2']), inProcess);
  });

  test('webanno is a JSON-LD annotation page whose selectors point at the annotated text', () => {
    const page = JSON.parse(ok(['export', '--format', 'webanno', seedPath(SEEDS[0]!)])) as {
      '@context': string;
      type: string;
      items: { type: string; body: { purpose: string; value?: string; source?: string }[]; target: { source: string; selector: Record<string, string | number>[] } }[];
    };
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(page.type, 'AnnotationPage');
    const text = readFileSync(seedPath(SEEDS[0]!), 'utf8');
    assert.equal(page.items.length, analyze(seedPath(SEEDS[0]!)).entities.length);
    for (const item of page.items) {
      assert.equal(item.type, 'Annotation');
      const position = item.target.selector.find((s) => s['type'] === 'TextPositionSelector')!;
      const quote = item.target.selector.find((s) => s['type'] === 'TextQuoteSelector')!;
      assert.equal(text.slice(Number(position['start']), Number(position['end'])), quote['exact']);
    }
    const ishiba = page.items.find((i) => i.body.some((b) => b.source === 'urn:policy-lens:official:ishiba-shigeru'));
    assert.ok(ishiba, 'officials are identified by registry id');
    assert.ok(page.items.some((i) => i.body.some((b) => b.purpose === 'describing' && b.value === '2025-12-31')));
  });

  test('webanno --out writes one .jsonld page per document', () => {
    const out = temp();
    ok(['export', '--format', 'webanno', repoPath('seeds'), '--out', out]);
    assert.deepEqual(readdirSync(out).sort(), SEEDS.map((s) => `${s}.jsonld`));
    rmSync(out, { recursive: true });
  });
});

describe('the commitments subcommand', () => {
  test('csv lists the seeds’ commitments with the April one fulfilled by the December document', () => {
    const csv = ok(['commitments', repoPath('seeds'), '--format', 'csv'], { POLICY_LENS_TODAY: '2026-11-23' });
    const rows = csv.trimEnd().split('\r\n');
    assert.equal(rows[0], 'id,status,overdue,due,days_left,fulfilled_by,fulfilled_by_file,actors,document,document_date,quote');
    assert.equal(rows.length, 5);
    const april = rows.find((r) => r.startsWith('jp-vn-2plus2-first-meeting,'));
    assert.match(april ?? '', /^jp-vn-2plus2-first-meeting,fulfilled,no,2025-12-31,-327,2025-12-04-japan-vietnam-2plus2,/);
  });

  test('without the December document the table marks the April commitment overdue', () => {
    const dir = temp();
    cpSync(repoPath('seeds'), dir, { recursive: true });
    rmSync(join(dir, `${SEEDS[1]}.policy.md`));
    const table = ok(['commitments', dir], { POLICY_LENS_TODAY: '2026-11-23' });
    assert.match(table, /^jp-vn-2plus2-first-meeting\s+OVERDUE\s+2025-12-31\s+-327\s+2025-12-04-japan-vietnam-2plus2 \(missing\)/m);
    assert.match(table, /3 commitment\(s\), 1 overdue \(today is 2026-11-23\)\./);
    rmSync(dir, { recursive: true });
  });
});

describe('lint --format sarif', () => {
  test('writes a SARIF 2.1.0 log with the error, its rule and its region, and exits 1', () => {
    const dir = temp();
    const file = join(dir, 'broken.policy.md');
    writeFileSync(file, '---\nid: x\ntitle: [oops\n---\nText.\n');
    const result = cli(['lint', file, '--format', 'sarif']);
    assert.equal(result.status, 1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0]!;
    assert.equal(run.tool.driver.name, 'policy-lens');
    const error = run.results.find((r) => r.level === 'error');
    assert.ok(error);
    assert.equal(run.tool.driver.rules[error.ruleIndex]!.id, error.ruleId);
    assert.ok(error.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('broken.policy.md'));
    assert.ok(error.locations[0]!.physicalLocation.region.startLine >= 2);
    rmSync(dir, { recursive: true });
  });
});
