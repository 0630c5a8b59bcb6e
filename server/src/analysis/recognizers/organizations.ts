import { compileForms, forEachWholeForm, LETTERS_MARKS_DIGITS } from '../wordBoundedForms';
import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import { sortedByStart } from '../entityOrder';
import { isDisjoint, keptBySearch } from '../spans';
import type { Entity } from '../types';
import { institutionPatternHits, type PatternHit } from './institutionNames';
import { shared } from '../sharedStrings';

/** An acronym in parentheses: two to ten characters, at least two of them capital letters ("MOFA", "DoD", "G20"). */
const PAREN_ACRONYM = /\([ \u00A0]*(\p{Lu}[\p{L}\p{N}&-]{1,9})[ \u00A0]*\)/gu;
const ACRONYM_BEFORE_PAREN = /(?:^|[^\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{N}&-]{1,9})[ \u00A0]*\($/u;

/** True when `token` has the shape of an acronym rather than a capitalised word. */
function isAcronymShape(token: string): boolean {
  const capitals = token.replace(/[^\p{Lu}]/gu, '').length;
  const digits = token.replace(/[^\p{N}]/gu, '').length;
  return (capitals >= 2 || (capitals === 1 && digits > 0)) && capitals + digits >= token.length - 2 && !isDemonym(token);
}

/** Lists longer than this are sorted by the engine; shorter ones, a paragraph's usual few names, by insertion. */
const INSERTION_SORT_LIMIT = 32;

/** `list`, sorted in place by length (longest first), then `rank`, then start; stable like `Array.prototype.sort`. */
function sortedForPicking(list: Entity[], rank: (e: Entity) => number): Entity[] {
  const compare = (a: Entity, b: Entity): number =>
    b.span.end - b.span.start - (a.span.end - a.span.start) || rank(a) - rank(b) || a.span.start - b.span.start;
  if (list.length > INSERTION_SORT_LIMIT) return list.sort(compare);
  // The engine's sort allocates a work area on every call; for a few names insertion sort needs none.
  for (let i = 1; i < list.length; i++) {
    const entity = list[i]!;
    let j = i;
    while (j > 0 && compare(list[j - 1]!, entity) > 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = entity;
  }
  return list;
}

/**
 * Keeps the best non-overlapping candidates: longer spans first, then lower `rank`, then earlier
 * start; returned in text order.
 */
export function pickNonOverlapping(entities: readonly Entity[], rank: (e: Entity) => number): Entity[] {
  if (entities.length < 2) return [...entities];
  // Usually nothing overlaps; then every candidate is kept, and text order is the whole answer.
  const byStart = sortedByStart(entities);
  if (isDisjoint(byStart)) return byStart;
  // Sorting the start-ordered copy in place gives the same order as sorting `entities`: candidates
  // that tie on every key share a start, and the copy keeps such candidates in their given order.
  const ordered = sortedForPicking(byStart, rank);
  return keptBySearch(ordered);
}

/** Gazetteer and pattern candidates reduced to non-overlapping ones, gazetteer before pattern on ties. */
function resolveOverlaps(entities: readonly Entity[]): Entity[] {
  return pickNonOverlapping(entities, (e) => (e.source === 'gazetteer' ? 0 : 1));
}

/** Organisation names from the gazetteer and the institution patterns, before acronym handling. */
function namedOrganizations(paragraph: string): Entity[] {
  const candidates: Entity[] = [];
  for (const hit of organizationGazetteer().scan(paragraph)) {
    candidates.push({
      kind: 'organization',
      span: { start: hit.start, end: hit.end },
      text: shared(paragraph.slice(hit.start, hit.end)),
      source: 'gazetteer',
      reason: hit.entry.reason,
      canonical: hit.entry.canonical,
    });
  }
  for (const hit of institutionPatternHits(paragraph)) candidates.push(patternEntity(paragraph, hit));
  const credit = datelineCredit(paragraph);
  if (credit !== undefined) candidates.push(credit);
  return resolveOverlaps(candidates);
}

const ACRONYM_BETWEEN = /^[ \u00A0]*\([ \u00A0]*\p{Lu}[\p{L}\p{N}&-]{1,9}[ \u00A0]*\)[ \u00A0]+$/u;

/** The capitals that start the words of `name` other than "of", "the", "and" and "for". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !/^(?:of|the|and|for|on)$/i.test(w))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * "Communist Party of China (CPC) Central Committee", "United Nations (UN) Security Council": a name
 * whose acronym is given in brackets before the rest of it is one organisation.
 */
function mergeAroundAcronyms(paragraph: string, orgs: Entity[]): Entity[] {
  if (!paragraph.includes('(') || orgs.length < 2) return orgs;
  const out: Entity[] = [];
  for (let i = 0; i < orgs.length; i++) {
    const first = orgs[i]!;
    // The acronym in brackets may itself be a recognised mention between the two parts.
    const skip = orgs[i + 1] !== undefined && orgs[i + 2] !== undefined && paragraph.slice(first.span.end, orgs[i + 1]!.span.start).trim() === '(' ? 1 : 0;
    const second = orgs[i + 1 + skip];
    const between = second === undefined ? '' : paragraph.slice(first.span.end, second.span.start);
    // Only the acronym of the name before it: its initials ("CPC" for "Communist Party of China").
    if (second !== undefined && ACRONYM_BETWEEN.test(between) && between.replace(/[^\p{Lu}]/gu, '') === initials(first.text)) {
      const span = { start: first.span.start, end: second.span.end };
      const text = paragraph.slice(span.start, span.end);
      out.push({ ...first, span, text, source: 'pattern', reason: 'pattern: a name with its acronym in brackets inside it', canonical: text });
      i += 1 + skip;
      continue;
    }
    out.push(first);
  }
  return out;
}

// "DOHA, Feb 16 (QNA) -", "BALI, 09 July 2022, (TON):": the agency credited in a dateline, listed or not.
const DATELINE_CREDIT = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:\[[^\]\n]{1,30}\])?(?:,[^()\n]{0,30}?)?[ \u00A0]*\(([\p{Lu}][\p{Lu}\p{N}&-]{1,7})\)[ \u00A0]*[-–—:,]/u;

