import { FAMILY_FIRST } from '../knowledge/nameMatching';
import { isListedFirstName } from '../knowledge/firstNames';
import { mergeByStart } from './entityOrder';
import { nameTokenBounds } from './nameTokenBounds';
import { WordsByShape } from './recognizers/wordsByShape';
import { followsAnotherGivenName } from './recognizers/shortFormConflicts';
import type { Entity } from './types';
import { composed } from './normalization';
import { shared } from './sharedStrings';
import { compileForms, formEndingWordAt, LETTERS_DIGITS, nextCodePoint, wordCharacterAt, wordCharacterBefore } from './wordBoundedForms';


/** Short forms and the full names they stand for, in order of first mention. */
export type ShortNames = ReadonlyMap<string, string>;

/** A compiled matcher of short forms; `key` identifies the short forms and full names it was built from. */
export interface ShortNameMatcher {
  readonly key: string;
  /**
   * The short forms, in `forms` order; {@link linkShortNames} checks that no letter or digit precedes
   * or follows a match.
   */
  readonly regex: RegExp;
  /** The short forms, longest first, in the order the alternation tries them. */
  readonly forms: readonly string[];
  readonly shortToFull: ShortNames;
}

/**
 * The (short form, full name) pairs that the people of one paragraph contribute, in order.
 * Registry officials need no help: their short forms are in the registry itself.
 */
export function shortNameCandidates(entities: readonly Entity[]): [string, string][] {
  const out: [string, string][] = [];
  for (const e of entities) {
    if (e.kind !== 'person' || e.source === 'registry' || e.source === 'coreference') continue;
    addShortNames(e, out);
  }
  return out;
}

/** A capital and lower-case letters, as a word that may be a name on its own. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A given name that may stand for its bearer: a capitalised word, or two joined by a hyphen ("Sahle-Work"). */
const GIVEN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A Korean given name as English texts write it: two syllables, the second in lower case ("Byung-se", "Kyung-wha"). */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** The word offsets of the name being read by `addShortNames`, refilled for each name. */
const tokenBounds: number[] = [];

/** The `k`th word found by `nameTokenBounds` in `name`. */
function tokenAt(name: string, k: number): string {
  return name.slice(tokenBounds[2 * k]!, tokenBounds[2 * k + 1]!);
}

/** The length of the `k`th word found by `nameTokenBounds`. */
function tokenLength(k: number): number {
  return tokenBounds[2 * k + 1]! - tokenBounds[2 * k]!;
}

/**
 * Adds the short forms of one person's name to `out`. The name's words are read as offsets, and only
 * the words that are tested as strings or kept are cut out of it.
 */
function addShortNames(e: Entity, out: [string, string][]): void {
  // Short forms are matched in composed text (a paragraph in NFD is linked in its composed view), and
  // words of decomposed letters would not read as words here either ("Chi\u0301nh" is no \p{Ll}+).
  const name = composed(e.text);
  const count = nameTokenBounds(name, tokenBounds);
  // A name of particles and initials alone has no word to shorten it to.
  if (count === 0) return;
  // A surname alone after a title ("President Marcos") is how the document names that person.
  if (count === 1) {
    if (e.role !== undefined && tokenLength(0) >= 4) {
      const only = tokenAt(name, 0);
      if (CAPITALISED_WORD.test(only)) out.push([only, name]);
    }
    return;
  }
  const upperIndex = upperCaseTokenIndex(name, count);
  // Korean and Chinese names are written family name first, and the family name is the short form; a
  // Korean given name of two syllables joined by a hyphen ("Yun Byung-se") marks that order too.
  const familyFirst =
    FAMILY_FIRST_BY_SHAPE.hasAt(name, tokenBounds[0]!, tokenBounds[1]!) || (count === 2 && name.includes('-', tokenBounds[2]) && KOREAN_GIVEN_NAME.test(tokenAt(name, 1)));
  const shortIndex = upperIndex >= 0 ? upperIndex : familyFirst ? 0 : count - 1;
  const short = tokenAt(name, shortIndex);
  // Two-letter family names ("Xi", "Li") are short forms too; other two-letter words are too risky.
  if (short.length >= 3 || (short.length === 2 && FAMILY_FIRST.has(short) && short === tokenAt(name, 0))) out.push([short, name]);
  // A compound family name ("Enrique Pena Nieto" → "Pena Nieto", "Luiz Inácio Lula da Silva" → "Lula da
  // Silva") is written as its last two words; the longer form wins over the last word where both fit.
  if (count >= 3 && upperIndex < 0 && isToken(name, count - 1, short)) {
    const from = name.lastIndexOf(tokenAt(name, count - 2), name.length - short.length - 1);
    if (from > 0) out.push([name.slice(from), name]);
  }
  // "al-Jubeir" is also written "Jubeir"; most short forms have no hyphen and skip the RegExp.
  const article = short.includes('-') ? ARTICLE_NAME.exec(short) : null;
  if (article?.[1] !== undefined) out.push([article[1], name]);
  // Malay, Thai and Arabic names are shortened to the given name ("Prime Minister Anwar Ibrahim" →
  // "Anwar"), which English names never are in this genre ("Emmanuel" alone does not name Emmanuel
  // Macron). Only a titled name qualifies, so that a misread phrase cannot lend its first word.
  if (e.role !== undefined && count === 2 && upperIndex < 0 && tokenLength(0) >= 4) {
    const first = tokenAt(name, 0);
    if (first !== short && GIVEN_NAME_WORD.test(first) && !isListedFirstName(first)) out.push([first, name]);
  }
}

