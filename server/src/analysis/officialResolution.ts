import { disambiguate } from '../knowledge/disambiguation';
import type { Official, OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { Annotations } from './annotations';
import type { Entity } from './types';

/**
 * Settles mentions that several registry officials share ("Nguyen") with the whole document's
 * evidence — the front matter's officials and countries, the title in the text, the date — which a
 * single paragraph cannot see, so that the workspace index and references of closed documents agree
 * with the hover card of an open one.
 */
export function resolveSharedNames(
  entities: readonly Entity[],
  registry: OfficialsRegistry,
  annotations: Annotations,
  documentDate: string | undefined,
): Entity[] {
  if (!entities.some((e) => e.alternatives && e.alternatives.length > 1)) return [...entities];
  const listed = annotations.officials.flatMap((o) => (o.id ? [o.id.value] : []));
  const countries = annotations.countries.map((c) => c.value.toUpperCase());
  return entities.map((entity) => {
    if (!entity.alternatives || entity.alternatives.length < 2) return entity;
    const officials = entity.alternatives.map((id) => registry.get(id)).filter((o): o is Official => o !== undefined);
    const { chosen } = disambiguate(officials, {
      ...(documentDate ? { date: documentDate } : {}),
      countries,
      listed,
      ...(entity.role ? { role: entity.role } : {}),
    });
    if (chosen) return { ...entity, officialId: chosen.id, reason: `name shared by ${officials.length} registry entries (${officials.map((o) => o.id).join(', ')}); the document's evidence points to ${chosen.id}` };
    // On a tie the first candidate stays as a placeholder; `alternatives` tells every feature it is a guess.
    return { ...entity, unresolved: true, reason: `ambiguous: the name fits ${officials.map((o) => o.id).join(', ')} equally well; list the right id under officials: in the front matter` };
  });
}
