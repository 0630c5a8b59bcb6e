/**
 * Literal forms (short names, acronyms) found as whole words. A pattern made per document or per
 * paragraph from the forms must compile fast: one with a lookbehind and a lookahead of Unicode
 * property classes (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) took V8 about 0.7 ms to compile, a plain
 * alternation about 0.05 ms, so the pattern is the alternation and the word boundaries are checked
 * here, trying the later forms at the same offset as the lookahead made the pattern do.
 */

/** An alternation of literal forms, longest first, and the forms in the order it tries them. */
export interface FormAlternation {
  /** Global and Unicode-aware; it finds the forms wherever they are written, inside words too. */
  readonly regex: RegExp;
  /** The forms, longest first (forms of equal length in their given order). */
  readonly forms: readonly string[];
}

/** Which characters continue a word, tested on the code point at the start or at the end of a short string. */
export interface WordCharacters {
  readonly atStart: RegExp;
  readonly atEnd: RegExp;
}

/** Letters and digits. */
export const LETTERS_DIGITS: WordCharacters = { atStart: /^[\p{L}\p{N}]/u, atEnd: /[\p{L}\p{N}]$/u };
/** Letters, combining marks and digits. */
export const LETTERS_MARKS_DIGITS: WordCharacters = { atStart: /^[\p{L}\p{M}\p{N}]/u, atEnd: /[\p{L}\p{M}\p{N}]$/u };

/** The alternation of `forms`, escaped, longest first. */
export function compileForms(forms: Iterable<string>): FormAlternation {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  // Only syntax characters are escaped: with the `u` flag an escaped "-" outside a class is an error.
  const alternation = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return { regex: new RegExp(`(?:${alternation})`, 'gu'), forms: sorted };
}

/** Whether the code point that starts at `at` continues a word (past the end, nothing does). */
export function wordCharacterAt(text: string, at: number, word: WordCharacters): boolean {
  const code = text.charCodeAt(at);
  // ASCII needs no RegExp; NaN past the end is none of these.
  if (code < 0x80) return ((code | 32) - 97) >>> 0 < 26 || (code >= 48 && code <= 57);
  return word.atStart.test(text.slice(at, at + 2));
}

/** Whether the code point that ends at `at` continues a word. */
export function wordCharacterBefore(text: string, at: number, word: WordCharacters): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return ((code | 32) - 97) >>> 0 < 26 || (code >= 48 && code <= 57);
  // The last two code units hold the whole code point, surrogate pair or not.
  return word.atEnd.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * The form that the alternation, followed by a lookahead for no word character, would match at `at`,
 * given the form it matched there without the lookahead: that form when no word character follows
 * it, else the first later form in the alternation's order that is written at `at` and ends a word.
 */
export function formEndingWordAt(text: string, at: number, matched: string, forms: readonly string[], word: WordCharacters): string | undefined {
  if (!wordCharacterAt(text, at + matched.length, word)) return matched;
  for (let k = forms.indexOf(matched) + 1; k < forms.length; k++) {
    const form = forms[k]!;
    if (text.startsWith(form, at) && !wordCharacterAt(text, at + form.length, word)) return form;
  }
  return undefined;
}

/** The offset after the code point at `at`: a surrogate pair counts as one, as a global `u` RegExp steps. */
export function nextCodePoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Calls `visit` with every whole-word occurrence of the forms, left to right and not overlapping, as
 * `text.matchAll` of the alternation between a lookbehind and a lookahead for no word character finds them.
 */
export function forEachWholeForm(text: string, alternation: FormAlternation, word: WordCharacters, visit: (start: number, form: string) => void): void {
  const { regex, forms } = alternation;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const form = wordCharacterBefore(text, m.index, word) ? undefined : formEndingWordAt(text, m.index, m[0], forms, word);
    if (form === undefined) {
      regex.lastIndex = nextCodePoint(text, m.index);
      continue;
    }
    regex.lastIndex = m.index + form.length;
    visit(m.index, form);
  }
}
