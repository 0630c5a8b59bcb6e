/**
 * Name normalisation and pattern building for people's names: diacritics ("Phạm" ≡ "Pham"),
 * family-name-first forms ("NAMAZU Hiroyuki" ≡ "Hiroyuki Namazu") and upper-case family names.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Returns the name without diacritics, lower-cased, with runs of whitespace collapsed. */
export function normalizeName(name: string): string {
  // Printable ASCII has no marks to strip, and most names are written in it; NFD of such a name is itself.
  const base = PRINTABLE_ASCII.test(name) ? name : stripDiacritics(name);
  return base.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Latin letters that Unicode does not decompose but that English texts and registries also write
 * without their stroke or dot ("Støre" / "Store", "Sikorski" of "Radosław", "Yıldırım" / "Yildirim").
 */
const STROKED_LETTERS: Readonly<Record<string, string>> = { đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };
const STROKED = /[đĐøØłŁıħĦŧŦ]/g;

/** Returns the text with combining marks removed ("Phạm Minh Chính" → "Pham Minh Chinh"), and stroked letters plain (đ → d, ø → o). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(STROKED, (ch) => STROKED_LETTERS[ch] ?? ch);
}

/** True for a token written entirely in capitals ("NAMAZU"), the Japanese convention for family names. */
export function isUpperCaseToken(token: string): boolean {
  // An initial ("R.") has one letter, and is no family name.
  return token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase() && !/^\p{L}\.$/u.test(token);
}

/**
 * All written forms under which a name may appear: as given, with the order of a two-part name
 * swapped, and with the family name in capitals. The family name is the upper-case token when there
 * is one, else `family` when given, else the last token (Western order).
 */
export function nameVariants(name: string, family?: string): string[] {
  const tokens = name.trim().split(/\s+/);
  const variants = new Set<string>([tokens.join(' ')]);
  if (tokens.length === 2) {
    const [a, b] = tokens as [string, string];
    const familyToken = isUpperCaseToken(a) ? a : isUpperCaseToken(b) ? b : (family ?? b);
    const given = familyToken === a ? b : a;
    const title = (t: string): string => (isUpperCaseToken(t) ? t[0] + t.slice(1).toLowerCase() : t);
    variants.add(`${given} ${title(familyToken)}`);
    variants.add(`${title(familyToken)} ${given}`);
    variants.add(`${familyToken.toUpperCase()} ${given}`);
    variants.add(`${given} ${familyToken.toUpperCase()}`);
  }
  return [...variants];
}

/** Family names that Korean and Chinese names put first ("Kim Jong Un", "Xi Jinping", "Lee Hsien Loong"). */
export const FAMILY_FIRST = new Set(['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Chung', 'Jeong', 'Kwon', 'Hong', 'Seo', 'Kang', 'Yoon', 'Moon', 'Ban', 'Han', 'Cho', 'Lim', 'Shin', 'Hwang', 'Ahn', 'Song', 'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu']);

/** Countries whose officials' names English texts write family name first, whatever the family name. */
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'KP', 'KR', 'TW']);
/** Countries where a name that starts with a common Korean or Chinese family name is written family name first. */
const MIXED_ORDER_COUNTRIES = new Set(['SG', 'MY', 'HK', 'MO']);

/**
 * The family name of a registry official's name when its country writes it first ("Xi" of "Xi Jinping",
 * "Kim" of "Kim Jong Un", "Lee" of Singapore's "Lee Hsien Loong", not of "Lee Anderson" of the UK),
 * or undefined to let {@link familyName} decide. A name with an upper-case token decides by that.
 */
export function familyFirstName(name: string, country: string | undefined): string | undefined {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.some(isUpperCaseToken)) return undefined;
  const first = tokens[0]!;
  const code = country?.toUpperCase();
  if (code !== undefined && FAMILY_FIRST_COUNTRIES.has(code)) return first;
  if (FAMILY_FIRST.has(first) && (code === undefined || MIXED_ORDER_COUNTRIES.has(code))) return first;
  return undefined;
}

/** The family name of a registry name, by the same rule as {@link nameVariants}. */
export function familyName(name: string, family?: string): string | undefined {
  if (family) return family;
  // A generational suffix is no family name: "Ferdinand R. Marcos Jr." is shortened to "Marcos".
  const tokens = name.trim().split(/\s+/);
  while (tokens.length > 2 && /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length < 2) return undefined;
  const upper = tokens.find(isUpperCaseToken);
  if (upper) return upper[0] + upper.slice(1).toLowerCase();
  return tokens[tokens.length - 1];
}

/** Groups every precomposed Latin letter under its base letter, e.g. a → "aàáâãäåạảấầẩẫậắằẳẵặ…". */
function buildFoldClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const base = stripDiacritics(ch);
      if (base.length !== 1 || !/[A-Za-z]/.test(base)) continue;
      classes.set(base, (classes.get(base) ?? '') + ch);
    }
  }
  return classes;
}


/** The ranges of precomposed Latin letters that `foldToBaseLetters` may replace. */
const FOLDABLE = /[\u00c0-\u024f\u1e00-\u1eff]/;
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g');

let baseLetters: ReadonlyMap<string, string> | undefined;

/**
 * The text with every precomposed Latin letter replaced by its base letter ("Phạm" → "Pham"), code
 * unit for code unit, so that offsets into the result are offsets into the original.
 */
export function foldToBaseLetters(text: string): string {
  // A text without Latin letters with diacritics, the common case, needs no work; other non-ASCII
  // characters, such as curly quotes, are kept as they are and need not cost a replace.
  if (!FOLDABLE.test(text)) return text;
  if (!baseLetters) {
    const map = new Map<string, string>();
    // Built on first use: the table covers a few thousand code points and most texts are ASCII.
    for (const [base, chars] of buildFoldClasses()) for (const ch of chars) if (ch !== base) map.set(ch, base);
    for (const [ch, base] of Object.entries(STROKED_LETTERS)) map.set(ch, base);
    baseLetters = map;
  }
  const letters = baseLetters;
  // Only Latin letters with diacritics change; a replace over their ranges keeps everything else as is.
  return text.replace(FOLDABLE_ALL, (ch) => letters.get(ch) ?? ch);
}
