import { placeGazetteer, type GazetteerHit } from '../../knowledge/gazetteer';
import type { Entity } from '../types';
import { isGivenName } from './peopleLexicon';
import { WordsByShape } from './wordsByShape';
import { shared } from '../sharedStrings';

/**
 * Place names that are also common personal names ("Chad Smith", "George Washington"). They are
 * dropped when they sit next to another capitalised word that is not itself a place.
 */
const PERSONAL_NAMES = new Set([
  'Chad', 'Jordan', 'Georgia', 'Israel', 'Darwin', 'Sydney', 'Adelaide', 'Perth', 'Paris', 'Washington',
  'Lima', 'Florence', 'Jersey', 'Kobe',
]);

/** `PERSONAL_NAMES` by shape, so that most places found are turned away by one array read. */
const PERSONAL_NAMES_BY_SHAPE = new WordsByShape(PERSONAL_NAMES);

const CAPITALISED_AFTER = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}]*)/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}.])(\p{Lu}[\p{L}\p{M}]*)[ \u00A0]+$/u;

/** Words that may precede a place in capitals without making it part of a personal name. */
const NOT_GIVEN_NAMES = new Set([
  'The', 'In', 'On', 'At', 'To', 'From', 'And', 'Of', 'For', 'With', 'By', 'Both', 'Visit', 'HANOI', 'TOKYO',
  'President', 'Minister', 'Ambassador', 'Prime', 'Former', 'Northern', 'Southern', 'Eastern', 'Western',
]);

