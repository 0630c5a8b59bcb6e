import { placeGazetteer, type GazetteerHit } from '../../knowledge/gazetteer';
import type { Entity } from '../types';

/**
 * Place names that are also common personal names ("Chad Smith", "George Washington"). They are
 * dropped when they sit next to another capitalised word that is not itself a place.
 */
const PERSONAL_NAMES = new Set([
  'Chad', 'Jordan', 'Georgia', 'Israel', 'Darwin', 'Sydney', 'Adelaide', 'Perth', 'Paris', 'Washington',
  'Lima', 'Florence', 'Jersey', 'Kobe',
]);

const CAPITALISED_AFTER = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}]*)/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}.])(\p{Lu}[\p{L}\p{M}]*)[ \u00A0]+$/u;

/** Words that may precede a place in capitals without making it part of a personal name. */
const NOT_GIVEN_NAMES = new Set([
  'The', 'In', 'On', 'At', 'To', 'From', 'And', 'Of', 'For', 'With', 'By', 'Both', 'Visit', 'HANOI', 'TOKYO',
  'President', 'Minister', 'Ambassador', 'Prime', 'Former', 'Northern', 'Southern', 'Eastern', 'Western',
]);

/** True when a hit for a personal-name-like place is glued to a neighbouring name ("Michael Jordan"). */
function looksLikePersonName(paragraph: string, hit: GazetteerHit): boolean {
  const text = paragraph.slice(hit.start, hit.end);
  if (!PERSONAL_NAMES.has(text)) return false;
  const after = CAPITALISED_AFTER.exec(paragraph.slice(hit.end, hit.end + 40));
  if (after?.[1] !== undefined) {
    const nextStart = hit.end + after[0].length - after[1].length;
    if (placeGazetteer().matchAt(paragraph, nextStart) === undefined) return true;
  }
  const before = CAPITALISED_BEFORE.exec(paragraph.slice(Math.max(0, hit.start - 40), hit.start));
  return before?.[1] !== undefined && !NOT_GIVEN_NAMES.has(before[1]) && placeGazetteer().lookup(before[1]) === undefined;
}

// A wire dateline names its city in capitals before the country or the agency: "KARUIZAWA, Japan (AP) —".
// A two-letter first word is accepted only in a name written with diacritics ("HÀ NỘI —"): in plain
// capitals it is an ordinary word ("IN THE END,").
const DATELINE_CITY = /^((?=[^,:–—(]*[À-ÖØ-ÞĀ-ɏḀ-ỿ])\p{Lu}{2,}(?:[ -]\p{Lu}{2,})+|\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)(?=,[ \u00a0]+\p{Lu}|[ \u00a0]*[:–—]|[ \u00a0]+\()/u;

/** Finds countries, cities, regions and seas in one paragraph; spans are relative to the paragraph start and may overlap organisations. */
export function recognizePlaces(paragraph: string): Entity[] {
  const entities: Entity[] = [];
  for (const hit of placeGazetteer().scan(paragraph)) {
    if (looksLikePersonName(paragraph, hit)) continue;
    entities.push({
      kind: 'place',
      span: { start: hit.start, end: hit.end },
      text: paragraph.slice(hit.start, hit.end),
      source: 'gazetteer',
      reason: hit.entry.reason,
      canonical: hit.entry.canonical,
    });
  }
  const dateline = DATELINE_CITY.exec(paragraph);
  if (dateline?.[1] && !entities.some((e) => e.span.start === 0)) {
    entities.push({
      kind: 'place',
      span: { start: 0, end: dateline[1].length },
      text: dateline[1],
      source: 'pattern',
      reason: 'dateline pattern: a city in capitals opening a news report',
    });
  }
  return entities;
}
