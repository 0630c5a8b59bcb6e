/**
 * The words of a person's name that a short form may be, read as offsets into the name rather than
 * as strings, so that coreference builds only the few strings it keeps.
 */

/** Particles and generational suffixes ("Jr.", "III"): words of a name that are never its short form. */
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'al', 'el', 'la', 'le', 'Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;

/** True for the code units of the RegExp class `\s`. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Writes [start0, end0, start1, end1, …], the offsets in `name` of the words that `name.split(/\s+/)`
 * gives, without particles and generational suffixes ("von", "da", "Jr.", "III") and initials ("J."), and with a glued initial
 * ("U.Khurelsukh") cut off, to the start of `bounds`; returns how many words there are. Entries
 * after them are left as they were: the list is never shortened, since that gives up its storage.
 */
export function nameTokenBounds(name: string, bounds: number[]): number {
  let count = 0;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isWhiteSpace(name.charCodeAt(i))) continue;
    if (isNameWord(name, start, i)) {
      bounds[2 * count] = start + gluedInitialLength(name, start, i);
      bounds[2 * count + 1] = i;
      count++;
    }
    while (i + 1 < name.length && isWhiteSpace(name.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return count;
}

/** False for a particle or an initial, which a short form never is. */
function isNameWord(name: string, start: number, end: number): boolean {
  return !isParticle(name, start, end) && !isInitial(name, start, end);
}

/** 2 when the word `start`..`end` opens with a glued initial ("U.Khurelsukh"), which is cut off; 0 otherwise. */
function gluedInitialLength(name: string, start: number, end: number): number {
  // The full stop of a glued initial is the second code unit (the third after an astral capital),
  // which rules out nearly every word before the RegExp. The cut is two code units either way.
  const dot = name.charCodeAt(start + 1) === 0x2e || name.charCodeAt(start + 2) === 0x2e;
  return dot && end - start >= 2 && GLUED_INITIAL.test(name.slice(start, end)) ? 2 : 0;
}

/** True when the word `start`..`end` is a particle; only words of a particle's length and first letter are read as strings. */
function isParticle(name: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 5) return false;
  const first = name.charCodeAt(start);
  // b, v, d, a, e, l, J, S and I open every particle.
  if (first !== 0x62 && first !== 0x76 && first !== 0x64 && first !== 0x61 && first !== 0x65 && first !== 0x6c && first !== 0x4a && first !== 0x53 && first !== 0x49) return false;
  return PARTICLES.has(name.slice(start, end));
}

/** True when the word `start`..`end` is an initial such as "J.": a capital (two code units if astral) and a full stop. */
function isInitial(name: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 2 || length === 3) && name.charCodeAt(end - 1) === 0x2e && INITIAL.test(name.slice(start, end));
}
