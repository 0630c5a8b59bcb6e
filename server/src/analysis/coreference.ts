import type { Paragraph } from './bodyRegions';
import type { Entity } from './types';

const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'al', 'el', 'la', 'le', 'Jr.']);

/**
 * Adds later short mentions of people found in full elsewhere in the document ("Carr" after
 * "Bob Carr"). Registry officials need no help: their short forms are in the registry itself.
 * @returns all entities, sorted by start, still non-overlapping
 */
export function linkShortNames(text: string, paragraphs: readonly Paragraph[], entities: readonly Entity[]): Entity[] {
  const shortToFull = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'person' || e.source === 'registry' || e.source === 'coreference') continue;
    const tokens = e.text.split(/\s+/).filter((t) => !PARTICLES.has(t) && !/^\p{Lu}\.$/u.test(t));
    if (tokens.length < 2) continue;
    const upper = tokens.find((t) => t.length > 1 && t === t.toUpperCase());
    const short = upper ?? tokens[tokens.length - 1]!;
    if (short.length >= 3 && !shortToFull.has(short)) shortToFull.set(short, e.text);
  }
  if (shortToFull.size === 0) return [...entities];
  const alternation = [...shortToFull.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
  const added: Entity[] = [];
  let next = 0;
  const sorted = entities;
  for (const paragraph of paragraphs) {
    regex.lastIndex = 0;
    for (let m = regex.exec(paragraph.prose); m; m = regex.exec(paragraph.prose)) {
      const start = paragraph.span.start + m.index;
      const end = start + m[0].length;
      // Entities are sorted, and matches arrive in file order, so one forward pointer finds overlaps.
      while (next < sorted.length && sorted[next]!.span.end <= start) next++;
      const blocker = sorted[next];
      if (blocker && blocker.span.start < end) continue;
      added.push({
        kind: 'person',
        span: { start, end },
        text: text.slice(start, end),
        source: 'coreference',
        reason: `short form of "${shortToFull.get(m[0])}", named in full in this document`,
      });
    }
  }
  if (added.length === 0) return [...entities];
  return [...entities, ...added].sort((a, b) => a.span.start - b.span.start);
}
