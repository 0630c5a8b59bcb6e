import { mergeByStart } from '../entityOrder';
import { isDisjoint } from '../spans';
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
  const organizations = recognizeOrganizations(paragraph);
  const places = recognizePlaces(paragraph);
  // Usually nothing overlaps and both lists are in text order. A merge in strictly increasing, disjoint
  // order can only come from two lists in start order, so it is then the start-ordered copy that
  // `pickNonOverlapping` would make and return whole; one array is made instead of two.
  const merged = mergeByStart(organizations, places);
  if (isDisjoint(merged)) return merged;
  // The longest span wins, so "Japan Ministry of Defense" absorbs "Japan": names inside an
  // organisation name are not annotated separately.
  return pickNonOverlapping(organizations.concat(places), priority);
}
