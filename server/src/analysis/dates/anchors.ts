/**
 * One pass over a paragraph that records where the words a date rule can start with occur, and
 * where runs of digits start. Each rule then tries its pattern only at those places (as a sticky
 * RegExp) instead of scanning the whole paragraph, which is what made date recognition slow: a
 * global scan visits every character once per rule.
 *
 * Words are maximal runs of ASCII letters, compared in lower case. That matches what the rules'
 * case-insensitive patterns see: without the `u` flag, `\b`, `\w`, `\d` and `[a-z]` with `i` only
 * ever match ASCII characters, and every word a pattern starts with is followed by a non-letter.
 * A pair of words written with one space ("the next") stands for the two words separated by
 * nothing but white space (RegExp `\s+`), found at the first word's offset.
 */

/** Says whether a digit run may start a match: `start` and `length` delimit the run in `text`. */
export type DigitFilter = (text: string, start: number, length: number) => boolean;

/** Where a rule's matches can start, and what a paragraph must hold for the rule to match at all. */
export interface AnchorSpec {
  /** Lower-case words, or pairs of words, at whose first letter a match may start. */
  readonly words?: readonly string[];
  /** The digit runs at whose first digit a match may start; absent when no match starts with a digit. */
  readonly digits?: DigitFilter;
  /**
   * A cheap test of what follows a single anchor word (`text[start, end)`, not a pair): a match can
   * start there only if it passes. It must pass wherever the pattern matches.
   */
  readonly follows?: (text: string, start: number, end: number) => boolean;
  /**
   * Words every match holds: each group must have a word in the paragraph, or the rule is skipped.
   * It only saves work (for rules whose anchors are common), so it may be looser than the pattern.
   */
  readonly gate?: readonly (readonly string[])[];
  /** Digit runs every match holds: the rule is skipped unless some digit run passes this filter. */
  readonly gateDigits?: DigitFilter;
  /**
   * For rare rules whose matches start with common words ("the", "a"): once the gate passes, the
   * rule's global pattern scans the whole paragraph, and `words` and `digits` are not used.
   */
  readonly scan?: boolean;
}

/** A compiled {@link AnchorSpec}; specs shared by several rules compile once, so their offsets are gathered once. */
export interface AnchorSet {
  readonly index: number;
  /** Which word ids the set anchors at, indexed by id (1 for a member). */
  readonly words: Uint8Array;
  /** The same word ids as a list, each once, for gathering from the set's side when it is the shorter one. */
  readonly wordIds: readonly number[];
  readonly digits: DigitFilter | undefined;
  readonly follows: ((text: string, start: number, end: number) => boolean) | undefined;
  /**
   * One membership array per gate group, indexed by word id like {@link words}. The scan itself tests
   * gates through {@link gateIds}; these stay for callers that inspect a set.
   */
  readonly gates: readonly Uint8Array[];
  /** The id of each gate group (parallel to {@link gates}); sets that share a word list share its id. */
  readonly gateIds: readonly number[];
  readonly gateDigits: DigitFilter | undefined;
  readonly scan: boolean;
}

const enum Code {
  LowerA = 97,
  Zero = 48,
  Nine = 57,
}

function isLetter(code: number): boolean {
  // Setting bit 5 lowers an ASCII capital and maps no other character into a to z.
  return ((code | 32) - Code.LowerA) >>> 0 < 26;
}

function isDigit(code: number): boolean {
  return code >= Code.Zero && code <= Code.Nine;
}

/** Exactly the characters RegExp `\s` matches. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}


/** A lower-case word's hash, computed the same way as the scan computes it from the text. */
function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return (Math.imul(h, 31) + word.length) | 0;
}

const TABLE_SIZE = 2048;

const NO_GROUPS: readonly number[] = [];

