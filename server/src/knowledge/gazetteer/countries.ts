/**
 * Country names from the maintained `world-countries` package, plus the forms that diplomatic prose
 * uses and the package lacks, plus a curated list of real-world abbreviations.
 */
import worldCountries from 'world-countries';
import type { GazetteerEntry } from '../gazetteer';

/**
 * Abbreviations that are written as words in prose. Two- and three-letter ISO codes in general are
 * not used, because "IN", "AS", "IT" or "TO" in capitals would be read as countries.
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['U.S.', 'US'], ['U.S.A.', 'US'], ['US', 'US'], ['USA', 'US'],
  ['UK', 'GB'], ['U.K.', 'GB'],
  ['ROK', 'KR'], ['R.O.K.', 'KR'],
  ['DPRK', 'KP'], ['D.P.R.K.', 'KP'],
  ['PRC', 'CN'], ['P.R.C.', 'CN'],
  ['UAE', 'AE'], ['U.A.E.', 'AE'],
  ['PNG', 'PG'], ['Lao PDR', 'LA'], ['DRC', 'CD'], ['D.R.C.', 'CD'], ['Trinidad', 'TT'],
  ['NZ', 'NZ'], ['N.Z.', 'NZ'], ['KSA', 'SA'], ['RoK', 'KR'],
  ['S. Korea', 'KR'], ['S.Korea', 'KR'], ['N. Korea', 'KP'], ['N.Korea', 'KP'],
];

/** Long and short forms used in diplomatic prose that the package does not list. */
const EXTRA_FORMS: readonly (readonly [string, string])[] = [
  ['Viet Nam', 'VN'], ['Socialist Republic of Viet Nam', 'VN'], ['Socialist Republic of Vietnam', 'VN'],
  ["People's Republic of China", 'CN'], ['Mainland China', 'CN'],
  ['Republic of Korea', 'KR'], ['Korea', 'KR'],
  ['North Korea', 'KP'], ["Democratic People's Republic of Korea", 'KP'],
  ['United States', 'US'], ['United States of America', 'US'], ['America', 'US'],
  ['United Kingdom', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'],
  ['Turkey', 'TR'], ['Russian Federation', 'RU'], ['Soviet Union', 'SU'],
  ['Union of Soviet Socialist Republics', 'SU'], ['USSR', 'SU'],
  ['Republic of the Philippines', 'PH'], ['Kingdom of Cambodia', 'KH'], ['Kingdom of Thailand', 'TH'],
  ['Republic of Indonesia', 'ID'], ['Republic of Singapore', 'SG'], ['Brunei Darussalam', 'BN'],
  ['Commonwealth of Australia', 'AU'], ['Republic of India', 'IN'], ['Timor-Leste', 'TL'],
  ['Czech Republic', 'CZ'], ['Holy See', 'VA'], ['Republic of China', 'TW'], ['Niger Republic', 'NE'], ['Union of Comoros', 'KM'],
];

/**
 * Alternative spellings in the package that are ordinary words or adjectives in English prose
 * ("Island" for Iceland, "Saudi", "Thai", "Lao"), so they would be false positives.
 */
const UNSAFE_SPELLINGS = new Set(['Island', 'Saudi', 'Thai', 'Lao', 'Mann', 'Prathet', 'Viti', 'Nijar', 'Zhonghua']);

/** True when a package spelling can be matched as a name in English prose. */
function usableSpelling(spelling: string): boolean {
  // Codes are left to the curated list; inverted forms ("Korea, Republic of") never occur in prose.
  if (/^[A-Z]{2,3}$/.test(spelling) || spelling.includes(', ')) return false;
  // Spellings in other scripts ("Российская Федерация") never occur in English prose and only slow the scan.
  const latin = /^[\p{Script=Latin}\p{M} '’.()-]+$/u.test(spelling);
  return latin && /^\p{Lu}/u.test(spelling) && !UNSAFE_SPELLINGS.has(spelling);
}

/** Every country surface form: common and official names, safe alternative spellings, extras and abbreviations. */
export function countryEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const add = (name: string, code: string, source: string): void => {
    // Determiners are outside names ("the Netherlands" → "Netherlands").
    const bare = name.replace(/^The /, '');
    // "The former Yugoslav Republic …" leaves a lower-case remainder, which is not a name on its own.
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return;
    entries.push({ name: bare, kind: 'place', canonical: code, reason: `country gazetteer (${source}): ${code}` });
  };
  for (const country of worldCountries) {
    add(country.name.common, country.cca2, 'world-countries');
    add(country.name.official, country.cca2, 'world-countries');
    for (const spelling of country.altSpellings) if (usableSpelling(spelling)) add(spelling, country.cca2, 'world-countries');
  }
  for (const [name, code] of EXTRA_FORMS) add(name, code, 'diplomatic forms');
  for (const [name, code] of ABBREVIATIONS) add(name, code, 'abbreviations');
  return entries;
}

/** The English demonyms of every country in the package ("Vietnamese", "Filipino"). */
export function countryDemonyms(): string[] {
  const out: string[] = [];
  for (const country of worldCountries) {
    const eng = country.demonyms['eng'];
    if (eng !== undefined) out.push(eng.m, eng.f);
  }
  return out;
}
