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

/**
 * The plural titles that open such a list, by their last word, with the words that must come before
 * that word when a bare one would be too loose ("Ministers" alone also opens "Ministers met …").
 */
const PLURAL_TITLES: readonly { readonly word: string; readonly before?: RegExp }[] = [
  { word: 'Presidents', before: /(?:Vice[- ])?$/ },
  { word: 'Ministers', before: /(?:(?:Deputy[ \u00a0])?Prime|Foreign|Defen[cs]e|Finance|Trade)[ \u00a0]$/ },
  { word: 'Secretaries of State' },
  { word: 'Secretaries', before: /(?:Cabinet|Foreign)[ \u00a0]$/ },
  { word: 'Ambassadors' },
  { word: 'Senators' },
  { word: 'Governors' },
];

/** The plural titles by the first letter of their last word (P, M, S, A, G), indexed by its code unit. */
const TITLES_BY_INITIAL: readonly ((typeof PLURAL_TITLES)[number][] | undefined)[] = (() => {
  const byInitial: ((typeof PLURAL_TITLES)[number][] | undefined)[] = new Array<(typeof PLURAL_TITLES)[number][] | undefined>(0x5b).fill(undefined);
  for (const title of PLURAL_TITLES) (byInitial[title.word.charCodeAt(0)] ??= []).push(title);
  return byInitial;
})();

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

/** The name of the list item at `at` and where the item ends, or undefined when no person's name is there. */
function itemAt(paragraph: string, at: number): { name: string; start: number; end: number } | undefined {
  ITEM.lastIndex = at;
  const m = ITEM.exec(paragraph);
  const name = m?.groups?.['name'];
  if (m === null || name === undefined || !isPersonName(name)) return undefined;
  const state = m.groups?.['state'];
  if (state !== undefined && placeGazetteer().lookup(state) === undefined) return undefined;
  return { name, start: at + (m.groups?.['honorific']?.length ?? 0), end: at + m[0].length };
}

/**
 * The names of the list that starts at `from`, when it is a whole list: items joined by commas, the
 * last after "and" (or followed by no joint at all). Undefined when an item is not a person's name.
 */
function listAt(paragraph: string, from: number): { name: string; start: number }[] | undefined {
  const names: { name: string; start: number }[] = [];
  let at = from;
  let final = false;
  for (let items = 0; items < 12; items++) {
    const item = itemAt(paragraph, at);
    if (item === undefined) return undefined;
    names.push(item);
    // The list ends after the item that "and" introduced, or where no joint follows.
    JOINT.lastIndex = item.end;
    const joint: RegExpExecArray | null = final ? null : JOINT.exec(paragraph);
    if (joint === null) return names;
    final = joint[0].includes('and');
    at = item.end + joint[0].length;
  }
  return undefined;
}

/** True when no word of `name` rules it out as a person's name and the whole is no known place or body. */
function isPersonName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.some((w) => NOT_NAME.has(w) || INSTITUTION_HEAD_WORDS.has(w) || TITLE_TOKEN.test(w) || placeGazetteer().lookup(w) !== undefined || organizationGazetteer().lookup(w) !== undefined)) return false;
  return placeGazetteer().lookup(name) === undefined && organizationGazetteer().lookup(name) === undefined;
}

/** True when the code unit may open a name: a capital A to Z or any non-ASCII code unit. */
function mayOpenName(code: number): boolean {
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a);
}

/** The plural title whose last word starts at `at` and ends before a space and a possible name, with its start. */
function pluralTitleAt(paragraph: string, at: number, titles: readonly (typeof PLURAL_TITLES)[number][]): { title: string; listStart: number } | undefined {
  for (const { word, before } of titles) {
    const end = at + word.length;
    // The code unit the word ends with, then the whole word: most capitalised words fail the first test.
    if (paragraph.charCodeAt(end - 1) !== word.charCodeAt(word.length - 1) || !paragraph.startsWith(word, at)) continue;
    const space = paragraph.charCodeAt(end);
    if ((space !== 0x20 && space !== 0xa0) || !mayOpenName(paragraph.charCodeAt(end + 1))) return undefined;
    const head = before === undefined ? '' : before.exec(paragraph.slice(Math.max(0, at - 20), at))?.[0];
    if (head === undefined) return undefined;
    return { title: `${head}${word}`.replace(/\u00a0/g, ' '), listStart: end + 1 };
  }
  return undefined;
}

/**
 * Adds the people listed after a plural title, when the list has at least two names and ends with
 * "and" and a last name: a title followed by one name alone is left to the other patterns.
 */
export function pluralTitleListNames(paragraph: string, capitals: readonly number[], taken: Span[], found: Entity[]): void {
  let resume = 0;
  // The people scan's list of capitalised word starts is where a title's last word can begin.
  for (const at of capitals) {
    if (at < resume) continue;
    const titles = TITLES_BY_INITIAL[paragraph.charCodeAt(at)];
    if (titles === undefined) continue;
    const title = pluralTitleAt(paragraph, at, titles);
    if (title === undefined) continue;
    const list = listAt(paragraph, title.listStart);
    if (list === undefined || list.length < 2) continue;
    for (const { name, start } of list) {
      const span = { start, end: start + name.length };
      if (overlapsAny(span, taken)) continue;
      found.push(patternPerson(span, name, `name pattern: listed after the plural title "${title.title}"`, title.title));
      taken.push(span);
    }
    resume = list[list.length - 1]!.start;
  }
}
