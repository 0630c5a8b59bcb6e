import type { Finding } from '../analysis/findings';
import type { Span } from '../analysis/types';
import { capitalizedWordEnd, capitalizedWords, hashKeyRange, hashLowerCase, hashLowerCaseRange, isWordChar } from './capitalizedWords';
import { familyFirstName, familyName, foldToBaseLetters, nameVariants, normalizeName } from './nameMatching';
import { dateBound } from './registryDates';
import { readRegistryText } from './registryReader';

/** A post held by an official; `from`/`to` are ISO dates and open-ended when absent. */
export interface OfficialRole {
  readonly title: string;
  readonly organization?: string;
  readonly rank?: string;
  readonly from?: string;
  readonly to?: string;
  /** Span of the role mapping in its registry file. */
  readonly span?: Span;
}

/** One entry of an officials registry file. */
export interface Official {
  readonly id: string;
  readonly name: string;
  readonly familyName?: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  readonly roles: readonly OfficialRole[];
  /** URI or path of the registry file that defines the entry. */
  readonly source: string;
  /** Span of the entry in its registry file. */
  readonly span: Span;
  /** Span of the entry's `id` value in its registry file. */
  readonly idSpan: Span;
  /** Span of the entry's `name` value in its registry file. */
  readonly nameSpan?: Span;
}

/** A name form found in text, with every official it may denote. */
export interface NameMatch {
  readonly span: Span;
  readonly text: string;
  readonly officials: readonly Official[];
  /** True when the form is a single token (a family name or short alias), which is weaker evidence. */
  readonly shortForm: boolean;
}

/** A set of officials with lookups by id and by written name, built from registry YAML text. */
export class OfficialsRegistry {
  private constructor(
    readonly officials: readonly Official[],
    private readonly lookups: RegistryLookups,
  ) {}

  /** An empty registry. */
  static empty(): OfficialsRegistry {
    return new OfficialsRegistry([], new RegistryLookups());
  }

  /**
   * Combines registries. An id that an earlier registry defines already makes the later entry
   * ignored, names and all, so that no mention of one person resolves to another's entry (the store
   * reports the clash on the later file, see `RegistryStore.findingsFor`).
   */
  static merge(registries: readonly OfficialsRegistry[]): OfficialsRegistry {
    // One file, the usual case, is its own merge; several combine their lookups without re-deriving
    // every name form, which keeps a change to a small file cheap next to a large one.
    if (registries.length === 1) return registries[0]!;
    const lookups = new RegistryLookups();
    const officials: Official[] = [];
    for (const registry of registries) {
      const ignored = new Set<Official>();
      for (const official of registry.officials) {
        if (lookups.byId.has(official.id)) ignored.add(official);
        else officials.push(official);
      }
      lookups.absorb(registry.lookups, ignored);
    }
    return new OfficialsRegistry(officials, lookups);
  }

  /**
   * Reads a registry file (`officials:` list, or a bare list) and reports its problems with file offsets.
   * Plain block YAML is read by a fast line reader; anything else by the `yaml` library.
   * @param source URI or path recorded on each entry for navigation
   * @param options `fast: false` always uses the `yaml` library (tests compare the two readers)
   */
  static fromYaml(text: string, source: string, options: { readonly fast?: boolean } = {}): { registry: OfficialsRegistry; findings: Finding[] } {
    const { officials, findings } = readRegistryText(text, source, options);
    return { registry: OfficialsRegistry.fromOfficials(officials), findings };
  }

  /** A registry of already read entries (e.g. read in a worker thread); on duplicate ids the first wins. */
  static fromOfficials(officials: readonly Official[]): OfficialsRegistry {
    const builder = OfficialsRegistry.builder();
    builder.add(officials);
    return builder.finish();
  }

  /**
   * Builds a registry a batch of entries at a time, so that a caller can yield between batches;
   * the result equals `fromOfficials` of all batches in order.
   */
  static builder(): { add(officials: readonly Official[]): void; finish(): OfficialsRegistry } {
    const lookups = new RegistryLookups();
    const all: Official[] = [];
    return {
      add: (officials) => {
        for (const official of officials) {
          all.push(official);
          lookups.add(official);
        }
      },
      finish: () => new OfficialsRegistry(all, lookups),
    };
  }

  /** The official with this id, if any. */
  get(id: string): Official | undefined {
    return this.lookups.byId.get(id);
  }

