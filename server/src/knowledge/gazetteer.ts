/**
 * Compiled gazetteers of places and organisations. The data lives in `gazetteer/*.ts`; this module
 * turns each list into a prefix trie, built lazily once, and finds the longest word-bounded name
 * at each word of a paragraph.
 */
import { foldToBaseLetters } from './nameMatching';
import { countryEntries } from './gazetteer/countries';
import { cityEntries, regionEntries, subdivisionEntries } from './gazetteer/places';
import { organizationEntries } from './gazetteer/organizations';
import { demonyms } from './gazetteer/demonyms';
import { gazetteerKey } from './gazetteer/keys';
import { bumpVersion, hashRange, registerLeadingWord, slotOf } from './gazetteer/leadingWords';
import { indexText, isIndexedStart, MAX_SHOUTED_SPAN, WORD_STRIDE, type ShoutedRun, type TextIndex } from './gazetteer/textIndex';
import { buildTrie, hasChild, longestMatchEnd, longestMatchEndFrom, nodeAfter, type TrieNode } from './gazetteer/trie';
import { followsWordChar } from './gazetteer/wordChars';

export { gazetteerKey };

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

/** What the gazetteer knows about one leading word of its names. */
interface FirstWord {
  /** The word itself, compared in place with the text's word run. */
  readonly word: string;
  /** True when some name continues past the word ("South" → "South China Sea"). */
  readonly continues: boolean;
  /** The trie node reached after the word, where a longer name's walk resumes. */
  readonly node: TrieNode;
  /** The entry whose surface form is the word alone, if any. */
  readonly entry: GazetteerEntry | undefined;
}

/** Buckets of the leading-word hash table, a power of two: a few thousand words leave most chains one word long. */
const FIRST_WORD_BUCKETS = 1 << 14;

/** The leading word of a name: letters, marks and digits up to the first other character. */
const LEADING_WORD = /^[\p{L}\p{M}\p{N}]*/u;

let lastUnfolded: string | undefined;
let lastFolded = '';

/** `foldToBaseLetters(original)`, reused when the previous call folded the same text. */
function foldedText(original: string): string {
  // Both gazetteers scan each paragraph back to back, so the second scan reuses the first one's fold.
  if (original !== lastUnfolded) {
    // Most texts hold no letter to fold, which the text index notes as it reads every code unit; such
    // a text is its own fold, and its index is the one the scan needs, so the text is read only once.
    lastFolded = indexText(original).mayFold ? foldToBaseLetters(original) : original;
    lastUnfolded = original;
  }
  return lastFolded;
}

/**
 * The word index of `original` or of its fold, whichever the gazetteer scans of the same text used
 * (so that it is already made). Folding turns letters into letters at the same offsets and keeps
 * surrogates, so both indexes have the same word boundaries and `hasSurrogate`, and both list every
 * word that starts with A to Z in `original`.
 */
export function wordIndexOf(original: string): TextIndex {
  return indexText(foldedText(original));
}

