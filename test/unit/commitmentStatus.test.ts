import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readAnnotations } from '../../server/src/analysis/annotations';
import { splitFrontMatter } from '../../server/src/analysis/frontMatter';
import { commitmentState, locateQuotes } from '../../server/src/workspace/commitmentStatus';
import { checkDocument } from '../../server/src/analysis/checks/index';
import { analyzeDocument } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { LineIndex } from '../../server/src/analysis/lineIndex';
import type { DocumentFacts } from '../../server/src/workspace/workspaceIndex';

/** The state of the one commitment annotated in a front matter, against an empty workspace. */
function stateOf(entry: string, today = '2026-01-15'): ReturnType<typeof commitmentState> {
  const text = `---\ncommitments:\n  - id: c\n    quote: will meet\n${entry}---\nThey will meet.\n`;
  const annotation = readAnnotations(splitFrontMatter(text).frontMatter).commitments[0]!;
  return commitmentState(annotation, today, () => undefined, 'a');
}

test('only a day of the calendar is a due date: no day count or overdue flag for anything else, as for the overdue problem', () => {
  // Before, 2026-02-30 rolled over to 2 March and the code lens said "3 days left"; a year or a month
  // counted as its last day, where the problems panel (and the schema) took no due date at all.
  for (const due of ['2026-02-30', '2026-04-31', '2025-06', '2025', '" 2025-12-31"']) {
    const state = stateOf(`    due: ${due}\n`);
    assert.equal(state.daysLeft, undefined, due);
    assert.equal(state.overdue, false, due);
  }
  const past = stateOf('    due: 2025-12-31\n');
  assert.equal(past.daysLeft, -15);
  assert.equal(past.overdue, true);
});

test('a commitment id used twice in a document is an error on the second, pointing at the first', () => {
  const text = '---\ndate: 2025-04-29\ncommitments:\n  - id: c1\n    quote: will meet\n  - id: c1\n    quote: will talk\n---\nThey will meet. They will talk.\n';
  const findings = checkDocument(analyzeDocument(text), text, { uri: 'file:///d.policy.md', registry: OfficialsRegistry.empty(), workspace: { byId: () => [], all: () => [], size: 1 }, today: '2025-05-01' });
  const duplicate = findings.filter((f) => f.code === 'frontMatter.commitment.duplicateId');
  assert.equal(duplicate.length, 1);
  assert.equal(text.slice(duplicate[0]!.span.start, duplicate[0]!.span.end), 'c1');
  assert.equal(duplicate[0]!.span.start, text.lastIndexOf('c1', text.indexOf('will talk')));
  assert.equal(duplicate[0]!.related?.[0]?.span.start, text.indexOf('c1'));
});

test('a quote of thousands of words is located, across any white space, without a regular expression of all its words', () => {
  const words = Array.from({ length: 8000 }, (_, i) => `word${i % 7}`);
  const body = `Intro.\n\n${words.join(' ').replace(/ word3 /g, '\n  word3 ')} Outro.`;
  const text = `---\nid: x\n---\n${body}`;
  const bodyStart = text.indexOf('Intro');
  const [span] = locateQuotes(text, bodyStart, [words.join(' ')]);
  assert.ok(span, 'located');
  assert.equal(text.slice(span.start, span.end).split(/\s+/).join(' '), words.join(' '));
  // A word glued to the next is no match; a match starts only after the body's start.
  assert.deepEqual(locateQuotes('a bc d', 0, ['b c', 'bc  d', 'a']), [undefined, { start: 2, end: 6 }, { start: 0, end: 1 }]);
  assert.deepEqual(locateQuotes('a bc a', 1, ['a']), [{ start: 5, end: 6 }]);
});

test('a commitment is never fulfilled by the document that makes it', () => {
  const text = '---\nid: a\ncommitments:\n  - id: c\n    quote: will meet\n    status: fulfilled\n    fulfilled-by: a\n---\nThey will meet.\n';
  const annotation = readAnnotations(splitFrontMatter(text).frontMatter).commitments[0]!;
  const facts = (uri: string, id: string): DocumentFacts => ({ uri, id, officialMentions: new Map(), unresolvedMentions: [], listedOfficials: [], commitments: [], quoteSpans: [], countries: [], lines: new LineIndex('') });
  // Decided by id, as the problem is: the URI the editor sends may be spelt otherwise (c%3A, %28).
  const self = facts('file:///c%3A/ws/a.policy.md', 'a');
  assert.equal(commitmentState(annotation, '2026-01-15', () => self, 'a').status, 'open');
  assert.equal(commitmentState(annotation, '2026-01-15', () => facts('file:///ws/b.policy.md', 'a'), 'a').status, 'open', 'another document with the same id: the id is still this one');
  const followUp = readAnnotations(splitFrontMatter(text.replace('fulfilled-by: a', 'fulfilled-by: b')).frontMatter).commitments[0]!;
  assert.equal(commitmentState(followUp, '2026-01-15', () => facts('file:///ws/b.policy.md', 'b'), 'a').status, 'fulfilled');
});
