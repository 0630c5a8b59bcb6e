/**
 * A cheap tense guess for the clause around a date expression, used to decide whether a bare
 * weekday or a year-less day points before or after the document date. It looks for the nearest
 * verb cue before the expression in the same clause and, when there is none, the first cue after.
 */

import type { Direction } from '../dateResolution';

// Future cues consume the verb that follows an auxiliary so that "will be held" is not later
// mistaken for the past participle "held".
const FUTURE =
  String.raw`\b(?:will|shall|would)(?:\s+not)?(?:\s+(?:be|have|also|then|again))?(?:\s+[a-z]+)?` +
  String.raw`|['’]ll\s+[a-z]+` +
  String.raw`|\b(?:is|are|was|were|am)\s+(?:going|scheduled|set|expected|due|slated|planned|poised|to\s+be)\s+(?:to\s+)?[a-z]+` +
  String.raw`|\bto\s+be\s+(?:held|hosted|convened|signed|launched|opened)\b` +
  String.raw`|\b(?:upcoming|forthcoming|next|coming)\b` +
  // A time clause in the present tense speaks of the future ("when France assumes the Presidency",
  // "once the agenda is adopted"); a plural subject ("when the leaders met") is later overruled by
  // the past verb that follows it, because the last cue before the date wins.
  String.raw`|\b(?:when|once|until|as\s+soon\s+as)\s+(?:[a-z’'-]+\s+){1,4}?(?:(?:is|are)(?:\s+(?:being\s+)?[a-z]+(?:ed|en)\b)?|(?!(?:was|as|us|its|his|this|thus|plus)\b)[a-z]+s\b)`;

// A present passive ("is adopted", "are being signed") says nothing about the direction, but its
// participle would otherwise be read as a past form.
const PRESENT_PASSIVE = String.raw`\b(?:is|are|am)\s+(?:being\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b`;

// Intentions ("agreed to hold") look ahead for a day-month, but a summit reported as past can still
// be where the intention was stated ("agreed to hold … during a summit on Monday"), so weekdays
// ignore them. An intention in the present tense ("plans to visit", "agree to resume", "stand ready
// to") is still ahead of the report that states it, so it is a future cue for weekdays as well.
const PRESENT_INTENT =
  String.raw`\b(?:agrees?|decides?|plans?|aims?|intends?|pledges?|vows?|promises?|hopes?|expects?|stands?\s+ready)\s+to\s+[a-z]+`;
const INTENT = String.raw`\b(?:agreed|decided|planned|intended|pledged|vowed|promised|committed|resolved|invited|proposed)\s+to\s+[a-z]+`;

// An infinitive of a scheduled act ("to visit"). Alone at the head of its clause it is a headline
// ("Ministers to meet Friday in Geneva") and looks ahead; after a past verb it may be the purpose of
// a past act ("travelled to Hanoi to sign the deal on Monday"), so weekdays then ignore it.
const INFINITIVE = String.raw`\bto\s+(?:hold|meet|visit|host|convene|sign|launch|attend|travel|begin|start|open|resume|conclude|complete|finish|establish|deliver)\b`;

// A main verb in the present tense that schedules an event ("The vote takes place on Thursday", "the
// agreement enters into force on 1 May", "the minister is travelling to Tokyo", "The vote is on
// Thursday"). Listed verbs only: most present forms ending in -s are also plural nouns. Nouns and
// adjectives among them ("the end", "an open border") are kept out by the word before them, or
// have only their -s form listed ("a three-day run on Friday", "a fresh start on Monday").
const PRESENT =
  String.raw`(?<!(?:\b(?:the|a|an|its|their|his|her|this|that|to|not)|n['’]t)\s+|[-–])\b(?:takes?\s+place|enters?\s+into\s+force|(?:begin|end|arrive|depart|resume|convene|conclude|continue|expire|remain)s?|starts|runs|opens|closes|leaves)\b(?![-–])` +
  String.raw`|\b(?:is|are|am)\s+(?:travell?ing|meeting|visiting|leaving|heading|hosting|holding|convening|flying|returning|departing|arriving)\b` +
  // "slated for Friday": a schedule, which its -ed form would otherwise make a past cue. Only weekdays
  // read it as ahead; "the vote, scheduled for 5 March, was postponed" keeps a day-month in its year.
  String.raw`|\b(?:slated|scheduled|planned|set)\s+for\b` +
  // "is" or "are" right before the date, with or without "on": the date is what the subject is.
  String.raw`|\b(?:is|are)(?=\s+(?:on\s+)?$)`;

