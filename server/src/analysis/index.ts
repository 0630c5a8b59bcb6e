/**
 * The analysis core's façade: text in, plain data out. No editor or file-system access happens
 * here, so the language server, the CLI and the tests all run exactly the same analysis.
 */
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { NO_ANNOTATIONS, readAnnotations, type Annotations } from './annotations';
import { findParagraphs, type Paragraph } from './bodyRegions';
import { applyCorrections } from './corrections';
import { resolveSharedNames } from './officialResolution';
import { collectShortNames, compileShortNames, shortNameCandidates, shortNameLinks, shortNamesKey, type ShortNameMatcher } from './coreference';
import { entitiesInOriginal, linkedInComposed, resultInOriginal } from './composedResults';
import { readingView } from './normalization';
import { parseDocumentDay } from './dateResolution';
import { detectDateline } from './dateline';
import type { Finding } from './findings';
import { flatCopy } from './flatCopy';
import { splitFrontMatter, type FrontMatter } from './frontMatter';
import { ParagraphCache, type ParagraphEntry, type ParagraphResult, type ShortNameSource } from './paragraphCache';
import { shiftCommitment, shiftEntity } from './placement';
import { recognizeCommitments } from './recognizers/commitments';
import { recognizeDates } from './recognizers/dates';
import { recognizePlacesAndOrganizations } from './recognizers/namedEntities';
import { recognizePeopleInEach, type PeopleContext } from './recognizers/people';
import { resolveOverlaps, shiftSpan } from './spans';
import { guardText } from './textGuards';
import { withLoneCarriageReturnsAsLineFeeds, withTextOf } from './lineBreaks';
import type { Commitment, Entity, Span } from './types';
import { appendAll } from './arrays';
import { namedInFullKey, officialsNamedInFull, withoutTakenOver, withShortFormsTakenOver, type TakeoverContext } from './shortFormTakeover';

export type { Commitment, Entity, EntityKind, Span } from './types';
export type { Finding, FindingCode, FindingFix, Severity } from './findings';
export { ParagraphCache } from './paragraphCache';
export type { ParagraphResult } from './paragraphCache';

/** Inputs of an analysis besides the text. */
export interface AnalysisContext {
  /** Officials known to the workspace; an empty registry when there is none. */
  readonly registry?: OfficialsRegistry;
  /** An explicit document date (YYYY-MM-DD) that overrides the front matter and the dateline. */
  readonly documentDate?: string;
  /** Per-paragraph memo owned by the caller (one per open document); without it every paragraph is analysed. */
  readonly paragraphCache?: ParagraphCache;
  /**
   * Paragraph results computed ahead of this call (in worker threads, say), consulted on a memo miss
   * before a paragraph is analysed; ignored unless made for this registry and document date.
   */
  readonly precomputed?: PrecomputedParagraphs;
}

/** Paragraph results computed ahead of an analysis, valid for one registry object and one document date. */
export interface PrecomputedParagraphs {
  readonly registry: OfficialsRegistry;
  readonly documentDate: string | undefined;
  /** The result of `analyzeParagraph` for this paragraph text, when it was computed. */
  get(prose: string): ParagraphResult | undefined;
}

/** The paragraphs an analysis would have to analyse, and the inputs besides their text that their results depend on. */
export interface ParagraphPlan {
  readonly registry: OfficialsRegistry;
  /** The document date the paragraphs are analysed against (YYYY-MM-DD), if any. */
  readonly documentDate: string | undefined;
  /** Distinct paragraph texts that `ctx.paragraphCache` does not hold, as copies that share no storage with the document text. */
  readonly paragraphs: readonly string[];
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
  /**
   * The same entities and commitments paragraph by paragraph, spans relative to each paragraph's
   * offset, when nothing at document level changes them (no corrections in the front matter, no name
   * shared by several registry entries); undefined otherwise. A reader that walks the file in order
   * (the semantic-token encoder) uses it to avoid building `entities` after every keystroke.
   */
  readonly paragraphs?: readonly PlacedParagraph[];
}

/** One paragraph's entities and commitments with spans relative to `offset`, its start in the file. */
export interface PlacedParagraph {
  readonly offset: number;
  readonly entities: readonly Entity[];
  readonly commitments: readonly Commitment[];
  /**
   * Whether the file's text over the paragraph is the prose its results were found in. Paragraphs with
   * equal prose share their results, so anything derived from the results and the file's text together
   * (token line breaks) may be shared too only when this holds: a masked HTML comment hides line breaks.
   */
  readonly verbatim: boolean;
}


