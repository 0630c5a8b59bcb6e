import type { Entity, Span } from '../types';

/** A deadline found inside a commitment clause. */
export interface Deadline {
  readonly value: string;
  readonly span: Span;
  readonly text: string;
}

// Date spans keep these prepositions because they carry the deadline meaning (see the guidelines).
const DEADLINE_PREPOSITION = /^(?:by|until|till|before|within|no later than)\b/i;
// Otherwise a date states when the action happens only after a temporal preposition or as a bare adverb.
const TIME_PREPOSITION_BEFORE = /\b(?:in|on|at|during|around|from|starting|beginning|through|throughout)\s+$/i;
const BARE_TIME = /^(?:today|tomorrow|tonight|this|next|later|early|mid|late)\b/i;
// "…, in line with the Joint Statement issued in 2023": the date belongs to a document or event the
// object mentions, not to the committed action.
const DATED_REFERENCE_BEFORE = /\b(?:issued|signed|adopted|concluded|launched|established|reached|announced|made|released|published|endorsed|agreed|held)\s+(?:in|on|at)\s+$/i;

/**
 * The deadline stated inside the clause `span`: a date introduced by a deadline preposition wins,
 * else the last dated time of the action ("in 2022", "today"); vague references and dates inside
 * names ("the 2011 Declaration") are not deadlines.
 */
export function findDeadline(text: string, span: Span, dates: readonly Entity[]): Deadline | undefined {
  let best: Entity | undefined;
  let fallback: Entity | undefined;
  for (const d of dates) {
    if (d.span.start < span.start || d.span.end > span.end || d.value === undefined) continue;
    if (d.value === 'past_ref' || d.value === 'future_ref') continue;
    if (DEADLINE_PREPOSITION.test(d.text)) {
      best ??= d;
      continue;
    }
    const lead = text.slice(Math.max(span.start, d.span.start - 16), d.span.start);
    if (DATED_REFERENCE_BEFORE.test(lead)) continue;
    if (TIME_PREPOSITION_BEFORE.test(lead) || BARE_TIME.test(d.text)) fallback = d;
  }
  const chosen = best ?? fallback;
  if (chosen?.value === undefined) return undefined;
  return { value: chosen.value, span: chosen.span, text: chosen.text };
}
