import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortedByStart } from '../../server/src/analysis/entityOrder';
import type { Entity } from '../../server/src/analysis/types';
import { Gazetteer, organizationGazetteer, placeGazetteer } from '../../server/src/knowledge/gazetteer';
import { gazetteerKey } from '../../server/src/knowledge/gazetteer/keys';
import { hashRange, mayBeLeadingWord } from '../../server/src/knowledge/gazetteer/leadingWords';
import { isWordCodeUnit } from '../../server/src/knowledge/gazetteer/wordChars';

/** The key as computed before the fast path: three replacements, then lower case. */
function slowKey(text: string): string {
  return text.replace(/[-\u2010\u2011\u2012\u2013]/g, '-').replace(/['\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

/** A place entity spanning `start` to `end`, tagged so that equal starts can be told apart. */
function entity(start: number, end: number, tag: string): Entity {
  return { kind: 'place', span: { start, end }, text: tag, source: 'pattern', reason: tag };
}

void test('the gazetteer key agrees with the three replacements on any text', () => {
  const pieces = fc.constantFrom('a', 'B', ' ', '  ', '-', '\u2011', '\u2013', "'", '\u2019', '\u00a0', '\t', '\n', 'É');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
    const text = parts.join('');
    assert.equal(gazetteerKey(text), slowKey(text));
  }));
});

void test('a code unit is a word character exactly when the Unicode class says so', () => {
  const word = /^[\p{L}\p{M}\p{N}]$/u;
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWordCodeUnit(code), word.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  assert.equal(isWordCodeUnit(Number.NaN), false);
});

void test('every leading word of both gazetteers passes the shared word filter', () => {
  const names = ['Viet', 'South', 'Ministry', 'United', 'Japan', 'ASEAN', 'Hanoi'];
  placeGazetteer();
  organizationGazetteer();
  for (const word of names) assert.ok(mayBeLeadingWord(hashRange(word, 0, word.length)), word);
});

void test('a gazetteer compiled after a text was scanned still finds its names in that text', () => {
  const text = 'Delegates from Zzyzxville met in Hanoi.';
  assert.deepEqual(placeGazetteer().scan(text).map((h) => text.slice(h.start, h.end)), ['Hanoi']);
  const late = new Gazetteer([{ name: 'Zzyzxville', kind: 'place', canonical: 'Zzyzxville', reason: 'test' }]);
  assert.deepEqual(late.scan(text).map((h) => text.slice(h.start, h.end)), ['Zzyzxville']);
});

void test('sorting by start keeps entities with equal starts in their given order', () => {
  const input = [entity(9, 12, 'c'), entity(2, 4, 'a'), entity(2, 6, 'b'), entity(0, 1, 'z')];
  assert.deepEqual(sortedByStart(input).map((e) => e.text), ['z', 'a', 'b', 'c']);
  const many = Array.from({ length: 50 }, (_, i) => entity((i * 7) % 10, 20, String(i)));
  assert.deepEqual(sortedByStart(many), [...many].sort((a, b) => a.span.start - b.span.start));
});