// One shared empty registry: a paragraph memo is emptied whenever the registry object changes, so a
// fresh empty registry per call would defeat the memo for callers that pass none.
const NO_OFFICIALS = OfficialsRegistry.empty();

/**
 * Analyses one document: splits off and parses the front matter, finds the document date, then
 * recognises entities and commitments paragraph by paragraph (memoised through `ctx.paragraphCache`).
 */
export function analyzeDocument(text: string, ctx: AnalysisContext = {}): DocumentAnalysis {
  const guard = guardText(text);
  if (guard) {
    return { skipped: true, bodyStart: 0, annotations: NO_ANNOTATIONS, entities: [], commitments: [], findings: [guard] };
  }
  const readable = withLoneCarriageReturnsAsLineFeeds(text);
  if (readable !== text) {
    // Read as LF at the same offsets; the texts reported are the file's own. The per-paragraph view,
    // which the token encoder reads for spans alone, keeps the copy's texts (a line feed for each CR).
    const analysis = analyzeDocument(readable, ctx);
    return { ...analysis, entities: analysis.entities.map((e) => withTextOf(text, e)), commitments: analysis.commitments.map((c) => withTextOf(text, c)) };
  }
  const registry = ctx.registry ?? NO_OFFICIALS;
  const split = splitFrontMatter(text);
  const annotations = readAnnotations(split.frontMatter);
  const documentDate = findDocumentDate(text, split.bodyStart, annotations, ctx.documentDate);
  const cache = ctx.paragraphCache ?? new ParagraphCache();
  cache.begin(registry, documentDate?.value);
  const paragraphs = findParagraphs(text, split.bodyStart);
  // A paragraph's prose is a slice of this version's whole text, and so is every string the
  // recognisers cut from it; a memoised result outlives the version, so it is computed on a copy
  // that does not keep the whole text alive (otherwise each edited paragraph pins a 1 MB version).
  // Results computed ahead count only when they were made with exactly this analysis's other inputs.
  const ahead = ctx.precomputed;
  const precomputed = ahead && ahead.registry === registry && ahead.documentDate === documentDate?.value ? ahead : undefined;
  // A document analysed from scratch (the memo is empty) is analysed as one batch; after an edit the few
  // missing paragraphs are found one by one as the memo is walked, which costs no extra pass over the text.
  const fresh = cache.size === 0 ? analyzeBatch(paragraphs, precomputed, registry, documentDate?.value) : undefined;
  const entries = paragraphs.map((paragraph) =>
    cache.entry(paragraph.prose, () => fresh?.get(paragraph.prose) ?? precomputed?.get(paragraph.prose) ?? analyzeParagraph(flatCopy(paragraph.prose), registry, documentDate?.value)),
  );
  cache.end();
  const { paragraphs: linked, sharedName } = linkParagraphs(paragraphs, entries, cache, registry);
  // Nothing at document level changes a paragraph's results without corrections or shared names.
  const final = annotations.ignore.length === 0 && annotations.add.length === 0 && !sharedName;
  // File offsets are given to every entity only when someone asks for `entities` or `commitments`:
  // after a keystroke that moves half a large document, the token encoder reads `paragraphs` instead.
  let placed: { entities: readonly Entity[]; commitments: readonly Commitment[] } | undefined;
  const place = (): { entities: readonly Entity[]; commitments: readonly Commitment[] } => {
    if (placed === undefined) {
      const { entities, commitments } = placeParagraphs(linked, entries);
      // With no correction and no shared name both document-level steps would return a plain copy of
      // their input, and the placed list is already a fresh array of its own, so they are skipped.
      if (final) placed = { entities, commitments };
      else {
        const resolved = resolveSharedNames(entities, registry, annotations, documentDate?.value);
        placed = { entities: applyCorrections(text, paragraphs, resolved, annotations, documentDate?.value), commitments };
      }
    }
    return placed;
  };
  return {
    skipped: false,
    ...(split.frontMatter ? { frontMatter: split.frontMatter } : {}),
    bodyStart: split.bodyStart,
    annotations,
    ...(documentDate ? { documentDate } : {}),
    get entities() {
      return place().entities;
    },
    get commitments() {
      return place().commitments;
    },
    findings: [...split.findings],
    ...(final ? { paragraphs: linked } : {}),
  };
}

