import type { JsonEntity } from './analysisJson';
import { CodePointIndex } from './codePoints';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A W3C Web Annotation (the subset this export writes). */
export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'classifying';
  readonly body: readonly Record<string, string>[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly Record<string, string | number>[];
  };
}

const QUOTE_CONTEXT = 32;

/**
 * Web Annotations for one document: the entity type as a tagging body, its resolved value or
 * registry id as further bodies, and a target with both a position selector (code points, as the
 * model specifies) and a quote selector with prefix and suffix, so the target survives edits.
 */
export function toWebAnnotations(sourceUri: string, text: string, entities: readonly JsonEntity[]): WebAnnotation[] {
  const index = new CodePointIndex(text);
  return entities.map((e, i): WebAnnotation => {
    const body: Record<string, string>[] = [{ type: 'TextualBody', purpose: 'tagging', value: e.type }];
    if (e.value !== undefined) body.push({ type: 'TextualBody', purpose: 'describing', value: e.value, format: 'text/plain' });
    if (e.officialId) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `urn:policy-lens:official:${e.officialId}` });
    if (e.role) body.push({ type: 'TextualBody', purpose: 'describing', value: `role: ${e.role}` });
    if (e.actor) body.push({ type: 'TextualBody', purpose: 'describing', value: `actor: ${e.actor}` });
    if (e.deadline) body.push({ type: 'TextualBody', purpose: 'describing', value: `deadline: ${e.deadline}` });
    return {
      id: `${sourceUri}#anno-${i + 1}`,
      type: 'Annotation',
      motivation: 'classifying',
      body,
      target: {
        source: sourceUri,
        selector: [
          { type: 'TextPositionSelector', start: index.toCodePoint(e.start), end: index.toCodePoint(e.end) },
          {
            type: 'TextQuoteSelector',
            exact: text.slice(e.start, e.end),
            prefix: text.slice(Math.max(0, e.start - QUOTE_CONTEXT), e.start),
            suffix: text.slice(e.end, e.end + QUOTE_CONTEXT),
          },
        ],
      },
    };
  });
}

/** An annotation page holding the given annotations, with the JSON-LD context. */
export function annotationPage(id: string, items: readonly WebAnnotation[]): Record<string, unknown> {
  return { '@context': WEB_ANNOTATION_CONTEXT, id, type: 'AnnotationPage', items };
}
