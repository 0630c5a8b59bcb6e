import type { Entity, Span } from '../types';
import {
  ACTOR_NOUNS,
  ACTOR_PRONOUNS,
  isAdverb,
  DETERMINERS,
  DOCUMENT_NOUNS,
  AUXILIARIES,
  HEDGE_WORDS,
  NEUTRAL_REPORTING,
  NON_ACTOR_PRONOUNS,
  NP_STOPS,
  PREPOSITIONS,
  WH_WORDS,
} from './lexicon';
import { isCapitalised, tokenize, type Token } from './tokens';

/** The subject found before a trigger, and whether it can commit to something. */
export interface ActorGuess {
  /** The actor as the text names it, when a subject was found. */
  readonly text?: string;
  readonly span?: Span;
  /** True for names, actor pronouns and actor noun phrases ("the two leaders"). */
  readonly agentive: boolean;
  /** True when the context rules the clause out (embedded question, subject inside a phrase, "this"). */
  readonly ruledOut: boolean;
  /** True when the subject is a document through a relative "that"/"which" ("a joint statement that promises …"). */
  readonly document?: boolean;
}

const DAY_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)$/;
const MONTH_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const DAY_NUMBER = /^\d{1,2}$/;

/** True when tokens `i - 2 … i` read "on June 12" or "on 12 June". */
function calendarDayBefore(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.lower ?? '';
  const b = tokens[i]?.lower ?? '';
  if (tokens[i - 2]?.lower !== 'on') return false;
  return (MONTH_WORD.test(a) && DAY_NUMBER.test(b)) || (DAY_NUMBER.test(a) && MONTH_WORD.test(b));
}
const NONE: ActorGuess = { agentive: false, ruledOut: false };
const RULED_OUT: ActorGuess = { agentive: false, ruledOut: true };

// RegExps used per token are compiled once here rather than at every call.
const CLAUSE_PUNCTUATION = /[,;:—–“”"]/;

/** True for words that may sit between a subject and its verb ("also", "have", "jointly"). */
function isFiller(token: Token): boolean {
  if (!token.isWord) return false;
  return isAdverb(token.text, token.lower) || AUXILIARIES.has(token.lower);
}

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued']);
// Participles of commitment verbs that continue a clause after a comma.
const PARTICIPLE_TRIGGER = /^(?:committing|pledging|vowing|promising|undertaking)\s/i;
// Subject pronouns after which a comma before the verb is a slip, not a parenthetical.
const STRAY_COMMA_SUBJECTS = new Set(['i', 'we', 'they']);

/** The index before a closing bracketed abbreviation ("(QIA)") that ends at `i`, or `i` itself. */
function beforeBracketedAbbreviation(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ')' || tokens[i - 2]?.text !== '(') return i;
  const inner = tokens[i - 1];
  return inner !== undefined && /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u.test(inner.text) ? i - 3 : i;
}

/** The entity whose span ends where `token` ends (a trailing abbreviation dot may belong to it). */
function entityEndingAt(entities: readonly Entity[], token: Token, text: string): Entity | undefined {
  // The search of the list reads span ends from a typed array: following each entity to its span for
  // every token looked up was a visible cost.
  const ends = entityEnds(entities);
  const dotAfter = text.charCodeAt(token.end) === 46;
  const minStart = token.start - 200;
  // The buffer may be longer than the list; only its first `entities.length` values belong to it.
  for (let k = 0; k < entities.length; k++) {
    const past = ends[k]! - token.end;
    if (past !== 0 && (past !== 1 || !dotAfter)) continue;
    const e = entities[k]!;
    if (e.span.start >= minStart) return e;
  }
  return undefined;
}

// The span ends of the last entity list asked about; every trigger of a paragraph looks up the same
// list several times. The lists are read-only; the length check only guards against a caller that
// appends to its list between calls. One buffer serves every list and only grows: a typed array per
// paragraph was a visible share of the recogniser's allocations.
let endsOf: readonly Entity[] | undefined;
let endsLength = 0;
let endsBuffer = new Int32Array(64);

/** The span end of each entity in `entities`, in list order, in the first `entities.length` slots of a shared buffer. */
function entityEnds(entities: readonly Entity[]): Int32Array {
  if (entities === endsOf && entities.length === endsLength) return endsBuffer;
  if (endsBuffer.length < entities.length) endsBuffer = new Int32Array(Math.max(entities.length, 2 * endsBuffer.length));
  for (let k = 0; k < entities.length; k++) endsBuffer[k] = entities[k]!.span.end;
  endsOf = entities;
  endsLength = entities.length;
  return endsBuffer;
}

