/**
 * Finding trigger phrases: the alternation of commitment-trigger branches, the pre-filter of word
 * starts where a branch can begin, and the sticky branch patterns tried there. What a hit means is
 * decided afterwards by `classifyTrigger` (triggers.ts).
 */
import { lowerCase } from './tokens';

// A time adjunct, "in principle" and a negation may sit between a verb and its infinitive ("agreed on
// Tuesday not to involve …", "agree in principle to upgrade …", "pledged not to use force"); a negated
// infinitive is still a (negative) commitment.
// A short comma-enclosed adjunct may sit there too ("agreed, as a next step, to hold …").
const ADJUNCT = String.raw`(?:,?\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:today|yesterday),?|,\s+[^,;.!?()\n]{2,40},|\s+(?:in|at|during)\s+[^;.!?()\n]{2,60}?,(?=\s+to\s)|\s+(?:at|during|in)\s+(?:their|the)\s+[^;.!?()\n,]{2,40}?(?=\s+to\s+(?:\p{Ll}|["“]\p{Ll}))|\s+in\s+\p{Lu}\p{Ll}+(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?(?=\s+to\s+\p{Ll})|\s+on\s+the\s+sidelines\s+of\s+[^;.!?()\n,]{2,60}?,?(?=\s+to\s+\p{Ll}))?(?:\s+in\s+principle)?(?:\s+not)?`;

// Up to six words before the commitment noun, or a first object joined to the actor's own commitment
// ("reaffirm the support of the Forum for Australia’s bid … and our strong commitment to host …").
// ("stressed that Australia’s commitment to the Quad had not changed" reports on a commitment: no "that" in the gap.)
const NOUN_GAP = String.raw`(?:(?:(?!that\s)[\p{L}.’'\-]+\s+){0,6}?|[^.;:!?\n]{1,160}?\s+and\s+(?:our|their|its|his|her)\s+(?:[\p{L}’'\-]+\s+){0,3}?)`;

