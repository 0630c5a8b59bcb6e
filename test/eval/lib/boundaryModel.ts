/**
 * Candidate ends and features for a learned end chooser of commitment spans. The hand rules find a
 * commitment and an end for its object; this module lists the other places in the sentence where the
 * object could end, describes each by a few sparse features and lets a linear model pick one.
 * The recogniser does not use it: test/eval/commitmentFolds.ts trains models on the development gold
 * and compares them with the rules by cross-validation, and so far the rules win. It imports nothing
 * from the editor or the file system, so a model that wins can move into the core as it is.
 */
import { trimEnd } from '../../../server/src/analysis/commitments/clause';
import type { BoundaryInput } from '../../../server/src/analysis/recognizers/commitments';
import type { Entity } from '../../../server/src/analysis/types';

export type { BoundaryInput };

/** A place where the object could end, with the features that describe the cut there. */
export interface EndCandidate {
  readonly end: number;
  readonly features: readonly string[];
}

/** A linear model over candidate features: a weight per feature name and the margin the rules' end keeps. */
export interface BoundaryModel {
  readonly weights: Readonly<Record<string, number>>;
  /** The model's best end replaces the rules' end only when it scores more than this above it. */
  readonly margin: number;
}

/** What the candidates need from the other recognisers: dates and named entities of the paragraph. */
export interface BoundaryContext {
  readonly dates: readonly Entity[];
  readonly entities: readonly Entity[];
}

// Words before which an object often ends: coordinators, subordinators, prepositions that open
// adjuncts, relative pronouns and reporting verbs. A cut is proposed before each; the model decides.
const CUT_WORDS = new Set([
  'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'amid', 'as', 'while', 'which', 'who', 'that',
  'including', 'through', 'during', 'following', 'after', 'before', 'under', 'within', 'against', 'toward', 'towards',
  'so', 'when', 'where', 'whereas', 'if', 'until', 'since', 'because', 'via', 'among', 'across', 'despite', 'between',
  'over', 'into', 'said', 'says', 'told', 'according', 'based', 'ahead', 'given', 'especially', 'particularly', 'such',
  'both', 'not', 'also', 'further', 'thereby', 'without', 'upon', 'beyond', 'this', 'these', 'its', 'their', 'the',
]);
// Words whose identity is kept as a feature value after the cut; any other word is described by its shape.
const KNOWN_NEXT = CUT_WORDS;
const LETTER = /[\p{L}\p{N}]/u;

/** True when the code unit at `i` belongs to a word (letters, digits, inner apostrophes and hyphens). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  if (c < 128) return false;
  return LETTER.test(text.charAt(i));
}

/** True for the code units that are not part of any word or punctuation mark (ASCII and no-break spaces). */
function isSpaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** The word that starts at `i`, up to `limit`. */
function wordAt(text: string, i: number, limit: number): string {
  let j = i;
  while (j < limit && (isWordChar(text, j) || ((text.charCodeAt(j) === 45 || text.charCodeAt(j) === 0x2019 || text.charCodeAt(j) === 39) && j + 1 < limit && isWordChar(text, j + 1)))) j++;
  return text.slice(i, j);
}

/** The shape of a word that is not in the known list: capitalised, a number, a gerund, a participle or plain. */
function shapeOf(word: string): string {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return '#num';
  if (word !== word.toLowerCase()) return '#cap';
  if (word.endsWith('ing')) return '#ing';
  if (word.endsWith('ed')) return '#ed';
  if (word.endsWith('ly')) return '#ly';
  return '#w';
}

/** A feature value for a word: itself when it is a known cut word, else its shape. */
function wordValue(word: string): string {
  const lower = word.toLowerCase();
  return KNOWN_NEXT.has(lower) ? lower : shapeOf(word);
}

/** Buckets a count into a few ranges, so that the model generalises across lengths. */
function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  return '17+';
}

/** Words between two offsets, counted by their starts. */
function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWordChar(text, i) && (i === from || !isWordChar(text, i - 1))) n++;
  return n;
}

/** The raw cut positions in the object: before punctuation, before cut words, the rules' end and the limit. */
function cutPositions(text: string, input: BoundaryInput): number[] {
  const cuts: number[] = [input.ruleEnd, input.limit];
  for (let i = input.triggerEnd + 1; i < input.limit; i++) {
    const c = text.charCodeAt(i);
    // Commas, semicolons, colons, brackets, dashes and quotation marks can each close the object.
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d || c === 34) {
      cuts.push(i);
    } else if (isWordChar(text, i) && isSpaceChar(text.charCodeAt(i - 1))) {
      const word = wordAt(text, i, input.limit);
      if (CUT_WORDS.has(word.toLowerCase())) cuts.push(i);
      i += word.length - 1;
    }
  }
  return cuts;
}

// Reporting clauses ("…, he said", "according to …") never belong to a commitment's object.
const REPORTING = /\b(?:said|says|told|added|according)\b/i;

/** A word gap between two ends as a coarse bucket: one, a few or many words. */
function gapOf(text: string, from: number, to: number): string {
  const n = wordCount(text, from, to);
  return n <= 3 ? 'few' : n <= 10 ? 'some' : 'many';
}