/** The words and word pairs some rule anchors at or gates on, each with a small id. */
export class AnchorVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** The length of each single word, or 0 for a pair, by id. */
  private readonly lengths: number[] = [];
  /** Open-addressing hash table from word hash to id + 1 (0 marks an empty slot), cheaper than a Map per word. */
  private readonly hashes = new Int32Array(TABLE_SIZE);
  private readonly slots = new Int32Array(TABLE_SIZE);
  /** Pair ids by `first * TABLE_SIZE + second` word id. */
  private readonly pairs = new Map<number, number>();
  /** Whether a word can be the first of a pair, by word id. */
  private readonly leadsPair: boolean[] = [];
  /** Whether a word's offsets are recorded (1) because some set anchors at it or gates on it, by id. */
  private readonly recorded = new Uint8Array(TABLE_SIZE);
  private maxLength = 0;
  private readonly sets: AnchorSet[] = [];
  /** Gate groups by word list, so that rules gating on the same list share one membership array and id. */
  private readonly gateGroups = new Map<readonly string[], { readonly id: number; readonly member: Uint8Array }>();
  /** The ids of the gate groups each word or pair belongs to, by word id. */
  private readonly groupsByWord: number[][] = [];
  private frozen = false;
  private reused: ParagraphAnchors | undefined;

  /** Adds a lower-case word or a pair of words (once) and returns its id. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const space = word.indexOf(' ');
    if (space >= 0) {
      const first = this.add(word.slice(0, space));
      const second = this.add(word.slice(space + 1));
      this.pairs.set(first * TABLE_SIZE + second, this.words.length);
      this.leadsPair[first] = true;
    } else {
      const id = this.words.length;
      if (!/^[a-z]+$/.test(word)) throw new Error(`date anchor "${word}" is not a lower-case word`);
      let slot = hashWord(word) & (TABLE_SIZE - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (TABLE_SIZE - 1);
      this.hashes[slot] = hashWord(word);
      this.slots[slot] = id + 1;
      this.maxLength = Math.max(this.maxLength, word.length);
    }
    const id = this.words.length;
    this.words.push(word);
    this.lengths.push(space >= 0 ? 0 : word.length);
    this.ids.set(word, id);
    this.leadsPair[id] ??= false;
    if (this.words.length * 2 > TABLE_SIZE) throw new Error('too many date anchor words');
    return id;
  }

  /** The length of a single word, or 0 for a pair. */
  wordLength(id: number): number {
    return this.lengths[id] ?? 0;
  }

  /** How many words and pairs there are. */
  get size(): number {
    return this.words.length;
  }

  /** How many distinct gate groups have been compiled. */
  get gateCount(): number {
    return this.gateGroups.size;
  }

  /** The ids of the gate groups that hold a word or pair. */
  gateGroupsOf(id: number): readonly number[] {
    return this.groupsByWord[id] ?? NO_GROUPS;
  }

  /** How many anchor sets have been compiled. */
  get setCount(): number {
    return this.sets.length;
  }

  /**
   * Compiles a rule's anchors, adding their words to the vocabulary. All rules are compiled before
   * the first scan, as the vocabulary's size fixes the length of the membership arrays.
   */
  compile(spec: AnchorSpec): AnchorSet {
    if (this.frozen) throw new Error('date anchors compiled after the first scan');
    const members = (words: readonly string[]): Uint8Array => {
      const ids = words.map((w) => this.add(w));
      for (const id of ids) this.recorded[id] = 1;
      // add() keeps every id below TABLE_SIZE / 2, so the array has room for any id.
      const member = new Uint8Array(TABLE_SIZE);
      for (const id of ids) member[id] = 1;
      return member;
    };
    const gateGroup = (words: readonly string[]): { readonly id: number; readonly member: Uint8Array } => {
      let group = this.gateGroups.get(words);
      if (group === undefined) {
        const id = this.gateGroups.size;
        group = { id, member: members(words) };
        this.gateGroups.set(words, group);
        for (const word of words) {
          const wordId = this.add(word);
          const groups = (this.groupsByWord[wordId] ??= []);
          if (!groups.includes(id)) groups.push(id);
        }
      }
      return group;
    };
    const groups = (spec.gate ?? []).map(gateGroup);
    const anchorWords = spec.scan === true ? [] : (spec.words ?? []);
    const set: AnchorSet = {
      index: this.sets.length,
      words: members(anchorWords),
      wordIds: [...new Set(anchorWords.map((w) => this.add(w)))],
      digits: spec.digits,
      follows: spec.follows,
      gates: groups.map((g) => g.member),
      gateIds: groups.map((g) => g.id),
      gateDigits: spec.gateDigits,
      scan: spec.scan === true,
    };
    this.sets.push(set);
    return set;
  }

  /** Records every vocabulary word, word pair and digit run of `text`. */
  scan(paragraph: string): ParagraphAnchors {
    this.frozen = true;
    // One record is reused for every paragraph, as allocating one sized to the vocabulary each time
    // showed up in profiles; the previous paragraph's record is no longer valid afterwards.
    const found = (this.reused ??= new ParagraphAnchors(this));
    found.reset(paragraph);
    // The analysis hands every recogniser a flat copy of the paragraph (see flatCopy.ts), which this
    // loop reads much faster than a slice of the whole document.
    const text = paragraph;
    const n = text.length;
    // The tables are read into locals once: the loop calls out to record words, after which the
    // fields would otherwise be loaded again.
    const slots = this.slots;
    const hashes = this.hashes;
    const words = this.words;
    const recorded = this.recorded;
    const leadsPair = this.leadsPair;
    const maxLength = this.maxLength;
    // The previous vocabulary word, while nothing but white space has followed it; -1 otherwise.
    let previous = -1;
    let previousStart = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        const start = i;
        let h = 0;
        let code = c;
        // The hash is built from the letters' lower-case codes ("| 32" lowers an ASCII capital).
        do {
          h = (Math.imul(h, 31) + (code | 32)) | 0;
          i++;
          code = i < n ? text.charCodeAt(i) : 0;
        } while (isLetter(code));
        const length = i - start;
        const id = length > maxLength ? -1 : lookupWord(slots, hashes, words, text, start, length, (Math.imul(h, 31) + length) | 0);
        if (id >= 0) {
          if (recorded[id] === 1) found.addWord(id, start);
          if (previous >= 0) {
            const pair = this.pairs.get(previous * TABLE_SIZE + id);
            if (pair !== undefined) found.addWord(pair, previousStart);
          }
          previous = leadsPair[id] === true ? id : -1;
          previousStart = start;
        } else {
          previous = -1;
        }
      } else if (isDigit(c)) {
        const start = i;
        do i++;
        while (i < n && isDigit(text.charCodeAt(i)));
        found.addDigitRun(start, i - start);
        previous = -1;
      } else {
        if (previous >= 0 && !isSpace(c)) previous = -1;
        i++;
      }
    }
    return found;
  }

}

