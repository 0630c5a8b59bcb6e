import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { followsLocativeWord, recognizePlaces } from '../../server/src/analysis/recognizers/places';
import { recognizePlacesAndOrganizations } from '../../server/src/analysis/recognizers/namedEntities';
import type { Entity } from '../../server/src/analysis/types';

// The definition the shortcut replaces: the pattern run on the twelve code units before the place.
const LOCATIVE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:in|at|to|from|near)[ \u00A0]+$/u;

const pieces = fc.constantFrom('in', 'at', 'to', 'from', 'near', 'main', 'Tin', ' ', '\u00A0', 'é', 'x', ',', 'Paris', 'Japan', 'and', 'Ministry');

void test('the locative-word shortcut agrees with the pattern it guards', () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 10 }), fc.nat(60), (parts, cut) => {
      const text = parts.join('');
      const at = Math.min(cut, text.length);
      assert.equal(followsLocativeWord(text, at), LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
    }),
    { numRuns: 3000 },
  );
});

void test('places coordinated after a locative word are still found', () => {
  const text = 'The talks were held in Tokyo and Langkawi on Monday, near Paris and Lyon.';
  const found = recognizePlaces(text).map((e: Entity) => e.text);
  assert.ok(found.includes('Langkawi'));
  assert.ok(found.includes('Paris'));
});

void test('places and organisations come back in text order without overlaps', () => {
  const text = 'Japan Ministry of Defense officials met in Hanoi with the Viet Nam People’s Army and ASEAN.';
  const spans = recognizePlacesAndOrganizations(text).map((e: Entity) => e.span);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end <= spans[i]!.start);
  assert.ok(spans.length >= 3);
});