// Groups: 1 commitment noun, 2 agree, 3 steadfast, 4 infinitive verb, 5 modal, 6 pledge/promise/vow without "to".
/** The branches of the trigger alternation in order, one capturing group each; exported for tests of the shortcuts around it. */
export const TRIGGER_BRANCHES: readonly string[] = [
  String.raw`\b((?:(?:re-?affirm|affirm|confirm|renew|recall|re-?assert|assert)(?:s|ed|ing)?|signif(?:y|ies|ied|ying)|pledg(?:e|es|ed|ing)(?=\s+(?:their|its|our|his|her)\s)|ratif(?:y|ies|ied|ying)|express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|uph(?:old|olds|eld|olding)|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|stress(?:es|ed|ing)?|highlight(?:s|ed|ing)?)\s+${NOUN_GAP}(?:commitments?|resolve|determination|intention|intent|readiness|willingness|disposition|pledge|promise|ambition|plans?|(?<=(?:the|their|its|our|his|her|political|firm|strong|common|shared)\s+)will)(?:\s+and\s+(?:interest|desire|commitment|determination|readiness|willingness))?(?:\s+of\s+(?:both|the\s+two)\s+(?:countries|sides|governments|nations|leaders|parties))?(?:\s+to|(?<=commitments?)\s+for(?=\s+(?:further\s+)?\p{Ll}+ing\b|\s+(?:the\s+)?(?:comprehensive|further|continued)\b))` +
    String.raw`|(?:made|make|makes|making)\s+(?:a|an|the|their|its|his|her|our)\s+(?:[\p{L}’'\-]+\s+){0,3}?commitment\s+to` +
    // "shared" is a verb here only before a determiner ("shared their commitment to"); "their shared commitment" is an adjective.
    String.raw`|(?:(?:reiterat|underscor|underlin|reinforc|re-?emphasi[sz]|emphasi[sz]|restat)(?:e|es|ed|ing)|shar(?:e|es|ed|ing)(?=\s+(?:the|their|its|his|her|our|a)\s))\s+${NOUN_GAP}(?:commitments?|resolve|determination|intention|intent|readiness|willingness|disposition|pledge|promise|ambition|plans?|(?<=(?:the|their|its|our|his|her|political|firm|strong|common|shared)\s+)will)(?:\s+and\s+(?:interest|desire|commitment|determination|readiness|willingness))?(?:\s+of\s+(?:both|the\s+two)\s+(?:countries|sides|governments|nations|leaders|parties))?(?:\s+to|(?<=commitments?)\s+for(?=\s+(?:further\s+)?\p{Ll}+ing\b|\s+(?:the\s+)?(?:comprehensive|further|continued)\b))` +
    // "noted" speaks of a commitment only when it is the subject's own ("noted his commitment to").
    String.raw`|not(?:es|ed|ing)\s+(?:his|her|their|its|our)\s+(?:[\p{L}’'\-]+\s+){0,3}?(?:commitments?|resolve|determination|intention|intent|readiness|willingness)\s+to)\b`,
  // "decided that X would …" and "resolved that X shall …" commit as "agreed that X should …" does.
  String.raw`\b((?:agree(?:s|d|ing)?|consent(?:s|ed)?)(?:${ADJUNCT}\s+[“"]?to|\s+that|\s+with\s+(?:(?!(?:to|that|on)\b)[\p{L}.’'\-]+\s+){1,8}?(?:to|that|on)(?=\s)|\s+on\s+the\s+(?:need|necessity)\s+(?:to|for|of)|\s+(?:on|upon))|(?:decid|resolv)(?:e|es|ed)\s+that|decid(?:e|es|ed)\s+on(?=\s+(?:\p{Ll}{3,}ing\b|the\s+(?:formation|establishment|creation|setting\s+up|launch)\s+of\b))|concur(?:s|red)?\s+on|reach(?:es|ed)?\s+(?:a\s+)?consensus\s+(?:on|in)|agree(?:s|d)?(?=\s+(?:(?:joint|concrete|further|new|practical|specific)\s+)?(?:steps|measures)\b)|agree(?:s|d)?(?=\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:would|will|should|shall)\b))\b`,
  String.raw`\b(remain(?:s|ed|ing)?\s+(?:(?:steadfast|resolute|unwavering|firm)\s+in|committed\s+to|(?:ready|willing|prepared)\s+to(?=\s+\p{Ll})))\b`,
  String.raw`\b((?:(?:re-?)?commit(?:s|ted|ting)?(?:\s+(?:themselves|ourselves|itself)|\s+(?:their|its|our)\s+(?:[\p{L}’'\-]+\s+){0,2}?(?:administrations?|governments?|countries|nations|ministries|agencies|teams|forces))?|decid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|resolv(?:e|es|ed)|concur(?:s|red)?|(?:re-?)?(?:confirm|affirm)(?:s|ed)?|undert(?:ake|akes|ook|aken)|offer(?:s|ed)?|intend(?:s|ed)?|aim(?:s|ed)?|plan(?:s|ned)?|determined|shar(?:e|es|ed|ing)\s+the\s+view|seek(?:s|ing)?|sought|reach(?:es|ed)?\s+(?:an\s+)?agreement|st(?:and|ands|ood|anding)\s+ready|(?:is|are|was|were)\s+(?:also\s+)?looking|(?:is|are|was|were)\s+(?:fully\s+|also\s+|even\s+|now\s+|always\s+|still\s+)?(?:ready|willing|prepared))${ADJUNCT}\s+to)\b`,
  String.raw`\b(will|would|shall|(?:am|is|are|was|were)\s+going\s+to|(?:am|is|are|was|were)\s+planning\s+on(?=\s+\p{Ll}{3,}ing\b))\b`,
  // "Canada commits $10 million to …": a sum committed is a pledge of it.
  String.raw`\b((?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?)(?:\s+that)?|(?:re-?)?commit(?:s|ted)?(?=\s+(?:[$€£¥]|US\$|USD|EUR|\d[\d.,]*\s+(?:million|billion))))\b`,
];

// The alternation of all branches, TRIGGER_BRANCHES.join('|') with the flags "iuy", is tried only where
// the pre-filter finds a word that starts like a trigger, so it is sticky: trying every branch at every
// word start of a paragraph was the recogniser's largest cost. At one position a sticky alternation
// matches as its first branch that matches there does, so each branch is a RegExp of its own, tried in
// order: a test tells the branch and the match's end without a match array and its group strings.
const BRANCHES: readonly RegExp[] = TRIGGER_BRANCHES.map((branch) => new RegExp(branch, 'iuy'));

// The lower-case ASCII letters that a match of each branch can start with, read off its alternatives;
// only the branches whose set holds a candidate's first letter are tried there. Under "iu" two
// characters outside ASCII fold onto these letters (the long s and the Kelvin sign); a paragraph that
// holds either tries every branch.
const BRANCH_FIRST_LETTERS: readonly string[] = [
  'acdehmnprsuv', // 1: (re)affirm, confirm, assert, signif, pledg, ratif, express, … made, reiterat, shar, not…
  'acdr', // 2: agree, consent, decid, resolv, concur, reach.
  'r', // 3: remain.
  'acdiopstuvwr', // 4: commit, decid, pledg, promis, vow, resolv, concur, confirm, undert, offer, intend, aim, plan, …
  'aisw', // 5: will, would, shall, am/is/are/was/were.
  'cprv', // 6: pledg, promis, vow, (re)commit.
];