/** True when some entity has a name that several registry entries share, which the document level resolves. */
function hasSharedName(entities: readonly Entity[]): boolean {
  return entities.some((e) => e.alternatives !== undefined && e.alternatives.length > 1);
}

/**
 * The document's short names and their key, reused from the last analysis when every paragraph offers
 * the same candidates in the same order (a keystroke outside a name), which spares merging them all again.
 */
function shortNamesOf(lists: readonly (readonly (readonly [string, string])[])[], cache: ParagraphCache): ShortNameSource {
  const last = cache.shortNameSource;
  if (last !== undefined && sameCandidateLists(last.lists, lists)) {
    last.lists = lists;
    return last;
  }
  const shortToFull = collectShortNames(lists);
  cache.shortNameSource = { lists, shortToFull, key: shortNamesKey(shortToFull) };
  return cache.shortNameSource;
}

/** Whether two sequences of candidate lists hold the same pairs in the same order. */
function sameCandidateLists(a: readonly (readonly (readonly [string, string])[])[], b: readonly (readonly (readonly [string, string])[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (x[k]![0] !== y[k]![0] || x[k]![1] !== y[k]![1]) return false;
  }
  return true;
}

/**
 * Links short names in every paragraph; spans stay relative to the paragraph. The links are memoised
 * on the paragraph's cache entry with the short-name key they were made for, so a keystroke only
 * relinks the paragraph it touched unless it changed a name that others refer to. Also tells whether
 * any paragraph holds a name shared by several registry entries, which is memoised with the links.
 */
function linkParagraphs(
  paragraphs: readonly Paragraph[],
  entries: readonly ParagraphEntry[],
  cache: ParagraphCache,
  registry: OfficialsRegistry,
): { paragraphs: PlacedParagraph[]; sharedName: boolean } {
  const { shortToFull, key: shortKey } = shortNamesOf(
    entries.map((entry) => (entry.shortNames ??= shortNameCandidates(entry.result.entities))),
    cache,
  );
  const namedInFull = new Set<string>();
  for (const entry of entries) for (const id of (entry.namedInFull ??= officialsNamedInFull(entry.result.entities))) namedInFull.add(id);
  const takeover: TakeoverContext = { registry, shortToFull, namedInFull };
  // Links depend on the short names and, through the takeover of bare official mentions, on the officials named in full.
  const namedKey = namedInFullKey(namedInFull);
  const lastKey = cache.linkKey;
  const key = lastKey !== undefined && lastKey.shortKey === shortKey && lastKey.namedKey === namedKey ? lastKey.key : `${shortKey}\u0002${namedKey}`;
  cache.linkKey = { shortKey, namedKey, key };
  const previous = cache.shortNameMatcher;
  // The key the links of a paragraph carry when only the short names changed since they were made.
  const keyBeforeShortNameChange = previous !== undefined && lastKey !== undefined && lastKey.shortKey === previous.key && lastKey.namedKey === namedKey ? lastKey.key : undefined;
  // When a keystroke changes a name others refer to, only paragraphs that contain an affected short
  // form need relinking: a form absent from a paragraph cannot change what the matcher finds there.
  const changed = previous !== undefined && previous.key !== shortKey ? changedShortForms(previous.shortToFull, shortToFull) : undefined;
  if (previous?.key !== shortKey) cache.shortNameMatcher = compileShortNames(shortToFull, shortKey);
  const matcher = cache.shortNameMatcher;
  const out: PlacedParagraph[] = new Array<PlacedParagraph>(paragraphs.length);
  let sharedName = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const entry = entries[i]!;
    let linked = entry.linked;
    if (linked?.key !== key) {
      // A paragraph read composed holds the changed forms only in its composed form, so it is always relinked.
      if (changed !== undefined && matcher !== undefined && linked !== undefined && linked.key === keyBeforeShortNameChange && entry.result.composed !== true && !changed.some((s) => paragraph.prose.includes(s))) {
        linked = { key, entities: linked.entities, sharedName: linked.sharedName };
      } else {
        const own = entry.result.entities;
        const entities = withShortFormsTakenOver(matcher ? linkShortForms(paragraph.prose, entry.result, matcher) : own, takeover);
        linked = { key, entities, sharedName: hasSharedName(entities) };
      }
      entry.linked = linked;
    }
    out[i] = { offset: paragraph.span.start, entities: linked.entities, commitments: entry.result.commitments, verbatim: !paragraph.masked };
    if (linked.sharedName) sharedName = true;
  }
  return { paragraphs: out, sharedName };
}

