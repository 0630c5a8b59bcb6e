import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { FrontMatter } from '../analysis/frontMatter';
import { readsAsPlainString } from '../analysis/edits';

/** A replacement of `[start, end)` of the whole file with `newText`. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The minimal front-matter edits that set `status: fulfilled` and `fulfilled-by: <id>` on one
 * annotated commitment. Existing values are replaced in place and missing keys are added as new
 * lines in the commitment's own indentation, so comments and key order stay as the analyst wrote them.
 * @returns the edits, or a sentence saying why none can be made
 */
export function fulfilledEdits(text: string, frontMatter: FrontMatter | undefined, commitmentId: string, fulfilledBy: string): OffsetEdit[] | string {
  const root = frontMatter?.document.contents;
  if (!frontMatter || !isMap(root)) return 'The document has no front matter.';
  const list = root.get('commitments', true);
  if (!isSeq(list)) return 'The front matter has no `commitments` list.';
  const item = (list.items as Node[]).find((n): n is YAMLMap => isMap(n) && scalarText(n.get('id', true)) === commitmentId);
  if (!item) return `No commitment with id "${commitmentId}" in the front matter.`;
  const offset = frontMatter.content.start;
  const edits: OffsetEdit[] = [];
  const missing: [string, string][] = [];
  for (const [key, value] of [
    ['status', 'fulfilled'],
    ['fulfilled-by', yamlScalar(fulfilledBy)],
  ] as const) {
    const pair = pairOf(item, key);
    if (!pair) {
      missing.push([key, value]);
      continue;
    }
    const edit = replaceValue(text, pair, offset, value);
    if (edit) edits.push(edit);
  }
  if (missing.length === 0) return edits;
  if (item.flow) return 'The commitment is written as a flow map ({ … }); add the keys by hand.';
  const first = item.items[0];
  if (!first || !isNodeWithRange(first.key)) return 'The commitment entry is empty.';
  const keyStart = offset + first.key.range[0];
  // Lines are found in a copy where a lone CR (old Mac files) reads as the LF it stands for, offsets unchanged.
  const loneCr = /\r(?!\n)/.test(text);
  const lines = loneCr ? text.replace(/\r(?!\n)/g, '\n') : text;
  const indent = keyStart - lineStart(lines, keyStart);
  const eol = text.includes('\r\n') ? '\r\n' : loneCr && !text.includes('\n') ? '\r' : '\n';
  // A missing `fulfilled-by` goes right after an existing `status`; anything else goes after the last key.
  const statusPair = pairOf(item, 'status');
  const anchorPair = missing.length === 1 && missing[0]![0] === 'fulfilled-by' && statusPair ? statusPair : item.items[item.items.length - 1]!;
  const at = endOfContentLine(lines, offset + pairEnd(anchorPair));
  edits.push({ start: at, end: at, newText: missing.map(([k, v]) => `${eol}${' '.repeat(indent)}${k}: ${v}`).join('') });
  return edits;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((p) => scalarText(p.key) === key);
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/**
 * Replaces a pair's value, or fills an empty `key:`; unchanged values need no edit. A written null
 * (`~`, `null`) is replaced like any value, and the line break that ends a block scalar (`>-`) or
 * collection is left in place, so the next key keeps its own line.
 */
function replaceValue(text: string, pair: Pair, offset: number, newValue: string): OffsetEdit | undefined {
  if (isNodeWithRange(pair.value) && pair.value.range[1] > pair.value.range[0]) {
    const start = offset + pair.value.range[0];
    const end = trimLineBreaks(text, start, offset + pair.value.range[1]);
    if (isScalar(pair.value) && text.slice(start, end) === newValue) return undefined;
    // A collection value starts on the key's line only in flow style; a block one is replaced from the colon.
    const from = isScalar(pair.value) || !isNodeWithRange(pair.key) ? start : text.indexOf(':', offset + pair.key.range[1]) + 1;
    return { start: from, end, newText: from === start ? newValue : ` ${newValue}` };
  }
  if (!isNodeWithRange(pair.key)) return undefined;
  // An empty value: put the new value right after the colon, keeping the rest of the line.
  const colon = text.indexOf(':', offset + pair.key.range[1]);
  return { start: colon + 1, end: colon + 1, newText: ` ${newValue}` };
}

/** `end`, moved back over the line breaks (and the blanks between them) that end `[start, end)`. */
function trimLineBreaks(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\r\n \t]/.test(text.charAt(e - 1))) e--;
  return e;
}

function pairEnd(pair: Pair): number {
  if (isNodeWithRange(pair.value)) return pair.value.range[1];
  if (isNodeWithRange(pair.key)) return pair.key.range[1];
  return 0;
}

/** The end of the line holding the last non-blank character before `offset` (before its line break). */
function endOfContentLine(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  let nl = text.indexOf('\n', i);
  if (nl < 0) nl = text.length;
  return nl > 0 && text.charAt(nl - 1) === '\r' ? nl - 1 : nl;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A YAML scalar for an id: plain when safe, double-quoted (JSON is valid YAML) otherwise. */
function yamlScalar(value: string): string {
  // "007" or "1.0" written plainly would read as numbers, and name no document.
  return /^[A-Za-z0-9][\w.\-/]*$/.test(value) && readsAsPlainString(value) && !/^(yes|no|on|off)$/i.test(value) ? value : JSON.stringify(value);
}
