import { findActor, type ActorGuess } from '../commitments/actor';
import { objectEnd, openQuotes, trimEnd } from '../commitments/clause';
import { findDeadline } from '../commitments/deadline';
import { AUXILIARIES, isAdverb, NON_ACTOR_PRONOUNS } from '../commitments/lexicon';
import { fieldsEnd } from '../commitments/fields';
import { listObjectEnd } from '../commitments/listObject';
import { SentenceCursor } from '../commitments/sentences';
import { tokenize, type Token } from '../commitments/tokens';
import { classifyTrigger, findTriggers, type Trigger, type TriggerKind } from '../commitments/triggers';
import type { Commitment, Entity, Span } from '../types';
import { shared } from '../sharedStrings';

/** What the other recognisers already found in the paragraph, used for actors and deadlines. */
export interface CommitmentContext {
  /** Dates already recognised in this paragraph (spans relative to the paragraph), with ISO `value`. */
  readonly dates: readonly Entity[];
  /** People, organisations and places recognised in this paragraph (spans relative to the paragraph). */
  readonly entities: readonly Entity[];
}

/** A commitment before its text, deadline and reason are filled in; `end` may still shrink. */
interface Draft {
  readonly trigger: Trigger;
  readonly actor: ActorGuess;
  readonly sentence: Span;
  readonly start: number;
  end: number;
}

// Auxiliaries that belong to the commitment verb phrase ("have agreed to", "are committed to").
const PHRASE_AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'is', 'am', 'were', 'was', 'remain', 'remains', 'remained']);
// Before a verb that is no adjective, "be" makes a passive ("it was agreed to establish …"), which the span leaves out.
const BE_FORMS = new Set(['are', 'is', 'am', 'were', 'was']);
const ACTIVE_ONLY_TRIGGER = /^(?:agree|decid|concur|confirm|pledg|promis|vow|undert|intend|aim|plan)/i;
// An opening preambular clause ("Bearing in mind that Japan will serve …, the Ministers …") states a
// circumstance; a modal inside it, before the clause's closing comma, is no commitment.
const PREAMBULAR_OPENING = /^\s*(?:bearing\s+in\s+mind|noting|recogni[sz]ing|recalling|given|considering|welcoming|acknowledging|taking\s+into\s+account|mindful)\b[^,;]*$/i;
const MODAL_AFTER_ADJUNCT = /,\s+(?:[\p{L}’'-]+\s+){0,8}?(?:will|would|shall|should)\b/iuy;
const FIRST_TIME_REMARK = /\b(?:first|second|third|last|only)\s+time\b[^.;]*\bthat\b/i;
// "Another area in which the two countries will step up cooperation is wildfire suppression": a trigger
// in a relative clause after a preposition; the sentence's own verb ends that clause and the object.
const PREPOSITION_WHICH_BEFORE = /\b(?:in|on|to|with|for|by|through|under|of|within)\s+which\s+[^,;:()]*$/i;
const MAIN_CLAUSE_COPULA = /\s(?:is|are|was|were)\s/;
// "Committed to …" and "determined to …" commit whoever they describe, even without a subject that names
// an actor ("Committed to enhance border defence cooperation, the two sides will …", "a network of four
// democracies committed to supporting …"): nine such clauses of the development set are gold, one is not.
const SELF_EVIDENT_COMMITMENT = /\b(?:(?:re-?)?committ?(?:ed|ing)?|determined|intends?)\s+to$/i;
// A later commitment with its own subject splits an earlier span only when a conjunction joins the two clauses.
const CLAUSE_JOINERS = new Set(['and', ',', 'but', ';', 'while', 'whereas']);
// "must" and "may" count too: "agreed that Brazil must present a proposal …" and "it has been agreed that
// Dutch helicopters may be deployed …" commit the parties (five such clauses in the development set against
// two norms about others, "agreed that North Korea must abandon …").
const MODAL_IN_THAT_CLAUSE = /\b(?:should|would|will|shall|must|may)\b/i;

// Word tests of `phraseStart`, compiled once rather than made anew at every evaluation of a literal.
const CONTINUE_FORM = /^continu(?:e|es|ed)$/;
const FUTURE_MODAL = /^(?:will|would|shall)$/;
const REMAIN_AHEAD = /^remain\b/i;

/** Where the span starts: the trigger, or an auxiliary just before it that belongs to the verb phrase. */
function phraseStart(text: string, sentence: Span, trigger: Trigger): number {
  if (trigger.kind === 'modal') return trigger.start;
  const tokens = tokenize(text, Math.max(sentence.start, trigger.start - 60), trigger.start);
  let start = trigger.start;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t === undefined) break;
    // "are “determined to …", "remained ‘committed to …": the guidelines' trigger is the whole phrase ("be
    // determined to", "remain committed to"), so a quotation opened between its verb and the rest stays inside.
    if (!t.isWord && !(i === tokens.length - 1 && OPENING_QUOTES.has(t.text) && isBeOrRemain(tokens[i - 1]))) break;
    if (!t.isWord) continue;
    // "The two ministers are (also) agreed on …" is a state of the subject, and "are" opens the phrase; the
    // impersonal passive "it was agreed to …" keeps its "was" out.
    if (BE_FORMS.has(t.lower) && ACTIVE_ONLY_TRIGGER.test(trigger.text) && !(/^agreed\b/i.test(trigger.text) && isPersonalSubject(tokens[i - 1]))) break;
    // "continues to be committed to …": the phrase opens at "continues".
    if (t.lower === 'be' && tokens[i - 1]?.lower === 'to' && CONTINUE_FORM.test(tokens[i - 2]?.lower ?? '')) {
      start = tokens[i - 2]!.start;
      break;
    }
    // "will also remain fully committed to …": the modal of "remain" opens the phrase.
    if (PHRASE_AUXILIARIES.has(t.lower) || (FUTURE_MODAL.test(t.lower) && REMAIN_AHEAD.test(text.slice(start, start + 7)))) start = t.start;
    else if (!isAdverb(t.text, t.lower) || AUXILIARIES.has(t.lower)) break;
  }
  return start;
}