/**
 * The paragraph's entities with short forms linked; a paragraph read composed is matched in its composed
 * form, as the short forms are composed (`shortNameCandidates`).
 */
function linkShortForms(prose: string, result: ParagraphResult, matcher: ShortNameMatcher): readonly Entity[] {
  const link = (text: string, entities: readonly Entity[]): readonly Entity[] => shortNameLinks(text, entities, matcher);
  return result.composed === true ? linkedInComposed(prose, result.entities, link) : link(prose, result.entities);
}

/** The short forms added, removed or mapped to another full name between two short-name maps. */
function changedShortForms(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [short, full] of after) if (before.get(short) !== full) changed.push(short);
  for (const short of before.keys()) if (!after.has(short)) changed.push(short);
  return changed;
}

/**
 * Moves every paragraph's linked results to file offsets, memoised on the paragraph's cache entry
 * with the offset and the linked list they were made from, so unmoved paragraphs cost nothing.
 */
function placeParagraphs(linkedParagraphs: readonly PlacedParagraph[], entries: readonly ParagraphEntry[]): { entities: Entity[]; commitments: Commitment[] } {
  const entityLists: (readonly Entity[])[] = [];
  const commitmentLists: (readonly Commitment[])[] = [];
  for (let i = 0; i < linkedParagraphs.length; i++) {
    const entry = entries[i]!;
    // The links of this analysis, not the entry's current ones: a later analysis may have relinked it.
    const { offset, entities: linked } = linkedParagraphs[i]!;
    let placed = entry.placed;
    if (!placed || placed.offset !== offset || placed.linked !== linked) {
      placed = { offset, linked, entities: linked.map((e) => shiftEntity(e, offset)), commitments: entry.result.commitments.map((c) => shiftCommitment(c, offset)) };
      entry.placed = placed;
    }
    // Whole per-paragraph arrays are joined at the end: one copy instead of a push per entity.
    if (placed.entities.length > 0) entityLists.push(placed.entities);
    if (placed.commitments.length > 0) commitmentLists.push(placed.commitments);
  }
  return { entities: joined(entityLists), commitments: joined(commitmentLists) };
}

/**
 * The lists one after another in one array, allocated at its final length: `concat` with the lists
 * spread as arguments first copied every list reference onto the stack, and took several times longer.
 */
function joined<T>(lists: readonly (readonly T[])[]): T[] {
  let total = 0;
  for (const list of lists) total += list.length;
  const out = new Array<T>(total);
  let at = 0;
  for (const list of lists) for (let k = 0; k < list.length; k++) out[at++] = list[k]!;
  return out;
}

/** The results of the paragraphs that the results computed ahead do not hold, analysed together (see `analyzeParagraphs`), by paragraph text. */
function analyzeBatch(
  paragraphs: readonly Paragraph[],
  precomputed: PrecomputedParagraphs | undefined,
  registry: OfficialsRegistry,
  documentDate: string | undefined,
): Map<string, ParagraphResult> {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const { prose } of paragraphs) {
    if (seen.has(prose) || precomputed?.get(prose) !== undefined) continue;
    seen.add(prose);
    missing.push(prose);
  }
  const fresh = new Map<string, ParagraphResult>();
  if (missing.length === 0) return fresh;
  const results = analyzeParagraphs(missing.map(flatCopy), registry, documentDate);
  for (let i = 0; i < missing.length; i++) fresh.set(missing[i]!, results[i]!);
  return fresh;
}

/** Runs every recogniser on one paragraph; spans in the result are relative to the paragraph. */
export function analyzeParagraph(prose: string, registry: OfficialsRegistry, documentDate: string | undefined): ParagraphResult {
  return analyzeParagraphs([prose], registry, documentDate)[0]!;
}

/**
 * Runs every recogniser on each paragraph, one recogniser over all of them before the next: the
 * results are those of `analyzeParagraph` one by one, but each recogniser's compiled patterns and
 * tables stay in the processor's caches for the whole batch. Paragraph by paragraph, the four
 * recognisers evicted each other's code and data, and a cold 1 MB document took about 1.3–1.5× longer.
 */
