import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { TypedSpan } from './scoring';

/** Parses `YYYY-MM-DD` as a local-time date at noon, so that no time zone shifts the day. */
export function referenceDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats chrono components at the precision chrono knows: day, month or year. */
function isoOf(c: chrono.ParsedComponents, forceDay: boolean): string {
  const year = pad(c.get('year') ?? 0, 4);
  const month = pad(c.get('month') ?? 1);
  const day = pad(c.get('day') ?? 1);
  if (forceDay || c.isCertain('day') || c.isCertain('weekday')) return `${year}-${month}-${day}`;
  if (c.isCertain('month')) return `${year}-${month}`;
  return year;
}

/** The chrono-node baseline: every date chrono finds in the whole text, resolved against the document date. */
export function chronoDates(text: string, documentDate: string): TypedSpan[] {
  return chrono.parse(text, referenceDate(documentDate)).map((r) => ({
    type: 'date' as const,
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    // Ranges are written start/end at day precision, as the guidelines write them.
    value: r.end ? `${isoOf(r.start, true)}/${isoOf(r.end, true)}` : isoOf(r.start, false),
  }));
}

/** The shape of one match of compromise's `.json({ offset: true })`. */
interface CompromiseMatch {
  readonly text: string;
  readonly offset?: { readonly start: number; readonly length: number };
}

/** The compromise baseline: people, places and organizations with compromise's own offsets. */
export function compromiseEntities(text: string): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  const add = (type: 'person' | 'place' | 'organization', matches: CompromiseMatch[]): void => {
    for (const m of matches) {
      if (!m.offset) continue;
      const { start, length } = m.offset;
      out.push({ type, start, end: start + length, text: text.slice(start, start + length) });
    }
  };
  add('person', doc.people().json({ offset: true }) as CompromiseMatch[]);
  add('place', doc.places().json({ offset: true }) as CompromiseMatch[]);
  add('organization', doc.organizations().json({ offset: true }) as CompromiseMatch[]);
  return out.sort((a, b) => a.start - b.start);
}