/** Index of the last token that ends at or before `offset`. */
function lastIndexBefore(tokens: readonly Token[], offset: number): number {
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i]?.end ?? 0) > offset) i--;
  return i;
}

/** Extends an entity subject backwards over coordinated entities ("Japan and the Philippines"). */
// Words that open a fronted adjunct whose first comma ends it ("Amid …,", "In Tokyo,").
const FRONTED_OPENERS = new Set(['amid', 'amidst', 'despite', 'against', 'in', 'during', 'after', 'before', 'following', 'at', 'on', 'under']);

function coordinatedEntities(
  tokens: readonly Token[],
  entities: readonly Entity[],
  text: string,
  first: Entity,
): { start: number; index: number } {
  let start = first.span.start;
  let index = lastIndexBefore(tokens, start) + 1;
  for (;;) {
    let j = lastIndexBefore(tokens, start);
    if (tokens[j]?.lower === 'the') j--;
    const joiner = tokens[j];
    if (joiner === undefined || (joiner.lower !== 'and' && joiner.text !== ',')) break;
    // "Amid the war against Kiev, Ukraine and the EU agreed …": the first comma after a fronted adjunct ends it.
    if (joiner.text === ',' && FRONTED_OPENERS.has(tokens[0]?.lower ?? '') && tokens.findIndex((t) => t.text === ',') === j) break;
    let k = j - 1;
    if (tokens[k]?.text === ',') k--;
    const prev = tokens[k];
    const entity = prev === undefined ? undefined : entityEndingAt(entities, prev, text);
    if (entity === undefined || prev === undefined) break;
    start = entity.span.start;
    index = lastIndexBefore(tokens, start) + 1;
  }
  return { start, index };
}

/** Walks back from `last` over a subject noun phrase; returns the first index of the phrase. */
function nounPhraseStart(tokens: readonly Token[], last: number): number {
  let i = last;
  let count = 0;
  while (i > 0 && count < 8) {
    const prev = tokens[i - 1];
    if (prev === undefined || !prev.isWord || NP_STOPS.has(prev.lower)) break;
    if (prev.lower === 'and' || prev.lower === 'or') {
      // Coordination joins two actors ("The Ministers and Secretaries"), not a verb phrase and a subject.
      const left = tokens[i - 2];
      // "Australia and the Philippines": look through a determiner to the name it introduces.
      const right = tokens[i]?.lower === 'the' ? tokens[i + 1] : tokens[i];
      const joinable = (t: Token | undefined): boolean =>
        t !== undefined && t.isWord && (isCapitalised(t) || ACTOR_NOUNS.has(t.lower));
      if (!joinable(left) || !joinable(right)) break;
    }
    i--;
    count++;
  }
  return i;
}

// "That is why", "this is how", "which is where": the clause after the question word is asserted.
const CLEFT_SUBJECTS = new Set(['that', 'this', 'which', 'it', 'here']);
const CLEFT_CONTRACTIONS = /^(?:that|this|it|here)['’]s$/;
const CLEFT_WH = new Set(['why', 'how', 'where', 'when']);

/** True when the question word at `index` opens an asserted clause rather than an embedded question. */
function assertedAfterWh(tokens: readonly Token[], index: number): boolean {
  const wh = tokens[index]?.lower ?? '';
  const prev = tokens[index - 1];
  // ", when we will gather …" and ", where they will meet …" (or after a dash) are relative clauses about a time or place.
  if ((wh === 'when' || wh === 'where') && (prev?.text === ',' || prev?.text === '—' || prev?.text === '–')) return true;
  if (!CLEFT_WH.has(wh) || prev === undefined) return false;
  if (CLEFT_CONTRACTIONS.test(prev.lower)) return true;
  const subject = tokens[index - 2];
  return (prev.lower === 'is' || prev.lower === 'was') && subject !== undefined && CLEFT_SUBJECTS.has(subject.lower);
}

/** True when a question word sits just before the subject ("what policy change Trump will bring"). */
function embeddedQuestion(tokens: readonly Token[], subjectIndex: number): boolean {
  for (let i = subjectIndex - 1; i >= 0 && i >= subjectIndex - 5; i--) {
    const t = tokens[i];
    if (t === undefined || !t.isWord || t.lower === 'that') return false;
    // "… talks, during which they agreed …": a question word after a preposition opens a relative clause.
    if (WH_WORDS.has(t.lower)) return !PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && !assertedAfterWh(tokens, i);
  }
  return false;
}

/**
 * True when the clause that leads to the subject expresses a hope, expectation, worry or an appeal to
 * others ("he hopes Japan will …"): the last such word comes after the last neutral reporting verb.
 */
export function isHedged(tokens: readonly Token[], subjectIndex: number): boolean {
  let hedge = -1;
  let neutral = -1;
  for (let i = subjectIndex - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t === undefined) break;
    // Only the current clause counts: "Expressing hope for peace, the leaders agreed …" is not hedged.
    if (!t.isWord && CLAUSE_PUNCTUATION.test(t.text)) break;
    if (hedge < 0 && HEDGE_WORDS.has(t.lower)) hedge = i;
    if (neutral < 0 && NEUTRAL_REPORTING.has(t.lower)) neutral = i;
  }
  return hedge > neutral;
}

