/**
 * The words people recognition is built from: honorifics, titles, name tokens, words that are never
 * names, and first names. Shared by the people recogniser and its title-phrase patterns.
 */
import { isListedFirstName, isWorldGivenName } from '../../knowledge/firstNames';
import { organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import { INSTITUTION_HEADS } from '../../knowledge/gazetteer/institutionWords';
import type { Span } from '../types';
import { memoizeString } from './wordMemo';

// Honorifics are dropped from both span and role; titles are dropped from the span and kept as role.
// Malaysian and Bruneian honours ("Dato' Seri", "Datuk Seri", "Tan Sri", "Tun") are honorifics too.
export const HONORIFIC = String.raw`(?:Mr|Ms|Mrs|Mme|Dr|Prof|H\.E|Hon|Rt\.? Hon|Smt|Sr|Sra)\.?|Professor|Shri|Sir|Dame|the Rt Hon|His Excellency|Her Excellency|Dato['’](?: Seri| Sri)?|Datuk(?: Seri| Sri)?|Datin(?: Seri)?|Tan Sri|Puan Sri|Toh Puan|Tun|Samdech(?: Techo)?|Sheikh`;
// Titles are written capitalised before a name and lower-cased in running text ("foreign minister Hassan Wirayuda").
const caseless = (words: string): string => words.replace(/(^|[|(?:\s-])(\p{Lu})(?=\p{Ll})/gu, (_, pre: string, c: string) => `${pre}[${c}${c.toLowerCase()}]`);
export const TITLE_WORD = caseless(String.raw`(?:Prime|Deputy|Vice|Senior|Permanent|Foreign|Defen[cs]e|Finance|Trade|Chief|State|First|Second|Executive|General|Lieutenant|Major|Colonel|Admiral|Supreme|Crown|Special|High|Acting|Former|Federal|Union|External|Home|Interior|Parliamentary|Principal|Assistant|Under|Cabinet|Party|Opposition|Communist)`);
export const TITLE_HEAD = caseless(String.raw`(?:Minister|Vice-Minister|Ministers|President|Vice-President|Premier|Chancellor|Secretary(?:-General)?|Secretary of State|Ambassador|Envoy|Representative|Commissioner|Governor|Senator|Congressman|Congresswoman|Speaker|Chairman|Chairwoman|Chairperson|Chair|King|Queen|Emperor|Empress|Prince|Princess|Sultan|Emir|Sheikh|Pope|Mayor|General|Admiral|Spokesperson|Spokesman|Spokeswoman|Counterpart|Leader|Director-General|Director|Chief|Commander|Adviser|Advisor|MP|PM|NSA)`);
export const TITLE = String.raw`(?:(?:${TITLE_WORD}[ -])*${TITLE_HEAD})`;
// A name token: capitalised or all-caps word, optional inner apostrophe + capital (O'Brien) or + lower-case
// letters (Samoan "Mata’afa"; never a contraction such as "’ll"), or an initial.
// An Arabic article glued by a hyphen belongs to the name token ("al-Jubeir", "el-Sisi").
// Mongolian names are written with the father's initial glued on ("U.Khurelsukh", "D.Tsogtbaatar").
export const NAME_TOKEN = String.raw`(?!Jr\.)(?:\p{Lu}\.\p{Lu}\p{Ll}{2,}|\p{Lu}\.(?= \p{Lu})|(?:a[lnrsdtz]|el|ash)-\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{L}[\p{Ll}\p{Lu}\p{M}]*){0,2}(?:['’](?:\p{Lu}[\p{Ll}\p{M}]+|(?!(?:ll|re|ve|s)(?![\p{L}\p{N}]))\p{Ll}{2,}))?)`;
export const PARTICLE = String.raw`(?:bin|binti|van|von|der|de|da|del|di|al|el|la|le)`;
// Up to two particles may stand between name tokens ("Ursula von der Leyen").
export const NAME = String.raw`${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0]){0,2}${NAME_TOKEN}){0,3}(?:,? Jr\.)?`;

// A word that is a title on its own ("Chief", "Cabinet", "Secretary").
export const TITLE_TOKEN = new RegExp(String.raw`^(?:${TITLE_WORD}|${TITLE_HEAD})$`, 'u');

/** The head words of institutions' names ("BRAC Group", "Gavi Alliance"), which never end a person's name. */
export const INSTITUTION_HEAD_WORDS: ReadonlySet<string> = new Set(INSTITUTION_HEADS);

/** Words after a name that make it a body or an office ("Joe Biden Administration"). */
export const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  ...INSTITUTION_HEADS, 'Administration', 'Government', 'Cabinet', 'Foundation', 'Centre', 'Center', 'Airport', 'Road', 'Street',
  'House', 'Hall', 'Stadium', 'University', 'School', 'Hospital', 'Prize', 'Award', 'Doctrine', 'Plan', 'Initiative',
]);

// Letters after a name that are not part of it ("Bob Carr MP").
export const POST_NOMINALS = new Set(['MP', 'PM', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'AO', 'AC', 'PhD', 'MLA', 'MEP', 'MSP']);

