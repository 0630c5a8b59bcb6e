import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontMatter } from '../../server/src/analysis/frontMatter';

/** The YAML errors of a front matter as [underlined text, message], and the related texts. */
function problems(yaml: string): { found: [string, string][]; related: string[] } {
  const text = `---\n${yaml}\n---\nBody.\n`;
  const findings = splitFrontMatter(text).findings.filter((f) => f.severity === 'error');
  return {
    found: findings.map((f) => [text.slice(f.span.start, f.span.end), f.message]),
    related: findings.flatMap((f) => (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end))),
  };
}

test('a colon inside an unquoted value is explained on the whole value, naming its key', () => {
  const { found } = problems('id: a\ntitle: Hanoi summit: Japan and Vietnam agree');
  assert.deepEqual(found, [['Hanoi summit: Japan and Vietnam agree', 'The value of `title` contains ": ", which YAML reads as the start of another key: put the whole value in double quotes.']]);
});

test('a quote inside a quoted value is explained on the value', () => {
  for (const value of ["'Japan's summit with Vietnam'", '"a "free and open" Indo-Pacific"']) {
    const { found } = problems(`id: a\nquote: ${value}`);
    assert.equal(found.length, 1, value);
    assert.equal(found[0]![0], value);
    assert.match(found[0]![1], /^Text follows a closing quote in the value of `quote`: inside '…' write an apostrophe twice/);
  }
});

test('a key written twice is named, underlined where it is written again, with the first writing related', () => {
  const { found, related } = problems('id: a\ntitle: One\n# a comment\ntitle: Two');
  assert.deepEqual(found, [['title', '`title` is written twice in this mapping: keep one of them (merge their values if both matter).']]);
  assert.deepEqual(related, ['title']);
  const text = '---\nid: a\ntitle: One\ntitle: Two\n---\n';
  const [finding] = splitFrontMatter(text).findings;
  assert.equal(finding?.span.start, text.lastIndexOf('title'));
  assert.equal(finding?.related?.[0]?.span.start, text.indexOf('title'));
  // In a list entry, the key of that entry, not an earlier entry's.
  const nested = problems('id: a\ncommitments:\n  - id: x\n    quote: q\n  - id: y\n    quote: r\n    id: z');
  assert.deepEqual(nested.found.map(([t]) => t), ['id']);
  assert.deepEqual(nested.related, ['id']);
  const yaml = 'id: a\ncommitments:\n  - id: x\n    quote: q\n  - id: y\n    quote: r\n    id: z';
  const full = `---\n${yaml}\n---\n`;
  assert.equal(splitFrontMatter(full).findings[0]?.related?.[0]?.span.start, full.indexOf('id: y'));
});

test('an unclosed quote is reported on the value it opens, not at the end of the block', () => {
  const { found } = problems('id: a\ncommitments:\n  - quote: "will work to realize\n    status: open');
  assert.deepEqual(found, [['"will work to realize', 'This double quote is never closed: end the value with ".']]);
});

test('a `---` line with a comment and a tab indent say what to write', () => {
  assert.deepEqual(problems('id: a\n--- # second part\ntitle: x').found, [
    ['--- # second part', 'A `---` line with more text after it does not close the front matter but starts a second YAML document: the closing line must be `---` alone.'],
  ]);
  assert.deepEqual(problems('id: a\nsource:\n\tpublisher: MOFA').found.map(([, m]) => m), ['YAML cannot be indented with tabs: indent with spaces.']);
});

test('other YAML errors keep the library message, at least one character wide', () => {
  const { found } = problems('id: a\ntitle: [unclosed');
  assert.ok(found.length > 0);
  for (const [underlined, message] of found) {
    assert.ok(underlined.length > 0);
    assert.ok(message.length > 0 && !message.includes('\n'));
  }
});

test('a front matter below blank lines or indented is reported as read as text, a thematic break is not', () => {
  for (const lead of ['\n', '\n\n', '  ', '\r\n', '\uFEFF\n']) {
    const text = `${lead}---\nid: a\ntitle: x\n---\nBody.\n`;
    const { frontMatter, findings } = splitFrontMatter(text);
    assert.equal(frontMatter, undefined);
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [['frontMatter.notAtStart', '---']], JSON.stringify(lead));
  }
  // No closing line, or no `key:` after the dashes: Markdown, not a front matter.
  assert.deepEqual(splitFrontMatter('\n---\nid: a\nBody.\n').findings, []);
  assert.deepEqual(splitFrontMatter('Intro.\n\n---\nNote: more text.\n---\n').findings, []);
  assert.deepEqual(splitFrontMatter('\n---\n\nSome text.\n---\n').findings, []);
});

test('aliases and merge keys, which the checks cannot follow, are warnings on the alias; an alias bomb names its first alias', () => {
  const text = '---\nid: a\ncommitments:\n  - &c1\n    id: c1\n    quote: Body\n  - *c1\nsource:\n  <<: { publisher: MOFA }\n---\nBody.\n';
  const findings = splitFrontMatter(text).findings;
  assert.deepEqual(
    findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]),
    [
      ['frontMatter.yaml.alias', '*c1'],
      ['frontMatter.yaml.alias', '<<'],
    ],
  );
  const merged = '---\nid: a\nbase: &b { publisher: MOFA }\nsource:\n  <<: *b\n---\nBody.\n';
  assert.deepEqual(splitFrontMatter(merged).findings.map((f) => [f.code, merged.slice(f.span.start, f.span.end), f.message]), [
    ['frontMatter.yaml.alias', '<<', 'Merge keys (`<<`) are not read by Policy Lens: write the keys out in this mapping.'],
  ]);
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 6; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`);
  const bomb = `---\nid: a\n${levels.join('\n')}\n---\nBody.\n`;
  const [limit, ...rest] = splitFrontMatter(bomb).findings;
  assert.equal(limit?.code, 'frontMatter.yaml.aliasLimit');
  assert.equal(bomb.slice(limit.span.start, limit.span.end), '*a');
  assert.match(limit.message, /expand to more than 100 values .*Write the values out\.$/);
  assert.deepEqual(rest, [], 'no alias warning beside the limit');
});

test('a long line without a colon and many keys written twice are explained correctly (both were super-linear; see the hostile bench rows)', () => {
  const spaces = problems(`id: a\ntitle: x\na${' '.repeat(50_000)}b`);
  assert.equal(spaces.found.length, 1);
  const keys = Array.from({ length: 2_000 }, (_, i) => `k${i}: a\nk${i}: b`).join('\n');
  const twice = problems(`id: a\n${keys}`);
  assert.equal(twice.found.length, 2_000);
  assert.deepEqual(twice.found[1999], ['k1999', '`k1999` is written twice in this mapping: keep one of them (merge their values if both matter).']);
  assert.equal(twice.related.length, 2_000);
  // As YAML compares keys, 1 and "1" are two keys; the same key in two mappings is no duplicate.
  assert.deepEqual(problems('id: a\nsource:\n  1: x\n  "1": y\ntags: [a]\nx:\n  tags: b').found, []);
});