/**
 * Finds the subject of the trigger at `triggerStart` in the sentence starting at `sentenceStart`,
 * preferring recognised entity names and falling back to a noun phrase or a pronoun.
 */
export function findActor(
  text: string,
  sentenceStart: number,
  triggerStart: number,
  entities: readonly Entity[],
): ActorGuess {
  const tokens = tokenize(text, sentenceStart, triggerStart);
  let i = tokens.length - 1;
  // An opening quotation mark before the verb ("the G7 “will continue …”") is skipped like a filler.
  while (i >= 0 && tokens[i] !== undefined && (isFiller(tokens[i] as Token) || OPENING_QUOTES.has(tokens[i]!.text))) i--;
  // A time adjunct between the subject and its verb ("the two leaders on Tuesday agreed") is skipped.
  if (i >= 1 && DAY_WORDS.test(tokens[i]?.lower ?? '')) {
    i--;
    if (tokens[i]?.lower === 'on') i--;
    while (i >= 0 && tokens[i] !== undefined && isFiller(tokens[i] as Token)) i--;
  } else if (i >= 2 && calendarDayBefore(tokens, i)) {
    // "Korea and Kazakhstan on June 12 agreed …", "… on 12 June agreed …".
    i -= 3;
    while (i >= 0 && tokens[i] !== undefined && isFiller(tokens[i] as Token)) i--;
  }
  // "Both agreed to …": the skipped word was the subject itself.
  if (i < 0 && tokens.length > 0 && ACTOR_PRONOUNS.has(tokens[tokens.length - 1]?.lower ?? '')) i = tokens.length - 1;
  // "Hungary continues to be committed to …": "continue to" before the auxiliary is skipped too.
  if (tokens[i]?.lower === 'to' && CONTINUE_FORMS.has(tokens[i - 1]?.lower ?? '')) {
    i -= 2;
    while (i >= 0 && tokens[i] !== undefined && isFiller(tokens[i] as Token)) i--;
  }
  // "the Qatar Investment Authority (QIA) aimed to …": a bracketed abbreviation after the subject is skipped.
  i = beforeBracketedAbbreviation(tokens, i);
  const last = tokens[i];
  // "…, committing to handle …": a participle after a comma shares the clause's subject.
  if (last?.text === ',' && PARTICIPLE_TRIGGER.test(text.slice(triggerStart, triggerStart + 12))) return leadingSubject(text, tokens, entities);
  // "President Chakwera and I, have committed to …": a stray comma after a subject pronoun.
  if (last?.text === ',' && i >= 1 && STRAY_COMMA_SUBJECTS.has(tokens[i - 1]?.lower ?? '')) return findActor(text, sentenceStart, tokens[i - 1]!.end, entities);
  // "They will update …, will evaluate …": a modal after a comma continues the clause's first subject.
  if (last?.text === ',' && /^(?:will|would|shall)\b/i.test(text.slice(triggerStart, triggerStart + 6)) && tokens.some((t) => /^(?:will|would|shall)$/i.test(t.text))) {
    return leadingSubject(text, tokens, entities);
  }
  // "Uganda, it was agreed, would …", "Kenya, on its part, would …": the subject stands before the parenthetical.
  if (last?.text === ',') {
    const before = parentheticalStart(tokens, i);
    if (before !== undefined) return findActor(text, sentenceStart, before.end, entities);
  }
  if (last === undefined || !last.isWord) return NONE;
  // "The two leaders welcomed … and agreed to …": the coordinated verb shares the clause's first subject.
  if (last.lower === 'and' || last.lower === 'or') return leadingSubject(text, tokens, entities);

  const hedgedAt = (index: number): ActorGuess | undefined =>
    isHedged(tokens, index) || embeddedQuestion(tokens, index) ? RULED_OUT : undefined;

  const entity = entityEndingAt(entities, last, text);
  if (entity !== undefined) {
    const { start, index } = coordinatedEntities(tokens, entities, text, entity);
    let before = index - 1;
    if (tokens[before]?.lower === 'the') before--;
    const prep = tokens[before];
    if (prep !== undefined && PREPOSITIONS.has(prep.lower)) {
      const head = modifiedSubjectStart(tokens, before);
      if (head !== undefined) return subjectFrom(text, tokens, head, entity.span.end, hedgedAt);
      // "… will work with Australia and Japan will …": the last conjunct starts a new clause.
      // ("between Indonesia and Australia" and "the development of China and Ethiopia" are one phrase, never the start of a new clause.)
      if (prep.lower !== 'between' && prep.lower !== 'of' && start !== entity.span.start && tokens[lastIndexBefore(tokens, entity.span.start)]?.lower === 'and') {
        return hedgedAt(i) ?? { text: entity.text, span: entity.span, agentive: true, ruledOut: false };
      }
      // "the Minister for Foreign Affairs of Japan will …": the title is the subject; "a launch by North Korea" is not.
      if (prep.lower !== 'of' && prep.lower !== 'for') return RULED_OUT;
      return nounPhraseActor(text, tokens, i, hedgedAt);
    }
    return hedgedAt(index) ?? { text: text.slice(start, entity.span.end), span: { start, end: entity.span.end }, agentive: true, ruledOut: false };
  }

  if (ACTOR_PRONOUNS.has(last.lower)) return hedgedAt(i) ?? { text: last.text, span: { start: last.start, end: last.end }, agentive: true, ruledOut: false };
  if (last.lower === 'it') {
    // "Japan said it will …": a reported "it" stands for the subject of the reporting verb.
    let j = i - 1;
    if (tokens[j]?.lower === 'that') j--;
    const verb = tokens[j];
    if (verb !== undefined && NEUTRAL_REPORTING.has(verb.lower)) return findActor(text, sentenceStart, verb.start, entities);
  }
  if (last.lower === 'it') {
    // "It reaffirmed its commitment …": an explicit commitment verb may have a meeting or body as "it";
    // the guess is not agentive, so a bare "it will …" (a prediction) is still no commitment.
    return hedgedAt(i) ?? { text: last.text, span: { start: last.start, end: last.end }, agentive: false, ruledOut: false };
  }
  if ((last.lower === 'that' || last.lower === 'which') && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '')) {
    // "a joint statement that also promises to …": the document commits on behalf of its signatories.
    // Its noun phrase starts at the nearest determiner, so a verb before it ("adopted") stays out.
    const noun = tokens[i - 1] as Token;
    let first = i - 1;
    for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
      const t = tokens[k];
      if (t === undefined || !t.isWord) break;
      if (DETERMINERS.has(t.lower)) {
        first = k;
        break;
      }
    }
    const start = tokens[first]?.start ?? noun.start;
    return hedgedAt(first) ?? { text: text.slice(start, noun.end), span: { start, end: noun.end }, agentive: true, ruledOut: false, document: true };
  }
  // "The leaders, who reiterated their commitment …": a non-restrictive relative clause speaks for the noun before it.
  if (last.lower === 'who' && tokens[i - 1]?.text === ',' && i >= 2) {
    const head = tokens[i - 2] as Token;
    const named = entityEndingAt(entities, head, text);
    if (named !== undefined) return { text: named.text, span: named.span, agentive: true, ruledOut: false };
    if (head.isWord) return nounPhraseActor(text, tokens, i - 2, hedgedAt);
  }
  // "… talks with Chancellor Olaf Scholz who pledged to …": a named person right before "who" is its subject.
  if (last.lower === 'who' && i >= 1) {
    const named = entityEndingAt(entities, tokens[i - 1] as Token, text);
    if (named?.kind === 'person') return { text: named.text, span: named.span, agentive: true, ruledOut: false };
  }
  if (NON_ACTOR_PRONOUNS.has(last.lower)) return RULED_OUT;
  return nounPhraseActor(text, tokens, i, hedgedAt);
}

