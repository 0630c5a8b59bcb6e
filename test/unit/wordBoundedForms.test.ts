import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileForms, forEachWholeForm, LETTERS_DIGITS, LETTERS_MARKS_DIGITS, type WordCharacters } from '../../server/src/analysis/wordBoundedForms';
import { recognizeAcronymMentions } from '../../server/src/analysis/recognizers/organizations';
import { seededRandom } from '../support/random';

// The forms include one that begins another ("UN" / "UNGA", "Kim" / "Kim Jo"), an astral one and one with a combining mark.
const FORMS = ['UN', 'UNGA', 'UNDP', 'Kim', 'Kim Jo', '𠮷田', 'Đặng', 'e\u0301'];
const PIECES = [...FORMS, 'x', 'A', '9', '٣', '_', '-', ' ', '.', "'", '\u0301', '\u00a0', '\ud842', '\udfb7', 'é'];

/** What a whole-text search of the alternation between a lookbehind and a lookahead for no word character finds. */
function reference(text: string, word: WordCharacters): string[] {
  const cls = word === LETTERS_DIGITS ? String.raw`[\p{L}\p{N}]` : String.raw`[\p{L}\p{M}\p{N}]`;
  const { regex } = compileForms(FORMS);
  const pattern = new RegExp(`(?<!${cls})${regex.source}(?!${cls})`, 'gu');
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

test('whole forms are found exactly where a lookbehind and a lookahead for a word character would allow them', () => {
  const alternation = compileForms(FORMS);
  const next = seededRandom(7);
  for (const word of [LETTERS_DIGITS, LETTERS_MARKS_DIGITS]) {
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 10);
      for (let i = 0; i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const found: string[] = [];
      forEachWholeForm(text, alternation, word, (start, form) => found.push(`${start}:${form}`));
      assert.deepEqual(found, reference(text, word), JSON.stringify(text));
    }
  }
});

test('acronym mentions are whole words, the longest defined acronym first', () => {
  const definitions = new Map([
    ['UN', 'United Nations'],
    ['UNGA', 'United Nations General Assembly'],
  ]);
  const found = recognizeAcronymMentions('The UNGA and the UN met; UNs and UNDP did not, nor did XUN.', definitions).map((e) => [e.text, e.span.start, e.canonical]);
  assert.deepEqual(found, [
    ['UNGA', 4, 'United Nations General Assembly'],
    ['UN', 17, 'United Nations'],
  ]);
});
