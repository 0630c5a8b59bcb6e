import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENTITY_TYPES, isEntityType, loadCorpus, type GoldDocument, type GoldEntity } from '../eval/lib/corpus';
import { repoPath } from '../support/paths';

const dir = repoPath('test', 'corpus');
const docs: GoldDocument[] = loadCorpus(dir);

/** Collects one message per entity for which `check` returns a complaint. */
function problems(check: (e: GoldEntity, doc: GoldDocument) => string | undefined): string[] {
  const out: string[] = [];
  for (const doc of docs) {
    for (const e of doc.entities) {
      const complaint = check(e, doc);
      if (complaint) out.push(`${doc.name} ${e.type} "${e.text}" ${e.start}-${e.end}: ${complaint}`);
    }
  }
  return out;
}

/** True for a real calendar day written YYYY-MM-DD. */
function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** True for the date values the guidelines allow: YYYY, YYYY-MM, YYYY-MM-DD, a day range, past_ref or future_ref. */
function isDateValue(s: string): boolean {
  if (s === 'past_ref' || s === 'future_ref') return true;
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
  const [from, to, ...rest] = s.split('/');
  if (to !== undefined) return rest.length === 0 && from !== undefined && isCalendarDay(from) && isCalendarDay(to) && from <= to;
  return isCalendarDay(s);
}

test('every gold file has a text file and a source, a valid document date and a split', () => {
  const jsons = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(jsons.length >= 16, `only ${jsons.length} gold files`);
  for (const f of jsons) assert.ok(existsSync(repoPath('test', 'corpus', f.replace(/\.json$/, '.txt'))), `${f} has no .txt`);
  for (const doc of docs) {
    assert.ok(doc.source.length > 10, `${doc.name} has no source`);
    assert.ok(isCalendarDay(doc.documentDate), `${doc.name} documentDate ${doc.documentDate}`);
    assert.ok(doc.split === 'dev' || doc.split === 'test', `${doc.name} split ${String(doc.split)}`);
    assert.ok(Array.isArray(doc.entities) && doc.entities.length > 0, `${doc.name} has no entities`);
  }
});

test('the seeds and the shared documents are dev documents and at least eight documents are held out as test', () => {
  const dev = docs.filter((d) => d.split === 'dev').map((d) => d.name);
  assert.ok(dev.includes('seed-01-japan-vietnam-summit') && dev.includes('seed-02-japan-vietnam-2plus2'));
  assert.ok(docs.filter((d) => d.split === 'test').length >= 8);
  for (const d of docs) if (/^[2-9]\d-/.test(d.name)) assert.equal(d.split, 'test', d.name);
});

test('every entity has a known type and integer offsets whose slice equals its text', () => {
  assert.deepEqual(
    problems((e, doc) => {
      if (!isEntityType(e.type)) return `unknown type (expected one of ${ENTITY_TYPES.join(', ')})`;
      if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end <= e.start) return 'bad offsets';
      const slice = doc.content.slice(e.start, e.end);
      return slice === e.text ? undefined : `slice is "${slice}"`;
    }),
    [],
  );
});

test('entities are sorted by start offset', () => {
  for (const doc of docs) {
    doc.entities.forEach((e, i) => {
      const previous = doc.entities[i - 1];
      if (previous) assert.ok(previous.start <= e.start, `${doc.name}: "${e.text}" at ${e.start} comes after ${previous.start}`);
    });
  }
});

test('person, organization, place and date spans never overlap each other', () => {
  for (const doc of docs) {
    const named = doc.entities.filter((e) => e.type !== 'commitment');
    named.forEach((e, i) => {
      const next = named[i + 1];
      if (next) assert.ok(e.end <= next.start, `${doc.name}: "${e.text}" ${e.start}-${e.end} overlaps "${next.text}" ${next.start}-${next.end}`);
    });
  }
});

test('every date has an ISO or past_ref/future_ref value and nothing else has one', () => {
  assert.deepEqual(
    problems((e) => {
      if (e.type === 'date') return e.value !== undefined && isDateValue(e.value) ? undefined : `bad value ${String(e.value)}`;
      return e.value === undefined ? undefined : 'a value on a non-date';
    }),
    [],
  );
});

test('every commitment names an actor and any deadline is an ISO value', () => {
  assert.deepEqual(
    problems((e) => {
      if (e.type !== 'commitment') return e.actor === undefined && e.deadline === undefined ? undefined : 'commitment attributes on a non-commitment';
      if (typeof e.actor !== 'string' || e.actor.trim() === '') return 'no actor';
      return e.deadline === undefined || isDateValue(e.deadline) ? undefined : `bad deadline ${e.deadline}`;
    }),
    [],
  );
});

// A full stop may end a span only as part of an abbreviation ("Jr.", "U.S.", "Oct.").
const ABBREVIATION_END = /(?:\b(?:[A-Z]\.)+|\b(?:Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Co|Inc|Ltd)\.)$/;

test('spans do not start or end with whitespace or punctuation outside the expression', () => {
  assert.deepEqual(
    problems((e) => {
      if (/^\s|\s$/.test(e.text)) return 'leading or trailing whitespace';
      if (/^[\p{P}\p{S}]/u.test(e.text)) return 'leading punctuation';
      if (e.text.endsWith('.') && !ABBREVIATION_END.test(e.text)) return 'trailing full stop';
      if (e.text.endsWith(')') && !e.text.includes('(')) return 'unbalanced closing parenthesis';
      if (/[,;:!?'"“”‘’(\-–—]$/.test(e.text)) return 'trailing punctuation';
      return undefined;
    }),
    [],
  );
});

test('person spans leave out honorifics and date spans leave out non-deadline prepositions', () => {
  assert.deepEqual(
    problems((e) => {
      if (e.type === 'person' && /^(Mr|Mrs|Ms|Dr|H\.E|Hon|Shri|Senator|Sir|Gen)\b/.test(e.text)) return 'honorific inside a person span';
      if (e.type === 'date' && /^(on|in|at|since|from|during|of|for|over)\s/i.test(e.text)) return 'preposition inside a date span';
      if ((e.type === 'place' || e.type === 'organization') && /^the\s/i.test(e.text)) return 'determiner inside a name';
      if (e.type !== 'commitment' && /['’]s$/.test(e.text)) return 'possessive inside a name';
      return undefined;
    }),
    [],
  );
});

test('every agreement-study span names a corpus document and quotes its text exactly at its offsets', () => {
  const agreement = join(dir, 'agreement');
  const byName = new Map(docs.map((d) => [d.name, d]));
  const complaints: string[] = [];
  let spans = 0;
  for (const annotator of readdirSync(agreement, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(agreement, annotator.name)).filter((f) => f.endsWith('.json'))) {
      const doc = byName.get(file.slice(0, -'.json'.length));
      if (!doc) {
        complaints.push(`${annotator.name}/${file}: no such corpus document`);
        continue;
      }
      const parsed = JSON.parse(readFileSync(join(agreement, annotator.name, file), 'utf8')) as { entities: { type: string; text: string; start: number; end: number }[] };
      for (const e of parsed.entities) {
        spans++;
        if (e.type !== 'commitment' || doc.content.slice(e.start, e.end) !== e.text) complaints.push(`${annotator.name}/${file} ${e.start}-${e.end}`);
      }
    }
  }
  assert.ok(spans > 0, 'the agreement study has spans');
  assert.deepEqual(complaints, []);
});
