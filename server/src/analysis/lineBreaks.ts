/**
 * Lone carriage returns — the line ends of old Mac files, and of text pasted from some PDF tools —
 * break lines in every editor, but the recognisers, the dateline and the paragraph splitter read LF
 * (and CRLF). The analysis reads such a text with each lone CR as LF: the same length, so every offset
 * found in the copy is an offset into the file.
 */
import type { Commitment, Entity } from './types';

const LONE_CR = /\r(?!\n)/;
const LONE_CRS = /\r(?!\n)/g;

/** The text with each lone CR written as LF; the text itself when it has none (nearly always). */
export function withLoneCarriageReturnsAsLineFeeds(text: string): string {
  return text.includes('\r') && LONE_CR.test(text) ? text.replace(LONE_CRS, '\n') : text;
}

/** The entity or commitment with its `text` cut from the file again, where the copy's line feeds stand in for CRs. */
export function withTextOf<T extends Entity | Commitment>(file: string, found: T): T {
  const text = file.slice(found.span.start, found.span.end);
  return text === found.text ? found : { ...found, text };
}
