import type { Finding } from './findings';

/** Files above this many UTF-16 code units are not analysed; 20 M covers the longest real treaties. */
export const MAX_ANALYSED_LENGTH = 20_000_000;

/**
 * Returns a finding when the text must not be analysed (binary content or too large), else undefined.
 * A NUL code unit or a high share of U+FFFD replacement characters in the first 8 KB marks a binary
 * or non-UTF-8 file; text editors show such files but nothing sensible can be highlighted in them.
 */
export function guardText(text: string): Finding | undefined {
  if (text.length > MAX_ANALYSED_LENGTH) {
    return {
      code: 'file.tooLarge',
      severity: 'warning',
      span: { start: 0, end: 0 },
      message: `This file has ${text.length.toLocaleString('en')} characters; Policy Lens analyses files up to ${MAX_ANALYSED_LENGTH.toLocaleString('en')} characters.`,
    };
  }
  const head = text.slice(0, 8192);
  let replacement = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return binaryFinding();
    if (c === 0xfffd) replacement++;
  }
  if (head.length > 0 && replacement / head.length > 0.05) return binaryFinding();
  return undefined;
}

function binaryFinding(): Finding {
  return {
    code: 'file.binary',
    severity: 'warning',
    span: { start: 0, end: 0 },
    message: 'This file looks binary or is not valid UTF-8 text; Policy Lens does not analyse it.',
  };
}
