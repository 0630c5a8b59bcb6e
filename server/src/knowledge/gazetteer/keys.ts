/** Lookup keys shared by the gazetteer and its per-text index. */

const DASHES = /[-\u2010\u2011\u2012\u2013]/g;
const APOSTROPHES = /['\u2019]/g;
const WHITESPACE_RUNS = /\s+/g;
/** Anything the three replacements in `gazetteerKey` would change: a typographic dash or quote, or whitespace other than a lone space. */
const NEEDS_UNIFYING = /[\u2010-\u2013\u2019]|[^\S ]|\s\s/;

/** The lookup key of a surface form: dashes, apostrophes and spaces unified, lower-cased. */
export function gazetteerKey(text: string): string {
  // Most forms have nothing to unify; one test then replaces three passes over the text.
  if (!NEEDS_UNIFYING.test(text)) return text.toLowerCase();
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(WHITESPACE_RUNS, ' ').toLowerCase();
}
