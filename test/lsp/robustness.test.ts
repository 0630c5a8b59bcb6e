import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { BenchClient } from '../bench/lib/lspClient';
import { repoPath } from '../support/paths';

/** Path → mtime of every file under a folder, to prove that the server wrote nothing. */
function snapshot(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path, statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return out;
}

const SMALL = `---
id: small
date: 2025-04-29
---
HANOI – Prime Minister Shigeru Ishiba met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.
`;

/** A small body with a known person, after whatever prefix a test needs. */
const BODY = 'Prime Minister Shigeru Ishiba met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.';

function billionLaughs(): string {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n---\n${BODY}\n`;
}

describe('hostile inputs over LSP', () => {
  let dir: string;
  let client: BenchClient;
  let small: string;
  let before_: Map<string, number>;
  let n = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-hostile-'));
    copyFileSync(repoPath('seeds/officials.yaml'), join(dir, 'officials.yaml'));
    writeFileSync(join(dir, 'small.policy.md'), SMALL);
    // Files the initial scan must survive: binary bytes and invalid UTF-8 under a policy name.
    writeFileSync(join(dir, 'binary.policy.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'latin1.policy.md'), Buffer.concat([Buffer.from('---\nid: latin\n---\n'), Buffer.from([0xc9, 0x6c, 0x79, 0x73, 0xe9, 0x65, 0x20]), Buffer.from(`${BODY}\n`)]));
    before_ = snapshot(dir);
    client = await BenchClient.start({ folder: dir });
    small = await client.openDocument(join(dir, 'small.policy.md'));
  });

  after(async () => {
    await client.stop();
    const after_ = snapshot(dir);
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(after_, before_, 'the server must not write to the workspace');
  });

  /** A hover on the small document still answers, and quickly. */
  async function assertStillAnswers(limitMs = 2000): Promise<void> {
    const start = performance.now();
    const hover = await client.hover(small, client.textOf(small).indexOf('Ishiba') + 2);
    const ms = performance.now() - start;
    assert.ok(client.alive, 'the server process is alive');
    assert.ok(hover, 'a hover on a small document answers');
    assert.ok(ms < limitMs, `the hover took ${ms.toFixed(0)} ms`);
  }

  /** Every token and diagnostic of a document lies inside it, each token within one line. */
  async function assertRangesInside(uri: string): Promise<{ texts: string[]; codes: string[] }> {
    const text = client.textOf(uri);
    const tokens = client.decode(uri, await client.tokensFull(uri));
    for (const t of tokens) {
      assert.ok(t.start >= 0 && t.end <= text.length && t.length > 0, `token ${JSON.stringify(t)} inside the text`);
      assert.doesNotMatch(text.slice(t.start, t.end), /[\r\n]/, 'a token never spans a line break');
    }
    const diagnostics = await client.diagnostics(uri);
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
      for (const p of [d.range.start, d.range.end]) {
        assert.ok(p.line < lines.length && p.character <= lines[p.line]!.length, `diagnostic ${d.code} at ${JSON.stringify(p)} inside the text`);
      }
    }
    return { texts: tokens.map((t) => text.slice(t.start, t.end)), codes: diagnostics.map((d) => String(d.code)) };
  }

  async function openHostile(text: string): Promise<string> {
    return client.openDocument(`${pathToFileURL(dir).href}/unsaved-${++n}.policy.md`, text);
  }

  test('a billion-laughs alias bomb in the front matter is refused with an alias-limit diagnostic', async () => {
    const start = performance.now();
    const uri = await openHostile(billionLaughs());
    const { codes, texts } = await assertRangesInside(uri);
    assert.ok(codes.includes('frontMatter.yaml.aliasLimit'), codes.join(', '));
    assert.ok(texts.includes('Shigeru Ishiba'), 'the body is still analysed');
    assert.ok(performance.now() - start < 5000);
    await assertStillAnswers();
  });

  test('10,000 levels of flow nesting in the front matter give a diagnostic, not a crash', async () => {
    const uri = await openHostile(`---\nid: deep\nnested: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${BODY}\n`);
    await assertRangesInside(uri);
    await assertStillAnswers();
  });

  test('10,000 levels of block nesting in the front matter give a diagnostic, not a crash', async () => {
    const uri = await openHostile(`---\nid: deep\nnested:\n  ${'- '.repeat(10_000)}leaf\n---\n${BODY}\n`);
    await assertRangesInside(uri);
    await assertStillAnswers();
  });

  test('a 50 MB file answers quickly with file.tooLarge while other documents keep their hovers', async () => {
    const huge = `---\nid: huge\n---\n${`${BODY}\n\n`.repeat(Math.ceil(50_000_000 / (BODY.length + 2)))}`;
    const start = performance.now();
    const uri = await openHostile(huge);
    const diagnostics = await client.diagnostics(uri);
    const ms = performance.now() - start;
    assert.deepEqual(diagnostics.map((d) => d.code), ['file.tooLarge']);
    assert.ok(ms < 10_000, `open + diagnostics of 50 MB took ${ms.toFixed(0)} ms`);
    assert.deepEqual(await client.tokensFull(uri), []);
    assert.equal(await client.hover(uri, 20), null);
    await assertStillAnswers();
    await client.closeDocument(uri);
  });

  test('a binary file named .policy.md gets file.binary and no tokens', async () => {
    const uri = await openHostile(`\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR${'\u0000\u00ff'.repeat(500)}`);
    const { codes, texts } = await assertRangesInside(uri);
    assert.deepEqual(codes, ['file.binary']);
    assert.deepEqual(texts, []);
    await assertStillAnswers();
  });

  test('the initial scan indexed the workspace despite its binary and invalid UTF-8 files', async () => {
    const status = await client.status();
    assert.equal(status.indexing, false);
    assert.ok(status.documents >= 2, `indexed ${status.documents} documents`);
  });

  test('the CLI reads a file with invalid UTF-8 bytes and still analyses the valid text', () => {
    const file = join(dir, 'latin1.policy.md');
    const result = spawnSync(process.execPath, [repoPath('dist/cli.js'), 'analyze', file, '--json'], { encoding: 'utf8' });
    assert.equal(result.signal, null);
    assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
    const json = JSON.stringify(JSON.parse(result.stdout));
    assert.match(json, /Shigeru Ishiba/);
  });

  test('CRLF and mixed line endings keep every token on its line with the right text', async () => {
    const text = `---\r\nid: crlf\r\ndate: 2025-04-29\r\n---\r\nHANOI – ${BODY}\r\n\r\nThe talks in Tokyo\rwent well, said Prime Minister Shigeru Ishiba.\n\r\nPham Minh Chinh agreed.\r`;
    const uri = await openHostile(text);
    const { texts, codes } = await assertRangesInside(uri);
    assert.ok(texts.filter((t) => t === 'Shigeru Ishiba').length >= 2, texts.join(' | '));
    assert.ok(texts.includes('Pham Minh Chinh'));
    assert.ok(!codes.some((c) => c.startsWith('frontMatter.yaml') || c === 'frontMatter.unclosed'), codes.join(', '));
    await assertStillAnswers();
  });

  test('a byte order mark before the front matter is not a problem', async () => {
    const uri = await openHostile(`\ufeff---\nid: bom\ndate: 2025-04-29\n---\n${BODY}\n`);
    const { texts, codes } = await assertRangesInside(uri);
    assert.ok(texts.includes('Shigeru Ishiba'));
    assert.ok(!codes.some((c) => c.startsWith('frontMatter.yaml') || c === 'frontMatter.unclosed'), codes.join(', '));
  });

  test('emoji and other astral characters before a name leave its UTF-16 token position exact', async () => {
    const uri = await openHostile(`---\nid: astral\n---\n🇯🇵🇻🇳 👩🏽‍💼 𝒜𝓈𝒾𝒶 — ${BODY} 🎌 Pham Minh Chinh 😀\n`);
    const text = client.textOf(uri);
    const tokens = client.decode(uri, await client.tokensFull(uri));
    const ishiba = tokens.find((t) => text.slice(t.start, t.end) === 'Shigeru Ishiba');
    assert.ok(ishiba, 'the name is a token');
    assert.equal(ishiba.start, text.indexOf('Shigeru Ishiba'));
    assert.ok(tokens.some((t) => t.start === text.lastIndexOf('Pham Minh Chinh') && t.length === 'Pham Minh Chinh'.length));
    await assertRangesInside(uri);
  });

  test('a front matter that never closes is reported and the rest is still analysed', async () => {
    const uri = await openHostile(`---\nid: open\ndate: 2025-04-29\n${BODY}\n`);
    const { codes, texts } = await assertRangesInside(uri);
    assert.ok(codes.includes('frontMatter.unclosed'), codes.join(', '));
    assert.ok(texts.includes('Shigeru Ishiba'));
  });

  test('a registry whose anchors refer to themselves is reported, not followed', async () => {
    const uri = await client.openDocument(`${pathToFileURL(dir).href}/cyclic/officials.yaml`, 'officials: &all\n  - *all\n  - &me\n    id: me\n    name: Self Reference\n    roles: *me\n', 'yaml');
    const diagnostics = await client.diagnostics(uri);
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => String(d.code).startsWith('registry.')), diagnostics.map((d) => d.code).join(', '));
    await assertStillAnswers();
    await client.closeDocument(uri);
  });

  // The registry matcher compiles one regular expression of every name form: measured in process, its
  // first use takes 1.5 s at 1,000 entries and 17 s at 5,000, and at 20,000 V8 rejects it as too large.
  // So 100,000 entries only run on request (POLICY_LENS_BIG_REGISTRY=100000); by default 500 show the trend.
  const registrySize = Number(process.env['POLICY_LENS_BIG_REGISTRY'] ?? 500);
  test(`a registry of ${registrySize.toLocaleString('en')} entries is parsed without stopping the server for good`, async (t) => {
    const lines = ['officials:'];
    for (let i = 0; i < registrySize; i++) lines.push(`  - id: official-${i}\n    name: Given${i} Family${i}\n    country: JP`);
    const start = performance.now();
    const uri = await client.openDocument(`${pathToFileURL(dir).href}/big/officials.yaml`, `${lines.join('\n')}\n`, 'yaml');
    await assertStillAnswers(600_000);
    const ms = performance.now() - start;
    t.diagnostic(`opening a ${registrySize}-entry registry delayed the next hover by ${ms.toFixed(0)} ms`);
    await client.closeDocument(uri);
  });
});
