/** Helpers for tests that apply what the server sends back and wait for what it does asynchronously. */

/** A protocol text edit: a line/character range and its replacement. */
export interface LineEdit {
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly newText: string;
}

/** Applies protocol edits to a text with \n line breaks, as an editor would. */
export function applyTextEdits(text: string, edits: readonly LineEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => lineStarts[p.line]! + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** Asks until `check` holds (up to about four seconds): the server applies file events and closes asynchronously. */
export async function eventually<T>(ask: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await ask();
  for (let i = 0; i < 400 && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = await ask();
  }
  return value;
}