/** The index of the first word written in capitals ("NAMAZU"), or -1. */
function upperCaseTokenIndex(name: string, count: number): number {
  for (let k = 0; k < count; k++) {
    // A lower-case a to z as the word's second code unit settles it without an upper-cased copy of the
    // word. A one-unit word is followed by white space or nothing, which is no such letter either.
    const second = name.charCodeAt(tokenBounds[2 * k]! + 1);
    if (second >= 0x61 && second <= 0x7a) continue;
    if (tokenLength(k) < 2) continue;
    const token = tokenAt(name, k);
    if (token === token.toUpperCase()) return k;
  }
  return -1;
}

/** True when word `k` is exactly `word`. */
function isToken(name: string, k: number, word: string): boolean {
  return tokenLength(k) === word.length && name.startsWith(word, tokenBounds[2 * k]!);
}

/**
 * FAMILY_FIRST by length and initial: most first words of names ("Emmanuel") have no family name of
 * that shape, so one array read rejects them without comparing all 32.
 */
const FAMILY_FIRST_BY_SHAPE = new WordsByShape(FAMILY_FIRST);

const ARTICLE_NAME = /^(?:a[lnrsdtz]|el|ash)-(\p{Lu}\p{Ll}{2,})$/u;
/**
 * Merges candidate lists in document order; the first full name seen for a short form wins, except
 * that a name given in full later replaces a surname that was only seen after a title.
 */
export function collectShortNames(candidateLists: Iterable<readonly (readonly [string, string])[]>): Map<string, string> {
  const shortToFull = new Map<string, string>();
  for (const list of candidateLists) {
    for (const [short, full] of list) {
      const seen = shortToFull.get(short);
      if (seen === undefined || (seen === short && full !== short)) shortToFull.set(short, full);
    }
  }
  return shortToFull;
}

/** A key that changes whenever the matcher or the reasons it writes would change. */
export function shortNamesKey(shortToFull: ShortNames): string {
  let key = '';
  for (const [short, full] of shortToFull) key += `${short}\u0000${full}\u0001`;
  return key;
}

/** Compiles the short forms into one alternation, longest first; undefined when there are none. */
export function compileShortNames(shortToFull: ShortNames, key = shortNamesKey(shortToFull)): ShortNameMatcher | undefined {
  if (shortToFull.size === 0) return undefined;
  // No lookbehind for the letter or digit that must not precede a form: with one, V8 tries the pattern
  // at every position, while a pattern that starts with the names lets it skip ahead to their first
  // letters. No lookahead either (see wordBoundedForms.ts): every document compiles a pattern of its own.
  const { regex, forms } = compileForms(shortToFull.keys());
  return { key, regex, forms, shortToFull };
}

/**
 * The paragraph's entities with the short mentions of people named in full elsewhere in the document
 * added where no entity covers them. A place known only from the subdivision or city lists that is
 * written exactly as such a short form ("Kerry" beside "John Kerry") is taken for the person.
 * @param prose the paragraph's prose (non-prose blanked)
 * @param entities the paragraph's entities, sorted by start
 */
export function linkShortNames(prose: string, entities: readonly Entity[], matcher: ShortNameMatcher): Entity[] {
  return linkedOrUnchanged(prose, entities, matcher) ?? [...entities];
}

