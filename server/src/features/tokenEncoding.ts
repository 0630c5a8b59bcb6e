import type { SemanticTokensEdit } from 'vscode-languageserver';
import type { DocumentAnalysis, PlacedParagraph } from '../analysis/index';
import type { Commitment, Entity, EntityKind, Span } from '../analysis/types';
import { OFFICIAL_MODIFIER, TOKEN_TYPES } from './semanticTokenLegend';

/** What the encoder needs of a document: its text and LSP positions (satisfied by `TextDocument`). */
export interface PositionedText {
  getText(): string;
  positionAt(offset: number): { line: number; character: number };
}

const TYPE_OF = new Map<EntityKind, number>(TOKEN_TYPES.map((kind, i) => [kind, i]));
const COMMITMENT_TYPE = TOKEN_TYPES.indexOf('commitment');

/**
 * The commitment-clause pieces that lie between entities, as flat (start, end) pairs in file order:
 * entities win over the clauses that contain them, so a clause is coloured only in its gaps.
 */
export function clauseGaps(analysis: Pick<DocumentAnalysis, 'entities' | 'commitments'>): number[] {
  const entities = analysis.entities;
  const gaps: number[] = [];
  let i = 0;
  let sorted = true;
  for (const c of analysis.commitments) {
    while (i < entities.length && entities[i]!.span.end <= c.span.start) i++;
    let cursor = c.span.start;
    // Overlapping (nested) clauses can emit pieces out of order; they are sorted below, stably.
    if (gaps.length > 0 && cursor < gaps[gaps.length - 2]!) sorted = false;
    for (let j = i; j < entities.length; j++) {
      const span = entities[j]!.span;
      if (span.start >= c.span.end) break;
      if (span.start > cursor) gaps.push(cursor, span.start);
      if (span.end > cursor) cursor = span.end;
    }
    if (cursor < c.span.end) gaps.push(cursor, c.span.end);
  }
  return sorted ? gaps : sortPairs(gaps);
}

/** Sorts (start, end) pairs by start, keeping the order of equal starts. */
function sortPairs(pairs: readonly number[]): number[] {
  const order = Array.from({ length: pairs.length / 2 }, (_, k) => k);
  order.sort((a, b) => pairs[2 * a]! - pairs[2 * b]! || a - b);
  const out: number[] = new Array<number>(pairs.length);
  order.forEach((k, n) => {
    out[2 * n] = pairs[2 * k]!;
    out[2 * n + 1] = pairs[2 * k + 1]!;
  });
  return out;
}

/**
 * Entity and clause tokens before line splitting, as (start, end, type, modifiers) quadruples in file
 * order: entities and the clause gaps between them merged, a gap first only when it starts strictly
 * before the next entity (a stable merge).
 */
function piecesOf(entities: readonly Entity[], commitments: readonly Commitment[]): number[] {
  const gaps = clauseGaps({ entities, commitments });
  const pieces: number[] = [];
  let i = 0;
  let g = 0;
  while (i < entities.length || g < gaps.length) {
    if (g < gaps.length && (i >= entities.length || gaps[g]! < entities[i]!.span.start)) {
      pieces.push(gaps[g]!, gaps[g + 1]!, COMMITMENT_TYPE, 0);
      g += 2;
    } else {
      const e = entities[i++]!;
      pieces.push(e.span.start, e.span.end, TYPE_OF.get(e.kind) ?? -1, e.kind === 'person' && e.officialId ? OFFICIAL_MODIFIER : 0);
    }
  }
  return pieces;
}

/**
 * Tokens encoded relative to an origin: the first token's line counts from the origin's line, and a
 * character on that line counts from the origin (on later lines, from the line's start). `lastLine` and
 * `lastChar` are the last token's position in the same terms; both are 0 when `data` is empty.
 */
interface EncodedRun {
  readonly data: readonly number[];
  readonly lastLine: number;
  readonly lastChar: number;
}

const NO_TOKENS: EncodedRun = { data: [], lastLine: 0, lastChar: 0 };

/**
 * A paragraph's encoded tokens, memoised on its entity list (a new list whenever its results change)
 * with the commitments they were made with. The encoding depends on the paragraph's text as well,
 * which equal lists imply only for verbatim paragraphs (see `PlacedParagraph.verbatim`).
 */
const PARAGRAPH_TOKENS = new WeakMap<readonly Entity[], { readonly commitments: readonly Commitment[]; readonly run: EncodedRun }>();

/** The tokens of one paragraph relative to its offset, from the memo when it holds them. */
function paragraphTokens(text: string, paragraph: PlacedParagraph): EncodedRun {
  if (paragraph.entities.length === 0 && paragraph.commitments.length === 0) return NO_TOKENS;
  const cached = paragraph.verbatim ? PARAGRAPH_TOKENS.get(paragraph.entities) : undefined;
  if (cached !== undefined && cached.commitments === paragraph.commitments) return cached.run;
  const run = encodeRun(text, paragraph.offset, piecesOf(paragraph.entities, paragraph.commitments), paragraph.offset, 0, text.length);
  if (paragraph.verbatim) PARAGRAPH_TOKENS.set(paragraph.entities, { commitments: paragraph.commitments, run });
  return run;
}

