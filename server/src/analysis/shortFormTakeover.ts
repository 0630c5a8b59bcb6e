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
import { shortNameCandidates, type ShortNames } from './coreference';

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

/**
 * For the workspace index: the official mentions that `analyzeDocument` keeps after short forms are
 * taken over, found without analysing every paragraph. A short form's full name is the first one in
 * the document that the people recogniser offers for it and that survives the paragraph's overlap
 * resolution, so only paragraphs whose people offer one of the bare mentions' forms are resolved
 * (`entitiesOf`; `peopleOf` is the people recogniser's result before overlaps are resolved).
 */
export function withoutTakenOver(
  mentions: readonly Entity[],
  paragraphCount: number,
  peopleOf: (i: number) => readonly Entity[],
  entitiesOf: (i: number) => readonly Entity[],
  registry: OfficialsRegistry,
): Entity[] {
  const namedInFull = new Set(officialsNamedInFull(mentions));
  const wanted = new Set<string>();
  for (const e of mentions) if (isBareOfficialMention(e) && !(e.alternatives ?? [e.officialId!]).some((id) => namedInFull.has(id))) wanted.add(composed(e.text));
  if (wanted.size === 0) return [...mentions];
  const shortToFull = new Map<string, string>();
  const offers = (pairs: readonly (readonly [string, string])[]): boolean => pairs.some(([short, full]) => full !== short && wanted.has(short) && !shortToFull.has(short));
  for (let i = 0; i < paragraphCount && shortToFull.size < wanted.size; i++) {
    if (!offers(shortNameCandidates(peopleOf(i)))) continue;
    for (const [short, full] of shortNameCandidates(entitiesOf(i))) {
      if (full !== short && wanted.has(short) && !shortToFull.has(short)) shortToFull.set(short, full);
    }
  }
  const ctx: TakeoverContext = { registry, shortToFull, namedInFull };
  return mentions.filter((e) => takingOverName(e, ctx) === undefined);
}
