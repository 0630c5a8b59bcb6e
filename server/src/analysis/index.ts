/**
 * The analysis core's façade: text in, plain data out. No editor or file-system access happens
 * here, so the language server, the CLI and the tests all run exactly the same analysis.
 */
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { NO_ANNOTATIONS, readAnnotations, type Annotations } from './annotations';
import { findParagraphs } from './bodyRegions';
import { applyCorrections } from './corrections';
import { linkShortNames } from './coreference';
import { detectDateline } from './dateline';
import type { Finding } from './findings';
import { splitFrontMatter, type FrontMatter } from './frontMatter';
import { ParagraphCache, type ParagraphResult } from './paragraphCache';
import { recognizeCommitments } from './recognizers/commitments';
import { recognizeDates } from './recognizers/dates';
import { recognizePlacesAndOrganizations } from './recognizers/namedEntities';
import { recognizePeople } from './recognizers/people';
import { resolveOverlaps, shiftSpan } from './spans';
import { guardText } from './textGuards';
import type { Commitment, Entity, Span } from './types';

export type { Commitment, Entity, EntityKind, Span } from './types';
export type { Finding, FindingCode, FindingFix, Severity } from './findings';
export { ParagraphCache } from './paragraphCache';

/** Inputs of an analysis besides the text. */
export interface AnalysisContext {
  /** Officials known to the workspace; an empty registry when there is none. */
  readonly registry?: OfficialsRegistry;
  /** An explicit document date (YYYY-MM-DD) that overrides the front matter and the dateline. */
  readonly documentDate?: string;
  /** Per-paragraph memo owned by the caller (one per open document); without it every paragraph is analysed. */
  readonly paragraphCache?: ParagraphCache;
}

/** Where the document date came from, and its value. */
export interface DocumentDate {
  /** ISO date YYYY-MM-DD. */
  readonly value: string;
  readonly source: 'override' | 'frontMatter' | 'dateline';
  /** Where it is written, when it is written in the file. */
  readonly span?: Span;
}

/** Everything the analysis knows about one document. Spans are UTF-16 offsets into the whole file. */
export interface DocumentAnalysis {
  /** True when the file was not analysed (binary or too large); `findings` says why. */
  readonly skipped: boolean;
  readonly frontMatter?: FrontMatter;
  readonly bodyStart: number;
  readonly annotations: Annotations;
  readonly documentDate?: DocumentDate;
  /** People, organisations, places and dates, sorted by start, never overlapping each other. */
  readonly entities: readonly Entity[];
  /** Commitment clauses, sorted by start; they contain entities. */
  readonly commitments: readonly Commitment[];
  /** Problems found while reading the file and its front matter. */
  readonly findings: readonly Finding[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Analyses one document: splits off and parses the front matter, finds the document date, then
 * recognises entities and commitments paragraph by paragraph (memoised through `ctx.paragraphCache`).
 */
export function analyzeDocument(text: string, ctx: AnalysisContext = {}): DocumentAnalysis {
  const guard = guardText(text);
  if (guard) {
    return { skipped: true, bodyStart: 0, annotations: NO_ANNOTATIONS, entities: [], commitments: [], findings: [guard] };
  }
  const registry = ctx.registry ?? OfficialsRegistry.empty();
  const split = splitFrontMatter(text);
  const annotations = readAnnotations(split.frontMatter);
  const documentDate = findDocumentDate(text, split.bodyStart, annotations, ctx.documentDate);
  const cache = ctx.paragraphCache ?? new ParagraphCache();
  cache.begin(registry, documentDate?.value);
  const entities: Entity[] = [];
  const commitments: Commitment[] = [];
  const paragraphs = findParagraphs(text, split.bodyStart);
  for (const paragraph of paragraphs) {
    const result = cache.get(paragraph.prose, () => analyzeParagraph(paragraph.prose, registry, documentDate?.value));
    const offset = paragraph.span.start;
    for (const e of result.entities) entities.push({ ...e, span: shiftSpan(e.span, offset) });
    for (const c of result.commitments) {
      commitments.push({ ...c, span: shiftSpan(c.span, offset), ...(c.deadlineSpan ? { deadlineSpan: shiftSpan(c.deadlineSpan, offset) } : {}) });
    }
  }
  cache.end();
  const linked = linkShortNames(text, paragraphs, entities);
  const corrected = applyCorrections(text, paragraphs, linked, annotations);
  return {
    skipped: false,
    ...(split.frontMatter ? { frontMatter: split.frontMatter } : {}),
    bodyStart: split.bodyStart,
    annotations,
    ...(documentDate ? { documentDate } : {}),
    entities: corrected,
    commitments,
    findings: [...split.findings],
  };
}

/** Runs every recogniser on one paragraph; spans in the result are relative to the paragraph. */
export function analyzeParagraph(prose: string, registry: OfficialsRegistry, documentDate: string | undefined): ParagraphResult {
  const people = recognizePeople(prose, { registry, ...(documentDate ? { documentDate } : {}) });
  const named = recognizePlacesAndOrganizations(prose);
  const dates = recognizeDates(prose, documentDate ? { documentDate } : {});
  const entities = resolveOverlaps([...people, ...named, ...dates]);
  const keptDates = entities.filter((e) => e.kind === 'date');
  const commitments = recognizeCommitments(prose, { dates: keptDates, entities: entities.filter((e) => e.kind !== 'date') });
  return { entities, commitments };
}

function findDocumentDate(
  text: string,
  bodyStart: number,
  annotations: Annotations,
  override: string | undefined,
): DocumentDate | undefined {
  if (override && ISO_DAY.test(override)) return { value: override, source: 'override' };
  const date = annotations.date;
  if (date && ISO_DAY.test(date.value) && !Number.isNaN(Date.parse(date.value))) {
    return { value: date.value, source: 'frontMatter', span: date.span };
  }
  // The dateline is the anchor for relative dates; the file's modification time is never used.
  const dateline = detectDateline(text.slice(bodyStart, bodyStart + 4000));
  if (dateline) return { value: dateline.value, source: 'dateline', span: shiftSpan(dateline.span, bodyStart) };
  return undefined;
}
