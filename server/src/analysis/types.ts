/**
 * Plain data types of the analysis core. Every offset is a UTF-16 code-unit index into the whole
 * file text (a JavaScript string index), never a line/character position.
 */

/** A half-open range `[start, end)` of UTF-16 code units into the whole file. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The five entity kinds, also the names of the semantic token types. */
export type EntityKind = 'person' | 'organization' | 'place' | 'date' | 'commitment';

/** Why an entity was recognised, shown in hovers so that an analyst can correct it. */
export type EvidenceSource =
  | 'registry' // Found in an officials registry.
  | 'gazetteer' // Found in a built-in list of countries, regions or organisations.
  | 'pattern' // Matched a title/honorific or name-shape pattern.
  | 'parser' // Found by the date parser.
  | 'coreference' // A short form of a name found earlier in the document.
  | 'annotation'; // Added by the analyst in the front matter.

/** Precision of a resolved date value. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'vague';

/** A recognised person, organisation, place or date in the body. */
export interface Entity {
  readonly kind: Exclude<EntityKind, 'commitment'>;
  readonly span: Span;
  readonly text: string;
  readonly source: EvidenceSource;
  /** One sentence on why this span was recognised ("registry entry ishiba-shigeru", "country gazetteer"). */
  readonly reason: string;
  /** Dates only: ISO 8601 value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `start/end`) or `past_ref`/`future_ref`. */
  readonly value?: string;
  /** Dates only: how precise `value` is. */
  readonly precision?: DatePrecision;
  /** Dates only: true when the value depends on the document date ("on Monday", "this year"). */
  readonly relative?: boolean;
  /** People only: the title the text attaches to this mention, without honorifics. */
  readonly role?: string;
  /** People only: the registry id when the person is a known official. */
  readonly officialId?: string;
  /** People only: other registry ids the mention could also denote (ambiguous short names). */
  readonly alternatives?: readonly string[];
  /**
   * People only: true when nothing in the document decides between `alternatives`; `officialId` is then
   * only the first of them, a placeholder that no count of an official's mentions may use.
   */
  readonly unresolved?: true;
  /** Organisations and places: a canonical name or code (ISO 3166 alpha-2 for countries). */
  readonly canonical?: string;
}

/** A clause in which an actor commits to a future action of its own. */
export interface Commitment {
  readonly kind: 'commitment';
  readonly span: Span;
  readonly text: string;
  /** The trigger phrase that made this a commitment ("agreed to", "will"). */
  readonly trigger: string;
  /** Who commits, as the text names them, when it can be found. */
  readonly actor?: string;
  /** ISO value of a deadline stated inside the clause. */
  readonly deadline?: string;
  /** Span of the deadline expression inside the clause. */
  readonly deadlineSpan?: Span;
  readonly source: EvidenceSource;
  readonly reason: string;
}