/** Whether a code unit is white space as `/\s/` defines it; ASCII is decided without a regular expression. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

const LINE_BREAK = /[\r\n]/g;

/**
 * Encodes pieces (offsets relative to `pieceOffset`) in one linear pass, relative to `origin` (see
 * `EncodedRun`), which must lie at or before the first piece: pieces are clipped to [low, high), split
 * at line breaks, stripped of leading indentation, clipped so that none starts before the previous one
 * ends (editors reject the whole set otherwise; nested clauses over several lines could), and
 * delta-encoded. A lone CR ends a line as a LF or a CRLF does, as in LSP positions.
 */
function encodeRun(text: string, origin: number, pieces: readonly number[], pieceOffset: number, low: number, high: number): EncodedRun {
  const data: number[] = [];
  let n = 0;
  let line = 0;
  let lineStart = origin;
  // The first line break at or after `lineStart`, found once per line rather than once per token.
  let lineBreak = -1;
  let prevLine = 0;
  let prevChar = 0;
  let encodedEnd = 0;
  for (let k = 0; k < pieces.length; k += 4) {
    let start = pieces[k]! + pieceOffset;
    let end = pieces[k + 1]! + pieceOffset;
    if (start < low) start = low;
    if (start < encodedEnd) start = encodedEnd;
    if (end > high) end = high;
    if (start >= end) continue;
    encodedEnd = end;
    const type = pieces[k + 2]!;
    const modifiers = pieces[k + 3]!;
    let pieceStart = start;
    while (pieceStart < end) {
      // Moves to the line of `pieceStart`.
      for (;;) {
        if (lineBreak < lineStart) {
          LINE_BREAK.lastIndex = lineStart;
          lineBreak = LINE_BREAK.exec(text)?.index ?? text.length;
        }
        if (lineBreak >= pieceStart) break;
        line++;
        lineStart = lineBreak + (text.charCodeAt(lineBreak) === 13 && text.charCodeAt(lineBreak + 1) === 10 ? 2 : 1);
      }
      const pieceEnd = lineBreak > end ? end : lineBreak;
      // Leading indentation of a wrapped line is not part of the token (nor is the LF of a CRLF).
      while (pieceStart < pieceEnd && isSpace(text.charCodeAt(pieceStart))) pieceStart++;
      if (pieceEnd > pieceStart) {
        const char = pieceStart - lineStart;
        // Indexed stores; a five-argument push is several times slower in V8.
        data[n++] = line - prevLine;
        data[n++] = line === prevLine ? char - prevChar : char;
        data[n++] = pieceEnd - pieceStart;
        data[n++] = type;
        data[n++] = modifiers;
        prevLine = line;
        prevChar = char;
      }
      pieceStart = pieceEnd + 1;
    }
  }
  return n === 0 ? NO_TOKENS : { data, lastLine: prevLine, lastChar: prevChar };
}

/**
 * Semantic-token data with the runs it was joined from: each run's data and the re-based first token
 * (line delta, character delta) of each, so that the next encoding can reuse what did not change.
 */
export interface EncodedTokens {
  readonly data: number[];
  readonly runs: readonly (readonly number[])[];
  readonly heads: readonly number[];
}

/** Runs of encoded tokens placed in the document, joined into one array of data at the end. */
class RunJoiner {
  private readonly runs: (readonly number[])[] = [];
  private readonly heads: number[] = [];
  private line = 0;
  private char = 0;

  /** Adds a run whose origin is at (line, character) of the document. */
  add(run: EncodedRun, line: number, character: number): void {
    const data = run.data;
    if (data.length === 0) return;
    const firstLine = line + data[0]!;
    const firstChar = data[0] === 0 ? character + data[1]! : data[1]!;
    this.heads.push(firstLine - this.line, firstLine === this.line ? firstChar - this.char : firstChar);
    this.runs.push(data);
    this.line = line + run.lastLine;
    this.char = run.lastLine === 0 ? character + run.lastChar : run.lastChar;
  }

