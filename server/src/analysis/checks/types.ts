import type { OfficialsRegistry } from '../../knowledge/officialsRegistry';
import type { CommitmentAnnotation } from '../annotations';
import type { DocumentAnalysis } from '../index';
import type { Span } from '../types';
import type { NormalizedText } from './textMatching';

/** What the cross-document checks need to know about another document. */
export interface IndexedDocument {
  readonly uri: string;
  readonly id?: string;
  readonly idSpan?: Span;
  readonly title?: string;
  readonly date?: string;
  readonly commitments: readonly CommitmentAnnotation[];
}

/** The read-only view of the workspace that cross-document checks need. */
export interface WorkspaceSnapshot {
  /** Documents whose front-matter id is `id`. */
  byId(id: string): readonly IndexedDocument[];
  /** Every indexed document. */
  all(): readonly IndexedDocument[];
  /** Number of indexed documents, this one included once it is indexed. */
  readonly size: number;
}

/** Inputs of the checks that read nothing but the document, the registry and the date. */
export interface LocalCheckContext {
  readonly uri: string;
  readonly registry: OfficialsRegistry;
  /** Today's date (YYYY-MM-DD), injected so checks never read the clock. */
  readonly today: string;
}

/** Inputs of the annotation checks besides the analysis. */
export interface CheckContext extends LocalCheckContext {
  readonly workspace: WorkspaceSnapshot;
}

/** Everything one run of the checks works from; the normalised body is computed on first use. */
export interface CheckInput {
  readonly analysis: DocumentAnalysis;
  readonly text: string;
  readonly ctx: LocalCheckContext;
  body(): NormalizedText;
}

/** A span without the whitespace a YAML value range may end with (block scalars end with a line break). */
export function trimSpan(span: Span, text: string): Span {
  let end = span.end;
  while (end > span.start + 1 && /\s/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}
