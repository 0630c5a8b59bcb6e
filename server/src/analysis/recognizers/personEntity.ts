/**
 * Builds the person entities of the people recogniser. Each shape is written out as one object
 * literal, so that V8 creates it in one step with a fixed layout: the spread of a conditional
 * `{ role }` it replaces allocated a temporary object and copied it in through a runtime call, once
 * for each of the thousands of people in a large document.
 */
import type { Entity, Span } from '../types';

/** A person found by a name pattern, with `role` only when it is a non-empty string, after `reason`. */
export function patternPerson(span: Span, text: string, reason: string, role: string | undefined): Entity {
  return role ? { kind: 'person', span, text, source: 'pattern', reason, role } : { kind: 'person', span, text, source: 'pattern', reason };
}

/**
 * A person found in the officials registry, its fields in the order kind, span, text, source, reason,
 * officialId, alternatives (only when given), role (only when a non-empty string).
 */
export function registryPerson(span: Span, text: string, reason: string, officialId: string, alternatives: readonly string[] | undefined, role: string | undefined): Entity {
  if (alternatives) {
    return role
      ? { kind: 'person', span, text, source: 'registry', reason, officialId, alternatives, role }
      : { kind: 'person', span, text, source: 'registry', reason, officialId, alternatives };
  }
  return role ? { kind: 'person', span, text, source: 'registry', reason, officialId, role } : { kind: 'person', span, text, source: 'registry', reason, officialId };
}
