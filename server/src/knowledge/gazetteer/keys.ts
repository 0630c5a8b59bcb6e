/** Lookup keys shared by the gazetteer and its per-text index. */

const DASHES = /[-\u2010\u2011\u2012\u2013]/g;
const APOSTROPHES = /['\u2019]/g;

/** The lookup key of a surface form: dashes, apostrophes and spaces unified, lower-cased. */
export function gazetteerKey(text: string): string {
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').toLowerCase();
}
