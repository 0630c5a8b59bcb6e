/** Random documents and edit sequences for the property tests, as fast-check arbitraries. */
import fc from 'fast-check';
import { generateDocument, paragraph, Random } from '../bench/lib/corpus';

/** Text fragments that stress paragraph splitting, masking, coreference and offsets. */
const INSERTS = ['x', ' ', '\n', '\n\n', '\r\n', 'Mr. Tanaka said ', 'Ishiba', ' Shigeru Ishiba ', 'Prime Minister Pham Minh Chinh', 'by the end of the year', 'agreed to cooperate', '`code`', ' https://example.org/a ', '<!-- note -->', '```\nfenced\n```\n', '🇯🇵 ', '𝒜', '---', '\u00a0', 'Tanaka'];

/** One edit: replace `deleteCount` code units at a relative position with `text`. */
export interface Edit {
  readonly at: number;
  readonly deleteCount: number;
  readonly text: string;
}

/** A random document: the generator's prose with a random front matter date, of 1–8 KB. */
export const documentArbitrary = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), size: fc.integer({ min: 300, max: 8_000 }) }).map(({ seed, size }) => {
  const text = generateDocument({ size, seed });
  // A few documents get an extra short paragraph with a full name and later short mentions.
  return seed % 3 === 0 ? `${text}${paragraph(new Random(seed + 1))}\n\nLater, Tanaka and Ishiba spoke again.\n` : text;
});

/** A random edit, its position relative to the text length so it applies to any document. */
export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 8 })),
});

/** Where an edit lands in a text: its start offset, kept off the middle of a surrogate pair. */
export function resolveEdit(text: string, edit: Edit): { start: number; end: number; text: string } {
  let start = Math.min(text.length, Math.floor(edit.at * text.length));
  if (isLowSurrogate(text.charCodeAt(start))) start--;
  let end = Math.min(text.length, start + edit.deleteCount);
  if (isLowSurrogate(text.charCodeAt(end))) end++;
  return { start, end, text: edit.text };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The text after one edit. */
export function applyEdit(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * The ways an analyst may write a list value in the front matter, each extended by the quick fixes:
 * absent (undefined), a written null, an empty or trailing-comma flow list, a flow list closed on a line
 * of its own, a block list. The first four fit on one line, inside a flow mapping too.
 */
const LIST_STYLES: readonly ((item: readonly [string, string]) => string | undefined)[] = [
  () => undefined,
  () => '~',
  () => '[]',
  ([key, value]) => `[{${key}, ${value}}, ]`,
  () => 'null # to do',
  ([key, value]) => `[\n  {${key}, ${value}}\n]`,
  ([key, value]) => `\n  - ${key}\n    ${value}`,
];
const ONE_LINE_STYLES = 4;

/** A random document whose front matter holds `officials` and `commitments` in random styles, as a block mapping or as one flow mapping. */
export const styledDocumentArbitrary = fc
  .record({ document: documentArbitrary, officials: fc.nat({ max: LIST_STYLES.length - 1 }), commitments: fc.nat({ max: LIST_STYLES.length - 1 }), flowRoot: fc.boolean() })
  .map(({ document, officials, commitments, flowRoot }) => {
    const end = document.indexOf('\n---', 3);
    const head = document.slice(0, end);
    const body = document.slice(end + '\n---'.length);
    const pairs: [string, string | undefined][] = [
      ['id', /\nid: (.*)/.exec(head)?.[1] ?? 'doc'],
      ['date', /\ndate: (.*)/.exec(head)?.[1] ?? '2025-04-29'],
      ['officials', LIST_STYLES[flowRoot ? officials % ONE_LINE_STYLES : officials]!(['id: ishiba-shigeru', 'mention: Shigeru Ishiba'])],
      ['commitments', LIST_STYLES[flowRoot ? commitments % ONE_LINE_STYLES : commitments]!(['id: c-0', 'quote: will'])],
    ];
    const written = pairs.filter((p): p is [string, string] => p[1] !== undefined);
    const yaml = flowRoot
      ? `{${written.map(([k, v]) => `${k}: ${v}`).join(', ')}}`
      : written.map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`).join('\n');
    return `---\n${yaml}\n---${body}`;
  });
