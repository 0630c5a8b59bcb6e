/**
 * Compiled gazetteers of places and organisations. The data lives in `gazetteer/*.ts`; this module
 * turns each list into one longest-first, word-bounded RegExp alternation, built lazily once, so
 * that a paragraph is scanned in a single pass.
 */
import { countryEntries } from './gazetteer/countries';
import { cityEntries, regionEntries } from './gazetteer/places';
import { organizationEntries } from './gazetteer/organizations';
import { demonyms } from './gazetteer/demonyms';

/** One surface form in a gazetteer, with what it denotes and why it is listed. */
export interface GazetteerEntry {
  /** The surface form as written in prose ("Viet Nam", "U.S.", "South China Sea"). */
  readonly name: string;
  readonly kind: 'place' | 'organization';
  /** ISO 3166-1 alpha-2 code for countries, a canonical name otherwise. */
  readonly canonical: string;
  /** Short evidence shown in hovers ("country gazetteer (world-countries): VN"). */
  readonly reason: string;
}

/** A gazetteer name found in a text; offsets are relative to the scanned text. */
export interface GazetteerHit {
  readonly start: number;
  readonly end: number;
  readonly entry: GazetteerEntry;
}

/** Characters that continue a word; a name must not be glued to one on either side. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const DASHES = /[-\u2010\u2011\u2012\u2013]/g;
const APOSTROPHES = /['\u2019]/g;

/** The lookup key of a surface form: dashes, apostrophes and spaces unified, lower-cased. */
export function gazetteerKey(text: string): string {
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').toLowerCase();
}

/** The RegExp source of one name, tolerant of typographic dashes, apostrophes and no-break spaces. */
function namePattern(name: string): string {
  let out = '';
  for (const ch of name) {
    if (ch === '-' || ch === '\u2013') out += '[-\\u2010\\u2011\\u2012\\u2013]';
    else if (ch === "'" || ch === '\u2019') out += "['\\u2019]";
    else if (ch === ' ') out += '[ \\u00A0]';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** A compiled gazetteer: a map of keys plus one scanning RegExp and one sticky RegExp. */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly scanner: RegExp;
  private readonly sticky: RegExp;

  /** Compiles `entries`; the first entry wins when two share a key, and all-caps variants are added (datelines write "HANOI"). */
  constructor(entries: readonly GazetteerEntry[]) {
    const forms = new Set<string>();
    for (const entry of entries) {
      const key = gazetteerKey(entry.name);
      if (this.byKey.has(key)) continue;
      this.byKey.set(key, entry);
      forms.add(entry.name);
      forms.add(entry.name.toUpperCase());
    }
    // Longest first, so that "South China Sea" wins over "China" at the same position.
    const alternation = [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(namePattern).join('|');
    const source = `(?<!${WORD_CHAR})(?:${alternation})(?!${WORD_CHAR})`;
    this.scanner = new RegExp(source, 'gu');
    this.sticky = new RegExp(source, 'uy');
  }

  /** Every non-overlapping name in `text`, left to right. */
  scan(text: string): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    // The shared RegExp is safe to reuse: scanning is synchronous and calls out to nothing.
    const re = this.scanner;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const entry = this.byKey.get(gazetteerKey(m[0]));
      if (entry !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, entry });
    }
    return hits;
  }

  /** The longest name starting exactly at `offset`, if any. */
  matchAt(text: string, offset: number): GazetteerHit | undefined {
    this.sticky.lastIndex = offset;
    const m = this.sticky.exec(text);
    if (m === null) return undefined;
    const entry = this.byKey.get(gazetteerKey(m[0]));
    return entry === undefined ? undefined : { start: offset, end: offset + m[0].length, entry };
  }

  /** The entry whose surface form equals `text` (case and typography folded). */
  lookup(text: string): GazetteerEntry | undefined {
    return this.byKey.get(gazetteerKey(text));
  }
}

let places: Gazetteer | undefined;
let organizations: Gazetteer | undefined;
let demonymSet: ReadonlySet<string> | undefined;

/** The compiled place gazetteer (countries, then regions and seas, then cities), built on first use. */
export function placeGazetteer(): Gazetteer {
  // Immutable data compiled from constants, so one instance per process is safe to share.
  places ??= new Gazetteer([...countryEntries(), ...regionEntries(), ...cityEntries()]);
  return places;
}

/** The compiled organisation gazetteer (international bodies, national institutions, news agencies). */
export function organizationGazetteer(): Gazetteer {
  organizations ??= new Gazetteer(organizationEntries());
  return organizations;
}

/** True when `word` is a nationality adjective ("Japanese", "Philippine", "North Korean"), which is never a place. */
export function isDemonym(word: string): boolean {
  demonymSet ??= demonyms();
  return demonymSet.has(word);
}
