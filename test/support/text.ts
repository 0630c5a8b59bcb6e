/** Removes the common indentation of a template literal so inline documents read naturally in tests. */
export function dedent(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  const raw = typeof strings === 'string' ? strings : String.raw({ raw: strings }, ...values);
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim().length > 0).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

/** The span of the `occurrence`-th (0-based) occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found`);
    if (i === occurrence) return { start: at, end: at + needle.length };
    from = at + 1;
  }
}

/** Splits a `$0` cursor marker out of a document: returns the text without it and the marker's offset. */
export function cursor(textWithMarker: string): { text: string; offset: number } {
  const offset = textWithMarker.indexOf('$0');
  if (offset < 0) throw new Error('no $0 marker');
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 2), offset };
}
