/**
 * A registry short form written alone ("Li said …") names the person the document names in full with
 * that family name ("Premier Li Keqiang"), not the registry official who shares it (Li Wei), unless
 * the document also names that official otherwise: in full, under an alias of several words, or with a
 * title ("Li Wei", "Foreign Minister Li"). Then the short form stays ambiguous and the registry keeps it.
 * A full name that may be the official's own ("Antony J. Blinken" for Antony Blinken) takes nothing over.
 */

import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { mayNameOfficial } from './recognizers/shortFormConflicts';
import { composed } from './normalization';
import { shared } from './sharedStrings';
import type { Entity } from './types';
import type { ShortNames } from './coreference';

/** A registry person written as one word with no title beside it: a family name or a one-word alias. */
export function isBareOfficialMention(e: Entity): boolean {
  return e.source === 'registry' && e.officialId !== undefined && e.role === undefined && !/\s/u.test(e.text);
}

/** The officials a paragraph names other than by a bare short form, in order of mention (repeats kept out). */
export function officialsNamedInFull(entities: readonly Entity[]): string[] {
  const out: string[] = [];
  for (const e of entities) {
    if (e.kind !== 'person' || e.source !== 'registry' || isBareOfficialMention(e)) continue;
    for (const id of e.alternatives ?? [e.officialId]) if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/** What a takeover needs to know about the whole document. */
export interface TakeoverContext {
  readonly registry: OfficialsRegistry;
  /** The full name each short form stands for (from people the recognisers found, not the registry). */
  readonly shortToFull: ShortNames;
  /** Officials the document names other than by a bare short form. */
  readonly namedInFull: ReadonlySet<string>;
}

/**
 * The full name that takes the bare mention `e` over, or undefined when the registry keeps it: the
 * short form must stand for a longer name, and neither the official (nor any official sharing the name)
 * may be named otherwise in the document or bear that longer name.
 */
export function takingOverName(e: Entity, ctx: TakeoverContext): string | undefined {
  if (!isBareOfficialMention(e)) return undefined;
  // Short forms are composed (NFC), and a mention in decomposed prose is written decomposed.
  const full = ctx.shortToFull.get(composed(e.text));
  if (full === undefined || full === e.text) return undefined;
  for (const id of e.alternatives ?? [e.officialId!]) {
    if (ctx.namedInFull.has(id)) return undefined;
    const official = ctx.registry.get(id);
    if (official === undefined || mayNameOfficial(full, official)) return undefined;
  }
  return full;
}

/** The entities with every bare official mention that a full name takes over turned into a link to it; `entities` itself when none is. */
export function withShortFormsTakenOver(entities: readonly Entity[], ctx: TakeoverContext): readonly Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const full = takingOverName(e, ctx);
    if (full === undefined) continue;
    out ??= entities.slice();
    out[i] = { kind: 'person', span: e.span, text: e.text, source: 'coreference', reason: shared(`short form of "${full}", named in full in this document (not the registry's ${e.officialId!}, whom it names only as "${e.text}")`) };
  }
  return out ?? entities;
}

/** A key that changes whenever the officials named in full change. */
export function namedInFullKey(namedInFull: ReadonlySet<string>): string {
  return [...namedInFull].sort().join('\u0000');
}
