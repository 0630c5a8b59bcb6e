/**
 * Writes server/src/knowledge/givenNames.json from the `@faker-js/faker` locale data: given names used
 * in many countries (Turkish, Indonesian, Indian, Nigerian, Ghanaian, South African, European, Latin
 * American, Central Asian…), so that officials outside the English-speaking world are recognised by
 * their first names too. A name is kept only when it is one capitalised word of three letters or more
 * that the `compromise` English lexicon does not know as an ordinary word. The people recogniser
 * bundles the file (places are checked there, at run time); `test/unit/givenNames.test.ts` checks it
 * is current. Usage: node scripts/generate-given-names.mjs [--check]
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './lib/generatedFile.mjs';

/** Latin-script locales whose given names officials of the genre carry. */
export const LOCALES = [
  'tr', 'id_ID', 'en_IN', 'en_NP', 'en_NG', 'en_GH', 'yo_NG', 'zu_ZA', 'af_ZA', 'fr', 'fr_SN', 'es', 'es_MX', 'pt_BR',
  'pt_PT', 'it', 'de', 'nl', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'hr', 'sl_SI', 'sr_RS_latin', 'sv', 'nb_NO', 'da', 'fi',
  'lv', 'az', 'uz_UZ_latin', 'ku_kmr_latin',
];
const target = fileURLToPath(new URL('../server/src/knowledge/givenNames.json', import.meta.url));
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun']);

/** The file's text as the packages yield it today. */
export function givenNamesJson() {
  const require = createRequire(import.meta.url);
  const { allLocales } = require('@faker-js/faker');
  const lexicon = require('compromise').world().model.one.lexicon;
  const names = new Set();
  for (const locale of LOCALES) {
    const first = allLocales[locale]?.person?.first_name;
    if (first === undefined) throw new Error(`no first names for locale ${locale}`);
    for (const name of [...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])]) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) continue;
      // "Hope", "Mercedes", "Ayer": a word English uses otherwise would make names out of prose.
      const tags = lexicon[name.toLowerCase()];
      const tagList = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
      if (tagList.length > 0 && !tagList.some((t) => NAME_TAGS.has(t))) continue;
      names.add(name);
    }
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `[\n${sorted.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(target, givenNamesJson(), 'scripts/generate-given-names.mjs', 'names');