// Parentheticals set off by commas between a subject and its verb.
const PARENTHETICALS = new Set([
  'it was agreed', 'it was decided', 'it was announced', 'on its part', 'for its part', 'on their part', 'for their part',
  'in turn', 'in return', 'too', 'as well', 'however', 'meanwhile', 'in particular', 'accordingly', 'therefore', 'in addition',
  'he said', 'she said', 'they said', 'it said', 'officials said', 'he added', 'she added',
  'according to him', 'according to her', 'according to them', 'according to officials', 'according to the statement',
]);
// Companions set off by commas ("The United States and the EU, together with other donors, will …").
const COMPANION_OPENERS = new Set(['together', 'along', 'alongside', 'jointly']);

/** The word before a known parenthetical that ends with the comma at `comma` ("Uganda, it was agreed,"), if there is one. */
function parentheticalStart(tokens: readonly Token[], comma: number): Token | undefined {
  for (let k = comma - 1; k >= 1 && k >= comma - 8; k--) {
    if (tokens[k - 1]?.text !== ',') continue;
    const phrase = tokens.slice(k, comma).map((t) => t.lower).join(' ');
    const subject = tokens[k - 2];
    // "The police and security agencies, North and South, will …": a short apposition of names.
    const names = comma - k <= 4 && tokens.slice(k, comma).every((t) => t.isWord && (isCapitalised(t) || t.lower === 'and'));
    const known = names || PARENTHETICALS.has(phrase) || COMPANION_OPENERS.has(tokens[k]?.lower ?? '');
    return known && subject?.isWord === true ? subject : undefined;
  }
  return undefined;
}

