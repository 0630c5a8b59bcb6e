import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findParagraphs, maskNonProse } from '../../server/src/analysis/bodyRegions';
import { compileShortNames, linkShortNames, shortNameLinks } from '../../server/src/analysis/coreference';
import { analyzeDocument, ParagraphCache } from '../../server/src/analysis/index';
import { hasKeys, shiftCommitment, shiftEntity } from '../../server/src/analysis/placement';
import type { Commitment, Entity } from '../../server/src/analysis/types';
import { dedent } from '../support/text';

/** `shiftEntity` as first written: a spread with the span replaced. */
function referenceShiftEntity(e: Entity, offset: number): Entity {
  return { ...e, span: { start: e.span.start + offset, end: e.span.end + offset } };
}

/** `shiftCommitment` as first written: two spreads when there is a deadline span. */
function referenceShiftCommitment(c: Commitment, offset: number): Commitment {
  const moved = { ...c, span: { start: c.span.start + offset, end: c.span.end + offset } };
  if (c.deadlineSpan) return { ...moved, deadlineSpan: { start: c.deadlineSpan.start + offset, end: c.deadlineSpan.end + offset } };
  return moved;
}

/** Key order and values as serialised, which is what the analysis output is compared by. */
function serialised(value: object): string {
  return JSON.stringify(Object.entries(value));
}

const span = fc.record({ start: fc.nat(1000), end: fc.nat(1000) });
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Entities with the optional fields in any subset and any order, some present with an undefined value. */
const entity: fc.Arbitrary<Entity> = fc
  .record({
    kind: fc.constantFrom('person', 'organization', 'place', 'date'),
    span,
    text: fc.string(),
    source: fc.constantFrom('registry', 'gazetteer', 'pattern', 'parser', 'coreference', 'annotation'),
    reason: fc.string(),
    extras: fc.shuffledSubarray(['value', 'precision', 'relative', 'role', 'officialId', 'alternatives', 'canonical']),
    values: fc.array(optional(fc.string()), { minLength: 7, maxLength: 7 }),
    leadingExtra: fc.boolean(),
  })
  .map(({ extras, values, leadingExtra, ...base }) => {
    const out: Record<string, unknown> = leadingExtra ? { role: 'x' } : {};
    Object.assign(out, base);
    extras.forEach((key, i) => (out[key] = key === 'relative' ? values[i] !== undefined : values[i]));
    return out as unknown as Entity;
  });

const commitment: fc.Arbitrary<Commitment> = fc
  .record({
    kind: fc.constant('commitment' as const),
    span,
    text: fc.string(),
    trigger: fc.string(),
    actor: optional(fc.string()),
    deadline: optional(fc.string()),
    deadlineSpan: optional(span),
    source: fc.constant('pattern' as const),
    reason: fc.string(),
    drop: fc.subarray(['actor', 'deadline', 'deadlineSpan']),
  })
  .map(({ drop, ...c }) => {
    const out: Record<string, unknown> = { ...c };
    for (const key of drop) delete out[key];
    return out as unknown as Commitment;
  });

test('a shifted entity has the keys, the order and the values that the spread copy had', () => {
  fc.assert(
    fc.property(entity, fc.integer({ min: -500, max: 5000 }), (e, offset) => {
      assert.equal(serialised(shiftEntity(e, offset)), serialised(referenceShiftEntity(e, offset)));
    }),
    { numRuns: 2000 },
  );
});

test('the common entity shapes are copied field by field with their key order', () => {
  const shapes: Entity[] = [
    { kind: 'place', span: { start: 1, end: 4 }, text: 'Oslo', source: 'gazetteer', reason: 'city gazetteer', canonical: 'Oslo' },
    { kind: 'date', span: { start: 1, end: 4 }, text: 'May', source: 'pattern', reason: 'month', value: '2025-05', precision: 'month', relative: true },
    { kind: 'person', span: { start: 1, end: 4 }, text: 'Abe', source: 'registry', reason: 'registry', officialId: 'abe', role: 'Prime Minister' },
    { kind: 'person', span: { start: 1, end: 4 }, text: 'Abe', source: 'pattern', reason: 'title', role: 'Prime Minister' },
    { kind: 'person', span: { start: 1, end: 4 }, text: 'Abe', source: 'coreference', reason: 'short form' },
  ];
  for (const e of shapes) assert.equal(serialised(shiftEntity(e, 10)), serialised(referenceShiftEntity(e, 10)));
});

