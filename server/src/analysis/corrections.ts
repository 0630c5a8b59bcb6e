import type { Annotations } from './annotations';
import type { Paragraph } from './bodyRegions';
import { overlaps } from './spans';
import type { Entity } from './types';

/**
 * Applies the analyst's corrections from the front matter: `corrections.ignore` removes every entity
 * with that text, `corrections.add` marks every occurrence of a text as the given kind. The analyst's
 * word beats any heuristic, so added spans replace whatever they overlap.
 */
export function applyCorrections(
  text: string,
  paragraphs: readonly Paragraph[],
  entities: readonly Entity[],
  annotations: Annotations,
): Entity[] {
  if (annotations.ignore.length === 0 && annotations.add.length === 0) return [...entities];
  const ignored = new Set(annotations.ignore.map((c) => c.text.value.trim()));
  let result = entities.filter((e) => !ignored.has(e.text));
  const added: Entity[] = [];
  for (const correction of annotations.add) {
    const needle = correction.text.value.trim();
    if (needle.length === 0 || !correction.kind) continue;
    for (const paragraph of paragraphs) {
      for (let at = paragraph.prose.indexOf(needle); at >= 0; at = paragraph.prose.indexOf(needle, at + needle.length)) {
        const start = paragraph.span.start + at;
        const span = { start, end: start + needle.length };
        if (!isWordBounded(text, span.start, span.end) || added.some((a) => overlaps(a.span, span))) continue;
        added.push({
          kind: correction.kind,
          span,
          text: needle,
          source: 'annotation',
          reason: 'added by the analyst under `corrections.add` in the front matter',
        });
      }
    }
  }
  if (added.length > 0) result = result.filter((e) => !added.some((a) => overlaps(a.span, e.span)));
  return [...result, ...added].sort((a, b) => a.span.start - b.span.start);
}

function isWordBounded(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return !letter.test(text.charAt(start - 1)) && !letter.test(text.charAt(end));
}
