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

/** A paragraph's pieces, relative to the paragraph, memoised on its entity list (a new list whenever they change). */
const PARAGRAPH_PIECES = new WeakMap<readonly Entity[], { readonly commitments: readonly Commitment[]; readonly pieces: number[] }>();

/** The pieces of one paragraph of `analysis.paragraphs`, relative to its offset. */
function paragraphPieces(paragraph: PlacedParagraph): number[] {
  const cached = PARAGRAPH_PIECES.get(paragraph.entities);
  if (cached !== undefined && cached.commitments === paragraph.commitments) return cached.pieces;
  const pieces = piecesOf(paragraph.entities, paragraph.commitments);
  PARAGRAPH_PIECES.set(paragraph.entities, { commitments: paragraph.commitments, pieces });
  return pieces;
}

/** Pieces with the offset to add to them. */
interface PieceRun {
  readonly offset: number;
  readonly pieces: readonly number[];
}

/**
 * The analysis as runs of pieces: one per paragraph when the analysis offers them (paragraphs do not
 * overlap, so their pieces in order are the file's pieces in order), else one run over the whole file.
 */
function pieceRuns(analysis: DocumentAnalysis): PieceRun[] {
  if (analysis.paragraphs !== undefined) return analysis.paragraphs.map((p) => ({ offset: p.offset, pieces: paragraphPieces(p) }));
  return [{ offset: 0, pieces: piecesOf(analysis.entities, analysis.commitments) }];
}

/** Whether a code unit is white space as `/\s/` defines it; ASCII is decided without a regular expression. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

const LINE_BREAK = /[\r\n]/g;
/** Numbers per chunk of encoded data (a multiple of five, a token's size). */
const CHUNK = 5 * 2048;

/**
 * Encodes an analysis as LSP semantic-token data in one linear pass without intermediate token objects:
 * entity and clause tokens are merged in file order, split at line breaks, stripped of leading
 * indentation, clipped so that none starts before the previous one ends, and delta-encoded.
 */
export function encodeAnalysis(document: PositionedText, analysis: DocumentAnalysis, within?: Span): number[] {
  const text = document.getText();
  const runs = pieceRuns(analysis);
  const low = within?.start ?? 0;
  const high = within?.end ?? text.length;
  // The data is written in chunks joined at the end: growing one large array copies it again and again,
  // and a preallocated one has holes, which makes its JSON serialisation several times slower.
  const chunks: number[][] = [];
  let chunk: number[] = [];
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  // The first line break at or after `searchedFrom`; pieces come in file order, so on a long line it
  // is found once rather than once per token.
  let searchedFrom = Number.POSITIVE_INFINITY;
  let nextBreak = -1;
  // The line of the text before `nextBreak`, looked up once per line rather than once per token.
  let lineBreakOfLine = -2;
  let line = 0;
  let lineStart = 0;
  // Editors reject the whole token set when a token starts before the previous one ends (possible with
  // nested commitment clauses over several lines), so each token is clipped to start after the last.
  let encodedEnd = 0;
  for (const run of runs) {
    const { offset, pieces } = run;
    for (let k = 0; k < pieces.length; k += 4) {
      let start = pieces[k]! + offset;
      let end = pieces[k + 1]! + offset;
      const type = pieces[k + 2]!;
      const modifiers = pieces[k + 3]!;
      if (start < low) start = low;
      if (start < encodedEnd) start = encodedEnd;
      if (end > high) end = high;
      if (start >= end) continue;
      encodedEnd = end;
      let pieceStart = start;
      while (pieceStart < end) {
        if (pieceStart < searchedFrom || nextBreak < pieceStart) {
          // A lone CR ends a line too (as in LSP positions), so a piece never spans one.
          LINE_BREAK.lastIndex = pieceStart;
          nextBreak = LINE_BREAK.exec(text)?.index ?? text.length;
          searchedFrom = pieceStart;
        }
        const pieceEnd = nextBreak > end ? end : nextBreak;
        // Leading indentation of a wrapped line is not part of the token.
        while (pieceStart < pieceEnd && isSpace(text.charCodeAt(pieceStart))) pieceStart++;
        if (pieceEnd > pieceStart) {
          // Everything before `nextBreak` from here on shares one line, so its position is computed once.
          if (lineBreakOfLine !== nextBreak) {
            const pos = document.positionAt(pieceStart);
            line = pos.line;
            lineStart = pieceStart - pos.character;
            lineBreakOfLine = nextBreak;
          }
          const char = pieceStart - lineStart;
          if (n >= CHUNK) {
            chunks.push(chunk);
            chunk = [];
            n = 0;
          }
          // Indexed stores; a five-argument push is several times slower in V8.
          chunk[n++] = line - prevLine;
          chunk[n++] = line === prevLine ? char - prevChar : char;
          chunk[n++] = pieceEnd - pieceStart;
          chunk[n++] = type;
          chunk[n++] = modifiers;
          prevLine = line;
          prevChar = char;
        }
        pieceStart = pieceEnd + 1;
      }
    }
  }
  if (chunks.length === 0) return chunk;
  chunks.push(chunk);
  return ([] as number[]).concat(...chunks);
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
