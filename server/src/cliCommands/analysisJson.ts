import type { DocumentAnalysis } from '../analysis/index';

/** One annotation in the JSON shape of `policy-lens analyze --json` (UTF-16 offsets into the file). */
export interface JsonEntity {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: string;
  role?: string;
  officialId?: string;
  source: string;
  actor?: string;
  deadline?: string;
}

/** The JSON analysis shape of one document. */
export interface JsonAnalysis {
  documentDate: string | null;
  entities: JsonEntity[];
}

/** Orders annotations by start, longer first, as `analyze --json` does. */
export function sortEntities(entities: JsonEntity[]): JsonEntity[] {
  return entities.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
}

/** The JSON shape of an analysis: entities and commitments in one list, sorted by start. */
export function analysisJson(analysis: DocumentAnalysis): JsonAnalysis {
  const entities: JsonEntity[] = [
    ...analysis.entities.map((e) => ({
      type: e.kind,
      text: e.text,
      start: e.span.start,
      end: e.span.end,
      ...(e.value !== undefined ? { value: e.value } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.officialId ? { officialId: e.officialId } : {}),
      source: e.source,
    })),
    ...analysis.commitments.map((c) => ({
      type: 'commitment',
      text: c.text,
      start: c.span.start,
      end: c.span.end,
      source: c.source,
      ...(c.actor ? { actor: c.actor } : {}),
      ...(c.deadline ? { deadline: c.deadline } : {}),
    })),
  ];
  return { documentDate: analysis.documentDate?.value ?? null, entities: sortEntities(entities) };
}
