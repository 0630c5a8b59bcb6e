import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontMatter } from '../../server/src/analysis/frontMatter';
import { findParagraphs } from '../../server/src/analysis/bodyRegions';
import { dedent } from '../support/text';

test('a front matter between --- lines is parsed and the body starts after it', () => {
  const text = dedent`
    ---
    id: a
    date: 2025-04-29
    ---
    Body.
  `;
  const split = splitFrontMatter(text);
  assert.deepEqual(split.findings, []);
  assert.deepEqual(split.frontMatter?.data, { id: 'a', date: '2025-04-29' });
  assert.equal(text.slice(split.bodyStart), 'Body.\n');
});

test('a YAML error is reported at its offset in the whole file', () => {
  const text = '---\nid: a\ntitle: [oops\n---\nBody.\n';
  const split = splitFrontMatter(text);
  const error = split.findings.find((f) => f.severity === 'error');
  assert.ok(error);
  assert.ok(error.span.start >= text.indexOf('title'), `${error.span.start}`);
  assert.ok(error.span.end <= text.indexOf('\n---\n') + 1);
});

test('every YAML error is reported, not only the first', () => {
  const text = '---\na: [1\nb: {x\n---\n';
  const split = splitFrontMatter(text);
  assert.ok(split.findings.filter((f) => f.severity === 'error').length >= 2);
});

test('a duplicate key has its own code', () => {
  const split = splitFrontMatter('---\nid: a\nid: b\n---\n');
  assert.ok(split.findings.some((f) => f.code === 'frontMatter.yaml.duplicateKey'));
});

test('an alias bomb is refused with a diagnostic instead of expanding', () => {
  const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('---', 'Body.');
  const split = splitFrontMatter(lines.join('\n'));
  assert.equal(split.frontMatter?.data, undefined);
  assert.ok(split.findings.some((f) => f.code === 'frontMatter.yaml.aliasLimit'));
});

test('a front matter that never closes is reported and the rest is still body', () => {
  const split = splitFrontMatter('---\nid: a\nThe leaders met in Hanoi.\n');
  assert.equal(split.findings[0]?.code, 'frontMatter.unclosed');
  assert.equal(split.bodyStart, 4);
});

test('a BOM before the opening line is allowed', () => {
  const split = splitFrontMatter('\uFEFF---\nid: a\n---\nBody');
  assert.deepEqual(split.frontMatter?.data, { id: 'a' });
});

test('CRLF line endings are handled', () => {
  const text = '---\r\nid: a\r\n---\r\nBody\r\n';
  const split = splitFrontMatter(text);
  assert.deepEqual(split.frontMatter?.data, { id: 'a' });
  assert.equal(text.slice(split.bodyStart), 'Body\r\n');
});

test('lone CR line endings (old Mac files) are handled, with offsets into the file as written', () => {
  // Before, the opening line was not recognised and the YAML was analysed as prose.
  const text = '---\rid: cr\rdate: 2025-04-29\rofficials:\r  - id: a # first\r---\rBody text.\r';
  const split = splitFrontMatter(text);
  assert.deepEqual(split.frontMatter?.data, { id: 'cr', date: '2025-04-29', officials: [{ id: 'a' }] });
  assert.equal(split.findings.length, 0);
  assert.equal(split.bodyStart, text.indexOf('Body'));
  const broken = splitFrontMatter('---\rid: [x\r---\rBody\r');
  assert.equal(broken.findings[0]?.code, 'frontMatter.yaml.invalid');
});

test('paragraphs skip fenced code and blank URLs without moving offsets', () => {
  const text = 'One Hanoi line\nsame paragraph\n\n```\nJapan in code\n```\nSee https://example.org/Japan now\n';
  const paragraphs = findParagraphs(text, 0);
  assert.equal(paragraphs.length, 2);
  assert.equal(paragraphs[0]!.prose, 'One Hanoi line\nsame paragraph');
  assert.ok(!paragraphs[1]!.prose.includes('Japan'));
  assert.equal(paragraphs[1]!.prose.length, paragraphs[1]!.span.end - paragraphs[1]!.span.start);
});

test('a block ending in a colon keeps the list items after blank lines, and ordinary text after the list starts a new paragraph', () => {
  const text = 'We commit to:\n\na. Accelerate growth.\n\nb. Advance the goals,\n   with partners.\n\nThe meeting ended.\n\nNo list here:\n\nJust prose.';
  const paragraphs = findParagraphs(text, 0).map((p) => p.prose);
  assert.deepEqual(paragraphs, [
    'We commit to:\n\na. Accelerate growth.\n\nb. Advance the goals,\n   with partners.',
    'The meeting ended.',
    'No list here:',
    'Just prose.',
  ]);
});

test('URLs, inline code and comments are blanked, but not a URL glued to a word', () => {
  const prose = (text: string): string => findParagraphs(text, 0)[0]!.prose;
  assert.equal(prose('see https://a.b/c and xhttp://www.example.com/x and `code` <!-- c --> end'), 'see               and xhttp://                  and                   end');
  assert.equal(prose('a_www.b.c (https://q.r) end'), 'a_www.b.c (           ) end');
});

test('a line separator (U+2028) ends no line of the front matter, as in the editor and the grammar', () => {
  const text = '---\ndate: 2025-04-29\u2028---\nnote: kept\n---\nBody.\n';
  const split = splitFrontMatter(text);
  assert.equal(text.slice(split.bodyStart), 'Body.\n');
  const closedThere = '---\ndate: 2025-04-29\n---\nBody.\n';
  assert.equal(closedThere.slice(splitFrontMatter(closedThere).bodyStart), 'Body.\n');
});
