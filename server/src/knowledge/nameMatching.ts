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

/** Returns the text with combining marks removed ("Phạm Minh Chính" → "Pham Minh Chinh"); đ/Đ become d/D. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True for a token written entirely in capitals ("NAMAZU"), the Japanese convention for family names. */
export function isUpperCaseToken(token: string): boolean {
  return token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase();
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

/** The family name of a registry name, by the same rule as {@link nameVariants}. */
export function familyName(name: string, family?: string): string | undefined {
  if (family) return family;
  const tokens = name.trim().split(/\s+/);
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
    map.set('đ', 'd');
    map.set('Đ', 'D');
    baseLetters = map;
  }
  const letters = baseLetters;
  // Only Latin letters with diacritics change; a replace over their ranges keeps everything else as is.
  return text.replace(FOLDABLE_ALL, (ch) => letters.get(ch) ?? ch);
}
