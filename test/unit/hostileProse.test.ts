import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { maskNonProse } from '../../server/src/analysis/bodyRegions';
import { checkDocument } from '../../server/src/analysis/checks/index';
import { sentenceSpans } from '../../server/src/analysis/checks/textMatching';
import { analyzeDocument } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';

// Inputs that were cubic or quadratic in the analysis or the checks (their timings are in `npm run
// bench`); here, what they must still produce. The first one ran out of memory at 8 KB before.

test('a long line of capitals is read word run by word run, and the country names in it are still found', () => {
  const line = `${'ABC '.repeat(4000)}JAPAN AND VIET NAM ${'XYZ '.repeat(100)}`;
  const analysis = analyzeDocument(`---\ndate: 2025-01-01\n---\n${line}\n`);
  assert.deepEqual(
    analysis.entities.filter((e) => e.kind === 'place').map((e) => e.text),
    ['JAPAN', 'VIET NAM'],
  );
});

test('sentences end at runs of . ! ? before white space, after closing quotes, and at line breaks', () => {
  const text = 'One. Two!! “Three?” Four...\nFive (six.) seven.a eight';
  const spans = sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['One.', 'Two!!', '“Three?”', 'Four...', 'Five (six.)', 'seven.a eight']);
  const dots = `${'.'.repeat(20000)}a`;
  assert.deepEqual(sentenceSpans(dots, 0, dots.length), [{ start: 0, end: dots.length }]);
});

test('a correction that adds a common word marks every free occurrence and nothing it overlaps', () => {
  const body = 'The talks on the border and the sea went on. '.repeat(2000);
  const analysis = analyzeDocument(`---\ndate: 2025-01-01\ncorrections:\n  add:\n    - { text: the, type: organization }\n---\n${body}\n`);
  const added = analysis.entities.filter((e) => e.source === 'annotation');
  assert.equal(added.length, 2 * 2000);
  for (let i = 1; i < analysis.entities.length; i++) assert.ok(analysis.entities[i - 1]!.span.end <= analysis.entities[i]!.span.start);
});

test('a missing quote in a body of many sentences gets its closest passage', () => {
  const body = 'Japan and Viet Nam agreed to hold talks on maritime security in Hanoi. '.repeat(3000) + 'They agreed to establish a new framework by the end of the year.';
  const text = `---\ndate: 2025-01-01\ncommitments:\n  - id: c\n    quote: agreed to set up a new framework by the end of the year\n---\n${body}\n`;
  const findings = checkDocument(analyzeDocument(text), text, { uri: 'file:///t.policy.md', registry: OfficialsRegistry.empty(), workspace: { byId: () => [], all: () => [], size: 1 }, today: '2025-06-01' });
  const missing = findings.find((f) => f.code === 'frontMatter.commitment.quoteMissing');
  assert.ok(missing);
  assert.match(missing.message, /closest passage is "agreed to establish a new framework by the end of the year"/);
});

/** The masking as it was written before (one pattern over the whole block), kept as the reference. */
function referenceMask(raw: string): string {
  const masked = /<!--[\s\S]*?-->|`[^`\n]*`|(?:https?:\/\/|www\.)[^\s<>()]+/g;
  let out = '';
  let last = 0;
  for (let m = masked.exec(raw); m !== null; m = masked.exec(raw)) {
    const first = m[0].charCodeAt(0);
    if ((first === 104 || first === 119) && m.index > 0 && /\w/.test(raw.charAt(m.index - 1))) {
      masked.lastIndex = m.index + 1;
      continue;
    }
    out += raw.slice(last, m.index) + ' '.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return last === 0 ? raw : out + raw.slice(last);
}

test('masking comments, code and URLs gives what one pattern over the whole block gave, and many unclosed comments stay linear', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('<!--', '-->', '`', 'http://x.org/a', 'www.y', '\n', 'a', ' ', 'x', '>'), { maxLength: 40 }), (pieces) => {
      const raw = pieces.join('');
      assert.equal(maskNonProse(raw), referenceMask(raw));
    }),
    { seed: 11, numRuns: 3000 },
  );
  const unclosed = `${'<!-- a '.repeat(20000)}`;
  assert.equal(maskNonProse(unclosed), unclosed);
  const closedOnce = `<!-- a --> ${'<!-- b '.repeat(20000)}`;
  assert.equal(maskNonProse(closedOnce), `${' '.repeat(10)} ${'<!-- b '.repeat(20000)}`);
});