/** What follows a cut at `end`: a punctuation mark if any, then the next word's value ("$" at the limit). */
function followingCut(text: string, end: number, limit: number): { punct: string; next: string; atLimit: boolean } {
  let i = end;
  while (i < text.length && isSpaceChar(text.charCodeAt(i))) i++;
  let punct = '';
  if (i < limit && !isWordChar(text, i)) {
    punct = text.charAt(i);
    i++;
    while (i < text.length && isSpaceChar(text.charCodeAt(i))) i++;
  }
  const atLimit = i >= limit;
  return { punct, next: atLimit ? '$' : wordValue(wordAt(text, i, text.length)), atLimit };
}

/** The candidate ends of one commitment's object, each with its features; the rules' end is always among them. */
export function endCandidates(text: string, input: BoundaryInput, ctx: BoundaryContext): EndCandidate[] {
  const ends = new Set<number>();
  for (const cut of cutPositions(text, input)) {
    const end = trimEnd(text, input.triggerEnd, cut);
    if (end > input.triggerEnd) ends.add(end);
  }
  ends.add(input.ruleEnd);
  const sorted = [...ends].sort((a, b) => a - b);
  return sorted.map((end) => ({ end, features: featuresAt(text, input, end, ctx) }));
}

/** The features of ending the object at `end`. */
export function featuresAt(text: string, input: BoundaryInput, end: number, ctx: BoundaryContext): string[] {
  const f: string[] = [];
  const rel = end === input.ruleEnd ? '=' : end < input.ruleEnd ? '<' : '>';
  const kind = input.kind;
  f.push(`rel:${rel}`, `kind:${kind}|rel:${rel}`);
  if (rel !== '=') {
    const gap = bucket(wordCount(text, Math.min(end, input.ruleEnd), Math.max(end, input.ruleEnd)));
    f.push(`gap:${rel}${gap}`);
  }
  // What follows the cut: a punctuation mark, then the next word.
  const { punct, next, atLimit } = followingCut(text, end, input.limit);
  f.push(`p:${punct}`, `n:${next}`, `pn:${punct}|${next}`, `kind:${kind}|pn:${punct}|${next}`, `rel:${rel}|pn:${punct}|${next}`);
  if (atLimit) f.push('limit');
  // A longer span than the rules' takes in what follows the rules' end; a shorter one leaves out what
  // follows the cut. Either way the stretch between the two ends is described by how it opens.
  if (rel === '>') {
    const opening = followingCut(text, input.ruleEnd, input.limit);
    f.push(`ext:${opening.punct}|${opening.next}`, `ext:${opening.punct}|${opening.next}|${gapOf(text, input.ruleEnd, end)}`);
    if (REPORTING.test(text.slice(input.ruleEnd, end))) f.push('ext:reporting');
  } else if (rel === '<') {
    f.push(`cut:${punct}|${next}|${gapOf(text, end, input.ruleEnd)}`);
  }
  // The word that ends the span.
  let j = end;
  while (j > input.triggerEnd && isWordChar(text, j - 1)) j--;
  const last = j < end ? wordValue(text.slice(j, end)) : `!${text.charAt(end - 1)}`;
  f.push(`l:${last}`, `ln:${last}|${next}`);
  // The span's length and the commas and brackets it holds.
  f.push(`len:${bucket(wordCount(text, input.triggerEnd, end))}`);
  let commas = 0;
  let depth = 0;
  let quote = 0;
  for (let k = input.triggerEnd; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) commas++;
    else if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (c === 0x201c) quote++;
    else if (c === 0x201d) quote--;
  }
  f.push(`commas:${bucket(commas)}`);
  if (depth > 0) f.push('open:paren');
  if (quote > 0) f.push('open:quote');
  // Dates and names the cut would split or leave just outside.
  for (const d of ctx.dates) {
    if (d.span.start < end && d.span.end > end) f.push('date:across');
    else if (d.span.start >= end && d.span.start < end + 30 && d.span.start < input.limit) f.push('date:after');
  }
  for (const e of ctx.entities) if (e.span.start < end && e.span.end > end) f.push('entity:across');
  return f;
}

/** The linear score of a candidate under `weights`. */
export function scoreOf(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

/**
 * The end a model picks among candidate ends: the best-scoring one, unless it beats the rules' end by no
 * more than the model's margin, in which case the rules' end stays.
 */
export function bestEnd(candidates: readonly EndCandidate[], ruleEnd: number, model: BoundaryModel): number {
  let best = ruleEnd;
  let bestScore = -Infinity;
  let ruleScore = 0;
  for (const c of candidates) {
    const s = scoreOf(c.features, model.weights);
    if (c.end === ruleEnd) ruleScore = s;
    if (s > bestScore) {
      bestScore = s;
      best = c.end;
    }
  }
  return bestScore - ruleScore > model.margin ? best : ruleEnd;
}

/** The end of a commitment's object as the model chooses it among the candidates of its sentence (see `bestEnd`). */
export function chooseEnd(text: string, input: BoundaryInput, ctx: BoundaryContext, model: BoundaryModel): number {
  return bestEnd(endCandidates(text, input, ctx), input.ruleEnd, model);
}
