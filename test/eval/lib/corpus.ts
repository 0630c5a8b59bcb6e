import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The five gold entity types of the annotation guidelines. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'date', 'commitment'] as const;

/** One of the five gold entity types. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Which part of the corpus a document belongs to; `test` documents are held out from tuning. */
export type Split = 'dev' | 'test';

/** A gold entity: a span of the `.txt` file (UTF-16 offsets) with its type and attributes. */
export interface GoldEntity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly value?: string;
  readonly role?: string;
  readonly actor?: string;
  readonly deadline?: string;
}

/** The JSON shape of a gold file (`NAME.json` beside `NAME.txt`). */
export interface GoldFile {
  readonly source: string;
  readonly documentDate: string;
  readonly split: Split;
  readonly note?: string;
  readonly entities: readonly GoldEntity[];
}

/** A gold document: its name, its text and its gold annotations. */
export interface GoldDocument extends GoldFile {
  readonly name: string;
  readonly textPath: string;
  readonly content: string;
}

/** Returns true when `value` is one of the five entity types. */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Loads every `NAME.json` + `NAME.txt` pair of a corpus folder, sorted by name. */
export function loadCorpus(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const textPath = join(dir, `${name}.txt`);
      // The gold files are written by our own annotation script, so a cast after JSON.parse is enough;
      // corpus.test.ts checks the shape of every file.
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
      return { ...gold, name, textPath, content: readFileSync(textPath, 'utf8') };
    });
}