/**
 * The id of the word `text[start, start + length)`, whose full hash is `hash`, in the open-addressing
 * table (`slots` holds id + 1, or 0 for an empty slot), or -1.
 */
function lookupWord(slots: Int32Array, hashes: Int32Array, words: readonly string[], text: string, start: number, length: number, hash: number): number {
  for (let slot = hash & (TABLE_SIZE - 1); ; slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return -1;
    if (hashes[slot] !== hash) continue;
    const word = words[entry - 1] ?? '';
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(start + k) | 32) === word.charCodeAt(k)) k++;
    if (k === length) return entry - 1;
  }
}

/** Where a rule may match in the current paragraph: the first `length` numbers of `offsets`, ascending. */
export interface StartList {
  readonly offsets: readonly number[];
  readonly length: number;
}

/** A {@link StartList} that its {@link ParagraphAnchors} refills for each paragraph. */
interface ReusedStartList {
  readonly offsets: number[];
  length: number;
}

/**
 * What one paragraph holds: the offsets of each vocabulary word and pair, and the digit runs. The
 * vocabulary reuses one record, so a record, and every list it hands out, is only valid until the
 * next {@link AnchorVocabulary.scan}.
 *
 * Every list lives as long as the record and is refilled in place, with a count of the numbers in
 * use, rather than allocated per paragraph: the small arrays made for each word, paragraph and
 * rule were a steady source of garbage, and date recognition runs on every paragraph.
 */
export class ParagraphAnchors {
  /** Start offsets of the word with each id, in text order; only the first `positionCounts[id]` are current, and only if the id is in {@link present}. */
  private readonly positions: number[][] = [];
  private readonly positionCounts: Int32Array;
  /** The paragraph count at which each id's offsets were recorded; an older count means absent. */
  private readonly recordedAt: Int32Array;
  /** The ids of the words and pairs present, each once; the first `presentCount` are current. */
  private readonly present: number[] = [];
  private presentCount = 0;
  /** The offsets gathered for each anchor set; stale unless gathered for the current paragraph. */
  private readonly startsBySet: ReusedStartList[] = [];
  private readonly gatheredAt: Int32Array;
  /** The paragraph count at which a word of each gate group was last seen; an older count means none is present. */
  private readonly gateSeenAt: Int32Array;
  private paragraphs = 0;
  /** Every run of ASCII digits as a start offset followed by a length, in text order; the first `digitRunLength` numbers are current. */
  private readonly digitRuns: number[] = [];
  private digitRunLength = 0;
  private currentText = '';

  constructor(private readonly vocabulary: AnchorVocabulary) {
    this.recordedAt = new Int32Array(vocabulary.size);
    this.positionCounts = new Int32Array(vocabulary.size);
    this.gatheredAt = new Int32Array(vocabulary.setCount);
    this.gateSeenAt = new Int32Array(vocabulary.gateCount);
    // Filled up front, so that the lists stay densely packed arrays.
    for (let id = 0; id < vocabulary.size; id++) this.positions.push([]);
    for (let set = 0; set < vocabulary.setCount; set++) this.startsBySet.push({ offsets: [], length: 0 });
  }

