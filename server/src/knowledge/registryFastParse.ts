import type { RegistryMap, RegistryNode, RegistryPair, RegistryScalar, RegistrySeq } from './registryTree';

/**
 * Reads the plain block YAML a registry is normally written in, line by line, about twenty times
 * faster than the `yaml` library's full document parse, and with the same values and spans.
 * Anything outside that plain subset (anchors, tags, multi-line or escaped scalars, flow mappings,
 * tabs, comments where they would move a node's end, duplicate keys …) makes it give up, and the
 * caller then parses with the `yaml` library, which also reports the errors.
 * @returns the document's root, or undefined when the text is not in the subset
 */
export function parseRegistryFast(text: string): RegistryNode | undefined {
  // Tabs, carriage returns, a byte order mark or document markers need the full parser's rules.
  if (/[\t\r\ufeff]|^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Thrown (and caught above) when the text leaves the subset; never escapes this module. */
const GIVE_UP: unique symbol = Symbol('give up');

/** A node as read, with its extended end (YAML's third range value): where the next token may start. */
interface Read<T extends RegistryNode> {
  readonly node: T;
  readonly nodeEnd: number;
}

/** One line holding content: its start offset, indentation and end offset (before the newline). */
interface Line {
  readonly start: number;
  readonly indent: number;
  readonly end: number;
}

const KEY = /[A-Za-z_][A-Za-z0-9_-]*(?=:(?: |\n|$))/y;
const NULL_WORDS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
// A plain scalar may not start with an indicator; these characters need the full parser.
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`]/;
// Plain scalars that the core schema reads as something other than a string, and that the reader
// does not resolve itself, start like numbers or special floats.
const NUMBER_LIKE = /^[-+.0-9]/;
const SMALL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
// Registry dates stay strings in the core schema (it has no timestamp type).
const PLAIN_DATE = /^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/;

class Reader {
  private readonly lines: Line[] = [];
  /** Index of the next content line to read. */
  private next = 0;

  constructor(private readonly text: string) {
    let sawContent = false;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === 32) indent++;
      const first = text.charCodeAt(start + indent);
      if (start + indent < end) {
        if (first === 35) {
          // A comment line before the content is harmless; after it, it can move where the
          // enclosing collection ends, so only the shapes checked in `document` are accepted.
          if (sawContent) this.lines.push({ start, indent: -1 - indent, end });
        } else {
          this.lines.push({ start, indent, end });
          sawContent = true;
        }
      }
      if (end === text.length) break;
      start = end + 1;
    }
  }

  document(): RegistryNode | undefined {
    const first = this.peek();
    if (!first) return undefined;
    let root: RegistryNode;
    if (first.indent === 0 && this.text.startsWith('officials:', first.start)) {
      const keyEnd = first.start + 'officials'.length;
      this.lineTail(keyEnd + 1, first.end);
      this.next++;
      const seqLine = this.peek();
      if (!seqLine || seqLine.indent < 0 || !this.isDash(seqLine)) throw GIVE_UP;
      const seq = this.seq(seqLine.indent, true);
      const key: RegistryScalar = { kind: 'scalar', value: 'officials', span: { start: first.start, end: keyEnd } };
      root = { kind: 'map', pairs: [{ key, value: seq.node }], span: { start: first.start, end: seq.nodeEnd } };
    } else if (first.indent === 0 && this.isDash(first)) {
      root = this.seq(0, true).node;
    } else {
      throw GIVE_UP;
    }
    if (this.next < this.lines.length) throw GIVE_UP;
    return root;
  }

  /** The next content or comment line (comment lines carry a negative indent, see the constructor). */
  private peek(): Line | undefined {
    return this.lines[this.next];
  }

  private isDash(line: Line): boolean {
    const at = line.start + line.indent;
    return this.text.charCodeAt(at) === 45 && (at + 1 === line.end || this.text.charCodeAt(at + 1) === 32);
  }

  /** Skips the comment lines between two items of the top-level list (at or left of its dashes). */
  private skipComments(seqIndent: number, topLevel: boolean): void {
    while (true) {
      const line = this.peek();
      if (!line || line.indent >= 0) return;
      const indent = -1 - line.indent;
      let k = this.next + 1;
      while (k < this.lines.length && this.lines[k]!.indent < 0) k++;
      const after = this.lines[k];
      // Comments are accepted only between two entries of the registry list and not deeper than its
      // dashes; elsewhere the `yaml` library extends the enclosing node over them.
      if (!topLevel || indent > seqIndent || !after || after.indent !== seqIndent || !this.isDash(after)) throw GIVE_UP;
      this.next++;
    }
  }

  /** A block sequence whose dashes stand at `indent`. */
  private seq(indent: number, topLevel: boolean): Read<RegistrySeq> {
    const items: (RegistryNode | null)[] = [];
    let start = -1;
    let nodeEnd = 0;
    while (true) {
      this.skipComments(indent, topLevel);
      const line = this.peek();
      if (!line || line.indent !== indent || !this.isDash(line)) break;
      const dash = line.start + indent;
      if (start < 0) start = dash;
      let contentAt = dash + 1;
      while (contentAt < line.end && this.text.charCodeAt(contentAt) === 32) contentAt++;
      if (contentAt >= line.end) throw GIVE_UP;
      let item: Read<RegistryNode>;
      if (this.keyAt(contentAt) !== undefined) {
        item = this.map(contentAt - line.start, contentAt);
      } else {
        item = this.text.charCodeAt(contentAt) === 91 ? this.flowSeq(contentAt, line.end) : this.scalarLine(contentAt, line.end);
        this.next++;
      }
      items.push(item.node);
      nodeEnd = item.nodeEnd;
      const after = this.peek();
      if (after && after.indent > indent) throw GIVE_UP;
    }
    if (start < 0) throw GIVE_UP;
    return { node: { kind: 'seq', items, span: { start, end: nodeEnd } }, nodeEnd };
  }

  /**
   * A block mapping whose keys stand at column `indent`; the first key may start mid-line (after a
   * dash) at `firstAt`.
   */
  private map(indent: number, firstAt: number): Read<RegistryMap> {
    const pairs: RegistryPair[] = [];
    const keys = new Set<string>();
    let nodeEnd = 0;
    let at = firstAt;
    while (true) {
      const line = this.peek()!;
      const name = this.keyAt(at);
      // Keys the core schema reads as null or booleans, and keys written twice (an error the `yaml`
      // library reports), need the full parser.
      if (name === undefined || keys.has(name) || NULL_WORDS.has(name) || BOOLEANS.has(name)) throw GIVE_UP;
      keys.add(name);
      const key: RegistryScalar = { kind: 'scalar', value: name, span: { start: at, end: at + name.length } };
      let valueAt = at + name.length + 1;
      while (valueAt < line.end && this.text.charCodeAt(valueAt) === 32) valueAt++;
      this.next++;
      let value: Read<RegistryNode>;
      if (valueAt < line.end) {
        if (this.text.charCodeAt(valueAt) === 35) throw GIVE_UP;
        value = this.text.charCodeAt(valueAt) === 91 ? this.flowSeq(valueAt, line.end) : this.scalarLine(valueAt, line.end);
        const after = this.peek();
        if (after && after.indent > indent) throw GIVE_UP;
      } else {
        const child = this.peek();
        if (child && child.indent >= 0 && (child.indent > indent || (child.indent === indent && this.isDash(child)))) {
          if (this.isDash(child)) value = this.seq(child.indent, false);
          else value = this.map(child.indent, child.start + child.indent);
        } else {
          // An empty value is a null scalar placed at the end of its line; comment lines after it
          // extend it to the next token, as the `yaml` library reads it.
          let nodeEnd = line.end;
          if (child && child.indent < 0) {
            let k = this.next;
            while (k < this.lines.length && this.lines[k]!.indent < 0) k++;
            const token = this.lines[k];
            if (!token) throw GIVE_UP;
            nodeEnd = token.start + token.indent;
          }
          value = { node: { kind: 'scalar', value: null, span: { start: line.end, end: line.end } }, nodeEnd };
        }
      }
      pairs.push({ key, value: value.node });
      nodeEnd = value.nodeEnd;
      const following = this.peek();
      if (!following || following.indent !== indent || this.isDash(following)) break;
      at = following.start + indent;
    }
    return { node: { kind: 'map', pairs, span: { start: firstAt, end: nodeEnd } }, nodeEnd };
  }

  /** The plain key (without its colon) starting at `at`, if a `key:` starts there. */
  private keyAt(at: number): string | undefined {
    KEY.lastIndex = at;
    return KEY.exec(this.text)?.[0];
  }

  /** A sequence written `[a, b]` on one line, of plain or quoted scalars. */
  private flowSeq(open: number, lineEnd: number): Read<RegistrySeq> {
    const items: RegistryNode[] = [];
    let at = open + 1;
    const skipSpaces = (): void => {
      while (at < lineEnd && this.text.charCodeAt(at) === 32) at++;
    };
    skipSpaces();
    let close: number;
    if (this.text.charCodeAt(at) === 93) {
      close = at;
    } else {
      while (true) {
        skipSpaces();
        const quote = this.text.charCodeAt(at);
        let item: RegistryScalar;
        if (quote === 39 || quote === 34) {
          const end = this.quotedEnd(at, lineEnd);
          item = { kind: 'scalar', value: this.quotedValue(at, end), span: { start: at, end } };
          at = end;
        } else {
          let end = at;
          while (end < lineEnd && !/[,[\]{}#]/.test(this.text[end]!)) end++;
          const raw = this.text.slice(at, end).trimEnd();
          if (raw.length === 0 || !PLAIN_START.test(raw) || raw.includes(': ') || raw.endsWith(':')) throw GIVE_UP;
          item = { kind: 'scalar', value: resolvePlain(raw), span: { start: at, end: at + raw.length } };
          at = end;
        }
        items.push(item);
        skipSpaces();
        const separator = this.text.charCodeAt(at);
        if (separator === 93) break;
        if (separator !== 44) throw GIVE_UP;
        at++;
        skipSpaces();
        // A trailing comma, an empty item or a nested collection needs the full parser.
        if (at >= lineEnd || /[,\]]/.test(this.text[at]!)) throw GIVE_UP;
      }
      close = at;
    }
    return { node: { kind: 'seq', items, span: { start: open, end: close + 1 } }, nodeEnd: this.lineTail(close + 1, lineEnd) };
  }

  /** A plain or single-line quoted scalar from `at` to the end of its line (a trailing comment aside). */
  private scalarLine(at: number, lineEnd: number): Read<RegistryScalar> {
    const quote = this.text.charCodeAt(at);
    if (quote === 39 || quote === 34) {
      const end = this.quotedEnd(at, lineEnd);
      return { node: { kind: 'scalar', value: this.quotedValue(at, end), span: { start: at, end } }, nodeEnd: this.lineTail(end, lineEnd) };
    }
    const lineText = this.text.slice(at, lineEnd);
    const comment = lineText.indexOf(' #');
    const raw = (comment >= 0 ? lineText.slice(0, comment) : lineText).trimEnd();
    if (!PLAIN_START.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes('\u00a0')) throw GIVE_UP;
    return { node: { kind: 'scalar', value: resolvePlain(raw), span: { start: at, end: at + raw.length } }, nodeEnd: this.lineTail(at + raw.length, lineEnd) };
  }

  /** The offset after a quoted scalar's closing quote, on the same line. */
  private quotedEnd(open: number, lineEnd: number): number {
    const quote = this.text[open]!;
    let at = open + 1;
    while (at < lineEnd) {
      const ch = this.text[at]!;
      // Escapes in double quotes need the full parser.
      if (quote === '"' && ch === '\\') throw GIVE_UP;
      if (ch === quote) {
        if (quote === "'" && this.text[at + 1] === "'") {
          at += 2;
          continue;
        }
        return at + 1;
      }
      at++;
    }
    throw GIVE_UP;
  }

  private quotedValue(open: number, end: number): string {
    const inner = this.text.slice(open + 1, end - 1);
    return this.text[open] === "'" ? inner.replace(/''/g, "'") : inner;
  }

  /** Where the next token may start after a value ending at `end`: past spaces, a comment and the newline. */
  private lineTail(end: number, lineEnd: number): number {
    let at = end;
    while (at < lineEnd && this.text.charCodeAt(at) === 32) at++;
    // Only spaces, or a comment after at least one space, may follow a value on its line.
    if (at < lineEnd && !(at > end && this.text.charCodeAt(at) === 35)) throw GIVE_UP;
    return lineEnd < this.text.length ? lineEnd + 1 : lineEnd;
  }
}

/** Resolves a plain scalar as the YAML core schema does, giving up on numbers it does not handle. */
function resolvePlain(raw: string): unknown {
  if (NULL_WORDS.has(raw)) return null;
  const bool = BOOLEANS.get(raw);
  if (bool !== undefined) return bool;
  if (NUMBER_LIKE.test(raw)) {
    if (SMALL_INTEGER.test(raw)) return Number(raw);
    if (PLAIN_DATE.test(raw)) return raw;
    throw GIVE_UP;
  }
  return raw;
}