// Past cues: common auxiliaries and reporting verbs, then any other regular past form. The
// exclusions are frequent "-ed" words that are adjectives or nouns in policy prose.
const PAST =
  String.raw`\b(?:was|were|had|did|said|met|held|took|began|made|gave|told|spoke|saw|went|came|ago|earlier|last|yesterday|since)\b` +
  // Irregular past forms that are not also present forms or frequent nouns ("won the vote", "sent a letter").
  // Not after a hyphen ("US-led"); "won" only before what is won, never as the currency ("5 billion won").
  String.raw`|(?<![-–])\b(?:sent|became|grew|ran|drew|wrote|led|brought|bought|fought|sought|felt|lost|kept|paid|rose|fell|chose|broke|spent|struck|stood|sold|knew|flew|drove|threw|withdrew|oversaw|underwent|undertook|overtook|forgave|shook|swore|sank|sprang|sang|rang|forbade|foresaw|upheld|withheld|mistook|won(?=\s+(?:the|a|an|its|their|his|her|our|support|approval|praise|re-?election|seats?|votes?)\b))\b` +
  String.raw`|\b(?!(?:need|based|united|proposed|related|limited|advanced|detailed|so-called|shared|red|bed|speed|seed|feed|breed|indeed|hundred|concerned|armed|interested|sustained|expanded|increased|continued)\b)[a-z]{3,}ed\b`;

// The kinds of cue are the capturing groups, in this order (the parts above capture nothing).
// Numbered rather than named groups spare every match its groups object, and cues are frequent.
const CUE = new RegExp(
  `(${FUTURE}|${PRESENT_INTENT})|(${INTENT})|(${INFINITIVE})|(${PRESENT})|(${PRESENT_PASSIVE})|(${PAST})`,
  'gi',
);
const FUTURE_GROUP = 1;
const INTENT_GROUP = 2;
const INFINITIVE_GROUP = 3;
const PRESENT_GROUP = 4;
const NEUTRAL_GROUP = 5;

/** True for the characters that end a clause for the purpose of the tense guess (. ; ! ? newline). */
function isClauseEnd(code: number): boolean {
  // A code comparison per character is much cheaper than a RegExp test on a one-character string.
  return code === 46 || code === 59 || code === 33 || code === 63 || code === 10;
}

/**
 * True when the "by" deadline that starts at `by` opens its clause, is followed by a comma after the date
 * ending at `end`, and the clause goes on in the past perfect ("By March, exports had already risen"):
 * a state reached by then, reported after the fact, not a deadline ahead.
 */
