/**
 * Array helpers for lists of any length. A spread into `push` or `Math.min` passes every element as an
 * argument, and a few hundred thousand of them overflow the stack (a 2.6 MB document has that many
 * mentions; a large registry that many officials).
 */

/** Appends `more` to `list` in order, and returns `list`. */
export function appendAll<T>(list: T[], more: readonly T[]): T[] {
  for (let k = 0; k < more.length; k++) list.push(more[k]!);
  return list;
}

/** The smallest start and the largest end of non-empty spans' worth of numbers. */
export function extent(spans: readonly { readonly start: number; readonly end: number }[]): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}
