import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileShortNames, linkShortNames } from '../../server/src/analysis/coreference';
import { seededRandom } from '../support/random';
import { followsAnotherGivenName } from '../../server/src/analysis/recognizers/shortFormConflicts';

const SHORT_TO_FULL = new Map([
  ['Kim', 'Kim Jong'],
  ['KIM', 'KIM Jong'],
  ['Kimura', 'Taro Kimura'],
  ['Xi', 'Xi Jinping'],
  ['Đặng', 'Ngô Đặng'],
  ['𠮷田', '山田 𠮷田'],
  // A form that another form begins: where "Kim Jo" goes on into a longer word ("Kim Jox"), "Kim" is linked.
  ['Kim Jo', 'Lee Kim Jo'],
]);


const PIECES = ['Kim Jo', 'Kim', 'KIM', 'Kimura', 'Xi', 'Đặng', '𠮷田', '𠮷', 'x', 'é', '9', '٣', '_', '-', ' ', '  ', '.', "'", 'Mr', '\u00a0', '\ud842', '\udfb7'];

/** A deterministic generator, so a failure can be reproduced from its seed. */
const random = seededRandom;

test('short forms are linked exactly where a lookbehind and a lookahead for a letter or digit would allow them', () => {
  const matcher = compileShortNames(SHORT_TO_FULL);
  assert.ok(matcher !== undefined);
  // The pattern the matcher used to be: the same alternation, with a letter or digit before or after it
  // excluded by a lookbehind and a lookahead (the matcher checks both outside its pattern).
  const reference = new RegExp(`(?<![\\p{L}\\p{N}])${matcher.regex.source}(?![\\p{L}\\p{N}])`, 'gu');
  const next = random(99);
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const count = 1 + Math.floor(next() * 10);
    for (let i = 0; i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    // A form right after a listed given name that is none of its full name's words is another person's
    // ("Jo Kim" is not Kim Jong), which the linker leaves alone.
    const expected = [...text.matchAll(reference)]
      .filter((m) => !(SHORT_TO_FULL.get(m[0]) !== m[0] && followsAnotherGivenName(text, m.index, SHORT_TO_FULL.get(m[0]) ?? m[0])))
      .map((m) => `${m.index}:${m[0]}`);
    const linked: string[] = linkShortNames(text, [], matcher).map((e) => `${e.span.start}:${e.text}`);
    assert.deepEqual(linked, expected, JSON.stringify(text));
  }
});