// Prepositions that attach a place or group to an actor noun inside a subject ("ministers from …").
const SUBJECT_MODIFIER_PREPOSITIONS = new Set(['from', 'of', 'for', 'in', 'at', 'across', 'around']);

/**
 * Where the subject starts when the preposition at `prepIndex` modifies an actor noun before it
 * ("Top diplomats from the Group of Seven …", "Foreign ministers from Indonesia, Malaysia and …");
 * undefined when it does not, or when that noun is itself the object of a preposition ("with the
 * ministers from Japan").
 */
function modifiedSubjectStart(tokens: readonly Token[], prepIndex: number): number | undefined {
  const prep = tokens[prepIndex];
  const noun = tokens[prepIndex - 1];
  if (prep === undefined || noun === undefined || !SUBJECT_MODIFIER_PREPOSITIONS.has(prep.lower)) return undefined;
  if (!noun.isWord || !ACTOR_NOUNS.has(noun.lower)) return undefined;
  const start = nounPhraseStart(tokens, prepIndex - 1);
  const before = tokens[start - 1];
  if (before !== undefined && before.isWord && PREPOSITIONS.has(before.lower)) return undefined;
  return start;
}

/** The subject from token `first` to offset `end`, agentive because its head is an actor noun. */
function subjectFrom(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  hedgedAt: (index: number) => ActorGuess | undefined,
): ActorGuess {
  const start = tokens[first]?.start ?? end;
  return hedgedAt(first) ?? { text: text.slice(start, end), span: { start, end }, agentive: true, ruledOut: false };
}

