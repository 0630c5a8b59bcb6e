/**
 * Minimal edits of YAML text for quick fixes. The YAML block is parsed afresh with its source
 * tokens, the change is made on the CST (or placed by it), and only the changed stretch of text
 * is returned, so comments, key order and formatting elsewhere survive untouched.
 */
import { CST, Document, isMap, isPair, isScalar, isSeq, parse, parseDocument, visit, type Node, type Scalar, type YAMLSeq } from 'yaml';
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
  if (items.length === 0) return [];
  const source = text.slice(block.start, block.end);
  const document = parseDocument(source, { keepSourceTokens: true });
  const root = document.contents;
  let seq: YAMLSeq | undefined;
  let keyNode: Node | undefined;
  if (key === undefined) {
    if (isSeq(root)) seq = root;
  } else if (isMap(root)) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) {
      keyNode = pair.key as Node;
      if (isSeq(pair.value)) seq = pair.value;
      else if (!(pair.value === null || (isScalar(pair.value) && pair.value.value === null))) return [];
    }
  } else if (root !== null) return [];
  const insert = (offset: number, newText: string): TextEdit[] => [{ start: block.start + offset, end: block.start + offset, newText }];

  if (seq?.flow) {
    // A flow list gets flow-mapping items before its closing bracket.
    const close = source.lastIndexOf(']', seq.range?.[1] ?? source.length);
    if (close < 0) return [];
    const rendered = items.map((item) => renderFlow(item)).join(', ');
    return insert(close, `${seq.items.length > 0 ? ', ' : ''}${rendered}`);
  }
  if (seq && seq.items.length > 0) {
    const first = seq.items[0] as Node;
    const last = seq.items[seq.items.length - 1] as Node;
    const dashColumn = columnOf(source, seq.range?.[0] ?? 0);
    const contentColumn = columnOf(source, first.range?.[0] ?? 0);
    const pad = Math.max(contentColumn - dashColumn, 2);
    const at = lineEndAfter(source, seq.range?.[2] ?? last.range?.[2] ?? source.length);
    // Keep the list's rhythm: entries separated by blank lines get a blank line too.
    const lastLineStart = source.lastIndexOf('\n', (last.range?.[0] ?? 1) - 1) + 1;
    const spaced = seq.items.length > 1 && /\n[ \t]*\n$/.test(source.slice(0, lastLineStart));
    const rendered = items.map((item) => renderBlockItem(item, dashColumn, pad, options)).join(spaced ? '\n' : '');
    return insert(at.offset, `${at.needsNewline ? '\n' : ''}${spaced ? '\n' : ''}${rendered}`);
  }
  if (keyNode) {
    // `key:` with no value: the list goes on the lines after the key.
    const keyColumn = columnOf(source, keyNode.range?.[0] ?? 0);
    const at = lineEndAfter(source, keyNode.range?.[1] ?? 0);
    const rendered = items.map((item) => renderBlockItem(item, keyColumn + 2, 2, options)).join('');
    return insert(at.offset, `${at.needsNewline ? '\n' : ''}${rendered}`);
  }
  if (key === undefined) return [];
  // No such key: add it at the end of the root mapping, at the mapping's indentation.
  const mapColumn = isMap(root) ? columnOf(source, root.range?.[0] ?? 0) : 0;
  const at = lineEndAfter(source, isMap(root) ? (root.range?.[2] ?? source.length) : source.length);
  const rendered = items.map((item) => renderBlockItem(item, mapColumn + 2, 2, options)).join('');
  return insert(at.offset, `${at.needsNewline ? '\n' : ''}${' '.repeat(mapColumn)}${key}:\n${rendered}`);
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
function readsAsPlainString(value: string): boolean {
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
