import type { Annotations, CorrectionAnnotation } from './annotations';
import type { Paragraph } from './bodyRegions';
import { composed, readingView, originalSpan } from './normalization';
import { recognizeDates } from './recognizers/dates';
import { shiftSpan } from './spans';
import type { Entity, Span } from './types';

/**
 * Applies the analyst's corrections from the front matter: `corrections.ignore` removes every entity
 * with that text, `corrections.add` marks every occurrence of a text as the given kind. The analyst's
 * word beats any heuristic, so added spans replace whatever they overlap.
 */
export function applyCorrections(
  text: string,
  paragraphs: readonly Paragraph[],
  entities: readonly Entity[],
  annotations: Annotations,
  documentDate?: string,
): Entity[] {
  if (annotations.ignore.length === 0 && annotations.add.length === 0) return [...entities];
  // Texts are compared composed (NFC): the front matter and the body may be written in different forms.
  const ignored = new Set(annotations.ignore.map((c) => composed(c.text.value.trim())));
  let result = entities.filter((e) => !ignored.has(composed(e.text)));
  const added: Entity[] = [];
  const spans = addedSpans(text, paragraphs, annotations.add);
  annotations.add.forEach((correction, i) => {
    const found = spans[i]!;
    if (found.length === 0 || !correction.kind) return;
    const needle = correction.text.value.trim();
    // A date the analyst adds is resolved as the recogniser would resolve the same words.
    const value = correction.kind === 'date' ? dateValueOf(needle, documentDate) : undefined;
    for (const span of found) {
      added.push({
        kind: correction.kind,
        span,
        // The file's own text, which differs from the needle where one of them is decomposed.
        text: sliceOr(text, span, needle),
        source: 'annotation',
        reason: 'added by the analyst under `corrections.add` in the front matter',
        ...(value ?? {}),
      });
    }
  });
  if (added.length > 0) {
    // Code units an added span covers: an overlap test costs the span's length, where comparing with
    // every added span made a correction of a common word ("the") quadratic over the document.
    const covered = coverage(text.length, spans);
    result = result.filter((e) => !isCovered(covered, e.span));
  }
  return [...result, ...added].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The spans each `corrections.add` entry marks (parallel to `add`): its text's whole-word occurrences
 * in the body's prose. Longer texts are placed first, whatever their order in the front matter, so that
 * "Asia Zero Emission Community" is one span even when "Zero Emission" is listed before it; an
 * occurrence overlapping a span already placed is left out.
 */
export function addedSpans(text: string, paragraphs: readonly Paragraph[], add: readonly CorrectionAnnotation[]): Span[][] {
  const spans: Span[][] = add.map(() => []);
  if (add.length === 0) return spans;
  const covered = new Uint8Array(text.length + 1);
  const order = add.map((_, i) => i).sort((a, b) => add[b]!.text.value.trim().length - add[a]!.text.value.trim().length || a - b);
  // Decomposed paragraphs are searched in their composed form for the composed needle, and the hits
  // mapped back; found once per paragraph, and only here, where the analyst asked for additions.
  const views = paragraphs.map((paragraph) => readingView(paragraph.prose));
  for (const i of order) {
    const correction = add[i]!;
    const needle = composed(correction.text.value.trim());
    if (needle.length === 0 || !correction.kind) continue;
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p]!;
      const view = views[p];
      const haystack = view?.text ?? paragraph.prose;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        const found = { start: at, end: at + needle.length };
        const own = view === undefined ? found : originalSpan(view, found);
        const span = shiftSpan(own, paragraph.span.start);
        if (!isWordBounded(text, span.start, span.end) || isCovered(covered, span)) continue;
        covered.fill(1, span.start, span.end);
        spans[i]!.push(span);
      }
    }
  }
  for (const list of spans) list.sort((a, b) => a.start - b.start);
  return spans;
}

function coverage(length: number, spans: readonly (readonly Span[])[]): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const list of spans) for (const span of list) covered.fill(1, span.start, span.end);
  return covered;
}

function isCovered(covered: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (covered[i] === 1) return true;
  return false;
}

// A combining mark continues the word of the letter it sits on ("Ha" is not a word of "Ha\u0300 No\u0323i").
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** The file's text over `span`, or `fallback` when the span is empty. */
function sliceOr(text: string, span: Span, fallback: string): string {
  return span.end > span.start ? text.slice(span.start, span.end) : fallback;
}

function isWordBounded(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(text.charAt(start - 1)) && !LETTER_OR_DIGIT.test(text.charAt(end));
}

/** The value of a date written as `text`, against the document date, when the date rules read all of it as one date. */
function dateValueOf(text: string, documentDate: string | undefined): Pick<Entity, 'value' | 'precision' | 'relative'> | undefined {
  const whole = recognizeDates(text, documentDate ? { documentDate } : {}).find((e) => e.span.start === 0 && e.span.end === text.length);
  if (whole?.value === undefined) return undefined;
  return { value: whole.value, ...(whole.precision ? { precision: whole.precision } : {}), ...(whole.relative !== undefined ? { relative: whole.relative } : {}) };
}
