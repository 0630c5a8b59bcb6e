import {
  ACTOR_NOUNS,
  ACTOR_PRONOUNS,
  ADVERBS,
  AUXILIARIES,
  BE_COMMITTED,
  CONFIRM_TO_VERBS,
  DETERMINERS,
  JOINT_ACTION_NOUNS,
  NON_ACTION_VERBS,
  NOUN_MARKERS,
  PREPOSITIONS,
  RELATION_NOUNS,
  REMAIN_COMMITTED,
  TREND_VERBS,
} from './lexicon';
import { listObjectEnd } from './listObject';
import { isCapitalised, lastToken, LazyTokens, tokenize, type Token } from './tokens';

export { commitmentNounAhead, findTriggers, TRIGGER_BRANCHES, type TriggerHit } from './triggerScan';

/** How a trigger governs its object, which decides the checks it needs. */
export type TriggerKind =
  | 'modal' // will / would / shall + the actor's own action.
  | 'infinitive' // agree / decide / pledge … to + action.
  | 'agreeThat' // agree that X should …
  | 'steadfast' // remain steadfast in / remain committed to.
  | 'commitmentNoun' // reaffirm / confirm … their commitment to …
  | 'pledgeThat' // pledge / vow that X will …
  | 'pledgeObject' // pledge / vow + a noun object ("vowed a unified front against …").
  | 'agreeOn'; // agree on + a joint course of action ("agree on wider economic cooperation").

/** A trigger phrase found by the pre-filter and accepted by its shape checks. */
export interface Trigger {
  readonly kind: TriggerKind;
  /** Offset of the trigger's first character. */
  readonly start: number;
  /** Offset just after the trigger phrase, where its object starts. */
  readonly end: number;
  /** The trigger phrase with whitespace collapsed ("agreed to", "will"). */
  readonly text: string;
  /** True when only a real actor before it makes the phrase a commitment ("will", "aimed to"). */
  readonly needsActor: boolean;
  /** Where the object ends when it is a list after a colon ("commit to:" + items), which may span lines. */
  readonly listEnd?: number;
  /** Where the object starts when an adjunct set off by commas follows the trigger ("will, as always, coordinate …"). */
  readonly objectFrom?: number;
}

// The one "of" phrase after a commitment noun that names the subject itself ("the commitment of both countries to").
const OWN_COMMITMENT_OF = /\sof\s+(?:both|the\s+two)\s+(?:countries|sides|governments|nations|leaders|parties)\s+to$/i;

const ATTRIBUTE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'a', 'an']);

// Infinitive triggers that are also nouns or participles ("the aim to", "measures intended to").
const NEEDS_ACTOR = /^(?:offer|intend|aim|plan|determined|(?:re-?)?commit|st(?:and|ood)|resolv|is|are|was|were|seek|sought)/i;
const NOUN_FORMS = /^(?:offers?|aims?|plans?|pledges?|promises?|vows?|resolve)\b/i;
const NEGATED_BEFORE = new Set(['not', "n't", 'never', 'failed', 'refused', 'yet']);