  /** Every official whose name, alias or family name is written `form` (diacritics and case folded). */
  lookup(form: string): readonly Official[] {
    return this.lookups.byForm.get(normalizeName(form)) ?? [];
  }

  /**
   * Finds every registry name form in `text`, longest forms first, never overlapping; spans relative
   * to `text`. Words are looked up in a map rather than matched by one large RegExp, so the cost
   * does not grow with the size of the registry.
   * @param capitals ascending offsets that include every capitalised word's start (any capital or
   *   non-ASCII code unit after no ASCII letter or digit will do), when the caller has them already
   * @param lettersAreAscii true when the caller knows that every letter of `text` is ASCII, so that
   *   folding would leave it as it is
   */
  findNames(text: string, capitals?: readonly number[], lettersAreAscii = false): NameMatch[] {
    if (this.lookups.byForm.size === 0) return [];
    // Letters with diacritics fold to one base letter each, so offsets into `folded` are offsets into
    // `text`; a text without such letters folds to itself, and the search for them can be skipped.
    const folded = lettersAreAscii ? text : foldToBaseLetters(text);
    return this.findNamesAt(text, folded, capitals ?? wordStarts(capitalizedWords(folded)));
  }

  /**
   * `findNames` over the capitalised words that start at `capitals`, read one by one instead of being
   * listed first: most words start no name, and only after one that may is the run of words joined
   * to it by single spaces read, up to the longest form's word count. The words are those that
   * `capitalizedWordsAt` would list, and a run is the words that `joinedBySpaces` would accept, since
   * the word after one that ends at `end` is joined to it exactly when it starts at `end + 1`.
   */
  private findNamesAt(text: string, folded: string, capitals: readonly number[]): NameMatch[] {
    const out: NameMatch[] = [];
    let end = 0;
    for (let k = 0; k < capitals.length; k++) {
      const start = capitals[k]!;
      // A start inside the previous word, or inside a name found, is no word of its own.
      if (start < end) continue;
      const code = folded.charCodeAt(start);
      if (!isCapital(code) || (start > 0 && isWordChar(folded.charCodeAt(start - 1)))) continue;
      end = capitalizedWordEnd(folded, start);
      // Most capitalised words start no name; a hash and one set lookup rule them out without a string per word.
      if (!this.lookups.isFirstWord(folded, start, end)) continue;
      const runLength = this.readJoinedRun(folded, end);
      for (let n = runLength; n >= 1; n--) {
        const lastEnd = runEnds[n - 1]!;
        if (!this.addMatch(text, folded, start, lastEnd, out)) continue;
        end = lastEnd;
        break;
      }
    }
    return out;
  }

  /**
   * Fills `runEnds` with the ends of the words joined by single spaces (or no-break spaces or line feeds) that
   * start with the word ending at `firstEnd`, at most `maxTokens` of them, and returns their number.
   */
  private readJoinedRun(folded: string, firstEnd: number): number {
    const maxTokens = this.lookups.maxTokens;
    runEnds[0] = firstEnd;
    let count = 1;
    for (let end = firstEnd; count < maxTokens; count++) {
      if (!isNameSpace(folded.charCodeAt(end))) break;
      const next = end + 1;
      if (isCapital(folded.charCodeAt(next))) {
        end = capitalizedWordEnd(folded, next);
        // An initial or a suffix keeps its full stop ("Ferdinand R. Marcos Jr.").
        if (folded.charCodeAt(end) === 0x2e && isInitialOrSuffix(folded, next, end)) end++;
      } else {
        // A lower-case particle inside a name ("Ursula von der Leyen", "Lula da Silva", "Mohamed bin Zayed").
        const particleEnd = lowerCaseParticleEnd(folded, next);
        if (particleEnd < 0) break;
        end = particleEnd;
      }
      runEnds[count] = end;
    }
    return count;
  }

  /** Adds the registry name written at `start`..`end`, if it is one; true when it was added. */
  private addMatch(text: string, folded: string, start: number, end: number, out: NameMatch[]): boolean {
    const { byForm, shortForms } = this.lookups;
    // Most runs of words name no one; their hash rules them out without building the key.
    if (!this.lookups.mayBeForm(folded, start, end)) return false;
    // The folded text has no diacritics and single spaces, so lower-casing is all normalizing needs.
    const key = folded.slice(start, end).replace(/[\u00a0\n]/g, ' ').toLowerCase();
    const officials = byForm.get(key);
    if (!officials) return false;
    out.push({
      span: { start, end },
      text: text.slice(start, end),
      officials,
      shortForm: shortForms.has(key),
    });
    return true;
  }
}

