/**
 * Results found in a paragraph's composed view (normalization.ts) moved to the paragraph's own offsets,
 * and back. Every text that is a slice of the paragraph (an entity's or a commitment's `text`, a
 * commitment's actor) is cut from the paragraph again, so that `text === prose.slice(start, end)` holds
 * for decomposed prose too. Copies are spreads with the same keys, so the shapes stay those the
 * recognisers produce (placement.ts copies them by shape) and serialised results keep their key order.
 */
import { composedSpan, readingView, originalSpan, type ComposedView } from './normalization';
import type { ParagraphResult } from './paragraphCache';
import type { Commitment, Entity, Span } from './types';

/** `T` with its readonly fields writable. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The recognisers' result for a paragraph's view, at the paragraph's offsets, marked as read composed. */
export function resultInOriginal(result: ParagraphResult, view: ComposedView, prose: string): ParagraphResult {
  return {
    entities: entitiesInOriginal(result.entities, view, prose),
    commitments: result.commitments.map((c) => commitmentInOriginal(c, view, prose)),
    composed: true,
  };
}

/** The entity found in the view, at the paragraph's offsets with the paragraph's text; itself when nothing changes. */
export function entityInOriginal(e: Entity, view: ComposedView, prose: string): Entity {
  const span = originalSpan(view, e.span);
  const text = prose.slice(span.start, span.end);
  return sameSpan(span, e.span) && text === e.text ? e : { ...e, span, text };
}

/** The entities found in the view, at the paragraph's offsets. */
export function entitiesInOriginal(entities: readonly Entity[], view: ComposedView, prose: string): Entity[] {
  return entities.map((e) => entityInOriginal(e, view, prose));
}

/** The commitment found in the view, at the paragraph's offsets, its deadline span and actor too. */
export function commitmentInOriginal(c: Commitment, view: ComposedView, prose: string): Commitment {
  const span = originalSpan(view, c.span);
  const out: Mutable<Commitment> = { ...c, span, text: prose.slice(span.start, span.end) };
  if (c.deadlineSpan !== undefined) out.deadlineSpan = originalSpan(view, c.deadlineSpan);
  if (c.actor !== undefined) out.actor = actorInOriginal(c.actor, composedSpan(view, span), view, prose);
  return out;
}

/**
 * The actor as the paragraph writes it. The recogniser reports the actor's words, not where they are;
 * they are the subject before the trigger, so the last occurrence that starts inside the clause (or,
 * failing that, any) is cut from the paragraph. An actor with nothing that composition changes is
 * written the same way in both texts and kept.
 */
function actorInOriginal(actor: string, clause: Span, view: ComposedView, prose: string): string {
  if (!hasCharFromCombiningBlock(actor)) return actor;
  let at = view.text.lastIndexOf(actor, clause.end - actor.length);
  if (at < 0) at = view.text.indexOf(actor);
  if (at < 0) return actor;
  const span = originalSpan(view, { start: at, end: at + actor.length });
  return prose.slice(span.start, span.end);
}

/** Whether `text` has a character from U+0300 on, the first block that composition touches. */
function hasCharFromCombiningBlock(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return true;
  return false;
}

/**
 * `link(text, entities)` applied to a paragraph in its composed form when it has one: the entities are
 * moved into the view, linked there, and moved back; entities the link kept are returned as they were.
 * Matching by text (short forms of names) then compares composed strings with composed strings.
 */
export function linkedInComposed(
  prose: string,
  entities: readonly Entity[],
  link: (text: string, entities: readonly Entity[]) => readonly Entity[],
): readonly Entity[] {
  const view = readingView(prose);
  if (view === undefined) return link(prose, entities);
  const back = new Map<Entity, Entity>();
  const inView = entities.map((e) => {
    const span = composedSpan(view, e.span);
    const moved: Entity = { ...e, span, text: view.text.slice(span.start, span.end) };
    back.set(moved, e);
    return moved;
  });
  const linked = link(view.text, inView);
  if (linked === inView) return entities;
  return linked.map((e) => back.get(e) ?? entityInOriginal(e, view, prose));
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
