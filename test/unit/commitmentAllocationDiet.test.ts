import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DANGLING_CONJUNCTION, danglingConjunctionLength } from '../../server/src/analysis/commitments/danglingConjunction';
import { fieldsEnd } from '../../server/src/analysis/commitments/fields';
import { LazyTokens, tokenize } from '../../server/src/analysis/commitments/tokens';
import { findTriggers, TRIGGER_BRANCHES, type TriggerHit } from '../../server/src/analysis/commitments/triggers';
import { generateDocument } from '../bench/lib/corpus';
import { sharedRoot } from '../support/paths';

/** Random text assembled from the given pieces. */
function textOf(pieces: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
}

/** The trigger hits of a global search with the whole alternation, the definition that `findTriggers` follows. */
function referenceHits(text: string): TriggerHit[] {
  const trigger = new RegExp(TRIGGER_BRANCHES.join('|'), 'giu');
  const hits: TriggerHit[] = [];
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    hits.push({ index: m.index, match: m[0], group: m.findIndex((g, k) => k > 0 && g !== undefined) });
  }
  return hits;
}

test('fields cut out by offsets read as the first sixteen fields of a split and join', () => {
  const pieces = ['will', 'a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', 'should', '.'];
  fc.assert(
    fc.property(textOf(pieces, 40), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 20 }), (s, a, b, count) => {
      const start = s.length === 0 ? 0 : a % (s.length + 1);
      const end = start + (s.length - start === 0 ? 0 : b % (s.length - start + 1));
      const cut = s.slice(start, fieldsEnd(s, start, end, count));
      assert.equal(cut.split(/\s+/).join(' '), s.slice(start, end).split(/\s+/).slice(0, count).join(' '));
    }),
    { numRuns: 3000 },
  );
});

test('a dangling conjunction is found by offsets exactly where its RegExp finds it', () => {
  const pieces = ['and', 'AND', 'Or', 'for', 'fore', 'from', 'at', 'whereas', 'x', 'ſ', 'é', ' ', '\u00a0', '\n', '-', ',', '1', 'while', 'of'];
  fc.assert(
    fc.property(textOf(pieces, 12), fc.nat(), fc.nat(), (s, a, b) => {
      const end = s.length === 0 ? 0 : a % (s.length + 1);
      const from = Math.max(0, end - (b % 14));
      const match = DANGLING_CONJUNCTION.exec(s.slice(from, end));
      assert.equal(danglingConjunctionLength(s, from, end), match === null ? 0 : match[0].length, JSON.stringify([s, from, end]));
    }),
    { numRuns: 5000 },
  );
});

test('trigger hits are those of a global search with the whole alternation', () => {
  const pieces = [
    'will', 'Will', 'WOULD', 'shall', 'is', 'are', 'was', 'going', 'planning', 'on', 'to', 'that', 'agreed', 'agree', 'committed', 'commit',
    'recommit', 're-commit', 're-affirmed', 'pre-affirmed', 'Re-emphasized', 're-assert', '5re-affirm', 'xre-commit', 'reaffirmed', 'their',
    'commitment', 'resolve', 'pledged', 'promise', 'vowed', 'remain', 'committed', 'ready', 'not', 'noted', 'his', 'made', 'a', 'shared',
    'the', 'view', 'stand', 'stood', 'ready', ' ', '  ', '\n', ',', '.', '-', '_', '1', 'é', 'ſ', 'K', '$', '10', 'million', 'US$',
  ];
  fc.assert(
    fc.property(textOf(pieces, 30), (s) => {
      assert.deepEqual(findTriggers(s), referenceHits(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
  // Words in the order of the branches' phrases, so that most candidates are real triggers of each kind.
  const phrases = [
    'is going to', 'are planning on meeting', 'will', 'Was also looking to', 'stood ready to', 're-affirmed their commitment to',
    'Re-Emphasised the strong resolve to', 're-commit themselves to', 're-asserted their will to', 'pledged that', 'commits $10 million to',
    'agreed on Tuesday to', 'decided that', 'remained committed to', 'noted his intention to', 'made a firm commitment to', 'shared the view that',
  ];
  const shaped = fc
    .array(fc.tuple(fc.constantFrom(...phrases), fc.constantFrom(' act', ' the plan', ' Japan', ' expanding trade', ''), fc.constantFrom(' ', '. ', ', x', '-', 'pre-', '\n')), { maxLength: 6 })
    .map((parts) => parts.map((p) => p.join('')).join(''));
  fc.assert(
    fc.property(shaped, (s) => {
      assert.deepEqual(findTriggers(s), referenceHits(s), JSON.stringify(s));
    }),
    { numRuns: 2000 },
  );
});

test('trigger hits in generated documents and the source seeds are those of the whole alternation', () => {
  const seeds = join(sharedRoot, 'seeds');
  const texts = [generateDocument({ size: 60_000, seed: 7 }), ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'))];
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) assert.deepEqual(findTriggers(paragraph), referenceHits(paragraph));
  }
});

test('a reset window of lazy tokens reads as the tokens of a fresh tokenisation', () => {
  const pieces = ['will', 'U.S.', 'R.', ' ', 'Jr.', 'Mr.', 'é', '“', '’s', ',', '-', '\n', 'A', 'b', '1.5', '\u00a0', 'Ω'];
  const shared = new LazyTokens('', 0, 0);
  fc.assert(
    fc.property(textOf(pieces, 25), fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length === 0 ? 0 : a % (s.length + 1);
      const to = from + (s.length - from === 0 ? 0 : b % (s.length - from + 1));
      const expected = tokenize(s, from, to);
      shared.reset(s, from, to);
      for (let k = 0; k <= expected.length; k++) assert.deepEqual(shared.at(k), expected[k]);
    }),
    { numRuns: 3000 },
  );
});
