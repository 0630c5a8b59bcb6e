/** A word or a single punctuation mark with its offsets in the paragraph. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, for list lookups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("Japan’s", "two-plus-two"); dotted acronyms, initials
// and "Jr."-style suffixes keep their own full stop so that they can end a name ("U.S.", "R.", "Jr.").
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*(?:(?<=\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St))\.)?|[^\s\p{L}\p{N}]/gu;

/** Tokenises `text.slice(from, to)` with paragraph offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: from + m.index,
      end: from + m.index + t.length,
      isWord: /^[\p{L}\p{N}]/u.test(t),
    });
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