/** The noun phrase ending at token `last` as an actor, agentive when its head is a name or an actor noun. */
function nounPhraseActor(
  text: string,
  tokens: readonly Token[],
  last: number,
  hedgedAt: (index: number) => ActorGuess | undefined,
): ActorGuess {
  let first = nounPhraseStart(tokens, last);
  const stop = tokens[first - 1];
  const modified = modifiedSubjectStart(tokens, first - 1);
  const end = tokens[last]?.end;
  if (modified !== undefined && end !== undefined) return subjectFrom(text, tokens, modified, end, hedgedAt);
  if (stop !== undefined && stop.isWord && PREPOSITIONS.has(stop.lower)) {
    // "… with Australia and Japan will …": only the last conjunct can be the new subject.
    const and = tokens.slice(first, last + 1).map((t) => t.lower).lastIndexOf('and');
    if (and < 0) return RULED_OUT;
    first += and + 1;
  }
  const phrase = tokens.slice(first, last + 1);
  // The head is the noun before its first modifier: "the leaders of …", "cooperation between the two countries".
  const ofAt = phrase.findIndex((t, k) => k > 0 && (t.lower === 'of' || t.lower === 'for' || t.lower === 'between' || t.lower === 'among'));
  const head = ofAt > 0 ? phrase[ofAt - 1] : phrase[phrase.length - 1];
  const firstToken = phrase[0];
  const lastToken = phrase[phrase.length - 1];
  if (head === undefined || firstToken === undefined || lastToken === undefined) return NONE;
  // "This CSEP will drive …": a demonstrative before a name that is no actor noun points back at a
  // document or programme just mentioned, whose "will" is an effect.
  const demonstrative = firstToken.lower === 'this' || firstToken.lower === 'these';
  const agentive = ACTOR_NOUNS.has(head.lower) || (!demonstrative && isCapitalised(head) && !NON_ACTOR_PRONOUNS.has(head.lower));
  return (
    hedgedAt(first) ?? {
      text: text.slice(firstToken.start, lastToken.end),
      span: { start: firstToken.start, end: lastToken.end },
      agentive,
      ruledOut: false,
    }
  );
}

// Sentence openers that introduce an adverbial phrase before the subject ("In the economic field, …").
const INTRODUCERS = new Set([
  'in', 'during', 'on', 'at', 'after', 'before', 'furthermore', 'moreover', 'also', 'meanwhile', 'however',
  'additionally', 'separately', 'earlier', 'later', 'following', 'under', 'through', 'with', 'regarding', 'as',
  'for', 'from', 'since', 'when', 'while', 'noting', 'recognizing', 'recognising', 'highlighting', 'welcoming',
]);
const NP_WORDS = new Set(['two', 'three', 'four', 'both', 'all', 'and', 'of', 'for', 'foreign', 'prime', 'defense', 'defence']);

/** The subject at the start of the clause, for a verb coordinated with an earlier one. */
function leadingSubject(text: string, tokens: readonly Token[], entities: readonly Entity[]): ActorGuess {
  let s = 0;
  if (INTRODUCERS.has(tokens[0]?.lower ?? '')) {
    s = tokens.findIndex((t) => t.text === ',') + 1;
    if (s === 0) return NONE;
  }
  // Item numbers ("6.The two countries …") and punctuation before the subject are skipped.
  while (s < tokens.length && (!(tokens[s]?.isWord ?? false) || /^\d/.test(tokens[s]?.text ?? ''))) s++;
  let end = s;
  while (end < tokens.length) {
    const t = tokens[end];
    if (t === undefined || !t.isWord) break;
    if (!isCapitalised(t) && !isSubjectWord(t.lower)) break;
    end++;
  }
  const phrase = tokens.slice(s, end);
  const firstToken = phrase[0];
  const lastToken = phrase[phrase.length - 1];
  if (firstToken === undefined || lastToken === undefined) return NONE;
  if (isHedged(tokens, s)) return RULED_OUT;
  const span = { start: firstToken.start, end: lastToken.end };
  // Entity names inside the phrase decide agency when they are known; otherwise its head does.
  const named = entities.some((e) => e.span.start >= span.start && e.span.end <= span.end);
  // "The initiatives will build on … and will contribute to …": a capitalised determiner is no name; the
  // lower-case noun after it is the head, and only an actor noun there makes the subject one who can commit
  // (the guidelines exclude effects, such as what initiatives "will contribute to").
  const head = DETERMINERS.has(lastToken.lower) ? tokens[end] : lastToken;
  if (head === undefined) return NONE;
  const agentive = named || ACTOR_NOUNS.has(head.lower) || (head === lastToken && isCapitalised(head) && !NON_ACTOR_PRONOUNS.has(head.lower));
  return { text: text.slice(span.start, span.end), span, agentive, ruledOut: false };
}

/** True for words that may continue a subject noun phrase in lower case. */
function isSubjectWord(lower: string): boolean {
  return lower === 'the' || NP_WORDS.has(lower) || ACTOR_NOUNS.has(lower);
}
