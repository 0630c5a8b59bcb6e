/**
 * ISO 3166-1 alpha-2 codes as the officials registry uses them: validation, display names and
 * demonyms, from the maintained `world-countries` package.
 */
import worldCountries from 'world-countries';

/** Diplomatic short names that differ from the package's common name; these read as the documents do. */
const PREFERRED_NAMES: ReadonlyMap<string, string> = new Map([['VN', 'Viet Nam']]);

interface CountryInfo {
  readonly name: string;
  /** Every name a text may use for the country, the display name first. */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
}

let table: ReadonlyMap<string, CountryInfo> | undefined;

// The table is built on first use, so that loading the module stays cheap for the CLI.
function countries(): ReadonlyMap<string, CountryInfo> {
  if (table) return table;
  const built = new Map<string, CountryInfo>();
  for (const c of worldCountries) {
    const eng = c.demonyms['eng'];
    const name = PREFERRED_NAMES.get(c.cca2) ?? c.name.common;
    built.set(c.cca2, {
      name,
      names: [...new Set([name, c.name.common])],
      demonyms: eng ? [...new Set([eng.m, eng.f])] : [],
    });
  }
  table = built;
  return table;
}

/** True for an assigned ISO 3166-1 alpha-2 code written in capitals ("JP"); "jp" and "XX" are not. */
export function isCountryCode(code: string): boolean {
  return countries().has(code);
}

/** The English short name of a country code ("VN" → "Viet Nam"), or undefined for an unknown code. */
export function countryName(code: string): string | undefined {
  return countries().get(code)?.name;
}

/** The English demonyms of a country code ("AU" → ["Australian"]), empty for an unknown code. */
export function countryDemonyms(code: string): readonly string[] {
  return countries().get(code)?.demonyms ?? [];
}

/** True when `text` names the country of `code` by its name, its code or its demonym, as a whole word. */
export function mentionsCountry(text: string, code: string): boolean {
  return countryPattern(code)?.test(text) ?? false;
}

/** One pattern per country code, compiled on first use: ambiguous names ask for every candidate's country on every mention. */
const COUNTRY_PATTERNS = new Map<string, RegExp | undefined>();

function countryPattern(code: string): RegExp | undefined {
  if (COUNTRY_PATTERNS.has(code)) return COUNTRY_PATTERNS.get(code);
  const info = countries().get(code);
  const forms = info ? [...info.names, code, ...info.demonyms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : undefined;
  const pattern = forms ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;
  COUNTRY_PATTERNS.set(code, pattern);
  return pattern;
}