export function analyzeParagraphs(prose: readonly string[], registry: OfficialsRegistry, documentDate: string | undefined): ParagraphResult[] {
  // Decomposed paragraphs are read in composed form (normalization.ts) and their results moved back.
  const views = prose.map(readingView);
  const paragraphs = views.some((view) => view !== undefined) ? prose.map((p, i) => views[i]?.text ?? p) : prose;
  const people = peopleContext(registry, documentDate);
  const dateContext = documentDate ? { documentDate } : {};
  // Each paragraph's candidates are gathered in one array of its own, in the order people, places and
  // organisations, dates: `concat` is a call into the runtime and made two fresh arrays per paragraph.
  const found = recognizePeopleInEach(paragraphs, people).map((list) => list.slice());
  for (let i = 0; i < paragraphs.length; i++) appendAll(found[i]!, recognizePlacesAndOrganizations(paragraphs[i]!));
  for (let i = 0; i < paragraphs.length; i++) {
    const candidates = found[i]!;
    appendAll(candidates, recognizeDates(paragraphs[i]!, dateContext));
    found[i] = resolveOverlaps(candidates);
  }
  const results = new Array<ParagraphResult>(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const entities = found[i]!;
    const { dates, others } = splitDates(entities);
    results[i] = { entities, commitments: recognizeCommitments(paragraphs[i]!, { dates, entities: others }) };
  }
  for (let i = 0; i < views.length; i++) {
    const view = views[i];
    if (view !== undefined) results[i] = resultInOriginal(results[i]!, view, prose[i]!);
  }
  return results;
}

/** The dates among `entities` and everything else, each in the given order, found in one pass. */
function splitDates(entities: readonly Entity[]): { dates: Entity[]; others: Entity[] } {
  const dates: Entity[] = [];
  const others: Entity[] = [];
  for (const e of entities) (e.kind === 'date' ? dates : others).push(e);
  return { dates, others };
}

function peopleContext(registry: OfficialsRegistry, documentDate: string | undefined): PeopleContext {
  return { registry, ...(documentDate ? { documentDate } : {}) };
}

/** The paragraph's entities: its people, places, organisations and dates, overlaps resolved. */
function paragraphEntities(prose: string, documentDate: string | undefined, people: readonly Entity[]): Entity[] {
  const named = recognizePlacesAndOrganizations(prose);
  const dates = recognizeDates(prose, documentDate ? { documentDate } : {});
  return resolveOverlaps([...people, ...named, ...dates]);
}

/**
 * The paragraphs that `analyzeDocument(text, ctx)` would analyse because `ctx.paragraphCache` does not
 * hold them, so that a caller can compute them elsewhere and hand them back through `ctx.precomputed`.
 * @returns undefined when the text is not analysed at all (binary or too large)
 */
export function planParagraphs(file: string, ctx: AnalysisContext = {}): ParagraphPlan | undefined {
  if (guardText(file)) return undefined;
  // The paragraphs `analyzeDocument` analyses: those of the copy it reads.
  const text = withLoneCarriageReturnsAsLineFeeds(file);
  const registry = ctx.registry ?? NO_OFFICIALS;
  const split = splitFrontMatter(text);
  const documentDate = findDocumentDate(text, split.bodyStart, readAnnotations(split.frontMatter), ctx.documentDate)?.value;
  const cached = ctx.paragraphCache?.holds(registry, documentDate);
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const { prose } of findParagraphs(text, split.bodyStart)) {
    if (seen.has(prose) || cached?.(prose) === true) continue;
    seen.add(prose);
    paragraphs.push(flatCopy(prose));
  }
  return { registry, documentDate, paragraphs };
}

/** The document date (YYYY-MM-DD) that `analyzeDocument` would analyse `text` against, found without analysing the body. */
export function documentDateOf(text: string, ctx: AnalysisContext = {}): string | undefined {
  if (guardText(text)) return undefined;
  const split = splitFrontMatter(text);
  return findDocumentDate(text, split.bodyStart, readAnnotations(split.frontMatter), ctx.documentDate)?.value;
}

/** The parts of an analysis that the workspace index reads; `entities` holds only mentions of registry officials. */
export type IndexAnalysis = Pick<DocumentAnalysis, 'skipped' | 'bodyStart' | 'annotations' | 'documentDate' | 'entities'>;