// "in Langkawi, Malaysia", "in Cha-Am and Hua Hin, Thailand": unlisted localities placed by the country
// or province written after them. Only after a locative word, and only one to three capitalised words.
const LOCALITY_WORDS = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?:[ \u00A0]\p{Lu}[\p{Ll}\p{M}]+){0,2}`;
const LOCALITIES_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:in|at|to|from|near|visited|visiting)[ \u00A0]+(?<first>${LOCALITY_WORDS})(?:[ \u00A0]+and[ \u00A0]+(?<second>${LOCALITY_WORDS}))?,[ \u00A0]+$`,
  'du',
);
const REGION_REASON = /^(?:country|subdivision) gazetteer/;
const NOT_LOCALITIES = new Set(['The', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** True when ", " (or a comma and a no-break space) ends just before `at`. */
function isCommaSpaceBefore(paragraph: string, at: number): boolean {
  const space = paragraph.charCodeAt(at - 1);
  return paragraph.charCodeAt(at - 2) === 0x2c && (space === 0x20 || space === 0xa0);
}

/** Unlisted localities written just before a listed country or province, with their text offsets. */
function localitiesBeforeRegions(paragraph: string, found: readonly Entity[]): readonly Entity[] {
  // Made only when a locality turns up: most paragraphs have none and share one empty answer.
  let out: Entity[] | undefined;
  for (const region of found) {
    // Cheap checks first: the pattern needs ", " right before the region.
    if (!isCommaSpaceBefore(paragraph, region.span.start) || !REGION_REASON.test(region.reason)) continue;
    if (/^['’]s\b/.test(paragraph.slice(region.span.end, region.span.end + 3))) continue;
    const from = Math.max(0, region.span.start - 90);
    const m = LOCALITIES_BEFORE.exec(paragraph.slice(from, region.span.start));
    if (m === null) continue;
    for (const group of ['first', 'second']) {
      const at = m.indices?.groups?.[group];
      const locality = at === undefined ? undefined : localityAt(paragraph, { start: from + at[0], end: from + at[1] }, found, `written before "${region.text}"`);
      if (locality !== undefined) (out ??= []).push(locality);
    }
  }
  return out ?? NO_ENTITIES;
}

const NO_ENTITIES: readonly Entity[] = [];

/** The locality at `span`, unless it opens with a month or a first name or overlaps what was found. */
function localityAt(paragraph: string, span: { start: number; end: number }, found: readonly Entity[], why: string): Entity | undefined {
  const text = paragraph.slice(span.start, span.end);
  const firstWord = text.split(/[ \u00A0-]/)[0] ?? '';
  if (NOT_LOCALITIES.has(firstWord) || isGivenName(firstWord)) return undefined;
  if (found.some((e) => e.span.start < span.end && span.start < e.span.end)) return undefined;
  return { kind: 'place', span, text, source: 'pattern', reason: `locality pattern: ${why}` };
}

const LOCATIVE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:in|at|to|from|near)[ \u00A0]+$/u;
// The locality must end the phrase (punctuation, a date or another adjunct follows), so that "in Tokyo and
// Toyota executives" is not read as two places.
const LOCALITY_AFTER_AND = new RegExp(
  String.raw`^[ \u00A0]+and[ \u00A0]+(${LOCALITY_WORDS})(?=[,.;:)]|$|[ \u00A0]+(?:on|in|at|last|this|next|during|from|for|earlier|later|respectively|since|until)\b)`,
  'u',
);

const LOCATIVE_WORDS = ['in', 'at', 'to', 'from', 'near'];

/** True when `LOCATIVE_BEFORE` matches the twelve code units before `at`: a locative word and spaces. */
export function followsLocativeWord(paragraph: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  // The pattern ends in spaces right after a locative word; unless the word before the spaces is one
  // of them, it cannot match, and the substring and the scan from every position are spared.
  let wordEnd = at;
  while (wordEnd > from && isSpaceAt(paragraph, wordEnd - 1)) wordEnd--;
  if (wordEnd === at || !endsWithLocativeWord(paragraph, from, wordEnd)) return false;
  return LOCATIVE_BEFORE.test(paragraph.slice(from, at));
}

/** True when one of `LOCATIVE_WORDS` ends at `end` and starts at or after `from`. */
function endsWithLocativeWord(paragraph: string, from: number, end: number): boolean {
  for (const word of LOCATIVE_WORDS) {
    if (end - word.length >= from && paragraph.startsWith(word, end - word.length)) return true;
  }
  return false;
}

/** "held in Kuala Lumpur and Langkawi on …": an unlisted locality coordinated with a place after a locative word. */
function localitiesAfterPlaces(paragraph: string, found: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | undefined;
  for (const place of found) {
    // Most places are not followed by " and "; a space and an "a" are checked first, without a call.
    if (paragraph.charCodeAt(place.span.end) !== 0x20 || paragraph.charCodeAt(place.span.end + 1) !== 0x61) continue;
    if (!paragraph.startsWith(' and ', place.span.end) || !followsLocativeWord(paragraph, place.span.start)) continue;
    const m = LOCALITY_AFTER_AND.exec(paragraph.slice(place.span.end, place.span.end + 60));
    const name = m?.[1];
    if (m === null || name === undefined) continue;
    const start = place.span.end + m[0].length - name.length;
    const locality = localityAt(paragraph, { start, end: start + name.length }, found, `coordinated with "${place.text}"`);
    if (locality !== undefined) (out ??= []).push(locality);
  }
  return out ?? NO_ENTITIES;
}

// "Trans-Pacific", "trans-Atlantic": an adjective, not the place.
const TRANS_BEFORE = /(?:^|[^\p{L}])[Tt]rans[-‐]$/u;
// "Okinawa Prefecture", "Quang Ninh Province": the administrative word is part of the name.
/** Administrative words written after a place's name that belong to it ("Aichi Prefecture", "Dhaka City"). */
const ADMINISTRATIVE_WORDS = ['Prefecture', 'Province', 'Governorate', 'Oblast', 'City'];

/** The length of a space and an administrative word at `end` that no letter, digit or "_" continues; 0 when there is none. */
function administrativeWordAfter(paragraph: string, end: number): number {
  for (const word of ADMINISTRATIVE_WORDS) {
    if (paragraph.startsWith(word, end + 1) && !isAsciiWordCodeUnit(paragraph.charCodeAt(end + 1 + word.length))) return 1 + word.length;
  }
  return 0;
}

/** A-Z, a-z, 0-9 and "_", the characters of `\w`. */
function isAsciiWordCodeUnit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
/** "Benin Republic", "Niger Republic": a country's name with "Republic" after it is one place. */
const REPUBLIC_AFTER = /^[ \u00A0]Republic(?![\p{L}\p{M}\p{N}]| of)/u;
/** The last letters of the words `CITY_PREFIX_BEFORE` takes (f, o, r), as code units. */
const CITY_PREFIX_FINALS: ReadonlySet<number> = new Set([0x66, 0x6f, 0x72]);
/** "City of Sevastopol", "Metro Manila", "Greater Male": words in front of a city that belong to its name. */
const CITY_PREFIX_BEFORE = /(?:^|[^\p{L}\p{M}])((?:City[ \u00A0]of|Metro|Greater)[ \u00A0])$/u;
// "Western Indian Ocean", "North-Atlantic": a compass word in front of a listed region or sea.
const COMPASS_BEFORE = /(?:^|[^\p{L}\p{M}])((?:North|South|East|West|Northern|Southern|Eastern|Western|Central)[ \u00A0-])$/u;
/** The first letters of the administrative words (P, G, O, C), as code units. */
const ADMINISTRATIVE_INITIALS: ReadonlySet<number> = new Set([0x50, 0x47, 0x4f, 0x43]);
const REGION_LIST_REASON = 'regions and seas list';

/** True when a space or a no-break space is at `at`. */
function isSpaceAt(paragraph: string, at: number): boolean {
  const code = paragraph.charCodeAt(at);
  return code === 0x20 || code === 0xa0;
}

/** True when "Trans-" or "trans-" ends just before `at` as a word of its own. */
function followsTransPrefix(paragraph: string, at: number): boolean {
  // The pattern ends with a hyphen, so any other character before the hit rules it out without a substring.
  const dash = paragraph.charCodeAt(at - 1);
  return (dash === 0x2d || dash === 0x2010) && TRANS_BEFORE.test(paragraph.slice(Math.max(0, at - 6), at));
}

/** The last letters of the compass words, as code units: h (North, South), t (East, West), n (Northern …), l (Central). */
const COMPASS_FINALS: ReadonlySet<number> = new Set([0x68, 0x74, 0x6e, 0x6c]);

/** True when the text before `at` could end in a compass word and its separator, as `COMPASS_BEFORE` needs. */
function mayFollowCompassWord(paragraph: string, at: number): boolean {
  // "the Pacific", the usual case, fails on its "e" before the pattern and its substring are tried.
  const separator = paragraph.charCodeAt(at - 1);
  return (separator === 0x20 || separator === 0xa0 || separator === 0x2d) && COMPASS_FINALS.has(paragraph.charCodeAt(at - 2));
}

/** The hit's span, widened over an administrative word after it or a compass word before a region. */
function widenedPlace(paragraph: string, hit: GazetteerHit): { start: number; end: number } {
  let { start, end } = hit;
  // The pattern needs a space and then P, G or O after the hit; checking those first spares a substring per hit.
  if (isSpaceAt(paragraph, end) && ADMINISTRATIVE_INITIALS.has(paragraph.charCodeAt(end + 1))) {
    end += administrativeWordAfter(paragraph, end);
  } else if (isSpaceAt(paragraph, end) && paragraph.charCodeAt(end + 1) === 0x52 && hit.entry.reason.startsWith('country gazetteer')) {
    const republic = REPUBLIC_AFTER.exec(paragraph.slice(end, end + 14));
    if (republic !== null) end += republic[0].length;
  }
  // "City of", "Metro" and "Greater" end in f, o and r, which rules out most city hits before the pattern.
  if (start > 5 && isSpaceAt(paragraph, start - 1) && CITY_PREFIX_FINALS.has(paragraph.charCodeAt(start - 2)) && isCityEntry(hit)) {
    const prefix = CITY_PREFIX_BEFORE.exec(paragraph.slice(Math.max(0, start - 9), start));
    if (prefix?.[1] !== undefined) start -= prefix[1].length;
  }
  if (hit.entry.reason === REGION_LIST_REASON && mayFollowCompassWord(paragraph, start)) {
    const compass = COMPASS_BEFORE.exec(paragraph.slice(Math.max(0, start - 10), start));
    if (compass?.[1] !== undefined) start -= compass[1].length;
  }
  return { start, end };
}

/** True when the hit is a city of the city or capital lists. */
function isCityEntry(hit: GazetteerHit): boolean {
  const reason = hit.entry.reason;
  return reason.startsWith('city ') || reason.startsWith('capital ');
}

/**
 * Capitalised words after a place that make it part of the name of a document, event or agreement
 * ("Paris Agreement", "Washington Treaty"), inside which the place is annotated on its own.
 */
const NAMED_AFTER_PLACE = new Set([
  'Agreement', 'Agreements', 'Accord', 'Accords', 'Treaty', 'Summit', 'Declaration', 'Convention', 'Protocol',
  'Process', 'Principles', 'Statement', 'Dialogue', 'Charter', 'Conference', 'Forum', 'Pact', 'Plan', 'Peace',
  'Communiqué', 'Consensus', 'Framework', 'Talks', 'Round', 'Call', 'Commitment', 'Club', 'Action', 'Programme',
]);

/** True when a hit for a personal-name-like place is glued to a neighbouring name ("Michael Jordan"). */
function looksLikePersonName(paragraph: string, hit: GazetteerHit): boolean {
  // Compared in place, so that the usual hit, no personal name, costs no substring.
  if (!PERSONAL_NAMES_BY_SHAPE.hasAt(paragraph, hit.start, hit.end)) return false;
  const after = CAPITALISED_AFTER.exec(paragraph.slice(hit.end, hit.end + 40));
  if (after?.[1] !== undefined && !NAMED_AFTER_PLACE.has(after[1])) {
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

/** True when the code unit `code` may open a capitalised word: any non-ASCII unit, or A to Z. */
function mayBeCapital(code: number): boolean {
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a);
}

/** The dateline city at the start of `paragraph`, if any. */
function datelineCity(paragraph: string): string | undefined {
  // Both alternatives open with two capitals; most paragraphs fail that at once, before the pattern's
  // lookahead reads ahead to the first comma.
  if (!mayBeCapital(paragraph.charCodeAt(0)) || !mayBeCapital(paragraph.charCodeAt(1))) return undefined;
  return DATELINE_CITY.exec(paragraph)?.[1];
}

/** "the North" alone, not "the North Korean …" nor "the North-South …". */
const THE_NORTH = /(?<![\p{L}\p{N}])[Tt]he[ \u00A0](North)(?![\p{L}\p{M}\p{N}-]|[ \u00A0]\p{Lu})/gu;
/** "the two Koreas". */
const TWO_KOREAS = /(?<![\p{L}\p{N}])two[ \u00A0](Koreas)(?![\p{L}\p{M}\p{N}])/gu;
/** The places that show a paragraph to be about the Korean Peninsula: its two states, their capitals, the peninsula. */
function isKoreanPlace(entity: Entity): boolean {
  return entity.canonical === 'KP' || entity.canonical === 'KR' || entity.text === 'Pyongyang' || entity.text === 'Seoul' || entity.text === 'Korean Peninsula';
}

/**
 * "the North" for North Korea and "the two Koreas", in a paragraph that names the Korean Peninsula or
 * one of its states: the press writes them as places there, and elsewhere "the North" is a region.
 */
function koreanPeninsulaShortNames(paragraph: string, found: readonly Entity[]): Entity[] {
  // The places already found say whether the paragraph is about the peninsula, so most paragraphs are not searched.
  if (!found.some(isKoreanPlace)) return [];
  const hasNorth = paragraph.includes('he North');
  const hasKoreas = paragraph.includes('Koreas');
  if (!hasNorth && !hasKoreas) return [];
  const out: Entity[] = [];
  for (const pattern of [hasNorth ? THE_NORTH : undefined, hasKoreas ? TWO_KOREAS : undefined]) {
    if (pattern === undefined) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
      const word = m[1]!;
      const start = m.index + m[0].length - word.length;
      out.push({ kind: 'place', span: { start, end: start + word.length }, text: word, source: 'pattern', reason: `pattern: "${m[0]}" in a paragraph about the Korean Peninsula` });
    }
  }
  return out;
}

/** Appends `more` to `list`; the usual empty `more` costs no spread call. */
function appendAll(list: Entity[], more: readonly Entity[]): void {
  for (const entity of more) list.push(entity);
}

/** Finds countries, cities, regions and seas in one paragraph; spans are relative to the paragraph start and may overlap organisations. */
export function recognizePlaces(paragraph: string): Entity[] {
  const entities: Entity[] = [];
  for (const hit of placeGazetteer().scan(paragraph)) {
    if (looksLikePersonName(paragraph, hit) || followsTransPrefix(paragraph, hit.start)) continue;
    const span = widenedPlace(paragraph, hit);
    entities.push({
      kind: 'place',
      span,
      text: shared(paragraph.slice(span.start, span.end)),
      source: 'gazetteer',
      reason: hit.entry.reason,
      canonical: hit.entry.canonical,
    });
  }
  appendAll(entities, localitiesBeforeRegions(paragraph, entities));
  appendAll(entities, localitiesAfterPlaces(paragraph, entities));
  appendAll(entities, koreanPeninsulaShortNames(paragraph, entities));
  const dateline = datelineCity(paragraph);
  if (dateline && !entities.some((e) => e.span.start === 0)) {
    entities.push({
      kind: 'place',
      span: { start: 0, end: dateline.length },
      text: dateline,
      source: 'pattern',
      reason: 'dateline pattern: a city in capitals opening a news report',
    });
  }
  return entities;
}