// RegExps of the shape checks, compiled once: a RegExp literal in a function body makes a new RegExp
// object at every evaluation, and these checks run for every trigger. None is global or sticky, so a
// shared instance keeps no state between tests.
const FOLLOWING_AHEAD = /^\s+the\s+following\s*(?::|$)/i;
const LY_END = /ly$/;
const ING_END = /ing$/;
const PARTICIPLE_END = /(?:ed|en|ne|wn)$/;
const CURRENCY_SIGN = /^[$€£¥]$/;
const COMPARATIVE_OR_ADVERB_END = /(?:er|ly)$/;
const CONFIRM_VERB = /^(?:re-?)?(?:confirm|affirm)/;
const COMMIT_VERB = /^(?:re-?)?commit/;
const OF_WORD = /\bof\b/i;
const AND_OWN_DETERMINER = /\sand\s+(?:our|their|its|his|her)\s/i;
const TO_WORD_END = /\bto$/i;
const BY_AHEAD = /^\s+by\b/i;
const AGREED_ONLY = /^agreed$/i;
const AGREE_ONLY = /^agree[sd]?$/i;
const THAT_WORD_END = /\bthat$/i;
const NEED_END = /\b(?:need|necessity) (?:to|for|of)$/i;
const ON_END = /\b(?:on|upon)$/i;
const CONSENSUS_IN_END = /\bconsensus in$/i;
const NOUN_MODIFYING_PARTICIPLE = /^(?:intended|aimed|planned)$/;
const POSSESSIVE_END = /['’]s$/;
const SPACED_THAT_END = /\sthat$/i;

// RegExps used for every trigger, compiled once. SPACES is global but only used by `replace`, which
// starts from the beginning whatever its lastIndex.
const NUMBER_START = /^\p{N}/u;
const SPACES = /\s+/g;
const ENDS_WITH_TO = /to$/i;

/**
 * The words after `from` inside the sentence (a short window is enough for shape checks); they are
 * tokenised lazily because the checks read only the first few.
 */
function wordsAfter(text: string, from: number, limit: number): LazyTokens {
  return WORDS_AFTER.reset(text, from, Math.min(limit, from + 120));
}

// The one window of words after a trigger in use at a time: every check reads its window before the
// next one is asked for, so a single instance is reset instead of a new one made per check.
const WORDS_AFTER = new LazyTokens('', 0, 0);

// Words before "to" that make the infinitive a schedule, an expectation or a wish rather than an act.
const GOVERNING_OTHERS = /\b(?:expected|set|scheduled|likely|unlikely|due|like|want|wants|wanted|hope|hopes|hoped|wish|wishes|asked|urged|called|invited|encouraged|need|needs|ought|able|unable|try|tried|seek|seeks|sought)\s+to\s*$/i;

/** True when the "to" just before `at` is governed by an expectation, a wish or an appeal to others. */
function governedByOthers(text: string, sentenceStart: number, at: number): boolean {
  return GOVERNING_OTHERS.test(text.slice(Math.max(sentenceStart, at - 40), at));
}

/** The last token before `at` inside the sentence, if any. */
function tokenBefore(text: string, sentenceStart: number, at: number): Token | undefined {
  const from = Math.max(sentenceStart, at - 40);
  // A window that is the whole sentence start is tokenised in full: the subject search tokenises the
  // same window next and then reuses these tokens.
  if (from === sentenceStart) {
    const tokens = tokenize(text, from, at);
    return tokens[tokens.length - 1];
  }
  return lastToken(text, from, at);
}

/**
 * True when the short noun phrase from `words[first]` names a relation between actors ("the closest of
 * allies", "a reliable partner"): staying allies or partners is the actor's own stance, not a prediction.
 */
function namesRelation(words: LazyTokens, first: number): boolean {
  return nounWithin(words, first, 6, RELATION_NOUNS);
}

/** Whether one of `nouns` is among the `count` words from `words[first]`, before anything that is not a word. */
function nounWithin(words: LazyTokens, first: number, count: number, nouns: ReadonlySet<string>): boolean {
  for (let k = first; k < first + count; k++) {
    const w = words.at(k);
    if (w === undefined || !w.isWord) return false;
    if (nouns.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when the noun phrase after "agree(d) on" names a joint course of action ("wider economic
 * cooperation", "concrete steps"); "agreed on the details" or "on the importance of …" is not one.
 */
function startsJointAction(text: string, from: number, limit: number): boolean {
  // "have agreed on the following:" introduces the list of what was agreed.
  if (FOLLOWING_AHEAD.test(text.slice(from, from + 20))) return true;
  const words = wordsAfter(text, from, limit);
  // "agreed on (further) enhancing interactions": a gerund names the action itself.
  let g = 0;
  while (ADVERBS.has(words.at(g)?.lower ?? '')) g++;
  const gerund = words.at(g);
  if (gerund !== undefined && gerund.isWord && GERUND.test(gerund.lower) && !NOT_GERUNDS.has(gerund.lower)) return true;
  for (let k = 0; k < 5; k++) {
    const w = words.at(k);
    // "annual foreign ministers’ talks": the apostrophe of a plural possessive stays inside the noun phrase.
    if (k > 0 && w !== undefined && (w.text === '’' || w.text === "'")) continue;
    if (w === undefined || !w.isWord || (k > 0 && PREPOSITIONS.has(w.lower))) return false;
    if (JOINT_ACTION_NOUNS.has(w.lower)) return true;
  }
  return false;
}

const GERUND = /^[a-z]{3,}ing$/;
// -ing words after "agreed on" that are not actions ("agreed on existing arrangements", "on everything").
const NOT_GERUNDS = new Set(['existing', 'following', 'everything', 'something', 'nothing', 'anything', 'ongoing', 'upcoming', 'outstanding', 'pending', 'during', 'regarding', 'concerning', 'including']);

/** True when `token` is a common noun that a following participle modifies, rather than the verb's subject or auxiliary. */
function modifiesNoun(token: Token): boolean {
  if (!token.isWord || isCapitalised(token)) return false;
  const lower = token.lower;
  return !AUXILIARIES.has(lower) && !ADVERBS.has(lower) && !ACTOR_PRONOUNS.has(lower) && !ACTOR_NOUNS.has(lower) && !LY_END.test(lower) && lower !== 'and' && lower !== 'who' && lower !== 'that' && lower !== 'which';
}

/**
 * Where the object of the modal at `from` starts, when the modal governs an action of its subject
 * rather than a state or a prediction; undefined otherwise.
 */
function modalObjectStart(text: string, from: number, limit: number): number | undefined {
  const words = wordsAfter(text, from, limit);
  let i = 0;
  while (ADVERBS.has(words.at(i)?.lower ?? '')) i++;
  const past = pastCommaAdjunct(words, i);
  // "will, as always, closely coordinate …": the object starts after the adjunct, whose commas would end it.
  const objectFrom = past > i ? (words.at(past)?.start ?? from) : from;
  return governsAction(words, past) ? objectFrom : undefined;
}

const IMPETUS_VERBS = new Set(['give', 'provide', 'lend', 'add', 'create']);
const IMPETUS_NOUNS = new Set(['impetus', 'fillip']);

// Words after a modal that are no verb of it; a Set rather than an array literal made at every call.
const NOT_VERB_WORDS = new Set(['to', 'and', 'or', 'rather']);

/** True when the words from index `start` on, after a modal, are an action of its subject rather than a state or a prediction. */
function governsAction(words: LazyTokens, start: number): boolean {
  let i = start;
  // "will “boost security and peace” on …": the quoted words are the action.
  if (OPENING_QUOTE_TOKENS.has(words.at(i)?.text ?? '')) i++;
  while (ADVERBS.has(words.at(i)?.lower ?? '')) i++;
  const verb = words.at(i);
  const next = words.at(i + 1);
  const after = words.at(i + 2);
  if (verb === undefined || !verb.isWord || isCapitalised(verb) || NUMBER_START.test(verb.text)) return false;
  if (DETERMINERS.has(verb.lower) || PREPOSITIONS.has(verb.lower) || NOT_VERB_WORDS.has(verb.lower)) {
    return false;
  }
  // "will be conducting their exercises": the progressive is the action too.
  // "will be in touch with partners": staying in contact is the subject's own action.
  if (verb.lower === 'be' && next?.lower === 'in' && (after?.lower === 'touch' || after?.lower === 'contact')) return true;
  if (verb.lower === 'be') return next !== undefined && (BE_COMMITTED.has(next.lower) || (GERUND.test(next.lower) && !NON_ACTION_VERBS.has(next.lower.replace(ING_END, ''))));
  if (verb.lower === 'remain') return next !== undefined && (REMAIN_COMMITTED.has(next.lower) || namesRelation(words, i + 1));
  if (verb.lower === 'have') return next === undefined || !PARTICIPLE_END.test(next.lower);
  // "relations will continue to deepen" is a prediction; "they will continue to deepen the partnership" an action.
  if (verb.lower === 'continue' && next?.lower === 'to') return after === undefined || !TREND_VERBS.has(after.lower) || takesObject(objectAfterVerb(words, i + 3));
  if (verb.lower === 'take' && next?.lower === 'place') return false;
  // "will end up with a treaty": an outcome, not a step.
  if (verb.lower === 'end' && next?.lower === 'up') return false;
  // "will go forward with / go ahead with the suspension" is the subject's own step.
  if (verb.lower === 'go' && (next?.lower === 'forward' || next?.lower === 'ahead')) return true;
  if (verb.lower === 'enter' && next?.lower === 'into' && after?.lower === 'force') return false;
  // "the BNC will provide the required impetus to relations": giving impetus is an effect, not a step.
  if (IMPETUS_VERBS.has(verb.lower) && nounWithin(words, i + 1, 4, IMPETUS_NOUNS)) return false;
  if (CHANGE_VERBS.has(verb.lower)) return takesObject(next);
  return !NON_ACTION_VERBS.has(verb.lower);
}

/**
 * The index after a short adjunct set off by commas at `i` ("will, in the coming months, explore …"),
 * or `i` itself when none starts there.
 */
function pastCommaAdjunct(words: LazyTokens, i: number): number {
  if (words.at(i)?.text !== ',') return i;
  for (let k = i + 1; k <= i + 8; k++) {
    const w = words.at(k);
    if (w === undefined || (!w.isWord && w.text !== ',' && w.text !== '-')) return i;
    if (w.text === ',') return k > i + 1 ? k + 1 : i;
  }
  return i;
}

// Verbs of change that are predictions when intransitive ("trade will increase by 10 %") and actions
// when they take an object ("both countries will increase trade"); the subject check comes later.
const CHANGE_VERBS = new Set(['increase', 'decrease', 'grow', 'bring']);
const NOT_OBJECT_WORDS = new Set(['to', 'and', 'or', 'than', 'further', 'steadily', 'significantly', 'rapidly', 'more', 'less']);

/**
 * The word after the verb ending at `at`, past a coordinated verb ("deepen and broaden their partnership"):
 * the two verbs share the object, which tells an action from a trend ("ties will continue to deepen and grow").
 */
function objectAfterVerb(words: LazyTokens, at: number): Token | undefined {
  const word = words.at(at);
  const second = words.at(at + 1);
  if ((word?.lower === 'and' || word?.lower === 'or') && second !== undefined && second.isWord && !isCapitalised(second) && !DETERMINERS.has(second.lower)) {
    return words.at(at + 2);
  }
  return word;
}

/** True when `word` can open the direct object of a verb: not a preposition, an adverb or a comparative. */
function takesObject(word: Token | undefined): boolean {
  if (word === undefined) return false;
  if (!word.isWord) return CURRENCY_SIGN.test(word.text);
  return !PREPOSITIONS.has(word.lower) && !NOT_OBJECT_WORDS.has(word.lower) && !ADVERBS.has(word.lower) && !COMPARATIVE_OR_ADVERB_END.test(word.lower);
}

const OPENING_QUOTE_TOKENS = new Set(['“', '"', '‘']);
const HEDGED_MODAL_AFTER = /^\s+(?:probably|possibly|likely|perhaps|maybe)\b/i;

// Words before "agreed" that make it an attribute of the following noun ("the already agreed measures").
const AGREED_ATTRIBUTE_BEFORE = new Set(['already', 'previously', 'the', 'mutually', 'jointly', 'commonly']);
const AGREED_MEASURES = /^\s+(?:(?:joint|concrete|further|new|practical|specific)\s+)?(?:steps|measures)\b/i;
const TIME_WORDS_AFTER_TO = new Set(['last', 'earlier', 'previously', 'yesterday', 'today', 'recently']);

/** True when the word after an infinitive trigger starts an action rather than a noun object. */
function startsAction(text: string, from: number, limit: number, verbLower: string): boolean {
  const words = wordsAfter(text, from, limit);
  // An opening quotation mark ("aimed to “enhance cooperation …") is skipped.
  const first = OPENING_QUOTE_TOKENS.has(words.at(0)?.text ?? '') ? words.at(1) : words.at(0);
  if (first === undefined || !first.isWord || NUMBER_START.test(first.text)) return false;
  // "confirmed/reaffirmed to continue …": only verbs of carrying on or working together.
  if (CONFIRM_VERB.test(verbLower)) return CONFIRM_TO_VERBS.has(first.lower);
  // "committed to the goal of …" is still a commitment; after "agreed to", a noun phrase that opens with
  // a determiner was taken before this check (`startsAgreedNounObject`).
  if (COMMIT_VERB.test(verbLower)) return true;
  // "something they agreed to last September": the object was moved away and a time follows.
  if (TIME_WORDS_AFTER_TO.has(first.lower)) return false;
  return !DETERMINERS.has(first.lower) && !isCapitalised(first);
}

// Determiners that open the noun object of "agreed to" ("agreed to a …", "agreed to its further strengthening").
const AGREED_OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her']);
// Nouns of time after such a determiner make a moved object ("the plan they agreed to the week before").
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'time']);

/** True when "agreed to" is followed by a noun phrase ("agreed to a renewed engagement"), not by a time or a verb. */
function startsAgreedNounObject(text: string, from: number, limit: number): boolean {
  const words = wordsAfter(text, from, limit);
  const first = words.at(0);
  const next = words.at(1);
  if (first === undefined || !AGREED_OBJECT_DETERMINERS.has(first.lower)) return false;
  return next !== undefined && next.isWord && !TIME_NOUNS.has(next.lower);
}

// Words that cannot open the noun object of "pledged"/"vowed": clause words, pronoun subjects of
// reported speech ("vowed they would …") and prepositions.
const NOT_OBJECT_START = new Set([
  'to', 'that', 'not', 'and', 'or', 'but', 'as', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'also', 'again',
]);

/** True when the words after "pledged"/"promised"/"vowed" start a noun object ("a unified front", "$1 billion", "support"). */
function startsNounObject(text: string, from: number, limit: number): boolean {
  const words = wordsAfter(text, from, limit);
  // 'promised "unwavering" support': a quoted word opens the object as the word itself would.
  const first = OPENING_QUOTE_TOKENS.has(words.at(0)?.text ?? '') ? words.at(1) : words.at(0);
  if (first === undefined) return false;
  if (!first.isWord) return CURRENCY_SIGN.test(first.text);
  return !NOT_OBJECT_START.has(first.lower) && !PREPOSITIONS.has(first.lower);
}

/** `s` with each run of whitespace replaced by one space; a match that needs no change is returned as it is. */
function collapseSpaces(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      const next = s.charCodeAt(k + 1);
      if (next === 32 || (next >= 9 && next <= 13) || next >= 128) return s.replace(SPACES, ' ');
    } else if ((c >= 9 && c <= 13) || c >= 128) return s.replace(SPACES, ' ');
  }
  return s;
}

/** The text before the first space of `phrase`, or all of it. */
function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space === -1 ? phrase : phrase.slice(0, space);
}