/**
 * The ends of the words of the run `findNamesAt` is reading; written by index and never shortened,
 * so that it keeps its storage from one paragraph to the next.
 */
const runEnds: number[] = [];

/** The lookup tables of a registry: by id, by normalized name form, and what `findNames` needs. */
class RegistryLookups {
  readonly byId = new Map<string, Official>();
  readonly byForm = new Map<string, Official[]>();
  readonly shortForms = new Set<string>();
  readonly firstWords = new Set<string>();
  maxTokens = 1;
  /** Hashes of `firstWords` (see `hashLowerCase`), rebuilt when words were added since. */
  private firstWordHashes = new Set<number>();
  private hashedWords = 0;
  /** Hashes of the keys of `byForm` (see `hashLowerCase`), rebuilt when forms were added since. */
  private formHashes = new Set<number>();
  private hashedForms = 0;
  /**
   * Bit `n` set when a first word has `n` code units (bit 31 for 31 or more), and bit `c - 0x61` of
   * the other mask when one starts with the lower-case letter `c` (bit 26 for anything else): two
   * tests that rule out most words of a small registry before a hash is computed.
   */
  private firstWordLengths = 0;
  private firstWordInitials = 0;

  /** Adds one official's id and every written form of its name. */
  add(official: Official): void {
    if (!this.byId.has(official.id)) this.byId.set(official.id, official);
    const given = official.familyName ?? familyFirstName(official.name, official.country);
    const forms = new Set<string>(nameVariants(official.name, given));
    for (const alias of official.aliases) for (const v of nameVariants(alias)) forms.add(v);
    const family = familyName(official.name, given);
    if (family) forms.add(family);
    // Texts write apostrophes straight or curly ("O'Brien", "O’Brien"), whichever the registry used.
    for (const form of [...forms]) {
      if (form.includes("'")) forms.add(form.replace(/'/g, '\u2019'));
      if (form.includes('\u2019')) forms.add(form.replace(/\u2019/g, "'"));
    }
    for (const form of forms) {
      const key = normalizeKey(form);
      const list = this.byForm.get(key);
      if (!list) this.byForm.set(key, [official]);
      else if (!list.includes(official)) list.push(official);
      const trimmed = form.trim();
      if (!/\s/.test(trimmed)) this.shortForms.add(key);
      this.maxTokens = Math.max(this.maxTokens, trimmed.split(/\s+/).length);
      const space = key.indexOf(' ');
      this.firstWords.add(space < 0 ? key : key.slice(0, space));
    }
  }

  /**
   * Adds another registry's lookups after this one's, as if its officials other than `ignored` had
   * been added one by one (short forms, first words and the longest form may keep an ignored entry's
   * words: they only let a lookup go on to `byForm`, which has none of its names).
   */
  absorb(other: RegistryLookups, ignored: ReadonlySet<Official> = new Set()): void {
    for (const [id, official] of other.byId) if (!this.byId.has(id) && !ignored.has(official)) this.byId.set(id, official);
    for (const [key, officials] of other.byForm) {
      const kept = ignored.size === 0 ? officials : officials.filter((o) => !ignored.has(o));
      if (kept.length === 0) continue;
      const list = this.byForm.get(key);
      if (!list) this.byForm.set(key, [...kept]);
      else for (const official of kept) if (!list.includes(official)) list.push(official);
    }
    for (const key of other.shortForms) this.shortForms.add(key);
    for (const word of other.firstWords) this.firstWords.add(word);
    this.maxTokens = Math.max(this.maxTokens, other.maxTokens);
  }

  /**
   * False when the text's words at start..end, lower-cased and joined by spaces, are no key of
   * `byForm`; the words are capitalised words of ASCII letters, hyphens and apostrophes joined by
   * single spaces or no-break spaces, which is all that lower-casing and `\u00a0` → space change.
   */
  mayBeForm(text: string, start: number, end: number): boolean {
    // Forms are only ever added, so an unchanged size means the hashes are current.
    if (this.hashedForms !== this.byForm.size) {
      this.formHashes = new Set([...this.byForm.keys()].map(hashLowerCase));
      this.hashedForms = this.byForm.size;
    }
    return this.formHashes.has(hashKeyRange(text, start, end));
  }

  /** True when the text's word at start..end, lower-cased, is in `firstWords`. */
  isFirstWord(text: string, start: number, end: number): boolean {
    // The set only grows, so an unchanged size means the hashes are current.
    if (this.hashedWords !== this.firstWords.size) {
      this.firstWordHashes = new Set([...this.firstWords].map(hashLowerCase));
      this.firstWordLengths = 0;
      this.firstWordInitials = 0;
      for (const word of this.firstWords) {
        this.firstWordLengths |= lengthBit(word.length);
        this.firstWordInitials |= initialBit(word.charCodeAt(0));
      }
      this.hashedWords = this.firstWords.size;
    }
    if ((this.firstWordLengths & lengthBit(end - start)) === 0) return false;
    // First words are lower-cased; the text's letter is folded the same way for A to Z.
    const initial = text.charCodeAt(start);
    if ((this.firstWordInitials & initialBit(initial >= 0x41 && initial <= 0x5a ? initial | 0x20 : initial)) === 0) return false;
    // Different words may share a hash, so a hit is confirmed on the word itself.
    return this.firstWordHashes.has(hashLowerCaseRange(text, start, end)) && this.firstWords.has(text.slice(start, end).toLowerCase());
  }
}

/** The bit of `RegistryLookups.firstWordLengths` for a word of `length` code units. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The bit of `RegistryLookups.firstWordInitials` for a lower-cased first code unit. */
function initialBit(code: number): number {
  return 1 << (code >= 0x61 && code <= 0x7a ? code - 0x61 : 26);
}

/**
 * `normalizeName`, with a shortcut for plain ASCII forms (nearly all of a large registry), which
 * have no diacritics to strip: Unicode normalization was most of the cost of building the lookups.
 */
function normalizeKey(form: string): string {
  if (/^[\x20-\x7e]*$/.test(form)) return form.toLowerCase().replace(/ +/g, ' ').trim();
  return normalizeName(form);
}

/**
 * Whether a code unit may stand between two words of one name: a space, a no-break space, or a line
 * feed, since Markdown paragraphs are often wrapped ("Prime Minister Shigeru⏎Ishiba").
 */
function isNameSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x0a;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The start offsets of words listed as flat [start, end] pairs (see `capitalizedWords`). */
function wordStarts(words: readonly number[]): number[] {
  const starts: number[] = [];
  for (let k = 0; k < words.length; k += 2) starts.push(words[k]!);
  return starts;
}

/** Lower-case words that stand inside names between capitalised ones. */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'di', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);
const SUFFIXES = new Set(['Jr', 'Sr']);

/**
 * The end of a lower-case particle that starts at `at` when a name goes on after it (a space, then a
 * capital or another particle); -1 otherwise.
 */
function lowerCaseParticleEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) end++;
  if (end === at || end - at > 5 || !PARTICLES.has(text.slice(at, end))) return -1;
  if (!isNameSpace(text.charCodeAt(end))) return -1;
  const after = text.charCodeAt(end + 1);
  return isCapital(after) || (after >= 0x61 && after <= 0x7a) ? end : -1;
}

