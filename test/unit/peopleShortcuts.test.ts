import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { asciiTwin, hasAsciiWordsOnly } from '../../server/src/analysis/recognizers/asciiPatterns';
import { titleBefore, titleKeywords } from '../../server/src/analysis/recognizers/nameTitles';
import { cleanRole, HONORIFIC, NAME, NAME_TOKEN, PARTICLE, TITLE } from '../../server/src/analysis/recognizers/peopleLexicon';
import { findNameStarts } from '../../server/src/analysis/recognizers/peopleScan';
import { cacheByRange } from '../../server/src/analysis/recognizers/rangeCache';
import { foldToBaseLetters } from '../../server/src/knowledge/nameMatching';
import { ishibaRegistry as registry, peopleWithRoles } from '../support/people';

// The shortcuts checked here skip work whose result would be thrown away; each is compared with
// the plain definition it stands for, on hand-picked sentences and on random text.

const people = peopleWithRoles;

/** The title before a name as first defined: the leftmost match of a global search of the 80 code units before it. */
const TITLE_BEFORE_GLOBAL = new RegExp(String.raw`(?:(?:\p{Lu}\p{Ll}+ )?${TITLE}(?: of [\p{L} ]+?)?)[ \u00a0]+(?:(?:${HONORIFIC})[ \u00a0]+)*$`, 'u');
function titleBeforeByDefinition(paragraph: string, start: number): string | undefined {
  const m = TITLE_BEFORE_GLOBAL.exec(paragraph.slice(Math.max(0, start - 80), start));
  return m ? cleanRole(m[0]) : undefined;
}

const PIECES = [
  'Prime', 'Minister', 'minister', 'of', 'for', 'Foreign', 'Affairs', 'Japan', 'Mr.', 'Dr', 'H.E.', 'Dato’', "Dato'", 'Tan Sri',
  'the', 'by', 'said', 'met', 'Secretary of State', 'Vice-President', 'MP', 'Chair', 'chaired', 'administer', 'Pham', 'Élodie',
  'Shigeru Ishiba', ',', '.', ' ', ' ', '  ', '\u00a0', '-', '2025',
];
const paragraphs = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(' '));

test('titleBefore gives what the leftmost match of the title pattern before the name gives, at every offset', () => {
  fc.assert(
    fc.property(paragraphs, (paragraph) => {
      for (let start = 0; start <= paragraph.length; start++) {
        assert.equal(titleBefore(paragraph, start), titleBeforeByDefinition(paragraph, start), `at ${start} of ${JSON.stringify(paragraph)}`);
      }
    }),
    { numRuns: 400 },
  );
});

test('titles ending in a head, an honorific or an "of" phrase are all still found before a registry name', () => {
  assert.deepEqual(people('Prime Minister of Japan Shigeru Ishiba spoke.'), [['Shigeru Ishiba', 'Prime Minister of Japan']]);
  assert.deepEqual(people('It was chaired by Shigeru Ishiba.'), [['Shigeru Ishiba', null]]);
  assert.deepEqual(people('Japanese Prime Minister H.E. Shigeru Ishiba spoke.'), [['Shigeru Ishiba', 'Japanese Prime Minister']]);
});

test('a portfolio whose name an earlier titled name already covers yields that name once, with its title', () => {
  assert.deepEqual(people('Secretary of State Kaja Petrova met Minister of Defence Penny Wong in Tokyo.'), [
    ['Kaja Petrova', 'Secretary of State'],
    ['Penny Wong', 'Minister of Defence'],
  ]);
});

test('family names of every listed length are still read before given names', () => {
  assert.deepEqual(people('On Monday, Nguyen Minh Vu and Kwon Ji-ho spoke, and Lee Haye-ah said so.').map(([name]) => name), [
    'Nguyen Minh Vu',
    'Kwon Ji-ho',
    'Lee Haye-ah',
  ]);
});

test('cacheByRange answers as the wrapped function does, whatever words share a slot', () => {
  const describe = (word: string): string | undefined => (word.length % 3 === 0 ? undefined : `${word.toUpperCase()}:${word.length}`);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'C', 'é', ' ', '\u00a0') }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (text, ranges) => {
      // Four slots make different words meet in the same slot again and again.
      const cached = cacheByRange(describe, 2);
      for (const [a, b] of ranges) {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 6));
        assert.equal(cached(text, start, end), describe(text.slice(start, end)));
      }
    }),
    { numRuns: 300 },
  );
});

test('cacheByRange calls the wrapped function once for a word asked about again from another text', () => {
  let calls = 0;
  const cached = cacheByRange((word: string) => {
    calls++;
    return word.length;
  });
  assert.equal(cached('the Prime Minister', 4, 9), 5);
  assert.equal(cached('Prime time', 0, 5), 5);
  assert.equal(calls, 1);
});