/** The branches worth trying at a word that starts with the UTF-16 code `first`, as a bit set of branch numbers. */
function branchesFor(first: number): number {
  const letter = String.fromCharCode(first | 32);
  let set = 0;
  for (let b = 0; b < BRANCH_FIRST_LETTERS.length; b++) if (BRANCH_FIRST_LETTERS[b]!.includes(letter)) set |= 1 << (b + 1);
  return set;
}

// The branch sets by the ASCII code of a candidate's first character, computed once at module load.
const BRANCHES_BY_CODE: Int32Array = Int32Array.from({ length: 128 }, (_, code) => (((code | 32) >= 97 && (code | 32) <= 122 ? branchesFor(code) : 0)));
// Every branch, for a candidate whose first character the table does not decide.
const ALL_BRANCHES = BRANCH_FIRST_LETTERS.reduce((set, _, b) => set | (1 << (b + 1)), 0);

// Every match of the first branch holds one of these (its commitment nouns, with the words that may
// precede "will"), with the flags of TRIGGER, so that case folding is the same.
const COMMITMENT_NOUN =
  /commitment|resolve|determination|intent|readiness|willingness|disposition|pledge|promise|ambition|plan|(?:the|their|its|our|his|her|political|firm|strong|common|shared)\s+will/iu;

// Pre-filter words that open a verb of the first branch followed by up to six words or a long gap before
// the noun: where no noun follows, that branch fails only after trying every gap, which made such
// words ("expressed concern about …") the most costly failed candidates. Only the cost depends on this
// list; a word missing from it is simply tried with the full alternation.
const NOUN_PHRASE_VERBS = new Set([
  'ratif', 'assert', 'signif', 'reaffirm', 're-affirm', 'renew', 'reiterat', 'recall', 'reinforc', 'reemphasi', 're-emphasi', 'restat',
  'reassert', 're-assert', 'affirm', 'confirm', 'express', 'voic', 'declar', 'uph', 'announc', 'unveil', 'stress', 'highlight',
  'emphasi', 'shar', 'underscor', 'underlin', 'pledg',
]);

// Word starts that every branch of TRIGGER begins with. Every position where TRIGGER matches must be
// accepted; extra candidates ("standard", "planet", "willing") only cost a failed sticky try.
const TRIGGER_STARTS = String.raw`\b(?:ratif|consent|assert|signif|re(?:-?affirm|new|iterat|call|inforc|-?emphasi|stat|main|solv|-?commit|-?assert)|affirm|confirm|express|voic|declar|uph|announc|unveil|stress|highlight|mak|made|seek|sought|reach|emphasi|shar|not|underscor|underlin|agree|commit|decid|pledg|promis|vow|concur|undert|offer|intend|aim|plan|determined|st(?:and|ood)|is|are|was|were|will|would|shall)`;
// Without the "u" flag the pre-filter runs several times faster. It then differs from TRIGGER only for
// two characters: under "iu" the long s "ſ" matches "s" and the Kelvin sign "K" is a word character.
// A paragraph holding either (practically never) uses the "iu" pre-filter, so no match is lost.
const TRIGGER_START = new RegExp(TRIGGER_STARTS, 'gi');
const TRIGGER_START_UNICODE = new RegExp(TRIGGER_STARTS, 'giu');

/** True when `text` holds a long s or a Kelvin sign; two indexOf calls are cheaper than a RegExp scan. */
function hasUnicodeFolds(text: string): boolean {
  return text.indexOf('\u017F') !== -1 || text.indexOf('\u212A') !== -1;
}

/** A trigger phrase found by the pre-filter: its offset, its text and the number of its branch. */
export interface TriggerHit {
  readonly index: number;
  readonly match: string;
  readonly group: number;
}

/** All trigger phrases in `text`, before any context checks, as a list. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // The leftmost candidate where the sticky alternation matches is exactly the leftmost match a global
  // search of the alternation would find, and the search goes on after the match, as a global one would.
  const unicodeFolds = hasUnicodeFolds(text);
  const starts = unicodeFolds ? TRIGGER_START_UNICODE : TRIGGER_START;
  starts.lastIndex = 0;
  for (let at = nextCandidate(text, starts, unicodeFolds); at !== -1; at = nextCandidate(text, starts, unicodeFolds)) {
    const first = text.charCodeAt(at);
    let branches = unicodeFolds || first >= 128 ? ALL_BRANCHES : BRANCHES_BY_CODE[first]!;
    // Where no commitment noun can be reached the first branch cannot match (see `commitmentNounAhead`).
    if ((branches & 2) !== 0 && NOUN_PHRASE_VERBS.has(lowerCase(text.slice(at, starts.lastIndex))) && !commitmentNounAhead(text, at)) branches &= ~2;
    const group = firstBranchMatching(text, at, branches);
    if (group === -1) {
      starts.lastIndex = at + 1;
      continue;
    }
    const end = BRANCHES[group - 1]!.lastIndex;
    starts.lastIndex = end;
    hits.push({ index: at, match: text.slice(at, end), group });
  }
  return hits;
}

/**
 * The offset of the next pre-filter match from `starts.lastIndex`, or -1; `starts.lastIndex` is then
 * its end. The ASCII pre-filter is run with `test`, which makes no match array: its match is a word
 * start of ASCII letters after a word boundary, so it starts where the run of letters before its end
 * does, or, for "re-affirm" and its kind, three characters earlier (see `hyphenatedReStart`).
 */
