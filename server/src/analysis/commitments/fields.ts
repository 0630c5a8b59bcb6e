/** Where the `count`-th field of `text.slice(start, end)`, split at runs of whitespace (\s+), ends. */
export function fieldsEnd(text: string, start: number, end: number, count: number): number {
  let fields = 1;
  for (let k = start; k < end; k++) {
    if (!isWhitespaceAt(text, k)) continue;
    if (fields === count) return k;
    fields++;
    while (k + 1 < end && isWhitespaceAt(text, k + 1)) k++;
  }
  return end;
}

const WHITESPACE = /\s/;

/** True when the code unit at `i` is whitespace (\s); ASCII is decided without a RegExp. */
function isWhitespaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(text.charAt(i));
}