export function openingPastPerfect(text: string, by: number, end: number): boolean {
  let before = by - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before >= 0 && !isClauseEnd(text.charCodeAt(before)) && !/["“‘(]/.test(text.charAt(before))) return false;
  return OPENING_PAST_PERFECT.test(text.slice(end, end + 120));
}

const OPENING_PAST_PERFECT = /^\s*,[^.;!?\n]{0,80}?\bhad\s+(?:already\s+|not\s+|been\s+|just\s+|also\s+)*[a-z]+/i;

/**
 * Guesses whether the clause around `[start, end)` of `text` looks back or ahead; undefined when
 * unsure. With `intentIsFuture`, intentions such as "agreed to hold" count as looking ahead; without
 * it (weekdays), a present-tense main verb does.
 */
export function clauseTense(text: string, start: number, end: number, intentIsFuture: boolean): Direction | undefined {
  let from = start;
  while (from > 0 && !isClauseEnd(text.charCodeAt(from - 1)) && start - from < 300) from--;
  let to = end;
  while (to < text.length && !isClauseEnd(text.charCodeAt(to)) && to - end < 300) to++;

  let before: Cue | undefined;
  // An exec loop on the shared global RegExp finds what matchAll finds without cloning the RegExp.
  const head = text.slice(from, start);
  CUE.lastIndex = 0;
  // Whether a cue of any kind came before, so that an infinitive after "agreed to establish … and" is no headline.
  let opensClause = true;
  for (let m = CUE.exec(head); m; m = CUE.exec(head)) {
    before = classify(m, intentIsFuture, opensClause) ?? (!intentIsFuture && schedulesDate(head, m) ? 'future' : before);
    opensClause = false;
  }
  // A present-tense main verb after a past one ("The agreement, signed in March, enters into force
  // on 1 May") is the tense of the date's own clause: the past verb belonged to a relative clause or
  // an earlier conjunct. For a day-month the present says "the document's year", so the guess is
  // undefined, and the tail is not asked.
  if (before === 'present') return undefined;
  if (before) return before;
  const tail = text.slice(end, to);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(tail); m; m = CUE.exec(tail)) {
    const tense = classify(m, intentIsFuture, false);
    if (tense === 'present') return undefined;
    if (tense) return tense;
  }
  return undefined;
}

// An intention to meet ("agreed to meet", "decided to hold talks"): the weekday right after its
// object is when the meeting is to be, not when the intention was stated.
const SCHEDULING_INTENT = /^(?:agreed|decided|planned|resolved|pledged|vowed|promised)\s+to\s+(?:meet|hold|resume|convene|reconvene|host|visit|gather)$/i;
// What may stand between that intention and the weekday: a short object and place ("talks in
// Geneva"), without a comma or a word that opens an adjunct of the stating act ("during a summit on
// Monday", "at a meeting on Monday", "after talks on Monday").
const SCHEDULED_OBJECT = /^(?:\s+(?!(?:during|after|following|amid|at|when|while|as|since|before|which|who|that|and|but|with)\b)[\w’'-]+){0,6}\s+(?:on\s+)?$/i;

/**
 * Whether the intention cue `m` of `head` (the clause up to the date) schedules the weekday that ends
 * `head`: "agreed to resume talks on Friday" is the coming Friday. A past perfect ("had agreed to meet
 * on Friday") is an intention reported from a narrative in the past, which may since have been met.
 */
function schedulesDate(head: string, m: RegExpExecArray): boolean {
  if (m[INTENT_GROUP] === undefined || !SCHEDULING_INTENT.test(m[0])) return false;
  if (/\bhad\s+(?:\w+\s+)?$/i.test(head.slice(Math.max(0, m.index - 16), m.index))) return false;
  return SCHEDULED_OBJECT.test(head.slice(m.index + m[0].length));
}

/** What a cue says: a direction, or the present tense, which is neither for a day-month. */
type Cue = Direction | 'present';

/** The direction a cue gives; `opensClause` when no cue came before it in the clause. */
function classify(match: RegExpMatchArray, intentIsFuture: boolean, opensClause: boolean): Cue | undefined {
  if (match[FUTURE_GROUP] !== undefined) return 'future';
  if (match[INTENT_GROUP] !== undefined) return intentIsFuture ? 'future' : undefined;
  if (match[INFINITIVE_GROUP] !== undefined) return intentIsFuture || opensClause ? 'future' : undefined;
  // A weekday in a present-tense clause is ahead ("The vote takes place on Thursday"); a day-month
  // stays in the document's year ("the report covers 1 March").
  if (match[PRESENT_GROUP] !== undefined) return intentIsFuture ? 'present' : 'future';
  if (match[NEUTRAL_GROUP] !== undefined) return undefined;
  return 'past';
}
