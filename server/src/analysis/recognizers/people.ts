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
const TITLE_WORD = String.raw`(?:Prime|Deputy|Vice|Senior|Permanent|Foreign|Defen[cs]e|Defen[cs]e|Finance|Trade|Chief|State|First|Second|Executive|General|Lieutenant|Major|Colonel|Admiral|Supreme|Crown|Special|High|Acting|Former|former|Federal|Union|External|Home|Interior|Parliamentary|Principal|Assistant|Under|Cabinet|Party|Opposition|Communist)`;
const TITLE_HEAD = String.raw`(?:Minister|Vice-Minister|Ministers|President|Vice-President|Premier|Chancellor|Secretary(?:-General)?|Secretary of State|Ambassador|Envoy|Representative|Commissioner|Governor|Senator|Congressman|Congresswoman|Speaker|Chairman|Chairwoman|Chairperson|Chair|King|Queen|Emperor|Empress|Prince|Princess|Sultan|Emir|Sheikh|Pope|Mayor|General|Admiral|Spokesperson|Spokesman|Spokeswoman|counterpart|leader|Leader|spokesperson|spokesman|Director-General|Director|Chief|Commander|MP|PM)`;
const TITLE = String.raw`(?:(?:${TITLE_WORD}[ -])*${TITLE_HEAD})`;
// A name token: capitalised or all-caps word, optional inner apostrophe + capital (O'Brien), or an initial.
const NAME_TOKEN = String.raw`(?!Jr\.)(?:\p{Lu}\.(?= \p{Lu})|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{Lu}[\p{Ll}\p{Lu}\p{M}]*)?(?:['’]\p{Lu}[\p{Ll}\p{M}]+)?)`;
const PARTICLE = String.raw`(?:bin|binti|van|von|der|de|da|del|di|al|el|la|le)`;
const NAME = String.raw`${NAME_TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${NAME_TOKEN}){0,3}(?:,? Jr\.)?`;

const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<title>(?:(?:${HONORIFIC})[ \u00a0]+)*(?:(?:\p{Lu}\p{Ll}+ )?${TITLE}[ \u00a0]+)?(?:(?:${HONORIFIC})[ \u00a0]+)*)(?<name>${NAME})(?![\p{L}\p{N}])`,
  'gu',
);

const HONORIFIC_ONLY = new RegExp(String.raw`^(?:(?:${HONORIFIC})[ \u00a0]*)+$`, 'u');
const HONORIFIC_STRIP = new RegExp(String.raw`(?:^|[ \u00a0])(?:${HONORIFIC})(?=[ \u00a0]|$)`, 'gu');

// Common Vietnamese, Chinese and Korean family names let untitled three-part names be recognised.
const ASIAN_FAMILY = String.raw`(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Võ|Vo|Vũ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|To|Tô|Dinh|Đinh|Truong|Trương|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Kim|Lee|Park|Choi|Jung|Kang|Yoon|Moon)`;
const ASIAN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${ASIAN_FAMILY}(?: \p{Lu}[\p{Ll}\p{M}]+){1,2}(?![\p{L}\p{N}])`,
  'gu',
);
// Japanese style: family name in capitals followed by a given name ("KISHIDA Fumio").
const UPPER_FAMILY_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}[ \u00a0]\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;

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
  return found.sort((a, b) => a.span.start - b.span.start);
}

function titledNames(paragraph: string): Entity[] {
  const out: Entity[] = [];
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(paragraph); m; m = TITLED_NAME.exec(paragraph)) {
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
    while (tokens.length > 0 && NOT_NAME.has(tokens[tokens.length - 1]!.replace(/\.$/, ''))) tokens.pop();
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