/** True for a person the registry identifies, the only kind of entity the workspace index records. */
export function isOfficialMention(entity: Entity): boolean {
  return entity.kind === 'person' && entity.officialId !== undefined;
}

/**
 * What `analyzeDocument` would report for the workspace index, computed with less work: the front
 * matter, the document date and the mentions of registry officials, exactly as the full analysis
 * finds them. Commitments are never recognised, and a paragraph without a registry name skips the
 * place, organisation and date recognisers, because only they could out-rank an official's mention.
 */
export function analyzeForIndex(text: string, ctx: AnalysisContext = {}): IndexAnalysis {
  const guard = guardText(text);
  if (guard) return { skipped: true, bodyStart: 0, annotations: NO_ANNOTATIONS, entities: [] };
  const readable = withLoneCarriageReturnsAsLineFeeds(text);
  if (readable !== text) {
    // As `analyzeDocument` reads such a file: as LF at the same offsets, reporting the file's texts.
    const analysis = analyzeForIndex(readable, ctx);
    return { ...analysis, entities: analysis.entities.map((e) => withTextOf(text, e)) };
  }
  const registry = ctx.registry ?? NO_OFFICIALS;
  const split = splitFrontMatter(text);
  const annotations = readAnnotations(split.frontMatter);
  const documentDate = findDocumentDate(text, split.bodyStart, annotations, ctx.documentDate);
  const paragraphs = findParagraphs(text, split.bodyStart);
  const mentions: Entity[] = [];
  // Officials are found only by the registry lookup of the people recogniser; coreference and
  // corrections never add one, so a paragraph without such a mention contributes nothing. People are
  // recognised in every paragraph first, the others after, each recogniser over the batch in turn.
  const context = peopleContext(registry, documentDate?.value);
  // As in `analyzeParagraphs`, decomposed paragraphs are read composed; the people found in a composed
  // view stay at its offsets until the paragraph's entities are resolved, and are moved back with them.
  const views = paragraphs.map((paragraph) => readingView(paragraph.prose));
  const people = recognizePeopleInEach(paragraphs.map((paragraph, i) => views[i]?.text ?? paragraph.prose), context);
  const resolvedEntities = new Map<number, Entity[]>();
  const entitiesOf = (i: number): Entity[] => {
    let entities = resolvedEntities.get(i);
    if (entities === undefined) {
      const view = views[i];
      // Only the few paragraphs that name an official are copied for the other recognisers' scans.
      entities = paragraphEntities(flatCopy(view?.text ?? paragraphs[i]!.prose), documentDate?.value, people[i]!);
      if (view !== undefined) entities = entitiesInOriginal(entities, view, paragraphs[i]!.prose);
      resolvedEntities.set(i, entities);
    }
    return entities;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (!people[i]!.some(isOfficialMention)) continue;
    for (const e of entitiesOf(i)) {
      if (isOfficialMention(e)) mentions.push({ ...e, span: shiftSpan(e.span, paragraph.span.start) });
    }
  }
  const kept = withoutTakenOver(mentions, paragraphs.length, (i) => people[i]!, entitiesOf, registry);
  const resolved = resolveSharedNames(kept, registry, annotations, documentDate?.value);
  const corrected = applyCorrections(text, paragraphs, resolved, annotations, documentDate?.value).filter(isOfficialMention);
  return { skipped: false, bodyStart: split.bodyStart, annotations, ...(documentDate ? { documentDate } : {}), entities: corrected };
}

function findDocumentDate(
  text: string,
  bodyStart: number,
  annotations: Annotations,
  override: string | undefined,
): DocumentDate | undefined {
  if (override && parseDocumentDay(override) !== undefined) return { value: override, source: 'override' };
  const date = annotations.date;
  // Only a day of the calendar: `Date.parse` accepts 2025-02-30, which then resolved no relative date
  // (the check reports it; the dateline, if any, anchors the document meanwhile).
  if (date && parseDocumentDay(date.value) !== undefined) {
    return { value: date.value, source: 'frontMatter', span: date.span };
  }
  // The dateline is the anchor for relative dates; the file's modification time is never used.
  const dateline = detectDateline(text.slice(bodyStart, bodyStart + 4000));
  if (dateline) return { value: dateline.value, source: 'dateline', span: shiftSpan(dateline.span, bodyStart) };
  return undefined;
}
