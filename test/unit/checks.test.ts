import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkDocument, type IndexedDocument, type WorkspaceSnapshot } from '../../server/src/analysis/checks/index';
import { dueFromDeadline, isCalendarDay } from '../../server/src/analysis/checks/dates';
import { closest, closestPassage, editDistance, findNormalized, indexSentences, normalizeForMatch, normalizeWithOffsets } from '../../server/src/analysis/checks/textMatching';
import { analyzeDocument } from '../../server/src/analysis/index';
import { validateFrontMatter } from '../../server/src/analysis/schema/frontMatterSchema';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { repoPath } from '../support/paths';
import { dedent, spanOf } from '../support/text';

const REGISTRY = OfficialsRegistry.fromYaml(readFileSync(repoPath('test/fixtures/annotations/officials.yaml'), 'utf8'), 'file:///ws/officials.yaml').registry;

/** An in-memory workspace of indexed documents. */
function workspace(docs: readonly IndexedDocument[]): WorkspaceSnapshot {
  return { byId: (id) => docs.filter((d) => d.id === id), all: () => docs, size: docs.length };
}

function run(text: string, options: { docs?: readonly IndexedDocument[]; registry?: OfficialsRegistry; uri?: string } = {}) {
  const registry = options.registry ?? REGISTRY;
  const analysis = analyzeDocument(text, { registry });
  return checkDocument(analysis, text, { uri: options.uri ?? 'file:///ws/a.policy.md', registry, workspace: workspace(options.docs ?? []), today: '2026-01-15' });
}

describe('calendar helpers', () => {
  test('2025-02-30 and 2025-02-29 are not calendar days, 2024-02-29 is', () => {
    assert.equal(isCalendarDay('2025-02-30'), false);
    assert.equal(isCalendarDay('2025-02-29'), false);
    assert.equal(isCalendarDay('2024-02-29'), true);
    assert.equal(isCalendarDay('2025-13-01'), false);
  });

  test('a deadline becomes the last day it allows', () => {
    assert.equal(dueFromDeadline('2025'), '2025-12-31');
    assert.equal(dueFromDeadline('2025-02'), '2025-02-28');
    assert.equal(dueFromDeadline('2025-12-31'), '2025-12-31');
    assert.equal(dueFromDeadline('2025-04-01/2025-06-30'), '2025-06-30');
    assert.equal(dueFromDeadline('future_ref'), undefined);
    assert.equal(dueFromDeadline(undefined), undefined);
  });
});

describe('text matching', () => {
  test('a straight-quoted, re-wrapped quote is found in a body with curly quotes, at its exact file span', () => {
    const text = 'Intro.\nThey agreed to hold a “two-plus-two”\n  meeting soon.';
    const found = findNormalized(normalizeWithOffsets(text, 7), normalizeForMatch('agreed to hold a "two-plus-two" meeting'));
    assert.deepEqual(found, { start: text.indexOf('agreed'), end: text.indexOf(' soon') });
  });

  test('the closest passage of a stale quote starts at its first words and ends at its last', () => {
    const text = 'Other news. Japan and Vietnam agreed to establish a new framework by the end of the year during a summit. Fin.';
    const passage = closestPassage(text, indexSentences(text, 0, text.length), 'agreed to set up a new framework by the end of the year');
    assert.ok(passage);
    assert.equal(text.slice(passage.start, passage.end), 'agreed to establish a new framework by the end of the year');
  });

  test('no passage is suggested when no sentence shares half of the quote', () => {
    const text = 'Completely unrelated words here.';
    assert.equal(closestPassage(text, indexSentences(text, 0, text.length), 'agreed to build a bridge across the river'), undefined);
  });

  test('edit distance picks the closest candidate within the limit', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(closest('fullfilled-by', ['evidence', 'fulfilled-by'], 3), 'fulfilled-by');
    assert.equal(closest('zzz', ['open', 'fulfilled'], 2), undefined);
  });
});