/**
 * A trigger with its optional offsets set only when known; built field by field rather than spread
 * from temporary objects, which cost two allocations per trigger.
 */
function makeTrigger(kind: TriggerKind, start: number, end: number, text: string, needsActor: boolean, listEnd?: number, objectFrom?: number): Trigger {
  const trigger: { -readonly [K in keyof Trigger]: Trigger[K] } = { kind, start, end, text, needsActor };
  if (listEnd !== undefined) trigger.listEnd = listEnd;
  if (objectFrom !== undefined) trigger.objectFrom = objectFrom;
  return trigger;
}

/**
 * Checks the shape of one pre-filter match inside its sentence and returns the trigger, or undefined
 * when the words around it show a noun, a negation, an infinitive governed by something else, or a
 * predicate that is not an action.
 */
export function classifyTrigger(
  text: string,
  hit: { index: number; match: string; group: number },
  sentence: { start: number; end: number },
): Trigger | undefined {
  const start = hit.index;
  const end = hit.index + hit.match.length;
  const phrase = collapseSpaces(hit.match);
  // A modal's checks never read the word before it, and modals are half of all hits; the subject search
  // tokenises the sentence start for them anyway, so nothing is lost by not tokenising it here.
  const before = hit.group === 5 ? undefined : tokenBefore(text, sentence.start, start);
  // "to agree to", "is expected to commit", "would like to pledge": something else governs this verb.
  // A commitment-noun phrase may be the purpose of a meeting ("met … to reiterate their commitment to …"),
  // unless a third party's expectation or a wish governs it ("is expected to reaffirm …").
  if (hit.group !== 5 && before?.lower === 'to' && (hit.group !== 1 || governedByOthers(text, sentence.start, start))) return undefined;
  // "We commit to:" followed by list items: the items are the object, whatever word opens them.
  const listEnd = hit.group >= 1 && hit.group <= 4 && ENDS_WITH_TO.test(phrase) ? listObjectEnd(text, end, sentence.end) : undefined;
  switch (hit.group) {
    case 1:
      // "took note of its expressed commitment to …": after a determiner the verb form is an adjective, and the
      // phrase a nominal reference to an existing commitment, which the guidelines exclude.
      if (before !== undefined && ATTRIBUTE_DETERMINERS.has(before.lower)) return undefined;
      // "the commitment of all states to …" belongs to others, not to the subject.
      // A first object joined to the actor's own commitment ("the support of … and our commitment to") may hold "of".
      // "the commitment of both countries to …" is the subject's own.
      if (OF_WORD.test(phrase) && !AND_OWN_DETERMINER.test(phrase) && !OWN_COMMITMENT_OF.test(phrase)) return undefined;
      return makeTrigger('commitmentNoun', start, end, phrase, false, listEnd);
    case 2: {
      if (before !== undefined && NEGATED_BEFORE.has(before.lower)) return undefined;
      // "goals agreed to by our two peoples": a passive participle, not the subject's agreement.
      if (TO_WORD_END.test(phrase) && BY_AHEAD.test(text.slice(end, end + 4))) return undefined;
      // "the (already) agreed measures": a participle before the noun it describes.
      if (before !== undefined && AGREED_ATTRIBUTE_BEFORE.has(before.lower) && AGREED_ONLY.test(phrase)) return undefined;
      // "agreed Fiji would be provided with …": a that-clause without "that".
      // "agreed joint steps on mutual support": the agreed measures are the object.
      if (AGREE_ONLY.test(phrase) && AGREED_MEASURES.test(text.slice(end, end + 40))) return { kind: 'agreeOn', start, end, text: phrase, needsActor: false };
      if (THAT_WORD_END.test(phrase) || AGREE_ONLY.test(phrase)) return { kind: 'agreeThat', start, end, text: phrase, needsActor: false };
      if (NEED_END.test(phrase)) return { kind: 'infinitive', start, end, text: phrase, needsActor: false };
      if (ON_END.test(phrase) || CONSENSUS_IN_END.test(phrase)) {
        if (!startsJointAction(text, end, sentence.end)) return undefined;
        return { kind: 'agreeOn', start, end, text: phrase, needsActor: false };
      }
      // "agreed to a renewed engagement …", "agreed to the terms of reference …": what the parties accept to do.
      if (listEnd === undefined && ENDS_WITH_TO.test(phrase) && startsAgreedNounObject(text, end, sentence.end)) {
        return { kind: 'agreeOn', start, end, text: phrase, needsActor: false };
      }
      if (listEnd === undefined && !startsAction(text, end, sentence.end, 'agree')) return undefined;
      return makeTrigger('infinitive', start, end, phrase, false, listEnd);
    }
    case 3:
      if (before?.lower === 'must' || before?.lower === 'should') return undefined;
      return makeTrigger('steadfast', start, end, phrase, true, listEnd);
    case 4: {
      const verb = firstWord(phrase).toLowerCase();
      if (before !== undefined && NEGATED_BEFORE.has(before.lower)) return undefined;
      if (NOUN_FORMS.test(verb) && before !== undefined && NOUN_MARKERS.has(before.lower)) return undefined;
      // "a declaration intended to enhance …", "measures aimed at": a participle that modifies a noun.
      if (NOUN_MODIFYING_PARTICIPLE.test(verb) && before !== undefined && modifiesNoun(before)) return undefined;
      if (listEnd === undefined && !startsAction(text, end, sentence.end, verb)) return undefined;
      return makeTrigger('infinitive', start, end, phrase, NEEDS_ACTOR.test(verb), listEnd);
    }
    case 5: {
      // "You will probably find …": a hedged modal predicts.
      if (HEDGED_MODAL_AFTER.test(text.slice(end, end + 12))) return undefined;
      const objectFrom = modalObjectStart(text, end, sentence.end);
      if (objectFrom === undefined) return undefined;
      return makeTrigger('modal', start, end, hit.match, true, undefined, objectFrom > end ? objectFrom : undefined);
    }
    case 6: {
      // "the pledge that", "a vow", "Japan’s pledge": the noun, not the verb.
      if (before !== undefined && (NEGATED_BEFORE.has(before.lower) || NOUN_MARKERS.has(before.lower))) return undefined;
      if (before !== undefined && POSSESSIVE_END.test(before.lower)) return undefined;
      if (SPACED_THAT_END.test(phrase)) return { kind: 'pledgeThat', start, end, text: phrase, needsActor: true };
      if (!startsNounObject(text, end, sentence.end)) return undefined;
      return { kind: 'pledgeObject', start, end, text: phrase, needsActor: true };
    }
    default:
      return undefined;
  }
}