test('a shifted commitment has the keys, the order and the values that the two spreads had', () => {
  fc.assert(
    fc.property(commitment, fc.integer({ min: -500, max: 5000 }), (c, offset) => {
      assert.equal(serialised(shiftCommitment(c, offset)), serialised(referenceShiftCommitment(c, offset)));
    }),
    { numRuns: 2000 },
  );
});

test('hasKeys accepts exactly the own keys in order and refuses inherited ones', () => {
  assert.equal(hasKeys({ a: 1, b: 2 }, ['a', 'b']), true);
  assert.equal(hasKeys({ b: 2, a: 1 }, ['a', 'b']), false);
  assert.equal(hasKeys({ a: 1 }, ['a', 'b']), false);
  assert.equal(hasKeys({ a: 1, b: 2, c: 3 }, ['a', 'b']), false);
  const inherited: object = Object.assign(Object.create({ c: 3 }) as object, { a: 1, b: 2 });
  assert.equal(hasKeys(inherited, ['a', 'b']), false);
});

const markdownish = fc
  .array(fc.constantFrom('word ', 'Minister ', '\n', '\n\n', '`', '`code` ', '<!--', '-->', '<!-- note -->', 'http', '://', 'https://x.org/a ', 'www.', 'www.un.org ', 'xhttp://y ', ':', '-', '```\n', 'a. item\n', 'We agree:\n\n'), { maxLength: 60 })
  .map((parts) => parts.join(''));

test('paragraphs are masked exactly as when every block was run through the masking pattern', () => {
  fc.assert(
    fc.property(markdownish, (text) => {
      for (const paragraph of findParagraphs(text, 0)) {
        assert.equal(paragraph.prose, maskNonProse(text.slice(paragraph.span.start, paragraph.span.end)));
      }
    }),
    { numRuns: 3000 },
  );
});

test('a block after one with a URL is left as it is when it holds none', () => {
  const text = dedent`
    See https://example.org/a for details.

    Minister Suzuki spoke in Tokyo.

    Notes at \`www.un.org\` and <!-- hidden -->.
  `;
  const [first, second, third] = findParagraphs(text, 0);
  assert.equal(first?.prose, `See ${' '.repeat('https://example.org/a'.length)} for details.`);
  assert.equal(second?.prose, 'Minister Suzuki spoke in Tokyo.');
  assert.equal(third?.prose, `Notes at ${' '.repeat('`www.un.org`'.length)} and ${' '.repeat('<!-- hidden -->'.length)}.`);
});

test('shortNameLinks returns the list itself when it links nothing, and linkShortNames a copy', () => {
  const matcher = compileShortNames(new Map([['Suzuki', 'Kenji Suzuki']]));
  assert.ok(matcher);
  const entities: Entity[] = [{ kind: 'place', span: { start: 0, end: 5 }, text: 'Tokyo', source: 'gazetteer', reason: 'city gazetteer' }];
  assert.equal(shortNameLinks('Tokyo hosted talks.', entities, matcher), entities);
  const copy = linkShortNames('Tokyo hosted talks.', entities, matcher);
  assert.notEqual(copy, entities);
  assert.deepEqual(copy, entities);
  const linked = shortNameLinks('Tokyo hosted Suzuki.', entities, matcher);
  assert.deepEqual(
    linked.map((e) => e.text),
    ['Tokyo', 'Suzuki'],
  );
});

test('without a shared registry name the per-paragraph view is offered and agrees with the placed entities', () => {
  const text = 'Kenji Suzuki met the press.\n\nLater Suzuki left for Tokyo.\n';
  const analysis = analyzeDocument(text, { paragraphCache: new ParagraphCache() });
  assert.ok(analysis.paragraphs);
  const flattened = analysis.paragraphs.flatMap((p) => p.entities.map((e) => `${e.span.start + p.offset}:${e.text}`));
  assert.deepEqual(
    flattened,
    analysis.entities.map((e) => `${e.span.start}:${e.text}`),
  );
});
