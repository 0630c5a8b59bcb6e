// A list item opens a line with a letter, roman or arabic numeral and a dot or bracket ("a.", "(ii)",
// "3)"), or with a bullet.
const ITEM = /^[ \t]*(?:\(?(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})[.)]|[-–•*▪])[ \t]+\S/;
// The colon that hands a trigger's object over to a list on the following lines.
const LIST_COLON = /^[ \t]*:[ \t]*\r?\n/;
// The colon that opens a list run into the sentence ("agreed to: (i) establish …; (ii) hold …").
const INLINE_LIST_COLON = /^[ \t]*:[ \t]+(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})\))[ \t]+\S/;

/**
 * Where the object of a trigger ends when the trigger ends in a colon followed by list items on the
 * following lines ("We commit to:\n\na. Accelerate …"): the end of the last consecutive item line;
 * or, for items run into the sentence after the colon ("agreed to: (i) …; (ii) …"), the sentence end.
 * Undefined when no list follows `from`.
 */
export function listObjectEnd(text: string, from: number, sentenceEnd: number): number | undefined {
  if (INLINE_LIST_COLON.test(text.slice(from, from + 12))) return sentenceEnd;
  const colon = LIST_COLON.exec(text.slice(from, from + 8));
  if (colon === null) return undefined;
  let lineStart = from + colon[0].length;
  let end: number | undefined;
  let firstKind: MarkerKind | undefined;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // Blank lines may separate the items; any other line that is not an item ends the list.
    if (line.trim() !== '') {
      if (!ITEM.test(line)) break;
      // A list goes on with items of its own kind: "d. climate change" followed by "5. To this end …" is the
      // document's next numbered paragraph, not a fifth item.
      const kind = markerKind(line);
      if (firstKind !== undefined && kind !== firstKind) break;
      firstKind = kind;
      end = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  return end;
}

type MarkerKind = 'number' | 'bullet' | 'letter';

/** The kind of an item line's marker: a number, a bullet, or a letter (roman numerals count as letters). */
function markerKind(line: string): MarkerKind {
  const first = line.trimStart().replace(/^\(/, '').charAt(0);
  if (/\d/.test(first)) return 'number';
  return /\p{L}/u.test(first) ? 'letter' : 'bullet';
}
