/**
 * Minimal edits of YAML text for quick fixes. The YAML block is parsed afresh with its source
 * tokens, the change is made on the CST (or placed by it), and only the changed stretch of text
 * is returned, so comments, key order and formatting elsewhere survive untouched.
 */
import { CST, Document, isMap, isPair, isScalar, isSeq, parse, parseDocument, visit, type Node, type Scalar, type YAMLSeq } from 'yaml';
import { yamlLines } from './frontMatter';
import type { Span } from './types';

/** A replacement of `[start, end)` of the whole file by `newText` (UTF-16 offsets). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Rewrites the scalar (key or value) that starts at `target.start` to `value`, keeping its style
 * (plain, quoted or block) unless the value needs quotes to stay a string.
 * @param block the span of the YAML text inside `text` (the front matter's content, or the whole registry file)
 * @returns one edit, or none when no scalar starts there
 */
export function setScalar(text: string, block: Span, target: Span, value: string): TextEdit[] {
  return withLineFeeds(text, block, (lines) => setScalarIn(lines, block, target, value));
}

function setScalarIn(text: string, block: Span, target: Span, value: string): TextEdit[] {
  const source = text.slice(block.start, block.end);
  const document = parseDocument(source, { keepSourceTokens: true });
  const at = target.start - block.start;
  let found: { node: Scalar; role: 'key' | 'value' | 'item'; inFlow: boolean } | undefined;
  visit(document, {
    Scalar(key, node, path) {
      if (node.range?.[0] !== at || !node.srcToken) return undefined;
      const parent = path[path.length - 1];
      const collection = isPair(parent) ? path[path.length - 2] : parent;
      const inFlow = Boolean(collection && (isMap(collection) || isSeq(collection)) && collection.flow);
      found = { node, role: key === 'key' ? 'key' : isPair(parent) ? 'value' : 'item', inFlow };
      return visit.BREAK;
    },
  });
  if (!found) return [];
  const token = found.node.srcToken;
  if (!token) return [];
  const before = CST.stringify(token);
  const plain = token.type === 'scalar';
  // A plain scalar that would read as a number, boolean or null must be quoted to stay text.
  const type = plain && !readsAsPlainString(value) ? 'QUOTE_DOUBLE' : undefined;
  CST.setScalarValue(token, value, {
    afterKey: found.role === 'value',
    implicitKey: found.role === 'key',
    inFlow: found.inFlow,
    ...(type ? { type } : {}),
  });
  const after = CST.stringify(token);
  return [trimEdit({ start: block.start + token.offset, end: block.start + token.offset + before.length, newText: after }, text)];
}

/** Options of `appendToSequence`. */
export interface AppendOptions {
  /** Keys whose list values are written in flow style (`actors: [JP, VN]`). */
  readonly flowKeys?: readonly string[];
}

/**
 * Appends items to the list under `key` of the root mapping (or to a root-level list when `key`
 * is undefined), matching the list's indentation, blank-line spacing and flow or block style.
 * A missing key is added at the end of the mapping.
 */
export function appendToSequence(text: string, block: Span, key: string | undefined, items: readonly object[], options: AppendOptions = {}): TextEdit[] {
  return withLineFeeds(text, block, (lines) => appendIn(lines, block, key, items, options));
}

/**
 * Runs an edit on the text with the block's lone CRs (old Mac line ends) read as line feeds, as the
 * analysis reads them — `yaml` ends lines only at \n, so it took such a block for one long line and an
 * edit replaced keys that followed on "the same line" — and writes the edit's line breaks as CRs.
 * Each CR becomes one \n, so every offset stays where it was.
 */
function withLineFeeds(text: string, block: Span, edit: (lines: string) => TextEdit[]): TextEdit[] {
  const source = text.slice(block.start, block.end);
  if (!/\r(?!\n)/.test(source)) return edit(text);
  const lines = text.slice(0, block.start) + yamlLines(source) + text.slice(block.end);
  return edit(lines).map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r') }));
}