describe('checkDocument', () => {
  test('the seeds have no errors or warnings, only hints and information', () => {
    const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'file:///seeds/officials.yaml').registry;
    const docs: IndexedDocument[] = [];
    const texts = ['2025-04-29-japan-vietnam-summit', '2025-12-04-japan-vietnam-2plus2'].map((name) => {
      const text = readFileSync(repoPath('seeds', `${name}.policy.md`), 'utf8');
      const analysis = analyzeDocument(text, { registry });
      docs.push({ uri: `file:///seeds/${name}.policy.md`, ...(analysis.annotations.id ? { id: analysis.annotations.id.value } : {}), commitments: analysis.annotations.commitments });
      return { name, text, analysis };
    });
    for (const { name, text, analysis } of texts) {
      const findings = checkDocument(analysis, text, { uri: `file:///seeds/${name}.policy.md`, registry, workspace: workspace(docs), today: '2026-01-15' });
      assert.deepEqual(
        findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code}: ${f.message}`),
        [],
        name,
      );
    }
  });

  test('a skipped (binary) file and a file without front matter get no annotation findings', () => {
    assert.deepEqual(run('\u0000\u0001binary'), []);
    assert.deepEqual(run('Just a body without people.\n'), []);
  });

  test('while the YAML is broken, no schema or annotation finding is added', () => {
    assert.deepEqual(run('---\nid: a\ntitle: [oops\nkind: newz\n---\nBody.\n'), []);
  });

  test('every schema error lands on its own YAML node', () => {
    const text = dedent`
      ---
      id: a
      kind: newz
      countries: [JP, jp]
      commitments:
        - quote: Body
          status: done
          due: 2025/12/31
      ---
      Body.
    `;
    const found = run(text)
      .filter((f) => f.code.startsWith('frontMatter.schema'))
      .map((f) => [f.code, text.slice(f.span.start, f.span.end)]);
    assert.deepEqual(found, [
      ['frontMatter.schema.enum', 'newz'],
      ['frontMatter.schema.format', 'jp'],
      ['frontMatter.schema.enum', 'done'],
      ['frontMatter.schema.format', '2025/12/31'],
    ]);
  });

  test('a wrong enum value is offered a near spelling only, never the nearest of unrelated values', () => {
    const fixes = (status: string): (string | undefined)[] =>
      run(`---\nid: a\ncommitments:\n  - quote: Body\n    status: ${status}\n---\nBody.\n`)
        .filter((f) => f.code === 'frontMatter.schema.enum')
        .map((f) => (f.fix?.kind === 'setScalar' ? f.fix.value : undefined));
    assert.deepEqual(fixes('fulfiled'), ['fulfilled']);
    assert.deepEqual(fixes('Open'), ['open']);
    // "completed" is nearer to "open" than to "fulfilled"; offering it would reopen a kept commitment.
    for (const status of ['completed', 'done', 'kept', 'cancelled', 'failed']) assert.deepEqual(fixes(status), [undefined], status);
  });

  test('an empty value left from a template is one warning on its key, not a type error on the comment or the line break', () => {
    const text = dedent`
      ---
      id: a
      officials: # none yet
      tags:
      commitments:
        - quote: Body
          status:
      ---
      Body.
    `;
    const found = run(text)
      .filter((f) => f.code.startsWith('frontMatter.schema'))
      .map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end), f.message]);
    assert.deepEqual(found, [
      ['frontMatter.schema.empty', 'warning', 'officials', '`officials` is empty: write a list, or remove the key.'],
      ['frontMatter.schema.empty', 'warning', 'tags', '`tags` is empty: write a list, or remove the key.'],
      ['frontMatter.schema.empty', 'warning', 'status', '`commitments[0].status` is empty: write one of open, fulfilled, broken, superseded, or remove the key.'],
    ]);
  });

  test('messages say what to write: a date for a year-only due, the mapping a front matter must be, every missing key', () => {
    const messages = (frontMatter: string): string[] => run(`---\n${frontMatter}\n---\nBody.\n`).filter((f) => f.code.startsWith('frontMatter.schema')).map((f) => f.message);
    assert.deepEqual(messages('id: a\ncommitments:\n  - quote: Body\n    due: 2025'), ['`commitments[0].due` must be text: write the date as YYYY-MM-DD, for example 2025-12-31.']);
    assert.deepEqual(messages('id: a\ntitle: 2025'), ['`title` must be text: put the value in quotes.']);
    assert.deepEqual(messages('- a\n- b'), ['The front matter must be a mapping of keys: one `key: value` line each.']);
    assert.deepEqual(messages('title: x'), ['The front matter needs an `id` key.']);
    // Two missing keys of one entry are both reported, though they share a node.
    assert.deepEqual(messages('id: a\ncorrections:\n  add:\n    - {}'), ['`corrections.add[0]` needs a `text` key.', '`corrections.add[0]` needs a `type` key.']);
  });

  test('an id shared with another document is an error related to that document, but the document itself never counts', () => {
    const text = '---\nid: shared\n---\nBody.\n';
    const other: IndexedDocument = { uri: 'file:///ws/b.policy.md', id: 'shared', idSpan: { start: 8, end: 14 }, commitments: [] };
    const self: IndexedDocument = { uri: 'file:///ws/a.policy.md', id: 'shared', commitments: [] };
    const [finding] = run(text, { docs: [self, other] });
    assert.equal(finding?.code, 'frontMatter.id.duplicate');
    assert.deepEqual(finding?.span, spanOf(text, 'shared'));
    assert.deepEqual(finding?.related, [{ uri: 'file:///ws/b.policy.md', span: { start: 8, end: 14 }, message: 'The same id in another document' }]);
    assert.deepEqual(run(text, { docs: [self] }), []);
  });

  test('an ignored text written composed is found in a decomposed body, and the other way round', () => {
    // Before: "Hà Nội" under `ignore` was applied to the decomposed body's "Hà Nội" (the place was
    // dropped) but reported as not occurring in the body, because the check compared the raw strings.
    const front = (ignore: string): string => `---\nid: a\ncorrections:\n  ignore: [${ignore}]\n---\n`;
    const body = 'The ministers met in Hà Nội on Monday.\n';
    for (const text of [front('Hà Nội') + body.normalize('NFD'), front('Hà Nội'.normalize('NFD')) + body]) {
      assert.deepEqual(run(text).filter((f) => f.code === 'frontMatter.correction.notFound').map((f) => f.message), []);
      assert.deepEqual(analyzeDocument(text, { registry: REGISTRY }).entities.filter((e) => e.kind === 'place'), [], 'the ignored place is dropped');
    }
    // A text that does not occur, composed or not, is still reported.
    assert.equal(run(front('Huế') + body.normalize('NFD')).filter((f) => f.code === 'frontMatter.correction.notFound').length, 1);
  });

  test('an added correction that marks nothing is reported: a text found only inside words, or inside a longer added text', () => {
    const text = dedent`
      ---
      id: a
      corrections:
        add:
          - { text: Viet, type: place }
          - { text: Zero Emission, type: organization }
          - { text: Asia Zero Emission Community, type: organization }
          - { text: Emission Community, type: organization }
      ---
      Vietnam joined the Asia Zero Emission Community. Zero Emission targets followed.
    `;
    const found = run(text)
      .filter((f) => f.code === 'frontMatter.correction.notFound')
      .map((f) => [text.slice(f.span.start, f.span.end), f.message]);
    assert.deepEqual(found, [
      ['Viet', '"Viet" occurs in the body only inside longer words or inside a longer added text, so it marks nothing: corrections match whole words.'],
      ['Emission Community', '"Emission Community" occurs in the body only inside longer words or inside a longer added text, so it marks nothing: corrections match whole words.'],
    ]);
    const more = dedent`
      ---
      id: b
      corrections:
        add:
          - { text: Mekong Council, type: organization }
          - { text: Mekong Council, type: organization }
          - { text: Secretariat Office, type: organization }
      ---
      The Mekong Council met at the [office](https://example.org/Secretariat Office).
    `;
    assert.deepEqual(
      run(more).filter((f) => f.code === 'frontMatter.correction.notFound').map((f) => f.message),
      ['"Mekong Council" is already listed under `corrections.add`: remove one of the two.', '"Secretariat Office" occurs only in link targets, code or comments, which are not analysed, so it marks nothing.'],
    );
    // The longer text wins wherever it is listed; the shorter one marks its other occurrences.
    const organizations = analyzeDocument(text, { registry: REGISTRY }).entities.filter((e) => e.kind === 'organization').map((e) => e.text);
    assert.deepEqual(organizations, ['Asia Zero Emission Community', 'Zero Emission']);
  });

  test('fulfilled-by naming the document itself is a warning, even in a workspace of one document', () => {
    const text = '---\nid: a\ncommitments:\n  - quote: Body\n    status: fulfilled\n    fulfilled-by: a\n---\nBody.\n';
    const found = run(text).map((f) => [f.code, text.slice(f.span.start, f.span.end)]);
    assert.deepEqual(found, [['frontMatter.commitment.fulfilledBySelf', 'a']]);
  });

  test('fulfilled-by is not checked when the workspace holds no other document', () => {
    const text = '---\nid: a\ncommitments:\n  - quote: Body\n    status: fulfilled\n    fulfilled-by: b\n---\nBody.\n';
    assert.deepEqual(run(text), []);
    const docs: IndexedDocument[] = [
      { uri: 'file:///ws/a.policy.md', id: 'a', commitments: [] },
      { uri: 'file:///ws/c.policy.md', id: 'c', commitments: [] },
    ];
    assert.deepEqual(run(text, { docs }).map((f) => f.code), ['frontMatter.commitment.fulfilledByUnknown']);
  });

  test('without any registry, official ids are not reported as unknown', () => {
    const text = '---\nid: a\nofficials:\n  - id: somebody\n---\nBody.\n';
    assert.deepEqual(run(text, { registry: OfficialsRegistry.empty() }), []);
    assert.deepEqual(run(text).map((f) => f.code), ['frontMatter.official.unknown']);
  });

  test('the schema validator answers the same on every call (it is compiled once)', () => {
    const first = validateFrontMatter({ id: 1 });
    const second = validateFrontMatter({ id: 1 });
    assert.deepEqual(first, second);
    assert.deepEqual(validateFrontMatter({ id: 'a' }), []);
  });
});

describe('document date range', () => {
  test('a front-matter date far outside any document’s century is an error and anchors no relative date', () => {
    const text = '---\nid: old\ndate: 0500-01-01\n---\nThey met last year.\n';
    const findings = run(text).filter((f) => f.code === 'frontMatter.date.invalid');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /outside the years 1000–8999/);
    assert.equal(analyzeDocument(text).documentDate, undefined);
    // An ordinary date is neither reported nor refused.
    assert.equal(run('---\nid: new\ndate: 2025-04-29\n---\nThey met last year.\n').filter((f) => f.code === 'frontMatter.date.invalid').length, 0);
  });
});
