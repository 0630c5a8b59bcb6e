import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDocument, GoldFile } from './corpus';

/**
 * Loads the development documents of a corpus folder, sorted by name. A held-out document's text is
 * never read: its gold file is parsed only to learn its split and is dropped at once.
 */
export function loadDevCorpus(dir: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    // The gold files are written by our own annotation script; corpus.test.ts checks their shape.
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
    if (gold.split !== 'dev') continue;
    const name = file.slice(0, -'.json'.length);
    const textPath = join(dir, `${name}.txt`);
    docs.push({ ...gold, name, textPath, content: readFileSync(textPath, 'utf8') });
  }
  return docs;
}

/** The fold (0 … folds-1) of a document: a fixed FNV-1a hash of its name, so that folds never change between runs. */
export function foldOf(name: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}
