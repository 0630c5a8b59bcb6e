import { sortEntities, type JsonEntity } from './analysisJson';
import { CodePointIndex } from './codePoints';

/**
 * brat standoff: `T` lines hold the type, the code point offsets (fragments split at line breaks,
 * since brat spans cannot cross lines) and the covered text; an `AnnotatorNotes` line per entity
 * holds the remaining attributes as JSON, which survives the round trip exactly.
 */

const TYPE_NAMES: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  commitment: 'Commitment',
};
const SPAN_KEYS = new Set(['type', 'text', 'start', 'end']);
const TYPES_BY_NAME = new Map(Object.entries(TYPE_NAMES).map(([k, v]) => [v.toLowerCase(), k]));

/** Attributes that brat `A` lines may carry, by lower-cased attribute name. */
const ATTRIBUTE_KEYS: Record<string, keyof JsonEntity> = {
  value: 'value',
  role: 'role',
  officialid: 'officialId',
  official: 'officialId',
  source: 'source',
  actor: 'actor',
  deadline: 'deadline',
};

/** The `annotation.conf` that lets brat display the exported types. */
export const BRAT_ANNOTATION_CONF = [
  '[entities]',
  ...Object.values(TYPE_NAMES),
  '',
  '[relations]',
  '',
  '[events]',
  '',
  '[attributes]',
  '',
].join('\n');

/** Renders annotations as a brat `.ann` file for `text` (the `.txt` written beside it). */
export function toBrat(text: string, entities: readonly JsonEntity[]): string {
  const index = new CodePointIndex(text);
  const lines: string[] = [];
  entities.forEach((e, i) => {
    const id = i + 1;
    const fragments = splitAtLineBreaks(text, e.start, e.end);
    const offsets = fragments.map((f) => `${index.toCodePoint(f.start)} ${index.toCodePoint(f.end)}`).join(';');
    const covered = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    lines.push(`T${id}\t${TYPE_NAMES[e.type] ?? e.type} ${offsets}\t${covered}`);
    // Everything but type, text and offsets goes into the note.
    const rest = Object.fromEntries(Object.entries(e).filter(([k]) => !SPAN_KEYS.has(k)));
    if (Object.keys(rest).length > 0) lines.push(`#${id}\tAnnotatorNotes T${id}\t${JSON.stringify(rest)}`);
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A problem found while reading a `.ann` file, with its 1-based line. */
export interface BratProblem {
  readonly line: number;
  readonly message: string;
}

/** Reads a brat `.ann` file against its text into the JSON analysis shape (UTF-16 offsets). */
export function fromBrat(ann: string, text: string): { entities: JsonEntity[]; problems: BratProblem[] } {
  const index = new CodePointIndex(text);
  const byId = new Map<string, JsonEntity>();
  const problems: BratProblem[] = [];
  const later: { line: number; fields: string[] }[] = [];
  ann.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fields = raw.split('\t');
    const id = fields[0] ?? '';
    if (id.startsWith('T')) {
      const header = (fields[1] ?? '').split(' ');
      const typeName = header[0] ?? '';
      const type = TYPES_BY_NAME.get(typeName.toLowerCase());
      if (!type) {
        problems.push({ line, message: `unknown entity type "${typeName}"` });
        return;
      }
      const fragments = header
        .slice(1)
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(/\s+/));
      // Offsets are plain decimal numbers ("1e1" is not one), each fragment in order and inside the text.
      const codePoints = index.codePointLength;
      if (fragments.some((f) => f.length !== 2 || f.some((n) => !/^\d+$/.test(n)) || Number(f[0]) > Number(f[1]) || Number(f[1]) > codePoints)) {
        problems.push({ line, message: `bad offsets "${header.slice(1).join(' ')}" (a start and an end, start ≤ end ≤ ${codePoints})` });
        return;
      }
      const start = index.fromCodePoint(Number(fragments[0]![0]));
      const end = index.fromCodePoint(Number(fragments[fragments.length - 1]![1]));
      const covered = fragments.map((f) => text.slice(index.fromCodePoint(Number(f[0])), index.fromCodePoint(Number(f[1])))).join(' ');
      const written = fields.slice(2).join('\t');
      if (fields.length > 2 && written !== covered) {
        problems.push({ line, message: `${id}: the text "${written}" does not match the file there ("${covered}")` });
      }
      byId.set(id, { type, text: text.slice(start, end), start, end, source: 'annotation' });
    } else if (id.startsWith('#') || id.startsWith('A') || id.startsWith('M')) {
      later.push({ line, fields });
    } else {
      // Relations, events and equivalences have no counterpart in the analysis shape.
      problems.push({ line, message: `skipped unsupported annotation "${id}"` });
    }
  });
  for (const { line, fields } of later) {
    const [id = '', header = ''] = fields;
    const parts = header.split(' ');
    const target = byId.get(parts[1] ?? '');
    if (!target) {
      problems.push({ line, message: `${id} refers to an unknown annotation "${parts[1] ?? ''}"` });
      continue;
    }
    if (id.startsWith('#')) {
      const note = fields.slice(2).join('\t');
      try {
        const parsed = JSON.parse(note) as Record<string, unknown>;
        for (const [key, value] of Object.entries(parsed)) {
          // The span and its type come from the T line; a note only adds to them.
          if (SPAN_KEYS.has(key)) problems.push({ line, message: `${id}: the note may not change "${key}"; ignored` });
          else if (typeof value === 'string') (target as unknown as Record<string, string>)[key] = value;
        }
      } catch {
        problems.push({ line, message: `${id}: the note is not the JSON that export writes; ignored` });
      }
    } else {
      const key = ATTRIBUTE_KEYS[(parts[0] ?? '').toLowerCase()];
      if (key && parts[2] !== undefined) (target as unknown as Record<string, string>)[key] = parts.slice(2).join(' ');
      else problems.push({ line, message: `${id}: unsupported attribute "${parts[0] ?? ''}"` });
    }
  }
  return { entities: sortEntities([...byId.values()]), problems };
}

function splitAtLineBreaks(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      let pieceStart = from;
      let pieceEnd = i;
      while (pieceStart < pieceEnd && /\s/.test(text.charAt(pieceStart))) pieceStart++;
      while (pieceEnd > pieceStart && /\s/.test(text.charAt(pieceEnd - 1))) pieceEnd--;
      if (pieceEnd > pieceStart) out.push({ start: pieceStart, end: pieceEnd });
      from = i + 1;
    }
  }
  return out.length > 0 ? out : [{ start, end }];
}