  /** The paragraph the record describes. */
  get text(): string {
    return this.currentText;
  }

  /** Empties the record for a new paragraph. */
  reset(text: string): void {
    this.currentText = text;
    this.paragraphs++;
    this.presentCount = 0;
    this.digitRunLength = 0;
  }

  /** Records one occurrence of a word or pair. */
  addWord(id: number, start: number): void {
    const positions = this.positions[id];
    if (positions === undefined) return;
    if (this.recordedAt[id] === this.paragraphs) {
      const count = this.positionCounts[id] ?? 0;
      positions[count] = start;
      this.positionCounts[id] = count + 1;
      return;
    }
    this.recordedAt[id] = this.paragraphs;
    positions[0] = start;
    this.positionCounts[id] = 1;
    this.present[this.presentCount++] = id;
    // Gates are settled as their words first turn up, instead of by a search of the present words per rule.
    for (const group of this.vocabulary.gateGroupsOf(id)) this.gateSeenAt[group] = this.paragraphs;
  }

  /** Records one run of digits. */
  addDigitRun(start: number, length: number): void {
    this.digitRuns[this.digitRunLength] = start;
    this.digitRuns[this.digitRunLength + 1] = length;
    this.digitRunLength += 2;
  }

  /** Whether the set's gate lets its rules run on this paragraph. */
  passes(set: AnchorSet): boolean {
    for (const group of set.gateIds) if (this.gateSeenAt[group] !== this.paragraphs) return false;
    return set.gateDigits === undefined || this.anyDigits(set.gateDigits);
  }

  private anyDigits(filter: DigitFilter): boolean {
    const runs = this.digitRuns;
    for (let k = 0; k < this.digitRunLength; k += 2) if (filter(this.currentText, runs[k] ?? 0, runs[k + 1] ?? 0)) return true;
    return false;
  }

  /** The offsets, in ascending order, where a rule with these anchors may match; valid until the next paragraph. */
  starts(set: AnchorSet): StartList {
    const list = this.startsBySet[set.index] ?? { offsets: [], length: 0 };
    if (this.gatheredAt[set.index] === this.paragraphs) return list;
    this.gatheredAt[set.index] = this.paragraphs;
    list.length = this.gather(set, list.offsets);
    return list;
  }

  /**
   * Writes a set's offsets to the start of `out` and returns how many there are. The present words
   * and the set's words are intersected from the shorter side; the offsets are sorted whenever more
   * than one source adds some, so neither that side nor the order of sources changes the result.
   */
  private gather(set: AnchorSet, out: number[]): number {
    let n = 0;
    let sources = 0;
    const follows = set.follows;
    const text = this.currentText;
    const fromSet = set.wordIds.length < this.presentCount;
    const count = fromSet ? set.wordIds.length : this.presentCount;
    for (let k = 0; k < count; k++) {
      const id = (fromSet ? set.wordIds[k] : this.present[k]) ?? 0;
      if (fromSet ? this.recordedAt[id] !== this.paragraphs : set.words[id] !== 1) continue;
      const positions = this.positions[id] ?? NO_POSITIONS;
      const found = this.positionCounts[id] ?? 0;
      const length = follows === undefined ? 0 : this.vocabulary.wordLength(id);
      const before = n;
      if (length === 0 || follows === undefined) {
        for (let p = 0; p < found; p++) out[n++] = positions[p] ?? 0;
      } else {
        for (let p = 0; p < found; p++) {
          const start = positions[p] ?? 0;
          if (follows(text, start, start + length)) out[n++] = start;
        }
      }
      if (n > before) sources++;
    }
    const digits = set.digits;
    if (digits !== undefined) {
      const before = n;
      const runs = this.digitRuns;
      for (let k = 0; k < this.digitRunLength; k += 2) {
        const start = runs[k] ?? 0;
        if (digits(text, start, runs[k + 1] ?? 0)) out[n++] = start;
      }
      if (n > before) sources++;
    }
    // Each list is in text order, and an offset is in two lists only when a pair and another pair
    // or word start at the same word, which the sort brings together and the runner skips.
    if (sources > 1) sortNumbers(out, n);
    return n;
  }
}

const NO_POSITIONS: readonly number[] = [];

/** Sorts the first `length` numbers of `xs` in place; an insertion sort beats Array.prototype.sort's comparator calls here. */
function sortNumbers(xs: number[], length: number): void {
  for (let i = 1; i < length; i++) {
    const x = xs[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (xs[j] ?? 0) > x) {
      xs[j + 1] = xs[j] ?? 0;
      j--;
    }
    xs[j + 1] = x;
  }
}
