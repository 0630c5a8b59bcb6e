/**
 * The `yaml` library's errors as an analyst reads them. Its messages are written for developers
 * ("Nested mappings are not allowed in compact mappings", "please use YAML.parseAllDocuments()") and
 * point at one character; the slips analysts make are few and known — a colon or a quote inside an
 * unquoted or quoted value, a key written twice, an unclosed quote — so each gets a message that says
 * what to write and a range over the value or key concerned. Other errors keep the library's wording.
 * Pure: text in, message and range out; offsets are into the YAML block.
 */
import { isScalar, visit, type Document } from 'yaml';
import type { Span } from './types';

/** What `yaml` reports: its error code, its range in the block and its message. */
export interface YamlProblem {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

/** The analyst's message and the range (in the block) to underline; `first` is an earlier place the problem refers to. */
export interface ExplainedProblem {
  readonly message: string;
  readonly span: Span;
  readonly first?: { readonly span: Span; readonly message: string };
}

/**
 * Explains one `yaml` error of `source` (the front matter's text). `firstKeys` maps where a key is
 * written again to where its mapping first wrote it (see `firstWritings`).
 */
export function explainYamlProblem(problem: YamlProblem, source: string, firstKeys: ReadonlyMap<number, Span> = NO_KEYS): ExplainedProblem {
  const at = Math.min(problem.pos[0], source.length);
  const line = lineAround(source, at);
  const key = keyOfLine(source, line);
  switch (problem.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      // `title: Hanoi summit: Japan …` — the second ": " reads as a key inside the value.
      return {
        message: `${key ? `The value of \`${key.name}\`` : 'This value'} contains ": ", which YAML reads as the start of another key: put the whole value in double quotes.`,
        span: valueSpan(source, line, key, at),
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'A key must be on one line: if this line continues the value above it, put that value in double quotes.',
        span: trimmedLine(source, line),
      };
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected scalar at node end/.test(problem.message)) {
        // `'Japan's summit'` or `"a "free" port"`: the quote closes early and text follows it.
        return {
          message: `Text follows a closing quote${key ? ` in the value of \`${key.name}\`` : ''}: inside '…' write an apostrophe twice (''), inside "…" write \\" — or quote the value with the other kind of quotes.`,
          span: valueSpan(source, line, key, at),
        };
      }
      break;
    case 'MISSING_CHAR':
      if (/^Missing closing ["']quote/.test(problem.message)) return unclosedQuote(source, at, problem.message.includes('"') ? '"' : "'");
      break;
    case 'DUPLICATE_KEY':
      return duplicateKey(source, at, line, key, firstKeys);
    case 'MULTIPLE_DOCS':
      return {
        message: 'A `---` line with more text after it does not close the front matter but starts a second YAML document: the closing line must be `---` alone.',
        span: trimmedLine(source, line),
      };
    case 'TAB_AS_INDENT':
      return { message: 'YAML cannot be indented with tabs: indent with spaces.', span: trimmedLine(source, line) };
    default:
      break;
  }
  return { message: firstLine(problem.message), span: visible(problem.pos, source) };
}

/** The line holding `at`: its start and its end (before the line break). */
function lineAround(source: string, at: number): Span {
  const before = source.lastIndexOf('\n', at - 1);
  const start = before + 1;
  const after = source.indexOf('\n', at);
  let end = after < 0 ? source.length : after;
  if (end > start && source[end - 1] === '\r') end--;
  return { start, end };
}

/** The line without its indentation, a list dash and trailing spaces. */
function trimmedLine(source: string, line: Span): Span {
  let start = line.start;
  let end = line.end;
  while (start < end && /[ \t]/.test(source[start]!)) start++;
  while (end > start && /[ \t]/.test(source[end - 1]!)) end--;
  return end > start ? { start, end } : { start: line.start, end: Math.min(line.start + 1, source.length) };
}

interface KeyOfLine {
  readonly name: string;
  readonly span: Span;
  /** Where the value after `key:` starts. */
  readonly valueStart: number;
  readonly indent: number;
}

/** Longer keys are no implicit YAML keys: the scan for a key's colon stops there. */
const MAX_KEY_LENGTH = 1024;

/**
 * The plain key written at the start of a line (`  - title: …` gives `title`), if any. A scan, not a
 * regular expression: a line of spaces without a colon made a pattern's two blank-matching parts try
 * every split of the run, which took seconds for a long line and was paid again on every keystroke.
 */
function keyOfLine(source: string, line: Span): KeyOfLine | undefined {
  let at = line.start;
  // Indentation and list dashes ("  - - key: value").
  for (;;) {
    while (at < line.end && (source[at] === ' ' || source[at] === '\t')) at++;
    if (source[at] === '-' && (source[at + 1] === ' ' || source[at + 1] === '\t')) at += 2;
    else break;
  }
  const start = at;
  if (start >= line.end || NOT_A_PLAIN_KEY_START.has(source[start]!)) return undefined;
  const limit = Math.min(line.end, start + MAX_KEY_LENGTH);
  for (let i = start; i < limit; i++) {
    const ch = source[i]!;
    if (ch === '#') return undefined;
    if (ch !== ':' || (i + 1 < line.end && source[i + 1] !== ' ' && source[i + 1] !== '\t')) continue;
    let end = i;
    while (end > start && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
    if (end === start) return undefined;
    let valueStart = i + 1;
    while (valueStart < line.end && (source[valueStart] === ' ' || source[valueStart] === '\t')) valueStart++;
    return { name: source.slice(start, end), span: { start, end }, valueStart, indent: start - line.start };
  }
  return undefined;
}

/** Characters that cannot open a plain YAML key (indicators, quotes, brackets). */
const NOT_A_PLAIN_KEY_START = new Set([...'#\'"{[]},:&*!|>%@`-?']);

/** The value on the line: after its key when there is one, else from `at`, to the end of the line. */
function valueSpan(source: string, line: Span, key: KeyOfLine | undefined, at: number): Span {
  const start = key && key.valueStart < line.end ? key.valueStart : Math.min(at, line.end);
  const trimmed = trimmedLine(source, { start, end: line.end });
  return trimmed.end > trimmed.start ? trimmed : visible([at, at], source);
}

/** An unclosed quote, reported on the value it opens: the library points at the end of the block. */
function unclosedQuote(source: string, at: number, quote: string): ExplainedProblem {
  // The opening quote is the last one that starts a value before the end the library reached.
  const opener = new RegExp(`(?:^|[:\\-[{,][ \\t]*)${quote === '"' ? '"' : "'"}`, 'gm');
  let open = -1;
  for (let m = opener.exec(source); m !== null && m.index < at; m = opener.exec(source)) open = m.index + m[0].length - 1;
  const message = `This ${quote === '"' ? 'double' : 'single'} quote is never closed: end the value with ${quote}.`;
  if (open < 0) return { message, span: visible([at, at], source) };
  const line = lineAround(source, open);
  return { message, span: { start: open, end: Math.max(line.end, open + 1) } };
}

/** A key written twice in one mapping, named, on the second writing, with the first as related. */
function duplicateKey(source: string, at: number, line: Span, key: KeyOfLine | undefined, firstKeys: ReadonlyMap<number, Span>): ExplainedProblem {
  if (!key || key.span.end <= at) {
    return { message: 'A key is written twice in this mapping: keep one of them.', span: trimmedLine(source, line) };
  }
  const first = firstKeys.get(key.span.start);
  return {
    message: `\`${key.name}\` is written twice in this mapping: keep one of them (merge their values if both matter).`,
    span: key.span,
    ...(first ? { first: { span: first, message: `\`${key.name}\` is first written here` } } : {}),
  };
}

const NO_KEYS: ReadonlyMap<number, Span> = new Map();

/**
 * Where each key written again in its mapping was first written, by the start of the later writing:
 * one pass over the parsed mappings (a walk back over the lines for each duplicate was quadratic).
 */
export function firstWritings(document: Document): Map<number, Span> {
  const firsts = new Map<number, Span>();
  visit(document, {
    Map(_, map) {
      const seen = new Map<string, Span>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        // As YAML compares keys: `1` and `"1"` are two keys.
        const name = `${typeof pair.key.value}:${String(pair.key.value)}`;
        const span = { start: pair.key.range[0], end: pair.key.range[1] };
        const first = seen.get(name);
        if (first) firsts.set(span.start, first);
        else seen.set(name, span);
      }
    },
  });
  return firsts;
}

/**
 * A range at least one character wide, so the editor shows it. An error at the very end of the block
 * (an unclosed bracket) is put on the last line that has text, not on the closing `---` line.
 */
function visible(pos: readonly [number, number], source: string): Span {
  const length = source.trimEnd().length;
  if (pos[0] >= length) return length === 0 ? { start: 0, end: Math.min(1, source.length) } : trimmedLine(source, lineAround(source, length - 1));
  return { start: pos[0], end: Math.max(Math.min(pos[1], length), pos[0] + 1) };
}

/** The first line of a library message (the rest is a code excerpt). */
export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
