import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalizedWords, capitalizedWordsAt, hashLowerCase, hashLowerCaseRange } from '../../server/src/knowledge/capitalizedWords';

/** The pattern the scanner replaces, kept here as its specification. */
const NAME_WORD = /\b[A-Z][A-Za-z]*(?:-[A-Za-z]+|['\u2019](?!s\b)[A-Za-z]+)*/g;

function regexWords(text: string): number[] {
  return [...text.matchAll(NAME_WORD)].flatMap((m) => [m.index, m.index + m[0].length]);
}

test('capitalizedWords finds hyphenated and apostrophe names but stops before a possessive', () => {
  const text = "Min-jun O'Brien met Kishida’s aide, 5G and _X Jo-";
  const words = capitalizedWords(text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i += 2) found.push(text.slice(words[i], words[i + 1]));
  assert.deepEqual(found, ['Min-jun', "O'Brien", 'Kishida', 'Jo']);
});

test('capitalizedWords agrees with the regular expression it replaces on any mix of word pieces', () => {
  const pieces = ['A', 'Bc', 'x', 'yZ', '-', "'", '’', 's', 'S', ' ', '5', '_', 'é', 'Đ', '.', ',', "'s", '’s ', '-Lee', '\u00a0'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(capitalizedWords(text), regexWords(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('the range hash of a word equals the hash of the word in lower case', () => {
  const text = "met NGUYEN O'Brien-Smith’x";
  assert.equal(hashLowerCaseRange(text, 4, 10), hashLowerCase('nguyen'));
  assert.equal(hashLowerCaseRange(text, 11, text.length), hashLowerCase("o'brien-smith’x"));
  assert.notEqual(hashLowerCase('nguyen'), hashLowerCase('nguyem'));
});

test('capitalizedWordsAt finds the same words when given every capital after no ASCII letter or digit', () => {
  const pieces = ['A', 'Bc', 'x', 'yZ', '-', "'", '’', 's', 'S', ' ', '5', '_', 'é', 'É', 'Đ', '.', "'s", '-Lee', '\u00a0'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      const starts: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const previous = text.charCodeAt(i - 1);
        const afterAlnum = i > 0 && previous < 0x80 && /[A-Za-z0-9]/.test(text.charAt(i - 1));
        if (!afterAlnum && (code >= 0x80 || (code >= 0x41 && code <= 0x5a))) starts.push(i);
      }
      assert.deepEqual(capitalizedWordsAt(text, starts), regexWords(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