// Patterns built as the people patterns are: property classes inside and outside brackets, look-behinds,
// look-aheads, \s, no-break spaces and curly apostrophes.
const UNICODE_PATTERNS = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?<title>(?:(?:${HONORIFIC})[ \u00a0]+)*(?:\p{Lu}\p{Ll}+ |\p{Lu}{2,} )?${TITLE}[ \u00a0]+)(?<name>${NAME})(?![\p{L}\p{N}])`, 'uy'),
  new RegExp(String.raw`${TITLE}(?: of| for)(?: the)? (?<of>[\p{Lu}][\p{L}.’'\-]*(?: (?:of|the|[\p{Lu}][\p{L}.’'\-]*)){0,3}?)(?:, (?<name>${NAME})(?=[,;)]| and |\.(?:\s|$)|$)| (?<bare>${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0]){0,2}${NAME_TOKEN}){1,3})(?![\p{L}\p{N}]))`, 'uy'),
  new RegExp(String.raw`([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?<![\p{L}\p{N}].)\p{Ll}+)((?: \p{Lu}\.)? \p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}]|['’]\p{Ll}{2})`, 'uy'),
];
const ASCII_PIECES = ['Zoe', '’', '“', '–', '\u00a0', '•', 'Prime', 'Minister', 'minister', 'of', 'for', 'the', 'Foreign', 'Affairs', 'Mr.', 'Dr', 'H.E.', "Dato'", 'Anna', 'Smith', 'al-Sisi', "O'Brien", 'J.', 'Jr.', 'von', 'der', 'KISHIDA', 'Fumio', 'and', ',', '.', ' ', '  ', '-', "'s", '7', '\n'];
const asciiParagraphs = fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 16 }).map((parts) => parts.join(' ').replace(/  +/g, (run) => run.slice(1)));

test('the ASCII twin of a people pattern matches as the pattern does at every offset of a text whose words are ASCII', () => {
  const twins = UNICODE_PATTERNS.map((regex) => [regex, asciiTwin(regex)] as const);
  fc.assert(
    fc.property(asciiParagraphs, (paragraph) => {
      assert.ok(hasAsciiWordsOnly(paragraph));
      for (const [regex, twin] of twins) {
        for (let at = 0; at <= paragraph.length; at++) {
          regex.lastIndex = at;
          twin.lastIndex = at;
          const expected = regex.exec(paragraph);
          const actual = twin.exec(paragraph);
          assert.deepEqual(actual && [actual.index, [...actual], actual.groups], expected && [expected.index, [...expected], expected.groups], `${regex.source.slice(0, 30)} at ${at} of ${JSON.stringify(paragraph)}`);
        }
      }
    }),
    { numRuns: 200 },
  );
});

test('asciiTwin refuses patterns whose meaning it cannot carry over', () => {
  assert.throws(() => asciiTwin(new RegExp(String.raw`\p{Lu}`, 'y')));
  assert.throws(() => asciiTwin(/\p{Lu}/iu));
  assert.throws(() => asciiTwin(/\P{Lu}/u));
  assert.throws(() => asciiTwin(/[^\p{L}]/u));
  assert.throws(() => asciiTwin(/\p{M}/u));
  assert.throws(() => asciiTwin(/\p{Script=Latin}/u));
  assert.equal(asciiTwin(/[\p{Ll}\p{M}]+\s\p{Lu}/uy).source, String.raw`[a-z]+\s[A-Z]`);
});

test('findNameStarts tells whether the paragraph has words of ASCII letters only, as its definition does', () => {
  const keywords = titleKeywords();
  const definition = (text: string): boolean => !/(?![\x20-\x7e])[\p{L}\p{N}\p{M}]/u.test(text) && !/[\ud800-\udfff]/.test(text);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '-', '’', 'é', '\u00a0', '“', '–', 'ª', '²', '\u0301', '😀', 'x', 'Z') }), (text) => {
      assert.equal(findNameStarts(text, keywords).asciiWords, definition(text), JSON.stringify(text));
      assert.equal(hasAsciiWordsOnly(text), definition(text), JSON.stringify(text));
    }),
    { numRuns: 500 },
  );
});

test('a text whose letters are all ASCII folds to itself, so the registry search may skip folding it', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'S', ' ', '’', '×', '÷', '–', '\u00a0', 'é', 'ạ', 'Đ') }), (text) => {
      if (hasAsciiWordsOnly(text)) assert.equal(foldToBaseLetters(text), text);
    }),
    { numRuns: 500 },
  );
  const text = 'Prime Minister Shigeru Ishiba × “Shigeru Ishiba” – Ishiba';
  assert.deepEqual(registry.findNames(text, undefined, true), registry.findNames(text));
  assert.equal(registry.findNames(text, undefined, true).length, 3);
});