/** A compiled gazetteer: maps of keys and forms, and a trie of the forms. */
export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerEntry>();
  /** Exact surface forms, so that the common case skips key normalisation. */
  private readonly byForm = new Map<string, GazetteerEntry>();
  private readonly trie: TrieNode;
  /**
   * For each leading word of a name (its longest prefix of letters, marks and digits), whether some
   * name continues past it ("South" → "South China Sea") and where the trie walk stands after it. A
   * name can only match where the text's word is one of these, so every other capitalised word is
   * rejected with one map lookup (or none: see `leadingWords`).
   */
  private readonly firstWords = new Map<string, FirstWord>();
  /** The same leading words, in a list that `firstWordHeads` and `firstWordNext` index. */
  private readonly firstWordList: FirstWord[] = [];
  /**
   * A chained hash table over the leading words' slots in the shared leading-word table (see
   * `leadingWords`): the head holds 1 + the index of the first word whose slot falls in the bucket,
   * 0 for none, and `firstWordNext` chains the rest. Typed arrays make a lookup two array reads
   * instead of a Map lookup, which mattered because most capitalised words of a text are looked up.
   */
  private readonly firstWordHeads = new Int32Array(FIRST_WORD_BUCKETS);
  private firstWordNext = new Int32Array(0);
  /** Set when some name does not start with a capital or a digit, which the word index would miss. */
  private unindexed = false;

  /** The most words of any name, which bounds the names tried in a run of capitals. */
  private readonly maxWords: number;

  /** Compiles `entries`; the first entry wins when two share a key. */
  constructor(entries: readonly GazetteerEntry[]) {
    const forms = new Set<string>();
    let maxWords = 1;
    for (const entry of entries) {
      maxWords = Math.max(maxWords, entry.name.split(/\s+/).length);
      const key = gazetteerKey(entry.name);
      const existing = this.byKey.get(key);
      if (existing !== undefined) {
        // A listed spelling that differs only in case or typography ("Asean" beside "ASEAN") is
        // still matched as written, as the first entry with that key.
        if (!this.byForm.has(entry.name) && existing.kind === entry.kind && !entry.asWrittenOnly) {
          this.byForm.set(entry.name, existing);
          forms.add(entry.name);
        }
        continue;
      }
      this.byKey.set(key, entry);
      this.byForm.set(entry.name, entry);
      forms.add(entry.name);
      // Texts are scanned with their letters folded (see `scan`), so a name written with diacritics
      // ("Đà Nẵng") is also compiled in its folded form.
      const folded = foldToBaseLetters(entry.name);
      if (folded !== entry.name && !this.byForm.has(folded)) {
        this.byForm.set(folded, entry);
        this.byKey.set(gazetteerKey(folded), this.byKey.get(gazetteerKey(folded)) ?? entry);
        forms.add(folded);
      }
    }
    this.maxWords = Math.min(maxWords, MAX_SHOUTED_SPAN);
    this.trie = buildTrie(forms);
    for (const form of forms) {
      const word = LEADING_WORD.exec(form)?.[0] ?? '';
      // Every current name starts with a capital or a digit; one starting with punctuation or a
      // to z is not in the word index, so such a gazetteer tries every position instead.
      if (word === '' || !isIndexedStart(form.charCodeAt(0))) this.unindexed = true;
      const continues = this.firstWords.get(word)?.continues === true || word.length < form.length;
      // The word is a prefix of a compiled form, so the walk over it always reaches a node.
      this.firstWords.set(word, { word, continues, node: nodeAfter(this.trie, word) ?? this.trie, entry: this.byForm.get(word) });
      registerLeadingWord(word);
    }
    this.indexFirstWords();
    bumpVersion();
  }

  /** Fills the bucket table of the leading words (see `firstWordHeads`). */
  private indexFirstWords(): void {
    this.firstWordList.push(...this.firstWords.values());
    this.firstWordNext = new Int32Array(this.firstWordList.length);
    this.firstWordList.forEach((first, i) => {
      const bucket = slotOf(hashRange(first.word, 0, first.word.length)) & (FIRST_WORD_BUCKETS - 1);
      this.firstWordNext[i] = this.firstWordHeads[bucket] ?? 0;
      this.firstWordHeads[bucket] = i + 1;
    });
  }

  /**
   * Every non-overlapping name in `text`, left to right, including all-caps forms ("HANOI" in a
   * dateline). Latin letters are folded to their base letters first, code unit for code unit, so
   * "Việt Nam" and "HÀ NỘI" are found as "Viet Nam" and "HANOI" at the same offsets.
   */
  scan(original: string): GazetteerHit[] {
    const text = foldedText(original);
    const hits: GazetteerHit[] = [];
    // The cached text index is safe to share: scanning is synchronous and calls out to nothing.
    if (this.unindexed) this.scanEveryStart(text, hits);
    else this.scanWords(text, hits);
    const shouted = this.allCapsHits(text, hits);
    const all = shouted.length === 0 ? hits : [...hits, ...shouted].sort((a, b) => a.start - b.start);
    // Folding may only bridge spellings of names that are safe in any form: an entry matched only as
    // written ("Franca", a city) must not take "França", a surname.
    return text === original ? all : all.filter((h) => !h.entry.asWrittenOnly || writtenAs(h.entry.name, original.slice(h.start, h.end)));
  }

  /**
   * Collects names at the word runs of `text`. A name can only start where a word run starts (its
   * first character is a word character not glued to a preceding one), and the runs are found once
   * per text for both gazetteers.
   */
  private scanWords(text: string, hits: GazetteerHit[]): void {
    const { wordCount, words } = indexText(text);
    let resume = 0;
    // Each word is three numbers: its start, its end and its leading-word slot (see `TextIndex.words`).
    for (let at = 0; at < WORD_STRIDE * wordCount; at += WORD_STRIDE) {
      const start = words[at] ?? 0;
      const slot = words[at + 2] ?? -1;
      // A name ends before a non-word character, so words starting inside it are skipped whole; a
      // word the index gave no slot begins no name of any gazetteer.
      if (start < resume || slot < 0) continue;
      const hit = this.candidateAt(text, start, words[at + 1] ?? start, slot);
      if (hit !== undefined) {
        hits.push(hit);
        resume = hit.end;
      }
    }
  }

  /** Collects names at every position not glued to a preceding word character, for gazetteers with names the word index misses. */
  private scanEveryStart(text: string, hits: GazetteerHit[]): void {
    for (let i = 0; i < text.length; i++) {
      // Only the first character is compared as written; typographic variants count after it.
      if (!hasChild(this.trie, text.charCodeAt(i)) || followsWordChar(text, i)) continue;
      const hit = this.longestAt(text, i);
      if (hit !== undefined) {
        hits.push(hit);
        i = hit.end - 1;
      }
    }
  }

  /**
   * The longest name at `offset`, where `text[offset, wordEnd)` is the text's maximal word run
   * starting there and `slot` its leading-word table slot. A
   * name's leading word must equal that run exactly: inside a name it is followed by a space,
   * dash, dot or comma, and at a name's end by the required non-word boundary. So an unknown word
   * cannot start a name, and a word that only ever forms a name on its own is that name; only
   * words that begin longer names need the trie walk.
   */
  private candidateAt(text: string, offset: number, wordEnd: number, slot: number): GazetteerHit | undefined {
    const first = this.firstWordAt(text, offset, wordEnd, slot);
    if (first === undefined) return undefined;
    if (!first.continues) return first.entry === undefined ? undefined : { start: offset, end: wordEnd, entry: first.entry };
    // The comparison has already read the word, so the trie walk resumes after it.
    const end = longestMatchEndFrom(first.node, text, wordEnd);
    // A name that is the word alone ("Japan", though "Japan Coast Guard" is listed too) has the entry
    // that `hitEndingAt` would find first, here without a substring and a map lookup.
    if (end === wordEnd && first.entry !== undefined) return { start: offset, end, entry: first.entry };
    return this.hitEndingAt(text, offset, end);
  }

  /** The leading word equal to `text[start, end)`, found by its table slot and compared in place. */
  private firstWordAt(text: string, start: number, end: number, slot: number): FirstWord | undefined {
    for (let link = this.firstWordHeads[slot & (FIRST_WORD_BUCKETS - 1)] ?? 0; link !== 0; link = this.firstWordNext[link - 1] ?? 0) {
      const first = this.firstWordList[link - 1];
      if (first !== undefined && first.word.length === end - start && text.startsWith(first.word, start)) return first;
    }
    return undefined;
  }

  /**
   * Names written in capitals that the case-sensitive scan missed. Upper-case variants are looked
   * up here rather than compiled into the trie, which would double its size.
   */
  private allCapsHits(text: string, found: readonly GazetteerHit[]): readonly GazetteerHit[] {
    const runs = indexText(text).shouted;
    // Most paragraphs have no run in capitals; they share one empty answer instead of a fresh array.
    if (runs.length === 0) return NO_HITS;
    const out: GazetteerHit[] = [];
    let next = 0;
    for (const run of runs) {
      // Both lists are in text order, so one forward pointer finds overlaps in linear time.
      while (next < found.length && (found[next]?.end ?? 0) <= run.start) next++;
      if ((found[next]?.start ?? Infinity) < run.end) continue;
      this.shoutedNames(run, out);
    }
    return out;
  }

  /** Names among the words of one run in capitals; longest sub-run first from each word, so "HO CHI MINH CITY" is one name. */
  private shoutedNames(run: ShoutedRun, out: GazetteerHit[]): void {
    const count = run.wordCount;
    for (let i = 0; i < count; ) {
      let matched = 0;
      // No name is longer than `maxWords`: trying every longer sub-run made a long line of capitals
      // cubic in time and memory (4 KB of "ABC ABC …" took 3 s and 870 MB).
      for (let j = Math.min(count - 1, i + this.maxWords - 1); j >= i && matched === 0; j--) {
        const entry = this.byKey.get(run.key(i, j));
        // Only upper-case forms of mixed-case names: all-caps entries were already scanned exactly.
        if (entry !== undefined && (!entry.asWrittenOnly || writtenAs(entry.name, run.candidate(i, j))) && entry.name !== run.candidate(i, j) && entry.name.toUpperCase() !== entry.name) {
          out.push({ start: run.words[2 * i] ?? 0, end: run.words[2 * j + 1] ?? 0, entry });
          matched = j - i + 1;
        }
      }
      i += Math.max(matched, 1);
    }
  }

  /** The longest name starting exactly at `offset` (and not glued to a preceding letter), if any. */
  matchAt(text: string, offset: number): GazetteerHit | undefined {
    return followsWordChar(text, offset) ? undefined : this.longestAt(text, offset);
  }

  /** The longest name starting at `offset` and ending before a non-word character, if any. */
  private longestAt(text: string, offset: number): GazetteerHit | undefined {
    return this.hitEndingAt(text, offset, longestMatchEnd(this.trie, text, offset));
  }

  /** The hit for the form from `offset` to `end`, or undefined when `end` is -1 (no match). */
  private hitEndingAt(text: string, offset: number, end: number): GazetteerHit | undefined {
    if (end < 0) return undefined;
    const form = text.slice(offset, end);
    const entry = this.byForm.get(form) ?? this.byKey.get(gazetteerKey(form));
    return entry === undefined ? undefined : { start: offset, end, entry };
  }

  /** The entry whose surface form equals `text` (case and typography folded). */
  lookup(text: string): GazetteerEntry | undefined {
    return this.byKey.get(gazetteerKey(text));
  }
}

const NO_HITS: readonly GazetteerHit[] = [];

/**
 * Whether `form` is how a name matched only as written may appear: exactly as listed, or, for a name of
 * several words, in capitals with or without its diacritics ("HA NOI", "HÀ NỘI" for the province Hà Nội).
 * One word in capitals is not enough: the exactness guards single words that are also surnames or
 * ordinary words, while several words in capitals forming a listed name are that name.
 */
function writtenAs(name: string, form: string): boolean {
  if (form === name) return true;
  return /[ \u00A0]/.test(form) && foldToBaseLetters(form).replace(/\u00A0/g, ' ') === foldToBaseLetters(name).toUpperCase();
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