function appendIn(text: string, block: Span, key: string | undefined, items: readonly object[], options: AppendOptions): TextEdit[] {
  if (items.length === 0) return [];
  const source = text.slice(block.start, block.end);
  const document = parseDocument(source, { keepSourceTokens: true });
  // Broken YAML has no reliable place to put an item.
  if (document.errors.length > 0) return [];
  const root = document.contents;
  let seq: YAMLSeq | undefined;
  let keyNode: Node | undefined;
  // The null scalar written after the key (`officials: ~`), which the new list replaces.
  let nullValue: Scalar | undefined;
  if (key === undefined) {
    if (isSeq(root)) seq = root;
  } else if (isMap(root)) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) {
      keyNode = pair.key as Node;
      if (isSeq(pair.value)) seq = pair.value;
      else if (isScalar(pair.value) && pair.value.value === null) nullValue = pair.value;
      else if (pair.value !== null) return [];
    }
  } else if (root !== null) return [];
  const at = (offset: number): number => block.start + offset;
  const insert = (offset: number, newText: string): TextEdit[] => [{ start: at(offset), end: at(offset), newText }];
  const flowItems = (): string => items.map((item) => renderFlow(item)).join(', ');

  if (seq?.flow) {
    // A flow list gets flow-mapping items right after its last item, so that a trailing comma or a
    // closing bracket on a line of its own stays where it is; an empty list gets them inside its brackets.
    const lastEnd = nodeEnd(seq.items[seq.items.length - 1]);
    if (lastEnd !== undefined) return insert(lastEnd, `, ${flowItems()}`);
    const close = source.lastIndexOf(']', seq.range?.[1] ?? source.length);
    return close < 0 ? [] : insert(close, flowItems());
  }
  if (seq && seq.items.length > 0) {
    const first = seq.items[0] as Node;
    const last = seq.items[seq.items.length - 1] as Node;
    const dashColumn = columnOf(source, seq.range?.[0] ?? 0);
    const contentColumn = columnOf(source, first.range?.[0] ?? 0);
    const pad = Math.max(contentColumn - dashColumn, 2);
    const after = lineEndAfter(source, seq.range?.[2] ?? last.range?.[2] ?? source.length);
    // Keep the list's rhythm: entries separated by blank lines get a blank line too.
    const lastLineStart = source.lastIndexOf('\n', (last.range?.[0] ?? 1) - 1) + 1;
    const spaced = seq.items.length > 1 && /\n[ \t]*\n$/.test(source.slice(0, lastLineStart));
    const rendered = items.map((item) => renderBlockItem(item, dashColumn, pad, options)).join(spaced ? '\n' : '');
    return insert(after.offset, `${after.needsNewline ? '\n' : ''}${spaced ? '\n' : ''}${rendered}`);
  }
  if (isMap(root) && root.flow) {
    // A mapping written in flow style (`{id: a, date: 2025-04-29}`) takes the list in flow style too.
    const list = `[${flowItems()}]`;
    if (keyNode) {
      const written = nullValue?.range;
      if (written && written[1] > written[0]) return [{ start: at(written[0]), end: at(written[1]), newText: list }];
      const keyEnd = keyNode.range?.[1] ?? 0;
      return source.charAt(keyEnd) === ':' ? insert(keyEnd + 1, ` ${list}`) : insert(keyEnd, `: ${list}`);
    }
    const lastEnd = nodeEnd(root.items[root.items.length - 1]);
    if (lastEnd !== undefined) return insert(lastEnd, `, ${key}: ${list}`);
    const close = source.lastIndexOf('}', root.range?.[1] ?? source.length);
    return close < 0 ? [] : insert(close, `${key}: ${list}`);
  }
  if (keyNode) {
    // `key:` with no value, or a null one: the list goes on the lines after the key, and a written
    // null (`~`, `null`) is removed, with the space before it, keeping any comment after it.
    const keyColumn = columnOf(source, keyNode.range?.[0] ?? 0);
    const after = lineEndAfter(source, keyNode.range?.[1] ?? 0);
    const rendered = items.map((item) => renderBlockItem(item, keyColumn + 2, 2, options)).join('');
    const edits = insert(after.offset, `${after.needsNewline ? '\n' : ''}${rendered}`);
    const removal = nullValue ? writtenNullRemoval(source, nullValue) : undefined;
    return removal ? [{ start: at(removal.start), end: at(removal.end), newText: '' }, ...edits] : edits;
  }
  if (key === undefined) return [];
  // No such key: add it at the end of the root mapping, at the mapping's indentation.
  const mapColumn = isMap(root) ? columnOf(source, root.range?.[0] ?? 0) : 0;
  const after = lineEndAfter(source, isMap(root) ? (root.range?.[2] ?? source.length) : source.length);
  const rendered = items.map((item) => renderBlockItem(item, mapColumn + 2, 2, options)).join('');
  return insert(after.offset, `${after.needsNewline ? '\n' : ''}${' '.repeat(mapColumn)}${key}:\n${rendered}`);
}