/** The news agency credited in the paragraph's opening dateline, as an organisation. */
function datelineCredit(paragraph: string): Entity | undefined {
  const m = DATELINE_CREDIT.exec(paragraph);
  const acronym = m?.[1];
  if (m === null || acronym === undefined) return undefined;
  const start = m[0].lastIndexOf(`(${acronym})`) + 1;
  return {
    kind: 'organization',
    span: { start, end: start + acronym.length },
    text: acronym,
    source: 'pattern',
    reason: 'pattern: the news agency credited in a dateline "PLACE, date (AGENCY) –"',
    canonical: acronym,
  };
}

/** Anything the canonical form would change: whitespace other than a lone space, or a right single quote. */
const NEEDS_CANONICAL_FORM = /[^\S ]| {2}|\u2019/;

/** The name with its whitespace runs made single spaces and its right single quotes made apostrophes. */
function canonicalName(text: string): string {
  // Most names have nothing to change; one test then spares two replacing passes.
  if (!NEEDS_CANONICAL_FORM.test(text)) return text;
  return text.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
}

function patternEntity(paragraph: string, hit: PatternHit): Entity {
  const text = paragraph.slice(hit.start, hit.end);
  return {
    kind: 'organization',
    span: { start: hit.start, end: hit.end },
    text,
    source: 'pattern',
    reason: hit.reason,
    canonical: canonicalName(text),
  };
}

const NO_DEFINITIONS: ReadonlyMap<string, string> = new Map();