  /**
   * The runs' data in one array, each run's first token re-based. The runs that `previous` begins and
   * ends with, unchanged and re-based alike, are copied from its data in two blocks: after a keystroke
   * that is all but one paragraph, and joining every run again took 1.2 ms for a 1 MB document.
   */
  join(previous?: EncodedTokens): EncodedTokens {
    const { runs, heads } = this;
    if (previous === undefined) return { data: rebased(concatAll(runs), runs, heads, 0, runs.length), runs, heads };
    const before = previous.runs;
    const most = Math.min(runs.length, before.length);
    const same = (i: number, j: number): boolean => runs[i] === before[j] && heads[2 * i] === previous.heads[2 * j] && heads[2 * i + 1] === previous.heads[2 * j + 1];
    let prefix = 0;
    while (prefix < most && same(prefix, prefix)) prefix++;
    let suffix = 0;
    while (suffix < most - prefix && same(runs.length - 1 - suffix, before.length - 1 - suffix)) suffix++;
    if (prefix === 0 && suffix === 0) return { data: rebased(concatAll(runs), runs, heads, 0, runs.length), runs, heads };
    let prefixLength = 0;
    for (let i = 0; i < prefix; i++) prefixLength += before[i]!.length;
    let suffixLength = 0;
    for (let i = 0; i < suffix; i++) suffixLength += before[before.length - 1 - i]!.length;
    const middleEnd = runs.length - suffix;
    const middle = rebased(concatAll(runs.slice(prefix, middleEnd)), runs, heads, prefix, middleEnd);
    const data = previous.data.slice(0, prefixLength).concat(middle, previous.data.slice(previous.data.length - suffixLength));
    return { data, runs, heads };
  }
}

/** Writes the re-based first token of runs [from, to) into `data`, which holds those runs one after another. */
function rebased(data: number[], runs: readonly (readonly number[])[], heads: readonly number[], from: number, to: number): number[] {
  let at = 0;
  for (let i = from; i < to; i++) {
    data[at] = heads[2 * i]!;
    data[at + 1] = heads[2 * i + 1]!;
    at += runs[i]!.length;
  }
  return data;
}

/** How many arrays one `concat` call is given; a spread of every paragraph of a 10 MB document could overflow the stack. */
const CONCAT_GROUP = 4096;

/**
 * The arrays one after another in a new array. `concat` copies packed arrays of small integers as
 * blocks, where a copy element by element took 2–3 ms for the 145,000 numbers of a 1 MB document,
 * and its result has no holes (a preallocated array has, and serialises to JSON several times slower).
 */
function concatAll(arrays: readonly (readonly number[])[]): number[] {
  if (arrays.length <= CONCAT_GROUP) return ([] as number[]).concat(...arrays);
  const groups: number[][] = [];
  for (let i = 0; i < arrays.length; i += CONCAT_GROUP) groups.push(([] as number[]).concat(...arrays.slice(i, i + CONCAT_GROUP)));
  return ([] as number[]).concat(...groups);
}

/**
 * Encodes an analysis as LSP semantic-token data. With the analysis's paragraphs, each paragraph's
 * tokens are encoded relative to its start and memoised, so after a keystroke only the edited
 * paragraph is encoded again and the rest is copied (from `previous`, the last encoding of the same
 * document, where it can be), with the first token of each re-based on the last one before it: delta
 * encoding makes every other token independent of where its paragraph is.
 */
export function encodeTokens(document: PositionedText, analysis: DocumentAnalysis, previous?: EncodedTokens): EncodedTokens {
  if (analysis.paragraphs === undefined) {
    return { data: encodeAnalysis(document, analysis), runs: [], heads: [] };
  }
  const text = document.getText();
  const joiner = new RunJoiner();
  for (const paragraph of analysis.paragraphs) {
    const run = paragraphTokens(text, paragraph);
    if (run.data.length === 0) continue;
    const at = document.positionAt(paragraph.offset);
    joiner.add(run, at.line, at.character);
  }
  return joiner.join(previous);
}

/** Semantic-token data of an analysis, or of the part of it within a range. */
export function encodeAnalysis(document: PositionedText, analysis: DocumentAnalysis, within?: Span): number[] {
  if (within === undefined && analysis.paragraphs !== undefined) return encodeTokens(document, analysis).data;
  // A range (or an analysis without paragraphs) is encoded from the start of the line where it begins.
  const text = document.getText();
  const low = within?.start ?? 0;
  const high = within?.end ?? text.length;
  const at = document.positionAt(low);
  const joiner = new RunJoiner();
  joiner.add(encodeRun(text, low - at.character, piecesOf(analysis.entities, analysis.commitments), 0, low, high), at.line, 0);
  return joiner.join().data;
}

/**
 * The edits that turn `previous` into `next`: one replacement of the differing middle, found from the
 * common prefix and suffix (the shape editors expect for a keystroke's change).
 */
export function diffTokenData(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  // A delta request without an edit in between gets back the very array it was sent.
  if (previous === next) return [];
  let start = 0;
  const shorter = Math.min(previous.length, next.length);
  while (start < shorter && previous[start] === next[start]) start++;
  if (start === previous.length && start === next.length) return [];
  let previousEnd = previous.length;
  let nextEnd = next.length;
  while (previousEnd > start && nextEnd > start && previous[previousEnd - 1] === next[nextEnd - 1]) {
    previousEnd--;
    nextEnd--;
  }
  const edit: SemanticTokensEdit = { start, deleteCount: previousEnd - start };
  return [nextEnd > start ? { ...edit, data: next.slice(start, nextEnd) } : edit];
}
