import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNameStarts, finiteLanguage, KeywordStarts } from '../../server/src/analysis/recognizers/peopleScan';
import { TITLE_KEYWORD_SOURCE, titleKeywords } from '../../server/src/analysis/recognizers/people';

test('finiteLanguage lists every string of a pattern with groups, classes, escapes and optional parts', () => {
  assert.deepEqual(finiteLanguage(String.raw`(?:Mr|Dr)\.?|[Vv]ice(?:-Minister)?`).sort(), ['Dr', 'Dr.', 'Mr', 'Mr.', 'Vice', 'Vice-Minister', 'vice', 'vice-Minister'].sort());
});

test('finiteLanguage refuses patterns whose language is not a plain finite list', () => {
  assert.throws(() => finiteLanguage('a+'));
  assert.throws(() => finiteLanguage(String.raw`\p{Lu}`));
  assert.throws(() => finiteLanguage('[a-z]'));
});

test('KeywordStarts finds a keyword at an offset whatever follows it', () => {
  const keywords = new KeywordStarts(['Minister', 'Mr', 'the Rt Hon']);
  assert.equal(keywords.startsAt('the Ministers', 4), true);
  assert.equal(keywords.startsAt('the Ministry', 4), false);
  assert.equal(keywords.startsAt('Mrs Smith', 0), true);
  assert.equal(keywords.startsAt('the Rt Hon', 0), true);
  assert.equal(keywords.startsAt('the Rt', 0), false);
  assert.equal(keywords.startsAt('Minist', 0), false);
  assert.equal(keywords.startsAt('M', 0), false);
});

test('the title keyword table finds every offset where the title keyword pattern matches', () => {
  const keywords = titleKeywords();
  const sticky = new RegExp(TITLE_KEYWORD_SOURCE, 'uy');
  const pieces = ['Prime', 'minister', 'Ministry', 'Mr.', 'Mrs', 'H.E.', 'Rt. Hon', 'Rt Hon', 'the Rt Hon', 'His Excellency', 'Her', 'Vice-President', 'vice', 'Secretary of State', 'Defence', 'defense', 'making', 'MP', 'Pm', 'É', "Dato'", 'Dato’', 'Datuk Seri', ' ', '-', '.'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      for (let i = 0; i < text.length; i++) {
        sticky.lastIndex = i;
        if (sticky.test(text)) assert.ok(keywords.startsAt(text, i), `at ${i} in ${JSON.stringify(text)}`);
      }
    }),
  );
});

test('a keyword table of ASCII keywords agrees exactly with their alternation', () => {
  const source = String.raw`(?:Mr|Mrs|Dr)\.?|[Mm]inister|Rt Hon`;
  const keywords = new KeywordStarts(finiteLanguage(source));
  const sticky = new RegExp(source, 'uy');
  const text = 'Mr. Mrs Dr minister Minister Rt Hon Rt. Hon making';
  for (let i = 0; i < text.length; i++) {
    sticky.lastIndex = i;
    assert.equal(keywords.startsAt(text, i), sticky.test(text), `at ${i}`);
  }
});

test('findNameStarts lists keyword starts and capital word starts, skipping letters glued to ASCII letters or digits', () => {
  const keywords = new KeywordStarts(['Minister', 'king']);
  const text = 'the Minister and Kim, making 5Minister “Élise';
  const starts = findNameStarts(text, keywords);
  assert.deepEqual(starts.keywords, [text.indexOf('Minister')]);
  assert.deepEqual(starts.capitals, [text.indexOf('Minister'), text.indexOf('Kim'), text.indexOf('“'), text.indexOf('É')]);
});

test('endOfKeywordAt finds the shortest keyword at an offset that is followed by an accepted character', () => {
  const keywords = new KeywordStarts(['Mr', 'Mrs', 'State']);
  const space = (code: number): boolean => code === 0x20 || code === 0x2e;
  assert.equal(keywords.endOfKeywordAt('Mrs. Lee', 0, space), 3);
  assert.equal(keywords.endOfKeywordAt('the statement', 4, space), -1);
  assert.equal(keywords.endOfKeywordAt('Statement', 0, space), -1);
  assert.equal(keywords.endOfKeywordAt('State visit', 0, space), 5);
});

test('findNameStarts lists as pairs the capitals whose word is followed by a space and a capital', () => {
  const text = 'World Bank said Le Thi, Đặng Văn and KISHIDA Fumio met x Ab5 Cd';
  const { pairs } = findNameStarts(text, new KeywordStarts(['Minister']));
  assert.deepEqual(
    pairs.map((at) => text.slice(at, at + 4)),
    // A non-ASCII letter ends the ASCII letters early, so "Văn" is kept for the patterns to decide.
    ['Worl', 'Le T', 'Đặng', 'ặng ', 'Văn ', 'KISH'],
  );
});
