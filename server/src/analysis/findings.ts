import type { Span } from './types';

/**
 * Stable, dotted codes of everything the analysis reports. They appear as `Diagnostic.code` and
 * never change meaning once shipped, so that analysts' settings and CI filters keep working.
 */
export type FindingCode =
  | 'file.binary'
  | 'file.tooLarge'
  | 'frontMatter.unclosed'
  | 'frontMatter.notAtStart'
  | 'frontMatter.yaml.invalid'
  | 'frontMatter.yaml.duplicateKey'
  | 'frontMatter.yaml.aliasLimit'
  | 'frontMatter.yaml.alias'
  | 'frontMatter.yaml.warning'
  | 'frontMatter.schema.type'
  | 'frontMatter.schema.enum'
  | 'frontMatter.schema.required'
  | 'frontMatter.schema.unknownKey'
  | 'frontMatter.schema.format'
  | 'frontMatter.schema.empty'
  | 'frontMatter.date.invalid'
  | 'frontMatter.official.unknown'
  | 'frontMatter.official.mentionMissing'
  | 'frontMatter.official.unlisted'
  | 'frontMatter.commitment.quoteMissing'
  | 'frontMatter.commitment.dueBeforeDocument'
  | 'frontMatter.commitment.fulfilledWithoutEvidence'
  | 'frontMatter.commitment.fulfilledByUnknown'
  | 'frontMatter.commitment.fulfilledBySelf'
  | 'frontMatter.commitment.overdue'
  | 'frontMatter.commitment.duplicateId'
  | 'frontMatter.id.duplicate'
  | 'frontMatter.correction.notFound'
  | 'body.commitment.unannotated'
  | 'registry.yaml.invalid'
  | 'registry.schema'
  | 'registry.id.duplicate'
  | 'frontMatter.country.unknown'
  | 'frontMatter.commitment.actorUnknown'
  | 'frontMatter.person.unregistered';

/** Severity of a finding, mapped one to one onto LSP diagnostic severities. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A location elsewhere that explains a finding (the registry entry, the other document). */
export interface RelatedLocation {
  /** Absent when the location is in the same file. */
  readonly uri?: string;
  readonly span: Span;
  readonly message: string;
}

/** The data a quick fix needs, carried on the finding so the code action does not re-analyse. */
export type FindingFix =
  | { readonly kind: 'replaceText'; readonly span: Span; readonly newText: string; readonly title: string }
  | { readonly kind: 'addOfficial'; readonly officialId: string; readonly mention: string }
  | {
      readonly kind: 'addToRegistry';
      readonly name: string;
      readonly role?: string;
      readonly country?: string;
      /** The document date, recorded as the role's `from` (first attested). */
      readonly since?: string;
    }
  | {
      readonly kind: 'annotateCommitment';
      readonly quote: string;
      readonly actors: readonly string[];
      readonly due?: string;
    }
  | { readonly kind: 'removeKey'; readonly span: Span; readonly title: string }
  /** Rewrites one YAML scalar (a key or a value) of the front matter through the CST, keeping its style. */
  | { readonly kind: 'setScalar'; readonly span: Span; readonly value: string; readonly title: string };

/** One problem or observation about a document, with its exact span in the whole file. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly fix?: FindingFix;
  readonly related?: readonly RelatedLocation[];
}