// Capitalised words that follow titles but are not names.
export const NOT_NAME = new Set([
  'The', 'A', 'An', 'And', 'Of', 'In', 'On', 'At', 'For', 'To', 'With', 'During', 'After', 'Before', 'Both', 'His', 'Her', 'Their',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'Minister', 'Ministry', 'President', 'Government', 'Office',
  'Department', 'Council', 'Committee', 'Affairs', 'Foreign', 'Defense', 'Defence', 'State', 'General', 'Assembly', 'Sea', 'Said',
  // Royal and military titles that may follow another title ("Foreign Minister Prince Faisal bin Farhan").
  'Prince', 'Princess', 'King', 'Queen', 'Sheikh', 'Emir', 'Sultan', 'Admiral', 'Marshal',
  // Meeting words after a plural title ("the ASEAN Foreign Ministers Meeting").
  'Meeting', 'Meetings', 'Summit', 'Conference', 'Dialogue', 'Session', 'Talks', 'Consultations', 'Retreat', 'Declaration', 'Statement',
  // Words of document headings ("FINAL Joint Communiqué", "PRESS Release").
  'Final', 'Joint', 'Press', 'Release', 'Full', 'Text', 'News', 'Breaking', 'Update', 'Readout', 'Remarks', 'Communique', 'Communiqué',
  'Mr', 'Ms', 'Mrs', 'Dr', 'Also', 'However', 'Meanwhile', 'Today', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Republic', 'Kingdom', 'Union', 'United', 'National', 'International', 'Security', 'Prime', 'Deputy',
  'Vice', 'Senior', 'Permanent', 'Secretary', 'PM', 'Dato', 'Datuk', 'Datin', 'Seri', 'Commission', 'Agency', 'Bank',
  'Secretariat', 'Parliament', 'Forum', 'Organization', 'Organisation', 'Authority', 'Court', 'Member', 'Members', 'States', 'Countries', 'AU', 'MOFA', 'MOD', 'UN', 'EU', 'ASEAN', 'NATO', 'US', 'UK', 'USA', 'OSA', 'AOIP',
]);

// Given names from stdlib's English first-name datasets, plus given names frequent in international
// affairs that those lists lack; an untitled "Given Family" pair is then a person.
export const EXTRA_GIVEN_NAMES = ['Donald', 'Narendra', 'Kamala', 'Barack', 'Rishi', 'Olaf', 'Josep', 'Shinzo', 'Fumio', 'Yoshihide', 'Shigeru', 'Recep', 'Jair', 'Luiz', 'Volodymyr', 'Sergey', 'Sergei', 'Jens', 'Antonio', 'António', 'Jacinda', 'Anwar', 'Joko', 'Prabowo', 'Subrahmanyam', 'Ebrahim', 'Kishida', 'Mohammed', 'Muhammad', 'Abdullah', 'Recep', 'Mahmoud', 'Benjamin', 'Yoon', 'Lee', 'Moon'];
// Capitalised words that are given names in the lists but far more often ordinary words in this genre.
export const AMBIGUOUS_GIVEN = new Set(['Will', 'May', 'June', 'April', 'August', 'Hope', 'Grace', 'Mark', 'Bill', 'Chase', 'Faith', 'Joy', 'Summer', 'Rose', 'Iris', 'Lincoln', 'Major', 'General', 'Sea', 'China', 'Georgia', 'Jordan', 'Chad', 'Victoria', 'Israel', 'Florence', 'Paris', 'Sydney', 'Austin', 'Eden', 'Price', 'Young', 'Rich', 'Royal', 'Justice', 'Page', 'Long', 'Minister', 'President', 'Prime', 'Foreign', 'Republic', 'Union', 'Ministry', 'Council', 'Trade', 'Deputy', 'North', 'South', 'East', 'West', 'New', 'Asia']);
export const EXTRA_GIVEN: ReadonlySet<string> = new Set(EXTRA_GIVEN_NAMES);
/** First words of multi-word place names that are also given names somewhere. */
const PLACE_OPENERS = new Set(['Sierra', 'Costa', 'Santa', 'San', 'Santo', 'Puerto', 'Porto', 'Nova', 'Hong', 'Sri', 'Nueva', 'Buenos', 'Rio', 'Sao', 'São', 'Abu', 'Dar', 'Kuala', 'Phnom', 'Addis', 'Nay', 'Bandar', 'Port', 'Saint', 'Los', 'Las', 'El', 'Monte', 'Santiago']);
/** True for a known first name that is not more often an ordinary word in this genre. */
export const isGivenName: (word: string) => boolean = memoizeString(givenNameTest);

/** The test behind {@link isGivenName}, which caches it: it is asked about the same capitalised words again and again. */
function givenNameTest(word: string): boolean {
  if (AMBIGUOUS_GIVEN.has(word)) return false;
  if (isListedFirstName(word) || EXTRA_GIVEN.has(word)) return true;
  // Names of other languages that are also places or bodies ("Aba", "Lima") or open a place name
  // ("Sierra Leone", "Costa Rica") would turn those into people.
  return isWorldGivenName(word) && !PLACE_OPENERS.has(word) && placeGazetteer().lookup(word) === undefined && organizationGazetteer().lookup(word) === undefined;
}

export const HONORIFIC_ONLY = new RegExp(String.raw`^(?:(?:${HONORIFIC})[ \u00a0]*)+$`, 'u');
export const HONORIFIC_STRIP = new RegExp(String.raw`(?:^|[ \u00a0])(?:${HONORIFIC})(?=[ \u00a0]|$)`, 'gu');

/** The title as written before or after a name, without honorifics; undefined when nothing is left. */
export const cleanRole: (raw: string) => string | undefined = memoizeString(cleanRoleText);

/** The cleaning behind {@link cleanRole}, which caches it: the same few titles recur throughout a document. */
function cleanRoleText(raw: string): string | undefined {
  // A bracketed abbreviation of the title ("Prime Minister (PM)") is not part of the role.
  const role = raw.replace(HONORIFIC_STRIP, ' ').replace(/\(\p{Lu}{2,6}\)/gu, ' ').replace(/\s+/g, ' ').trim();
  if (role.length === 0 || HONORIFIC_ONLY.test(raw.trim())) return undefined;
  return role;
}

/** True when `span` overlaps one of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  // A plain loop: every candidate name asks this, and `some` would need a new closure each time.
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.start < span.end && span.start < s.end) return true;
  }
  return false;
}
