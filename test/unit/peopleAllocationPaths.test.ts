import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isWhiteSpace, nameTokenBounds } from '../../server/src/analysis/nameTokenBounds';
import { isHeadline } from '../../server/src/analysis/recognizers/headline';
import { titleKeywords } from '../../server/src/analysis/recognizers/nameTitles';
import { findNameStarts } from '../../server/src/analysis/recognizers/peopleScan';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { dedent } from '../support/text';

/** The word list that `nameTokenBounds` stands for, built with strings as coreference once did. */
function referenceTokens(name: string): string[] {
  const particles = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'al', 'el', 'la', 'le', 'Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
  const tokens: string[] = [];
  for (const t of name.split(/\s+/)) {
    if (particles.has(t) || /^\p{Lu}\.$/u.test(t)) continue;
    tokens.push(/^\p{Lu}\.\p{Lu}\p{Ll}/u.test(t) ? t.slice(2) : t);
  }
  return tokens;
}

/** The words that `nameTokenBounds` finds, as strings. */
function boundTokens(name: string): string[] {
  const bounds: number[] = [];
  const count = nameTokenBounds(name, bounds);
  const tokens: string[] = [];
  for (let k = 0; k < count; k++) tokens.push(name.slice(bounds[2 * k], bounds[2 * k + 1]));
  return tokens;
}

test('isWhiteSpace accepts exactly the code units of the RegExp class \\s', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), `code ${code}`);
});

test('nameTokenBounds finds the words a split on white space finds, without particles and initials, glued initials cut off', () => {
  assert.deepEqual(boundTokens('Luiz Inácio Lula da Silva'), ['Luiz', 'Inácio', 'Lula', 'Silva']);
  assert.deepEqual(boundTokens('Lloyd J. Austin III'), ['Lloyd', 'Austin']);
  assert.deepEqual(boundTokens('U.Khurelsukh'), ['Khurelsukh']);
  const pieces = ['Ann', 'LEE', 'de', 'von', 'Jr.', 'III', 'Sr', 'IV', 'J.', 'U.Kh', 'é', 'Đặng', ' ', '  ', '\u00a0', '\t', '.', 'a', 'bin'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const name = parts.join('');
      assert.deepEqual(boundTokens(name), referenceTokens(name), JSON.stringify(name));
    }),
    { numRuns: 3000 },
  );
});

/** The headline test as it was written with a split and two filters, kept as the specification. */
function referenceIsHeadline(paragraph: string): boolean {
  if (paragraph.includes('\n') || /[.!?:;]["”’]?\s*$/u.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

test('isHeadline tells title-case headlines from sentences as the split-based test did', () => {
  assert.equal(isHeadline('Japan And Vietnam Agree On Deeper Defence Ties'), true);
  assert.equal(isHeadline('Japan and Vietnam agree on deeper defence ties'), false);
  assert.equal(isHeadline('Japan And Vietnam Agree On Deeper Defence Ties.'), false);
  const pieces = ['Japan', 'talks', 'Việt', 'Élan', 'ab', 'Abc', 'Ab1d', ' ', '\u00a0', '\u2003', '"', '.', ':', '𝐀bcd', 'x', 'Ünal'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const paragraph = parts.join('');
      assert.equal(isHeadline(paragraph), referenceIsHeadline(paragraph), JSON.stringify(paragraph));
    }),
    { numRuns: 3000 },
  );
});

test('findNames given the word starts finds what it finds reading every capitalised word itself', () => {
  const { registry } = OfficialsRegistry.fromYaml(
    dedent`
      officials:
        - id: kim-min-jun
          name: Kim Min-jun
          family-name: Kim
          country: KR
          roles:
            - title: Minister of Foreign Affairs
              from: 2023-01-02
        - id: penny-wong
          name: Penny Wong
          country: AU
          roles:
            - title: Minister for Foreign Affairs
              from: 2022-05-23
    `,
    'file:///officials.yaml',
  );
  const pieces = ['Kim', 'Min-jun', 'KIM', 'Penny', 'Wong', 'Wöng', 'Pénny', ' ', '\u00a0', ',', 'x', 'met', '5', "'s", 'Lee'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const starts = findNameStarts(text, titleKeywords());
      assert.deepEqual(registry.findNames(text, starts.capitals), registry.findNames(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
