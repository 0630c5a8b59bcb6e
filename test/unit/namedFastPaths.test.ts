import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortedByStart } from '../../server/src/analysis/entityOrder';
import { pickNonOverlapping } from '../../server/src/analysis/recognizers/organizations';
import { overlaps, resolveOverlaps } from '../../server/src/analysis/spans';
import type { Entity, EvidenceSource } from '../../server/src/analysis/types';
import { organizationGazetteer, placeGazetteer } from '../../server/src/knowledge/gazetteer';
import { hashRange, isSlotTaken, slotOf } from '../../server/src/knowledge/gazetteer/leadingWords';
import { indexText, WORD_STRIDE } from '../../server/src/knowledge/gazetteer/textIndex';
import { buildTrie, hasChild, longestMatchEnd, longestMatchEndFrom, nodeAfter, normalizedUnit } from '../../server/src/knowledge/gazetteer/trie';
import { wordUnitLength } from '../../server/src/knowledge/gazetteer/wordChars';
import { foldToBaseLetters } from '../../server/src/knowledge/nameMatching';

const SOURCE_RANK: Record<EvidenceSource, number> = { annotation: 0, registry: 1, gazetteer: 2, parser: 3, pattern: 4, coreference: 5 };
const SOURCES = Object.keys(SOURCE_RANK) as EvidenceSource[];

/** `resolveOverlaps` as first written: rank a copy, keep what overlaps nothing kept, sort by start. */
function referenceResolve(candidates: readonly Entity[]): Entity[] {
  const rank = (e: Entity): number[] => [e.source === 'annotation' ? 0 : 1, -(e.span.end - e.span.start), SOURCE_RANK[e.source], e.span.start];
  const ranked = candidates.slice().sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  });
  const kept: Entity[] = [];
  for (const candidate of ranked) if (!kept.some((k) => overlaps(k.span, candidate.span))) kept.push(candidate);
  return sortedByStart(kept);
}

/** `pickNonOverlapping` as first written: a copy ranked by length, rank and start, then a greedy pass. */
function referencePick(entities: readonly Entity[], rank: (e: Entity) => number): Entity[] {
  const ordered = [...entities].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || rank(a) - rank(b) || a.span.start - b.span.start,
  );
  const kept: Entity[] = [];
  for (const candidate of ordered) if (!kept.some((k) => overlaps(k.span, candidate.span))) kept.push(candidate);
  return sortedByStart(kept);
}

/** Random candidate entities, tagged by their position in the list so that ties can be told apart. */
const candidateLists = (minLength: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: minLength, max: 8 }), fc.constantFrom(...SOURCES), fc.boolean()), { maxLength: 14 })
    .map((rows) =>
      rows.map(([start, length, source, isPlace], i): Entity => ({
        kind: isPlace ? 'place' : 'organization',
        span: { start, end: start + length },
        text: String(i),
        source,
        reason: String(i),
      })),
    );

void test('resolving overlaps keeps exactly what the plain ranking and scan keep, in the same order', () => {
  fc.assert(
    fc.property(candidateLists(0), (candidates) => {
      assert.deepEqual(resolveOverlaps(candidates).map((e) => e.text), referenceResolve(candidates).map((e) => e.text));
    }),
    { numRuns: 2000 },
  );
});

void test('picking non-overlapping names keeps exactly what the plain ranking and scan keep', () => {
  const rank = (e: Entity): number => (e.source === 'gazetteer' ? 0 : 1);
  fc.assert(
    fc.property(candidateLists(1), (candidates) => {
      assert.deepEqual(pickNonOverlapping(candidates, rank).map((e) => e.text), referencePick(candidates, rank).map((e) => e.text));
    }),
    { numRuns: 2000 },
  );
});

/** The word runs of `text` not starting with a to z, found one code point at a time, with their slots. */
function referenceWords(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; ) {
    const unit = wordUnitLength(text, i);
    const code = text.charCodeAt(i);
    if (unit === 0) {
      i++;
      continue;
    }
    let end = i + unit;
    while (end < text.length && wordUnitLength(text, end) > 0) end += wordUnitLength(text, end);
    if (!(code >= 0x61 && code <= 0x7a)) {
      const slot = slotOf(hashRange(text, i, end));
      out.push(i, end, isSlotTaken(slot) ? slot : -1);
    }
    i = end;
  }
  return out;
}

void test('the text index finds every word run with the slot of its hash, and notes letters to fold', () => {
  placeGazetteer();
  organizationGazetteer();
  const pieces = fc.constantFrom('Viet', 'Nam', 'Hanoi', 'the', ' ', ', ', '-', '’', 'É', 'Đà', 'ạ', '×', '12', '𝐀', '\u00a0', 'ASEAN', 'South', 'é', 'x');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      const index = indexText(text);
      assert.deepEqual([...index.words.subarray(0, WORD_STRIDE * index.wordCount)], referenceWords(text));
      assert.equal(index.mayFold, /[\u00c0-\u024f\u1e00-\u1eff]/.test(text));
    }),
    { numRuns: 1000 },
  );
});

void test('folding leaves every code unit outside the ranges the text index watches as it is', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0xd800 && code <= 0xdfff)) continue;
    const ch = String.fromCharCode(code);
    assert.equal(foldToBaseLetters(`a${ch}`), `a${ch}`, `U+${code.toString(16)}`);
  }
});

void test('the trie finds the longest name both at nodes with few children and at nodes with many', () => {
  const names = ['Sea', 'South', 'South China Sea', 'South Korea', ...Array.from({ length: 20 }, (_, i) => `S${String.fromCharCode(0x41 + i)}x`)];
  const trie = buildTrie(names);
  const naive = (text: string, offset: number): number => {
    let best = -1;
    for (const name of names) {
      const form = [...text.slice(offset, offset + name.length)].map((c) => String.fromCharCode(normalizedUnit(c.charCodeAt(0)))).join('');
      const end = offset + name.length;
      if (form === name && (end >= text.length || wordUnitLength(text, end) === 0)) best = Math.max(best, end);
    }
    return best;
  };
  for (const text of ['South China Sea', 'South Korean', 'South Korea.', 'SKx and SQx', 'STx', 'Sea–South', 'South\u00a0Korea']) {
    for (let offset = 0; offset < text.length; offset++) assert.equal(longestMatchEnd(trie, text, offset), naive(text, offset), `${text} @${offset}`);
  }
});

void test('a trie walk resumed after a leading word finds the same ends as a walk from the root', () => {
  const names = ['Sea', 'South', 'South China Sea', 'South Korea', ...Array.from({ length: 20 }, (_, i) => `S${String.fromCharCode(0x41 + i)}x`)];
  const trie = buildTrie(names);
  const south = nodeAfter(trie, 'South');
  assert.ok(south);
  assert.equal(nodeAfter(trie, 'North'), undefined);
  for (const text of ['South China Sea', 'South Korea.', 'South Koreans', 'South']) assert.equal(longestMatchEndFrom(south, text, 5), longestMatchEnd(trie, text, 0), text);
  assert.ok(hasChild(trie, 'S'.charCodeAt(0)));
  assert.ok(!hasChild(trie, 'N'.charCodeAt(0)));
  assert.ok(hasChild(nodeAfter(trie, 'S')!, 'T'.charCodeAt(0)), 'a node with many children is searched by bisection');
  assert.ok(!hasChild(nodeAfter(trie, 'S')!, 'z'.charCodeAt(0)));
});