/** Where an item of a collection ends in the source: its value's end (a pair's value, or its key when it has none). */
function nodeEnd(item: unknown): number | undefined {
  if (isPair(item)) return nodeEnd(item.value ?? item.key);
  if (item !== null && typeof item === 'object' && 'range' in item) {
    const range = (item as Node).range;
    return range ? range[1] : undefined;
  }
  return undefined;
}

/**
 * The stretch to delete for a null written after a key: the null itself, with the blanks before it
 * when nothing but blanks follows it on its line, or with the blanks after it when a comment does.
 * Undefined when the null is not written at all (`key:` alone).
 */
function writtenNullRemoval(source: string, value: Scalar): Span | undefined {
  const range = value.range;
  if (!range || range[1] <= range[0]) return undefined;
  let end = range[1];
  while (source.charAt(end) === ' ' || source.charAt(end) === '\t') end++;
  if (source.charAt(end) === '#') return { start: range[0], end };
  let start = range[0];
  while (start > 0 && (source.charAt(start - 1) === ' ' || source.charAt(start - 1) === '\t')) start--;
  return { start, end: range[1] };
}

/** Applies non-overlapping edits to a text (for tests and the CLI). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** A list item in block style: `- key: value` lines at `dashColumn`, continuation lines `pad` further in. */
function renderBlockItem(item: object, dashColumn: number, pad: number, options: AppendOptions): string {
  const document = new Document(item);
  markFlow(document, options.flowKeys ?? []);
  const body = document.toString({ lineWidth: 0, indent: 2, flowCollectionPadding: false }).replace(/\n$/, '');
  const lines = body.split('\n');
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(pad - 1)}`;
  const rest = ' '.repeat(dashColumn + pad);
  return `${lines.map((line, i) => (i === 0 ? dash + line : line.length > 0 ? rest + line : line)).join('\n')}\n`;
}

/** An item as a one-line flow mapping, for flow lists. */
function renderFlow(item: object): string {
  const document = new Document(item);
  if (isMap(document.contents) || isSeq(document.contents)) document.contents.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).trim();
}

function markFlow(document: Document, keys: readonly string[]): void {
  if (keys.length === 0) return;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && keys.includes(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
}

/** True when `value` written plainly reads back as the same string (not a number, boolean or null). */
export function readsAsPlainString(value: string): boolean {
  if (value.length === 0 || value !== value.trim() || value.includes('\n')) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the line break that ends the line containing `offset - 1`. */
function lineEndAfter(source: string, offset: number): { offset: number; needsNewline: boolean } {
  if (offset > 0 && source.charAt(offset - 1) === '\n') return { offset, needsNewline: false };
  const newline = source.indexOf('\n', offset);
  return newline < 0 ? { offset: source.length, needsNewline: true } : { offset: newline + 1, needsNewline: false };
}

/** Shrinks an edit to the part that actually changes, so unchanged comments are not even rewritten. */
function trimEdit(edit: TextEdit, text: string): TextEdit {
  const old = text.slice(edit.start, edit.end);
  let prefix = 0;
  while (prefix < old.length && prefix < edit.newText.length && old[prefix] === edit.newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < edit.newText.length - prefix &&
    old[old.length - 1 - suffix] === edit.newText[edit.newText.length - 1 - suffix]
  ) {
    suffix++;
  }
  // Never split a surrogate pair.
  if (prefix > 0 && /[\uD800-\uDBFF]/.test(old.charAt(prefix - 1))) prefix--;
  if (suffix > 0 && /[\uDC00-\uDFFF]/.test(old.charAt(old.length - suffix))) suffix--;
  return { start: edit.start + prefix, end: edit.end - suffix, newText: edit.newText.slice(prefix, edit.newText.length - suffix) };
}
