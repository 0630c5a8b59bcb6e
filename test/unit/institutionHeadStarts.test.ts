import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recognizeOrganizations } from '../../server/src/analysis/recognizers/organizations';
import { indexText } from '../../server/src/knowledge/gazetteer/textIndex';
import type { Entity } from '../../server/src/analysis/types';

// A paragraph ending in a surrogate pair is scanned for institution heads by the plain global
// RegExp scan; without one, the heads are tried only at the word starts of the gazetteers' index.
// A paragraph separator keeps the added character out of every name, so both must agree.
const SURROGATE_TAIL = '\u2029\u{1d400}';

/** The organisations found in `text` when the global scan is forced, with the same spans. */
function byGlobalScan(text: string): unknown {
  return recognizeOrganizations(text + SURROGATE_TAIL);
}

void test('institution heads tried at word starts give what the global scan gives', () => {
  const pieces = fc.constantFrom(
    'Cabinet Office', 'XCabinet Office', 'Cabinet Officer', 'Ministry', 'iMinistry', 'Council', 'Task Force', ' 153',
    'Coast Guard', 'of', 'Defense', 'Foreign Affairs', 'Japan', 'Europe', 'the', 'and', ' ', ', ', '.', '-', '–to',
    'Việt Nam', 'É', 'ASEAN', '(MOFA)', 'x', 'Office', 'Commission',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
      const text = parts.join(' ').replace(/ {2,}/g, ' ');
      assert.deepEqual(recognizeOrganizations(text), byGlobalScan(text));
    }),
    { numRuns: 1500 },
  );
});

void test('a head glued to a word before it hides the word Office inside "Cabinet Office", as in a global scan', () => {
  const names = recognizeOrganizations('The XCabinet Office of Japan met the Cabinet Office of Japan.').map((e: Entity) => e.text);
  assert.deepEqual(names, ['Cabinet Office of Japan']);
});

void test('a head after an astral letter keeps its left boundary, as a code unit test sees it', () => {
  const names = recognizeOrganizations('The \u{1d400}Council of Europe met.').map((e: Entity) => e.text);
  assert.deepEqual(names, ['Council of Europe']);
});

void test('the text index notes whether a text holds a surrogate', () => {
  for (const text of ['plain text', 'Đà Nẵng', '\u{1d400}', 'a\ud800', 'Council \udc00 of']) {
    assert.equal(indexText(text).hasSurrogate, /[\ud800-\udfff]/.test(text));
  }
});