/** Acronym definitions given a paragraph's already recognised organisations. */
function definitionsFrom(paragraph: string, orgs: readonly Entity[]): ReadonlyMap<string, string> {
  // Most paragraphs have no brackets at all, and every definition needs one; they share one empty map.
  if (!paragraph.includes('(')) return NO_DEFINITIONS;
  const definitions = new Map<string, string>();
  const orgEndingAt = new Map<number, Entity>();
  const orgStartingAt = new Map<number, Entity>();
  for (const org of orgs) {
    orgEndingAt.set(org.span.end, org);
    orgStartingAt.set(org.span.start, org);
  }
  const expansion = (org: Entity): string => org.canonical ?? org.text;
  for (const m of paragraph.matchAll(PAREN_ACRONYM)) {
    const acronym = m[1];
    if (acronym === undefined || !isAcronymShape(acronym)) continue;
    // A listed acronym ("(MOFA)" after a minister's title) stands for its own institution.
    const listed = organizationGazetteer().lookup(acronym);
    if (listed !== undefined) {
      definitions.set(acronym, listed.canonical);
      continue;
    }
    // "Name (ACR)": the name must be an organisation, so "Ministerial Meeting (PAMM)" defines nothing.
    let before = m.index;
    while (before > 0 && /[ \u00A0]/.test(paragraph[before - 1] ?? '')) before--;
    const org = orgEndingAt.get(before);
    if (org !== undefined) definitions.set(acronym, expansion(org));
  }
  // "ACR (Name)": the reverse order, again only when the bracketed name is an organisation.
  for (const org of orgs) {
    if (paragraph[org.span.end] !== ')') continue;
    const m = ACRONYM_BEFORE_PAREN.exec(paragraph.slice(Math.max(0, org.span.start - 16), org.span.start));
    const acronym = m?.[1];
    if (acronym !== undefined && isAcronymShape(acronym) && placeGazetteer().lookup(acronym) === undefined) {
      definitions.set(acronym, expansion(org));
    }
  }
  return definitions;
}

/** Acronyms defined in one paragraph ("Ministry of Foreign Affairs (MOFA)" → MOFA ↦ Ministry of Foreign Affairs), for document-wide propagation. */
export function findAcronymDefinitions(paragraph: string): Map<string, string> {
  // A copy, because the caller owns the map and the internal one may be shared.
  return new Map(definitionsFrom(paragraph, namedOrganizations(paragraph)));
}

/** Every word-bounded mention of the given acronyms in a paragraph, as organisations; spans are relative to the paragraph start. */
export function recognizeAcronymMentions(
  paragraph: string,
  definitions: ReadonlyMap<string, string>,
  reason = 'acronym defined in this paragraph',
): Entity[] {
  if (definitions.size === 0) return [];
  // A pattern per paragraph: a plain alternation, with the word boundaries checked outside it (see
  // wordBoundedForms.ts); with them inside, its compilation was most of this function's time.
  const out: Entity[] = [];
  forEachWholeForm(paragraph, compileForms(definitions.keys()), LETTERS_MARKS_DIGITS, (start, form) => {
    out.push({ kind: 'organization', span: { start, end: start + form.length }, text: form, source: 'pattern', reason, canonical: definitions.get(form) ?? form });
  });
  return out;
}

/** Finds organisations (gazetteer, institution patterns, acronyms defined here) in one paragraph, non-overlapping; spans are relative to the paragraph start. */
export function recognizeOrganizations(paragraph: string): Entity[] {
  const named = namedOrganizations(paragraph);
  const definitions = definitionsFrom(paragraph, named);
  // Most paragraphs define no acronym: then there are no acronym mentions to look for, and `named`,
  // already the non-overlapping text-ordered result of `resolveOverlaps`, would come back unchanged.
  if (definitions.size === 0) return mergeAroundAcronyms(paragraph, named);
  // Listed acronyms are already gazetteer hits; only newly defined ones need a second scan.
  const fresh = new Map([...definitions].filter(([acronym]) => organizationGazetteer().lookup(acronym) === undefined));
  // Acronyms are defined from the names as written before the bracketed ones are joined to what follows.
  return mergeAroundAcronyms(paragraph, resolveOverlaps([...named, ...recognizeAcronymMentions(paragraph, fresh)]));
}