/**
 * What {@link linkShortNames} returns, except that `entities` itself is returned when no short mention
 * is added: most paragraphs gain none, and a copy of each of their lists would outlive the analysis.
 */
export function shortNameLinks(prose: string, entities: readonly Entity[], matcher: ShortNameMatcher): readonly Entity[] {
  return linkedOrUnchanged(prose, entities, matcher) ?? entities;
}

/** The entities with short mentions linked, as in {@link linkShortNames}, or undefined when none is added. */
function linkedOrUnchanged(prose: string, entities: readonly Entity[], matcher: ShortNameMatcher): Entity[] | undefined {
  const added: Entity[] = [];
  // Most paragraphs replace no place, so the set is only made for the first one.
  let replaced: Set<Entity> | undefined;
  const regex = matcher.regex;
  let next = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(prose); m; m = regex.exec(prose)) {
    // The form must not continue a longer word on either side; the search then resumes where the
    // pattern would have gone next.
    const form = wordCharacterBefore(prose, m.index, LETTERS_DIGITS) ? undefined : formEndingWordAt(prose, m.index, m[0], matcher.forms, LETTERS_DIGITS);
    if (form === undefined) {
      regex.lastIndex = nextCodePoint(prose, m.index);
      continue;
    }
    const full = matcher.shortToFull.get(form) ?? form;
    // The full name itself, where a mention lacks the context that made it recognisable ("the state visit
    // of Mahinda Rajapaksa."), is taken whole rather than as its short form.
    const { start, end } = wholeName(prose, m.index, m.index + form.length, form, full);
    regex.lastIndex = Math.max(regex.lastIndex, end);
    // A family name inside another person's full name ("Nguyễn Minh Chính" beside "Lê Văn Chính") is not a mention of this one.
    if (start === m.index && full !== form && followsAnotherGivenName(prose, start, full)) continue;
    // Entities are sorted, and matches arrive in order, so one forward pointer finds overlaps.
    while (next < entities.length && entities[next]!.span.end <= start) next++;
    const blocker = entities[next];
    if (blocker && blocker.span.start < end) {
      if (!isWeakPlace(blocker) || blocker.span.start !== start || blocker.span.end !== end) continue;
      (replaced ??= new Set<Entity>()).add(blocker);
    }
    // The prose is a slice of one version of the whole text, and linked entities are memoised across
    // versions: a slice of it would keep that whole version alive, one more for every relinked paragraph.
    const text = shared(prose.slice(start, end));
    added.push({ kind: 'person', span: { start, end }, text, source: 'coreference', reason: shared(reasonFor(text, full)) });
  }
  // A place is replaced only by a mention added in its stead, so with nothing added the list is unchanged.
  if (added.length === 0) return undefined;
  return mergeByStart(replaced === undefined ? entities : withoutReplaced(entities, replaced), added);
}

/** The entities not in `replaced`, in order. */
function withoutReplaced(entities: readonly Entity[], replaced: ReadonlySet<Entity>): Entity[] {
  return entities.filter((e) => !replaced.has(e));
}

/**
 * The span of the whole name when the short form at [start, end) is written as part of its full name
 * ("Shinzo Abe" found through "Abe", "Anwar Ibrahim" through "Anwar"); otherwise the short form's span.
 */
function wholeName(prose: string, start: number, end: number, short: string, full: string): { start: number; end: number } {
  if (full === short) return { start, end };
  if (full.endsWith(short)) {
    const before = full.length - short.length;
    if (start >= before && prose.startsWith(full, start - before) && !wordCharacterBefore(prose, start - before, LETTERS_DIGITS)) return { start: start - before, end };
  } else if (full.startsWith(short) && prose.startsWith(full, start) && !wordCharacterAt(prose, start + full.length, LETTERS_DIGITS)) {
    return { start, end: start + full.length };
  }
  return { start, end };
}

/** Why a short mention is a person: the full name it shortens, or its earlier mention with a title. */
function reasonFor(short: string, full: string): string {
  return full === short ? `"${short}", recognised as a person elsewhere in this document` : `short form of "${full}", named in full in this document`;
}

/** A place found only in the subdivision or city lists, which share many names with people. */
function isWeakPlace(entity: Entity): boolean {
  return entity.kind === 'place' && entity.source === 'gazetteer' && /^(?:subdivision|city) gazetteer/.test(entity.reason);
}