/** Whether the word at start..end is an initial ("R") or a suffix written with a full stop ("Jr"). */
function isInitialOrSuffix(text: string, start: number, end: number): boolean {
  return end - start === 1 || SUFFIXES.has(text.slice(start, end));
}

/**
 * The role an official held on an ISO date (YYYY-MM-DD), preferring the most recently started one;
 * partial registry dates cover their whole month or year.
 * @returns the first listed role when `isoDate` is undefined; undefined when no role spans the date
 */
export function roleOn(official: Official, isoDate: string | undefined): OfficialRole | undefined {
  if (!isoDate) return official.roles[0];
  const holding = official.roles.filter(
    (r) => (!r.from || dateBound(r.from, 'start') <= isoDate) && (!r.to || isoDate <= dateBound(r.to, 'end')),
  );
  holding.sort((a, b) => (b.from ? dateBound(b.from, 'start') : '').localeCompare(a.from ? dateBound(a.from, 'start') : ''));
  return holding[0];
}

/** The official's most recent role that ended before an ISO date, for "left office on …" lines. */
export function lastRoleBefore(official: Official, isoDate: string): OfficialRole | undefined {
  const ended = official.roles.filter((r) => r.to !== undefined && dateBound(r.to, 'end') < isoDate);
  ended.sort((a, b) => dateBound(b.to!, 'end').localeCompare(dateBound(a.to!, 'end')));
  return ended[0];
}
