import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashKeyRange, hashLowerCase } from '../../server/src/knowledge/capitalizedWords';
import { foldToBaseLetters } from '../../server/src/knowledge/nameMatching';
import { peopleWithRoles } from '../support/people';

// The checks below exercise the cheap tests that now decide whether a people pattern runs at all;
// each sentence holds a name that one of those tests must let through, next to text it rejects.

const people = peopleWithRoles;

test('bare title words before a portfolio do not hide the name after it, nor a title without one', () => {
  assert.deepEqual(people('Senior Deputy Minister for Foreign Affairs Penny Wong met Senior Deputy Minister Tom Lee.'), [
    ['Penny Wong', 'Senior Deputy Minister for Foreign Affairs'],
    ['Tom Lee', 'Senior Deputy Minister'],
  ]);
});

test('"of" goes on with a title only in "Secretary of State"; other portfolios are read as portfolios', () => {
  assert.deepEqual(people('The Secretary of State Antony Blinken arrived, and Minister of Defence Olga Suzuki said so.'), [
    ['Antony Blinken', 'The Secretary of State'],
    ['Olga Suzuki', 'Minister of Defence'],
  ]);
});

test('a capitalised word before a title word that no head follows opens no titled name', () => {
  assert.deepEqual(people('Officials from the World Trade Organization met, and Trade Minister Olga Suzuki spoke.'), [['Olga Suzuki', 'Trade Minister']]);
});

test('a title set off by a comma is found, and a word that merely holds a title word ("statement,") is not one', () => {
  assert.deepEqual(people('South Sudanese President, Salva Kiir have agreed. According to the statement, Anna Smith said.'), [
    ['Salva Kiir', 'President'],
    ['Anna Smith', null],
  ]);
});

test('names listed with their country and names after a plural title of two states are still found', () => {
  assert.deepEqual(people('The foreign ministers met: Heiko Maas (Germany), Zbigniew Rau (Poland) and others.'), [
    ['Heiko Maas', null],
    ['Zbigniew Rau', null],
  ]);
  assert.deepEqual(people('Presidents of Kazakhstan and Uzbekistan Kassym-Jomart Tokayev and Shavkat Mirziyoyev met.'), [
    ['Kassym-Jomart Tokayev', null],
    ['Shavkat Mirziyoyev', null],
  ]);
});

test('the title before an untitled name may start inside a word, as the title pattern has no look-behind', () => {
  assert.deepEqual(people('The envoy praised XMinister Penny Wong, who said so.'), [['Penny Wong', 'Minister']]);
});

test('a registry name joined by no-break spaces is found, and given-family pairs around taken names are kept apart', () => {
  assert.deepEqual(people('“We agree,” said Prime Minister\u00a0Shigeru\u00a0Ishiba in Tokyo.'), [['Shigeru\u00a0Ishiba', 'Prime Minister']]);
  assert.deepEqual(people('Nana Akufo Addo met Prime Minister Shigeru Ishiba, and Daniel Pham said yes.'), [
    ['Nana Akufo Addo', null],
    ['Shigeru Ishiba', 'Prime Minister'],
    ['Daniel Pham', null],
  ]);
});

test('hashKeyRange hashes a run of words as the lower-cased key with no-break spaces as spaces', () => {
  const text = 'met Fumio\u00a0KISHIDA-San today';
  const end = text.indexOf(' today');
  assert.equal(hashKeyRange(text, 4, end), hashLowerCase('fumio kishida-san'));
  assert.notEqual(hashKeyRange(text, 4, 9), hashLowerCase('fumio kishida-san'));
});

test('foldToBaseLetters leaves a text whose only non-ASCII characters are quotes as it is', () => {
  const quoted = '“We agree,” he said.';
  assert.equal(foldToBaseLetters(quoted), quoted);
  assert.equal(foldToBaseLetters('“Phạm” met Đặng'), '“Pham” met Dang');
});
