import type { Entity } from './types';

/** Lists longer than this are sorted by the engine; shorter ones, the usual case, by insertion. */
const INSERTION_SORT_LIMIT = 32;

/** A copy of `entities` in order of span start, stable for equal starts like `Array.prototype.sort`. */
export function sortedByStart(entities: readonly Entity[]): Entity[] {
  const out = entities.slice();
  if (out.length > INSERTION_SORT_LIMIT) return out.sort((a, b) => a.span.start - b.span.start);
  // A paragraph's entities are few and mostly in text order already, where insertion sort does one
  // comparison per element and calls no comparator function.
  for (let i = 1; i < out.length; i++) {
    const entity = out[i]!;
    const start = entity.span.start;
    let j = i;
    while (j > 0 && out[j - 1]!.span.start > start) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = entity;
  }
  return out;
}

/** Merges two lists sorted by start into one; on equal starts the first list's entity comes first. */
export function mergeByStart(a: readonly Entity[], b: readonly Entity[]): Entity[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const out: Entity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]!.span.start < a[i]!.span.start ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
