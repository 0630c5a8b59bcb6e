/**
 * Compiled gazetteers of places and organisations. The data lives in `gazetteer/*.ts`; this module
 * turns each list into one longest-first, word-bounded RegExp alternation, built lazily once, so
 * that a paragraph is scanned in a single pass.
 */
import { countryEntries } from './gazetteer/countries';
import { cityEntries, regionEntries, subdivisionEntries } from './gazetteer/places';
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
  /** Matched only as written, never in capitals: minor names in capitals are mostly people ("Mr. KANO"). */
  readonly asWrittenOnly?: boolean;
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
/** A run of words in capitals (three letters or more each), as in the datelines "HANOI –" and "NEW DELHI,". */
const LATIN = String.raw`[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]`;
// Two plain character classes come first so that V8 can skip ordinary words before the lookbehind runs.
const ALL_CAPS_RUN = new RegExp(
  String.raw`${LATIN}${LATIN}(?<![\p{L}\p{M}\p{N}]..)\p{Lu}+(?:[ \u00A0]\p{Lu}{3,})*(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

/** The lookup key of a surface form: dashes, apostrophes and spaces unified, lower-cased. */
export function gazetteerKey(text: string): string {
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').toLowerCase();
}

/** The RegExp source of one character, tolerant of typographic dashes, apostrophes and no-break spaces. */
function charPattern(key: string): string {
  if (key === '-') return '[-\\u2010\\u2011\\u2012\\u2013]';
  if (key === "'") return "['\\u2019]";
  if (key === ' ') return '[ \\u00A0]';
  return key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The normalised character used as a trie key, so that "Indo–Pacific" and "Indo-Pacific" share a path. */
function charKey(ch: string): string {
  if (/[-\u2010\u2011\u2012\u2013]/.test(ch)) return '-';
  if (ch === '\u2019') return "'";
  if (ch === '\u00A0') return ' ';
  return ch;
}

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

/**
 * A RegExp source equivalent to the alternation of `names`, factored as a prefix trie, and the
 * characters names can start with. A flat alternation of a few thousand names makes V8 try every
 * branch at every position (under 1 MB/s); the trie tries one branch per distinct next character.
 * Optional tails are greedy, so the longest name is tried first and shorter ones are reached by
 * backtracking when the boundary check after the name fails.
 */
function trieSource(names: Iterable<string>): { source: string; firstChars: string } {
  const root: TrieNode = { end: false, children: new Map() };
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      const key = charKey(ch);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { end: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([key, child]) => charPattern(key) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  const firstChars = [...root.children.keys()].map((key) => key.replace(/[\\\]^-]/g, '\\$&')).join('');
  return { source: emit(root), firstChars };
}

/** A compiled gazetteer: a map of keys, a candidate-start finder and one sticky trie RegExp. */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry>();
  /** Exact surface forms, so that the common case skips key normalisation. */
  private readonly byForm = new Map<string, GazetteerEntry>();
  /** Finds characters that can start a name and are not glued to a preceding letter. */
  private readonly starts: RegExp;
  /** The trie anchored at a position already known to start a word. */
  private readonly sticky: RegExp;
  /** The same trie with its own left-boundary check, for callers passing arbitrary offsets. */
  private readonly bounded: RegExp;

  /** Compiles `entries`; the first entry wins when two share a key. */
  constructor(entries: readonly GazetteerEntry[]) {
    const forms = new Set<string>();
    for (const entry of entries) {
      const key = gazetteerKey(entry.name);
      if (this.byKey.has(key)) continue;
      this.byKey.set(key, entry);
      this.byForm.set(entry.name, entry);
      forms.add(entry.name);
    }
    const { source, firstChars } = trieSource(forms);
    // Testing the first character before the (costly) Unicode lookbehind lets V8 skip most
    // positions with a quick character-class check; this is what keeps the scan above 30 MB/s.
    this.starts = new RegExp(`[${firstChars}](?<!${WORD_CHAR}.)`, 'gu');
    this.sticky = new RegExp(`(?:${source})(?!${WORD_CHAR})`, 'uy');
    this.bounded = new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'uy');
  }

  /** Every non-overlapping name in `text`, left to right, including all-caps forms ("HANOI" in a dateline). */
  scan(text: string): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    // The shared RegExps are safe to reuse: scanning is synchronous and calls out to nothing.
    const starts = this.starts;
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
      const hit = this.matchWith(this.sticky, text, m.index);
      if (hit !== undefined) {
        hits.push(hit);
        starts.lastIndex = hit.end;
      }
    }
    const shouted = this.allCapsHits(text, hits);
    return shouted.length === 0 ? hits : [...hits, ...shouted].sort((a, b) => a.start - b.start);
  }

  /**
   * Names written in capitals that the case-sensitive scan missed. Upper-case variants are looked
   * up here rather than compiled into the trie, which would double its size.
   */
  private allCapsHits(text: string, found: readonly GazetteerHit[]): GazetteerHit[] {
    const out: GazetteerHit[] = [];
    let next = 0;
    ALL_CAPS_RUN.lastIndex = 0;
    for (let m = ALL_CAPS_RUN.exec(text); m !== null; m = ALL_CAPS_RUN.exec(text)) {
      const runStart = m.index;
      const runEnd = runStart + m[0].length;
      // Both lists are in text order, so one forward pointer finds overlaps in linear time.
      while (next < found.length && (found[next]?.end ?? 0) <= runStart) next++;
      if ((found[next]?.start ?? Infinity) < runEnd) continue;
      if (!/^[\p{Lu} \u00A0]+$/u.test(m[0])) continue;
      const words = [...m[0].matchAll(/\S+/gu)].map((w) => ({ start: runStart + w.index, end: runStart + w.index + w[0].length }));
      // Longest sub-run first from each word, so "HO CHI MINH CITY" is one name.
      for (let i = 0; i < words.length; ) {
        let matched = 0;
        for (let j = words.length - 1; j >= i && matched === 0; j--) {
          const start = words[i]?.start ?? 0;
          const end = words[j]?.end ?? 0;
          const candidate = text.slice(start, end);
          const entry = this.byKey.get(gazetteerKey(candidate));
          // Only upper-case forms of mixed-case names: all-caps entries were already scanned exactly.
          if (entry !== undefined && !entry.asWrittenOnly && entry.name !== candidate && entry.name.toUpperCase() !== entry.name) {
            out.push({ start, end, entry });
            matched = j - i + 1;
          }
        }
        i += Math.max(matched, 1);
      }
    }
    return out;
  }

  /** The longest name starting exactly at `offset` (and not glued to a preceding letter), if any. */
  matchAt(text: string, offset: number): GazetteerHit | undefined {
    return this.matchWith(this.bounded, text, offset);
  }

  private matchWith(re: RegExp, text: string, offset: number): GazetteerHit | undefined {
    re.lastIndex = offset;
    const m = re.exec(text);
    if (m === null) return undefined;
    const entry = this.byForm.get(m[0]) ?? this.byKey.get(gazetteerKey(m[0]));
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
  places ??= new Gazetteer([...countryEntries(), ...regionEntries(), ...cityEntries(), ...subdivisionEntries()]);
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