const OPENING_QUOTES = new Set(['“', '‘', '"']);
const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had']);

/** True for a be-form or "remain", which opens the verb phrase of a trigger such as "determined to" or "committed to". */
function isBeOrRemain(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && PHRASE_AUXILIARIES.has(token.lower) && !PERFECT_AUXILIARIES.has(token.lower);
}

/** True when `token` can be the subject of a stative "are agreed" (a noun or pronoun, not "it" or "what"). */
function isPersonalSubject(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !NON_ACTOR_PRONOUNS.has(token.lower);
}

/** True for "agreed that …" and "pledged that …", which commit through the modal of their clause. */
function isThatClause(trigger: Trigger): boolean {
  return trigger.kind === 'agreeThat' || trigger.kind === 'pledgeThat';
}

const MUST_AFTER = /\s+must\b/y;
// What may stand between "agreed" and the that-clause's subject; it always matches, if only emptily.
const SUBJECT_OPENING = /[ \u00a0]*(?:that[ \u00a0]+)?(?:the[ \u00a0]+)?/y;

/**
 * True for "they agreed that North Korea must abandon …": a country named as the that-clause's subject
 * with "must", while the agreeing parties are someone else, is a norm about a third party. An impersonal
 * "it was agreed that Brazil must present …" leaves the parties unnamed and stays a commitment.
 */
function obligesNamedCountry(text: string, trigger: Trigger, actor: ActorGuess, entities: readonly Entity[]): boolean {
  if (actor.text === undefined || actor.text.toLowerCase() === 'it') return false;
  SUBJECT_OPENING.lastIndex = trigger.end;
  const from = trigger.end + (SUBJECT_OPENING.exec(text)?.[0].length ?? 0);
  const subject = entities.find((e) => e.kind === 'place' && e.span.start === from);
  if (subject === undefined || actor.text.includes(subject.text)) return false;
  MUST_AFTER.lastIndex = subject.span.end;
  return MUST_AFTER.test(text);
}

/** True when "agreed that …" goes on to a modal, i.e. agrees on what someone should do. */
function thatClauseHasModal(text: string, trigger: Trigger, end: number): boolean {
  // Only the first sixteen whitespace-separated fields count. The modal test reads word boundaries
  // alone, which a run of whitespace and one space give alike, so the fields are cut out of the text
  // by their offsets instead of being split and joined.
  return MODAL_IN_THAT_CLAUSE.test(text.slice(trigger.end, fieldsEnd(text, trigger.end, end, 16)));
}

/**
 * A draft whose object end is not yet known (`end` holds the trigger's end until then): the object is
 * looked for only once the draft is known to be kept, and the same object then becomes the draft.
 */
type Candidate = Draft;

