import type { Entity } from '../types';
import { pickNonOverlapping, recognizeOrganizations } from './organizations';
import { recognizePlaces } from './places';

/**
 * Ranks two candidates of equal length: a gazetteer place ("Soviet Union") beats a pattern
 * organisation, and any gazetteer hit beats a pattern hit.
 */
function priority(entity: Entity): number {
  if (entity.source === 'gazetteer') return entity.kind === 'place' ? 0 : 1;
  return 2;
}

/** Finds places and organisations in one paragraph, non-overlapping; spans relative to the paragraph start. */
export function recognizePlacesAndOrganizations(paragraph: string): Entity[] {
  const candidates = recognizeOrganizations(paragraph).concat(recognizePlaces(paragraph));
  // The longest span wins, so "Japan Ministry of Defense" absorbs "Japan": names inside an
  // organisation name are not annotated separately.
  return pickNonOverlapping(candidates, priority);
}
