/**
 * Decomposed text (NFD), as macOS apps and some Vietnamese sites produce it, writes "Nguyễn" as
 * "Nguye" + U+0302 + U+0303 + "n". The recognisers, their gazetteers and the registry read composed
 * text (NFC), where a combining mark is no letter and would end a name in the middle of a word. So a
 * paragraph that is not in NFC is read through a composed view of it: its runs of a base character and
 * the marks that follow are composed one by one, and the view remembers where each changed run lies in
 * both texts, so that every offset found in the view maps back to the paragraph's own offsets. A span
 * boundary never falls between a base letter and its marks: an offset inside a run is rounded outwards.
 */
import type { Span } from './types';
import { wrapRuns } from './wrapView';

/** A paragraph read in composed form, with the runs that composition changed, in order. */
export interface ComposedView {
  /** The paragraph with every changed run composed. */
  readonly text: string;
  /** Where each changed run starts and ends in the paragraph (`original`) and in `text` (`composed`), as start/end pairs. */
  readonly original: Int32Array;
  readonly composed: Int32Array;
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The composed view of `prose`, or undefined when `prose` is already composed (nearly always). The test
 * is the engine's own NFC check, which returns the string itself at about 1 ms per MB, as fast as a
 * RegExp for combining marks and exact, so text in NFC pays nothing more.
 */
export function composedView(prose: string): ComposedView | undefined {
  // Latin-1 text holds no combining character and is always composed; V8 answers this test at once for
  // text stored one byte per character, as most paragraphs are.
  if (!BEYOND_LATIN1.test(prose) || prose.normalize('NFC') === prose) return undefined;
  const view = new ViewBuilder(prose);
  for (let i = 0; i < prose.length; ) {
    const width = combiningWidth(prose, i);
    if (width === 0) {
      i++;
      continue;
    }
    // A run: the code point before the first combining character, and every combining character after it.
    const start = i > 1 && isLowSurrogate(prose.charCodeAt(i - 1)) && isHighSurrogate(prose.charCodeAt(i - 2)) ? i - 2 : Math.max(0, i - 1);
    let end = i + width;
    for (let w = combiningWidth(prose, end); w > 0; w = combiningWidth(prose, end)) end += w;
    i = end;
    if (start < view.last) continue;
    const run = prose.slice(start, end);
    const nfc = run.normalize('NFC');
    if (nfc !== run) view.replace(start, end, nfc);
  }
  // Only characters that NFC replaces on their own (U+212B ANGSTROM SIGN) changed: nothing to map.
  return view.finish();
}

/** Builds a view of a paragraph from its replaced runs, given in order. */
class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly original: number[] = [];
  private readonly composed: number[] = [];
  /** The end of the last run replaced. */
  last = 0;
  private length = 0;

  constructor(private readonly prose: string) {}

  /** Reads [start, end) of the paragraph as `replacement`. */
  replace(start: number, end: number, replacement: string): void {
    this.parts.push(this.prose.slice(this.last, start), replacement);
    this.length += start - this.last;
    this.original.push(start, end);
    this.composed.push(this.length, this.length + replacement.length);
    this.length += replacement.length;
    this.last = end;
  }

  /** The view, or undefined when no run was replaced. */
  finish(): ComposedView | undefined {
    if (this.original.length === 0) return undefined;
    this.parts.push(this.prose.slice(this.last));
    return { text: this.parts.join(''), original: Int32Array.from(this.original), composed: Int32Array.from(this.composed) };
  }
}

/**
 * The view the recognisers read a paragraph through: composed (see `composedView`), and with each line
 * break that wraps a sentence read as one space (wrapView.ts); undefined when neither changes anything
 * (nearly always: a paragraph of one line costs one `indexOf`).
 */
export function readingView(prose: string): ComposedView | undefined {
  const view = composedView(prose);
  const wraps = wrapRuns(prose);
  if (wraps.length === 0) return view;
  const reading = new ViewBuilder(prose);
  // The composed view's runs and the wrap runs never overlap (letters and marks, blanks and line breaks); merged in order.
  const runs = view === undefined ? 0 : view.original.length >> 1;
  let w = 0;
  for (let k = 0; k < runs || w < wraps.length; ) {
    const composedStart = k < runs ? view!.original[2 * k]! : Infinity;
    const wrap = wraps[w];
    if (wrap !== undefined && wrap.start < composedStart) {
      reading.replace(wrap.start, wrap.end, ' ');
      w++;
    } else {
      reading.replace(composedStart, view!.original[2 * k + 1]!, view!.text.slice(view!.composed[2 * k]!, view!.composed[2 * k + 1]!));
      k++;
    }
  }
  return reading.finish();
}

/**
 * Characters that compose with the one before: combining marks, and the medial and final conjoining
 * jamo of decomposed Hangul (letters in Unicode, but parts of one syllable).
 */
const COMBINING = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

/**
 * The UTF-16 length of the combining character at `at`, or 0 when there is none. Nothing below U+0300
 * combines, which settles nearly every character without a RegExp; the common blocks of marks (Latin,
 * kana, Hangul jamo) are tested by range, and the RegExp reads the rest (Indic vowel signs, astral marks).
 */
function combiningWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x300 || Number.isNaN(code)) return 0;
  if (code <= 0x36f || (code >= 0x1160 && code <= 0x11ff) || code === 0x3099 || code === 0x309a) return 1;
  if (isLowSurrogate(code)) return 0;
  const width = isHighSurrogate(code) ? 2 : 1;
  return COMBINING.test(text.slice(at, at + width)) ? width : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The span of the view's text that `span` of the paragraph covers. */
export function composedSpan(view: ComposedView, span: Span): Span {
  return mapSpan(span, view.original, view.composed);
}

/** The span of the paragraph that `span` of the view's text covers. */
export function originalSpan(view: ComposedView, span: Span): Span {
  return mapSpan(span, view.composed, view.original);
}

/**
 * Maps a span between two texts whose changed runs are listed, start/end pairs in order, in `from` and
 * `to`. Between runs the texts are equal, so an offset moves by the difference at the run before it;
 * inside a run a start rounds down to the run's start and an end up to its end.
 */
function mapSpan(span: Span, from: Int32Array, to: Int32Array): Span {
  const start = mapOffset(span.start, from, to, false);
  // An empty span stays empty: rounding its two ends apart would make it cover a run.
  return span.end === span.start ? { start, end: start } : { start, end: mapOffset(span.end, from, to, true) };
}

function mapOffset(offset: number, from: Int32Array, to: Int32Array, isEnd: boolean): number {
  // The last run that starts before the offset (at or before it, for a start).
  let lo = 0;
  let hi = from.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const runStart = from[2 * mid]!;
    if (runStart < offset || (!isEnd && runStart === offset)) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return offset;
  const k = lo - 1;
  const runEnd = from[2 * k + 1]!;
  if (offset < runEnd || (isEnd && offset === runEnd)) return isEnd ? to[2 * k + 1]! : to[2 * k]!;
  return to[2 * k + 1]! + (offset - runEnd);
}

/**
 * `value` in NFC, for strings compared with text found in a composed view (short forms of names,
 * corrections). A string with no character from U+0300 on cannot change, and is returned without a
 * call into the engine's normaliser, which costs more than this loop over a short name.
 */
export function composed(value: string): string {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x300) return value.normalize('NFC');
  return value;
}