/** How far before a trigger its subject is looked for; real sentences put it well within this. */
const MAX_LOOKBACK = 1200;

/** Where the look back from a trigger starts: the sentence's start, or the first word start within `MAX_LOOKBACK`. */
function lookbackStart(text: string, sentenceStart: number, triggerStart: number): number {
  if (triggerStart - sentenceStart <= MAX_LOOKBACK) return sentenceStart;
  let at = triggerStart - MAX_LOOKBACK;
  while (at < triggerStart && !/\s/.test(text.charAt(at))) at++;
  return at;
}

/** Checks one trigger hit up to its actor, or returns undefined when the context rules it out. */
function candidateFor(
  text: string,
  sentences: SentenceCursor,
  hit: { index: number; match: string; group: number },
  ctx: CommitmentContext,
): Candidate | undefined {
  const sentence = sentences.sentenceAt(hit.index);
  if (sentence === undefined) return undefined;
  const trigger = classifyTrigger(text, hit, sentence);
  if (trigger === undefined) return undefined;
  // The subject and the opening are looked for within a window before the trigger: reading each
  // trigger's sentence from its start made a sentence with thousands of triggers quadratic.
  const from = lookbackStart(text, sentence.start, trigger.start);
  if (trigger.kind === 'modal') {
    const opening = text.slice(from, trigger.start);
    if (from === sentence.start && PREAMBULAR_OPENING.test(opening)) return undefined;
    // "It is the first time in 17 years that the leaders will release …": the writer's remark on an event.
    if (FIRST_TIME_REMARK.test(opening)) return undefined;
  }
  const actor = findActor(text, from, trigger.start, ctx.entities);
  if (actor.ruledOut) return undefined;
  if (trigger.needsActor && !actor.agentive && !SELF_EVIDENT_COMMITMENT.test(trigger.text)) return undefined;
  // A document speaks for its signatories only through an explicit commitment verb; "an agreement that
  // will allow …" describes an effect of the document.
  if (actor.document === true && (trigger.kind === 'modal' || trigger.needsActor)) return undefined;
  if (isThatClause(trigger) && obligesNamedCountry(text, trigger, actor, ctx.entities)) return undefined;
  return { trigger, actor, sentence, start: phraseStart(text, sentence, trigger), end: trigger.end };
}

/** Where the object of a candidate ends, or undefined when it has none or a that-clause has no modal. */
function objectEndFor(text: string, candidate: Candidate): number | undefined {
  const { trigger, sentence } = candidate;
  const from = trigger.objectFrom ?? trigger.end;
  let end = trimEnd(text, trigger.end, trigger.listEnd ?? objectWithList(text, from, objectEnd(text, from, sentence.end, openQuotes(text, candidate.start, from)), sentence.end), candidate.start);
  end = relativeClauseEnd(text, sentence.start, trigger, end);
  end = openingClauseEnd(text, candidate, end);
  // "have decided that under the partnership, we will develop …": a fronted adjunct and its comma come
  // before the that-clause's subject and modal, which the object then runs from.
  if (isThatClause(trigger) && !thatClauseHasModal(text, trigger, end)) {
    MODAL_AFTER_ADJUNCT.lastIndex = end;
    const modal = MODAL_AFTER_ADJUNCT.exec(text);
    if (modal !== null && modal.index + modal[0].length <= sentence.end) end = trimEnd(text, trigger.end, objectEnd(text, modal.index + modal[0].length, sentence.end));
  }
  if (end <= trigger.end) return undefined;
  // "agreed that" and "pledged that" commit only when the clause goes on to what someone will do.
  if (isThatClause(trigger) && !thatClauseHasModal(text, trigger, end)) return undefined;
  return end;
}

/**
 * `end`, or the end of the list that follows when the object stops at a colon that hands it over to list
 * items ("agreed that discussions should take into consideration:\n\na. energy security …", "to continue
 * cooperation, including to:\n- Further elevate …"): the items are the verb's coordinated objects, which
 * the guidelines keep in its span.
 */