function nextCandidate(text: string, starts: RegExp, unicodeFolds: boolean): number {
  if (unicodeFolds) return starts.exec(text)?.index ?? -1;
  const from = starts.lastIndex;
  if (!starts.test(text)) return -1;
  const end = starts.lastIndex;
  let run = end;
  while (run > from && isAsciiLetterCode(text.charCodeAt(run - 1))) run--;
  return hyphenatedReStart(text, from, run) ?? run;
}

// The words that the pre-filter also takes with "re-" before them (its "re(?:-?affirm|…)" alternatives).
const AFTER_RE_HYPHEN = ['affirm', 'emphasi', 'commit', 'assert'];

/**
 * Where a pre-filter match "re-" + word starts when the run of letters at `run` is preceded by "re-"
 * at a word boundary, at or after `from`: being further left, that match is the one the search finds.
 * Each word after the hyphen is also an alternative of its own that ends at the same place.
 */
function hyphenatedReStart(text: string, from: number, run: number): number | undefined {
  const start = run - 3;
  if (start < from || text.charCodeAt(run - 1) !== 45 /* - */) return undefined;
  if ((text.charCodeAt(start) | 32) !== 114 /* r */ || (text.charCodeAt(start + 1) | 32) !== 101 /* e */) return undefined;
  if (start > 0 && isBoundaryWordCode(text.charCodeAt(start - 1))) return undefined;
  for (const word of AFTER_RE_HYPHEN) if (startsWithLowerAscii(text, run, word)) return start;
  return undefined;
}

/** True for the UTF-16 code of an ASCII letter. */
function isAsciiLetterCode(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** True for the UTF-16 code of a character that `\b` without the "u" flag counts as a word character. */
function isBoundaryWordCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
}

/** True when `text` at `at` starts with the lower-case ASCII `word`, in any case of its letters. */
function startsWithLowerAscii(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if (!isAsciiLetterCode(c) || (c | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The number (from 1) of the first branch in the bit set `branches` that matches at `at`, or -1; its RegExp's lastIndex is then the match's end. */
function firstBranchMatching(text: string, at: number, branches: number): number {
  for (let g = 1; g <= BRANCHES.length; g++) {
    if ((branches & (1 << g)) === 0) continue;
    const branch = BRANCHES[g - 1]!;
    branch.lastIndex = at;
    if (branch.test(text)) return g;
  }
  return -1;
}

/** How far past a trigger its clause is read for a commitment noun. */
const MAX_AHEAD = 2000;

/**
 * False when no match of TRIGGER's first branch can start at `from`, because no commitment noun
 * (COMMITMENT_NOUN) stands between `from` and the farthest place the branch could reach. Before its
 * noun the branch has either its verb and at most six words, each of letters, dots, apostrophes and
 * hyphens and followed by whitespace, so that the noun is in one of the first eight runs of
 * non-space characters; or a gap of anything but ".;:!?" (the verb, "and our", the noun included).
 * Characters outside ASCII are taken as letters, which can only move these places further on.
 */
export function commitmentNounAhead(text: string, from: number): boolean {
  let wordsEnd = -1;
  let clauseEnd = -1;
  let run = 0;
  let inSpace = false;
  // A clause is read no further than MAX_AHEAD: a paragraph without clause punctuation was read to its
  // end from every trigger in it.
  const limit = Math.min(text.length, from + MAX_AHEAD);
  for (let k = from; k < limit && (wordsEnd === -1 || clauseEnd === -1); k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) {
      // The eighth run of words (the verb is the first) has ended: the noun cannot come later.
      if (!inSpace && run === 7 && wordsEnd === -1) wordsEnd = k;
      inSpace = true;
      continue;
    }
    if (inSpace) {
      inSpace = false;
      run++;
    }
    if (c >= 128) continue;
    if (clauseEnd === -1 && (c === 46 || c === 59 || c === 58 || c === 33 || c === 63)) clauseEnd = k;
    const inWord = ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 39 || c === 45;
    if (wordsEnd === -1 && !inWord) wordsEnd = k;
  }
  const reach = Math.max(wordsEnd === -1 ? limit : wordsEnd, clauseEnd === -1 ? limit : clauseEnd);
  return COMMITMENT_NOUN.test(text.slice(from, reach));
}

