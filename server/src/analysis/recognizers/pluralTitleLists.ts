/**
 * Names listed after a plural title: "Presidents Muhammadu Buhari, Mahamadou Issoufou of Niger and
 * Idriss Deby Itno of Chad", "Cabinet Secretaries Ukur Yatani (National Treasury), Raychelle Omamo
 * (Foreign Affairs) and Dr Monica Juma (Defence)"; an honorific before a name stays outside it. The title makes every item of the list a person, including names the
 * first-name lists do not know.
 */
import { organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import type { Entity, Span } from '../types';
import { INSTITUTION_HEAD_WORDS, NAME_TOKEN, NOT_NAME, overlapsAny, PARTICLE, TITLE_TOKEN } from './peopleLexicon';
import { patternPerson } from './personEntity';

/** The plural titles that open such a list; each ends with "s", which the cheap gate below looks for. */
const PLURAL_TITLE = /(?:(?:Vice[- ])?Presidents|(?:Deputy )?Prime Ministers|(?:Foreign|Defen[cs]e|Finance|Trade) Ministers|Cabinet Secretaries|Secretaries of State|Foreign Secretaries|Ambassadors|Senators|Governors)[ \u00a0]/gu;

/**
 * One item of the list: two to four name words, then optionally the state it speaks for ("of Niger") or
 * its portfolio in brackets ("(Foreign Affairs)").
 */
const ITEM = new RegExp(
  String.raw`(?<honorific>(?:Dr|Mr|Ms|Mrs|Prof|Amb|H\.E)\.?[ \u00a0])?(?<name>${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${NAME_TOKEN}){1,3})(?<tail>[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?<state>\p{Lu}[\p{L}\p{M}-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}-]+){0,2})|[ \u00a0]\([^()\n]{1,60}\))?(?![\p{L}\p{N}])`,
  'uy',
);
/** What joins two items: a comma, "and" or both. */
const JOINT = /(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)/y;

/** The listed names of one list, or undefined when an item is not a name. */
function listAt(paragraph: string, from: number): { names: { name: string; start: number }[]; last: boolean } | undefined {
  const names: { name: string; start: number }[] = [];
  let at = from;
  for (let items = 0; items < 12; items++) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(paragraph);
    const name = m?.groups?.['name'];
    if (m === null || name === undefined || !isPersonName(name)) break;
    const state = m.groups?.['state'];
    if (state !== undefined && placeGazetteer().lookup(state) === undefined) break;
    names.push({ name, start: at + (m.groups?.['honorific']?.length ?? 0) });
    at += m[0].length;
    JOINT.lastIndex = at;
    const joint = JOINT.exec(paragraph);
    if (joint === null) return { names, last: true };
    // The list goes on only when a name follows the joint; "and" before anything else ends it there.
    at += joint[0].length;
    if (joint[0].includes('and')) {
      ITEM.lastIndex = at;
      const final = ITEM.exec(paragraph);
      const finalName = final?.groups?.['name'];
      if (final === null || finalName === undefined || !isPersonName(finalName)) return { names, last: false };
      const finalState = final.groups?.['state'];
      if (finalState !== undefined && placeGazetteer().lookup(finalState) === undefined) return { names, last: false };
      names.push({ name: finalName, start: at + (final.groups?.['honorific']?.length ?? 0) });
      return { names, last: true };
    }
  }
  return names.length > 0 ? { names, last: false } : undefined;
}

/** True when no word of `name` rules it out as a person's name and the whole is no known place or body. */
function isPersonName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.some((w) => NOT_NAME.has(w) || INSTITUTION_HEAD_WORDS.has(w) || TITLE_TOKEN.test(w) || placeGazetteer().lookup(w) !== undefined || organizationGazetteer().lookup(w) !== undefined)) return false;
  return placeGazetteer().lookup(name) === undefined && organizationGazetteer().lookup(name) === undefined;
}

/** The last words of the plural titles; a paragraph without any of them is not searched. */
const TITLE_ENDS = ['Presidents', 'Ministers', 'Secretaries', 'of State', 'Ambassadors', 'Senators', 'Governors'];

/** True when a plural title may be in the paragraph. */
function mayHoldPluralTitle(paragraph: string): boolean {
  return TITLE_ENDS.some((end) => paragraph.includes(end));
}

/** True when a letter or digit comes right before `at` (the title would continue a longer word). */
function continuesWord(paragraph: string, at: number): boolean {
  return at > 0 && /[\p{L}\p{N}]/u.test(paragraph.charAt(at - 1));
}

/**
 * Adds the people listed after a plural title, when the list has at least two names and ends with
 * "and" and a last name: a title followed by one name alone is left to the other patterns.
 */
export function pluralTitleListNames(paragraph: string, taken: Span[], found: Entity[]): void {
  if (!mayHoldPluralTitle(paragraph)) return;
  PLURAL_TITLE.lastIndex = 0;
  for (let m = PLURAL_TITLE.exec(paragraph); m; m = PLURAL_TITLE.exec(paragraph)) {
    if (continuesWord(paragraph, m.index)) continue;
    const list = listAt(paragraph, m.index + m[0].length);
    if (list === undefined || !list.last || list.names.length < 2) continue;
    const title = m[0].trim();
    for (const { name, start } of list.names) {
      const span = { start, end: start + name.length };
      if (overlapsAny(span, taken)) continue;
      found.push(patternPerson(span, name, `name pattern: listed after the plural title "${title}"`, title));
      taken.push(span);
    }
    PLURAL_TITLE.lastIndex = Math.max(PLURAL_TITLE.lastIndex, list.names[list.names.length - 1]!.start);
  }
}
