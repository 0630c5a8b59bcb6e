import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import type { Entity } from '../types';
import { institutionPatternHits, type PatternHit } from './institutionPatterns';

/** An acronym in parentheses: two to ten characters, at least two of them capital letters ("MOFA", "DoD", "G20"). */
const PAREN_ACRONYM = /\([ \u00A0]*(\p{Lu}[\p{L}\p{N}&-]{1,9})[ \u00A0]*\)/gu;
const ACRONYM_BEFORE_PAREN = /(?:^|[^\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{N}&-]{1,9})[ \u00A0]*\($/u;

/** True when `token` has the shape of an acronym rather than a capitalised word. */
function isAcronymShape(token: string): boolean {
  const capitals = token.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && capitals >= token.length - 2 && !isDemonym(token);
}

/** Gazetteer and pattern candidates reduced to non-overlapping ones, longest first, gazetteer before pattern on ties. */
function resolveOverlaps(entities: readonly Entity[]): Entity[] {
  const rank = (e: Entity): number => (e.source === 'gazetteer' ? 0 : 1);
  const ordered = [...entities].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || rank(a) - rank(b) || a.span.start - b.span.start,
  );
  const kept: Entity[] = [];
  for (const candidate of ordered) {
    if (kept.every((k) => candidate.span.end <= k.span.start || candidate.span.start >= k.span.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Organisation names from the gazetteer and the institution patterns, before acronym handling. */
function namedOrganizations(paragraph: string): Entity[] {
  const candidates: Entity[] = [];
  for (const hit of organizationGazetteer().scan(paragraph)) {
    candidates.push({
      kind: 'organization',
      span: { start: hit.start, end: hit.end },
      text: paragraph.slice(hit.start, hit.end),
      source: 'gazetteer',
      reason: hit.entry.reason,
      canonical: hit.entry.canonical,
    });
  }
  for (const hit of institutionPatternHits(paragraph)) candidates.push(patternEntity(paragraph, hit));
  return resolveOverlaps(candidates);
}

function patternEntity(paragraph: string, hit: PatternHit): Entity {
  const text = paragraph.slice(hit.start, hit.end);
  return {
    kind: 'organization',
    span: { start: hit.start, end: hit.end },
    text,
    source: 'pattern',
    reason: hit.reason,
    canonical: text.replace(/\s+/g, ' ').replace(/\u2019/g, "'"),
  };
}

/** Acronym definitions given a paragraph's already recognised organisations. */
function definitionsFrom(paragraph: string, orgs: readonly Entity[]): Map<string, string> {
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
  return definitionsFrom(paragraph, namedOrganizations(paragraph));
}

/** Every word-bounded mention of the given acronyms in a paragraph, as organisations; spans are relative to the paragraph start. */
export function recognizeAcronymMentions(
  paragraph: string,
  definitions: ReadonlyMap<string, string>,
  reason = 'acronym defined in this paragraph',
): Entity[] {
  if (definitions.size === 0) return [];
  const escaped = [...definitions.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  const out: Entity[] = [];
  for (const m of paragraph.matchAll(re)) {
    out.push({
      kind: 'organization',
      span: { start: m.index, end: m.index + m[0].length },
      text: m[0],
      source: 'pattern',
      reason,
      canonical: definitions.get(m[0]) ?? m[0],
    });
  }
  return out;
}

/** Finds organisations (gazetteer, institution patterns, acronyms defined here) in one paragraph, non-overlapping; spans are relative to the paragraph start. */
export function recognizeOrganizations(paragraph: string): Entity[] {
  const named = namedOrganizations(paragraph);
  const definitions = definitionsFrom(paragraph, named);
  // Listed acronyms are already gazetteer hits; only newly defined ones need a second scan.
  const fresh = new Map([...definitions].filter(([acronym]) => organizationGazetteer().lookup(acronym) === undefined));
  return resolveOverlaps([...named, ...recognizeAcronymMentions(paragraph, fresh)]);
}