function objectWithList(text: string, from: number, end: number, sentenceEnd: number): number {
  // The colon is at the end, a few spaces after it, or — "in the following areas:" and "as follows:" let
  // the object run on through the colon to the line's end — just before it; the list starts at the colon.
  // Nearly every object ends elsewhere, so the character tests come first.
  let colon = -1;
  if (text.charCodeAt(end) === 58 /* : */ || COLON_AHEAD.test(text.slice(end, end + 3))) colon = end;
  else {
    let i = end - 1;
    while (i > from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
    if (i >= from && text.charCodeAt(i) === 58) colon = i;
  }
  // "Have agreed that:\n1. We will …": with nothing before the colon the items are clauses of their own.
  if (colon < 0 || !WORD_CHARACTER.test(text.slice(from, colon))) return end;
  return listObjectEnd(text, colon, sentenceEnd) ?? end;
}

const COLON_AHEAD = /^[ \t]+:/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

// The main clause after an opening participle clause: a comma, a named or pronoun subject and its past-tense verb.
const MAIN_CLAUSE_AFTER_OPENING = /,\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}|(?:he|she|they|we|I)\s+)\p{Ll}{3,}ed\b/u;
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ing|ed)\b/u;

/**
 * "Promising to support an inclusive initiative in Kenya, May congratulated …": a trigger that opens the
 * sentence as a participle clause ends at the comma before the main clause, whose subject the guidelines
 * keep outside the span (and whose verb is no object of the participle).
 */
