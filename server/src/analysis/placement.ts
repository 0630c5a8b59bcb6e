/**
 * Copies of paragraph results moved to file offsets. Every entity of a document is copied once per
 * analysis, so the copy is written field by field for the shapes the recognisers produce: a spread
 * (`{ ...e, span }`) over the many entity shapes is handled by V8's generic, megamorphic object clone,
 * which took about three times as long and was the largest self time of the document-level steps.
 */
import type { Commitment, Entity, Span } from './types';

/** A copy of an entity or commitment with its spans replaced, for objects with exactly the keys `keys`, in that order. */
interface ShapeCopier<T, Extra = undefined> {
  readonly keys: readonly string[];
  readonly copy: (from: T, span: Span, extra: Extra) => T;
}

// The copy must list its keys in the same order as the original, because the order shows wherever the
// results are serialised; each copier is used only for objects whose keys are exactly its `keys`, and any
// other shape is copied by a spread, which keeps the order by itself.
const PLAIN: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason }),
};
const CANONICAL: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason', 'canonical'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason, canonical: e.canonical }),
};
const DATE: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason', 'value', 'precision', 'relative'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason, value: e.value, precision: e.precision, relative: e.relative }),
};
const ROLE: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason', 'role'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason, role: e.role }),
};
const OFFICIAL: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason', 'officialId'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason, officialId: e.officialId }),
};
const OFFICIAL_ROLE: ShapeCopier<Entity> = {
  keys: ['kind', 'span', 'text', 'source', 'reason', 'officialId', 'role'],
  copy: (e, span) => ({ kind: e.kind, span, text: e.text, source: e.source, reason: e.reason, officialId: e.officialId, role: e.role }),
};

// Commitments are copied with their deadline span moved as well (undefined when they have none).
const COMMITMENT: ShapeCopier<Commitment, Span | undefined> = {
  keys: ['kind', 'span', 'text', 'trigger', 'actor', 'source', 'reason'],
  copy: (c, span) => ({ kind: c.kind, span, text: c.text, trigger: c.trigger, actor: c.actor, source: c.source, reason: c.reason }),
};
const DEADLINE_COMMITMENT: ShapeCopier<Commitment, Span | undefined> = {
  keys: ['kind', 'span', 'text', 'trigger', 'actor', 'deadline', 'deadlineSpan', 'source', 'reason'],
  copy: (c, span, deadlineSpan) => ({ kind: c.kind, span, text: c.text, trigger: c.trigger, actor: c.actor, deadline: c.deadline, deadlineSpan, source: c.source, reason: c.reason }),
};

/** The copier whose shape an entity most likely has, guessed from the optional fields it sets; `hasKeys` confirms it. */
function likelyEntityShape(e: Entity): ShapeCopier<Entity> {
  if (e.canonical !== undefined) return CANONICAL;
  if (e.value !== undefined) return DATE;
  if (e.officialId !== undefined) return e.role !== undefined ? OFFICIAL_ROLE : OFFICIAL;
  return e.role !== undefined ? ROLE : PLAIN;
}

/**
 * True when the enumerable keys of `value` are exactly `keys`, in order. A `for…in` walk reads V8's
 * cached key list in place, where `Object.keys` made a fresh array for every entity. An inherited
 * enumerable key, which a spread would not copy, only makes the test fail, and the spread is used.
 */
export function hasKeys(value: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) {
    if (key !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}

/** The entity moved by `offset`; a copy, because paragraph results are shared between versions. */
export function shiftEntity(e: Entity, offset: number): Entity {
  const span = { start: e.span.start + offset, end: e.span.end + offset };
  const shape = likelyEntityShape(e);
  return hasKeys(e, shape.keys) ? shape.copy(e, span, undefined) : { ...e, span };
}

/** The commitment moved by `offset`, with its deadline span. */
export function shiftCommitment(c: Commitment, offset: number): Commitment {
  const span = { start: c.span.start + offset, end: c.span.end + offset };
  const deadlineSpan = c.deadlineSpan ? { start: c.deadlineSpan.start + offset, end: c.deadlineSpan.end + offset } : undefined;
  const shape = deadlineSpan ? DEADLINE_COMMITMENT : COMMITMENT;
  if (hasKeys(c, shape.keys)) return shape.copy(c, span, deadlineSpan);
  // Both spans are written over keys the spread has already copied, so the key order stays the original's.
  return deadlineSpan ? { ...c, span, deadlineSpan } : { ...c, span };
}