function openingClauseEnd(text: string, candidate: Candidate, end: number): number {
  const { trigger, sentence } = candidate;
  if (!OPENING_PARTICIPLE.test(trigger.text) || text.slice(sentence.start, candidate.start).trim().replace(/^["“‘]/, '') !== '') return end;
  const main = MAIN_CLAUSE_AFTER_OPENING.exec(text.slice(trigger.end, end));
  return main === null ? end : trimEnd(text, trigger.end, trigger.end + main.index);
}

/** The end of an object inside a relative clause opened by "in which" and the like: before the main clause's copula, if one follows. */
function relativeClauseEnd(text: string, sentenceStart: number, trigger: Trigger, end: number): number {
  if (!PREPOSITION_WHICH_BEFORE.test(text.slice(Math.max(sentenceStart, trigger.start - 120), trigger.start))) return end;
  const copula = MAIN_CLAUSE_COPULA.exec(text.slice(trigger.end, end));
  return copula === null ? end : trimEnd(text, trigger.end, trigger.end + copula.index);
}

/** The kept draft whose span holds `start`, if any. */
function draftHolding(kept: readonly Draft[], start: number): Draft | undefined {
  for (const k of kept) if (k.start <= start && start < k.end) return k;
  return undefined;
}

/**
 * The joiner token before a candidate inside `outer` when the candidate splits it: one with its own
 * subject after a conjunction ("… and Vietnam will …"); undefined when it is part of the outer object.
 */
function splittingJoiner(text: string, outer: Draft, c: Candidate): Token | undefined {
  // "agreed that …, Indonesia and Papua New Guinea will prioritize …": the that-clause's own modal is
  // what was agreed, so it stays inside the agreement's span.
  if (isThatClause(outer.trigger) && c.trigger.kind === 'modal' && !MODAL_IN_THAT_CLAUSE.test(text.slice(outer.trigger.end, c.trigger.start))) return undefined;
  const actorStart = c.actor.span?.start;
  if (actorStart === undefined || actorStart <= outer.trigger.end) return undefined;
  const before = tokenize(text, Math.max(outer.trigger.end, actorStart - 12), actorStart);
  const joiner = before[before.length - 1];
  if (joiner === undefined || !CLAUSE_JOINERS.has(joiner.lower)) return undefined;
  return joiner;
}

/**
 * Adds the candidate to the drafts kept so far, in offset order. A trigger inside an earlier span that
 * has its own subject after a conjunction ends the earlier span there; any other is part of the earlier
 * object. The object end, the costliest step, is only looked for when the candidate is kept: whether a
 * candidate nests depends on its start and actor alone, and a dropped candidate changes nothing.
 */
function keepCandidate(text: string, kept: Draft[], c: Candidate): void {
  const outer = draftHolding(kept, c.start);
  const joiner = outer === undefined ? undefined : splittingJoiner(text, outer, c);
  if (outer !== undefined && joiner === undefined) return;
  const end = objectEndFor(text, c);
  if (end === undefined) return;
  if (outer !== undefined && joiner !== undefined) outer.end = trimEnd(text, outer.trigger.end, joiner.start);
  c.end = end;
  kept.push(c);
}

/** The explanation shown in hovers. */
function reasonFor(trigger: Trigger, actor: string | undefined, deadline: { text: string; value: string } | undefined): string {
  const what =
    trigger.kind === 'modal'
      ? `"${trigger.text}" with the actor's own future action`
      : trigger.kind === 'commitmentNoun'
        ? `"${trigger.text}" restates a commitment`
        : trigger.kind === 'agreeThat'
          ? `"${trigger.text}" with what the parties should do`
          : trigger.kind === 'pledgeThat'
            ? `"${trigger.text}" with what will be done`
            : trigger.kind === 'pledgeObject'
              ? `"${trigger.text}" with what is pledged`
              : trigger.kind === 'agreeOn'
                ? `"${trigger.text}" with a joint course of action`
                : `"${trigger.text}" with a future action`;
  const who = actor === undefined ? '' : `; actor "${actor}"`;
  const due = deadline === undefined ? '' : `; deadline "${deadline.text}" (${deadline.value})`;
  return what + who + due;
}

/** The drafts the hand rules keep in one paragraph, in offset order, each with the end the rules chose. */
function findDrafts(paragraph: string, ctx: CommitmentContext): Draft[] {
  let sentences: SentenceCursor | undefined;
  const drafts: Draft[] = [];
  for (const hit of findTriggers(paragraph)) {
    // Sentences are split only for paragraphs that contain a trigger at all, and only as far as the
    // last trigger: hits come in order of their offsets, which the cursor relies on.
    sentences ??= new SentenceCursor(paragraph);
    const candidate = candidateFor(paragraph, sentences, hit, ctx);
    if (candidate !== undefined) keepCandidate(paragraph, drafts, candidate);
  }
  return drafts;
}

/** One commitment as the rules left it, with how far its object may reach (paragraph offsets; see test/eval/commitmentFolds.ts). */
export interface BoundaryInput {
  readonly start: number;
  /** The end the hand rules chose. */
  readonly ruleEnd: number;
  /** Where the trigger phrase ends and the object starts; no end is chosen at or before it. */
  readonly triggerEnd: number;
  readonly kind: TriggerKind;
  /** The furthest end: the sentence end, or the start of the next commitment in the same sentence. */
  readonly limit: number;
}

/** What the boundary chooser needs to know about draft `i`: the rules' span, its trigger and how far its object may reach. */
function boundaryInput(drafts: readonly Draft[], i: number): BoundaryInput {
  const d = drafts[i]!;
  const next = drafts[i + 1];
  // An object never runs into the next kept commitment of its sentence: the rules ended it there on purpose.
  const limit = next !== undefined && next.start < d.sentence.end ? Math.max(d.end, next.start) : d.sentence.end;
  return { start: d.start, ruleEnd: d.end, triggerEnd: d.trigger.end, kind: d.trigger.kind, limit };
}

/**
 * The commitments the hand rules find in one paragraph, as a boundary chooser would see them (spans
 * relative to the paragraph); test/eval/commitmentFolds.ts trains and judges learned end choosers on
 * these. The recogniser itself keeps the rules' ends: no learned chooser has beaten them in cross-validation.
 */
export function commitmentBoundaryInputs(paragraph: string, ctx: CommitmentContext): BoundaryInput[] {
  const drafts = findDrafts(paragraph, ctx);
  return drafts.map((_, i) => boundaryInput(drafts, i));
}

/** Finds commitment clauses in one paragraph; spans are relative to the paragraph start. */
export function recognizeCommitments(paragraph: string, ctx: CommitmentContext): Commitment[] {
  const drafts = findDrafts(paragraph, ctx);
  return drafts.map((d): Commitment => {
    const span = { start: d.start, end: d.end };
    // Only the object can state a deadline: a date inside the trigger phrase ("decided on Wednesday to")
    // says when the decision was taken.
    const deadline = findDeadline(paragraph, { start: d.trigger.end, end: d.end }, ctx.dates);
    const actor = d.actor.text;
    // Optional fields are added one by one rather than spread from temporary objects, which was a visible
    // cost; the key order (which serialised results show) stays that of the Commitment type.
    const commitment: Partial<Mutable<Commitment>> = { kind: 'commitment', span, text: paragraph.slice(span.start, span.end), trigger: shared(d.trigger.text) };
    if (actor !== undefined) commitment.actor = actor;
    if (deadline !== undefined) {
      commitment.deadline = deadline.value;
      commitment.deadlineSpan = deadline.span;
    }
    commitment.source = 'pattern';
    commitment.reason = shared(reasonFor(d.trigger, actor, deadline));
    // Every required field is set above.
    return commitment as Commitment;
  });
}

/** `T` with its readonly fields writable. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
