import type { DocumentAnalysis } from '../analysis/index';
import type { Commitment, Entity } from '../analysis/types';
import { recognizePlacesAndOrganizations } from '../analysis/recognizers/namedEntities';
import { countryDemonyms, countryName, mentionsCountry } from '../knowledge/countries';
import type { Disambiguation } from '../knowledge/disambiguation';
import { lastRoleBefore, roleOn, type Official, type OfficialRole } from '../knowledge/officialsRegistry';
import { fileNameOf } from '../workspace/fileSystem';

/** Pure Markdown rendering of hover cards; no protocol types here. */

const KIND_LABEL: Record<Entity['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  date: 'date',
};

/** Escapes Markdown control characters in text that comes from a document. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}

/**
 * Text from a document as a Markdown code span. Backslash escapes do nothing inside one ("tanaka\\_taro"
 * would show its backslash), so the text goes in as it is, fenced by more backticks than it holds in a row.
 */
export function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space on each side keeps a backtick at either end from joining the fence; Markdown strips one.
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A document that mentions an official, as the card links to it. */
export interface CardDocument {
  readonly uri: string;
  readonly title?: string;
  readonly date?: string;
  /** Zero-based line of the first mention, used as a `#L` fragment so the link opens there. */
  readonly line?: number;
}

/** An open commitment the official is party to. */
export interface CardCommitment {
  readonly id?: string;
  readonly quote: string;
  readonly uri: string;
  readonly due?: string;
}

/** Everything an official's card shows besides the registry entry itself. */
export interface OfficialCardContext {
  /** The document date (YYYY-MM-DD); absent on cards shown outside a policy document. */
  readonly documentDate?: string;
  readonly today: string;
  /** The newest documents mentioning the official (those the card links to), newest first. */
  readonly documents: readonly CardDocument[];
  /** How many documents mention the official in all; `documents.length` when absent. */
  readonly documentCount?: number;
  readonly openCommitments: readonly CardCommitment[];
  /** Why the mention was recognised (the entity's reason). */
  readonly reason?: string;
  /** Set when the written name is shared by several officials and the evidence chose this one. */
  readonly ambiguity?: { readonly text: string; readonly disambiguation: Disambiguation };
}

/** How many documents an official's card links to; the rest are counted. */
export const LINKED_DOCUMENTS = 3;
const LISTED_COMMITMENTS = 3;

/** The card of a known official: role on the document's date and today, office dates, other appearances. */
export function officialCard(official: Official, ctx: OfficialCardContext): string {
  const role = roleOn(official, ctx.documentDate ?? ctx.today);
  const lines: string[] = [];
  lines.push(`**${md(official.name)}**${role ? ` — ${md(styledTitle(role, official.country))}` : ''}`);
  const country = official.country ? `${md(countryName(official.country) ?? official.country)} (${official.country})` : 'country not recorded';
  lines.push('', `${country} · ${code(official.id)}`);
  const posts: string[] = [];
  if (ctx.documentDate) {
    posts.push(role ? `On ${ctx.documentDate}: ${roleLine(role)}` : `On ${ctx.documentDate}: _no post recorded in the registry._`);
  }
  const current = roleOn(official, ctx.today);
  if (!ctx.documentDate || current !== role) {
    if (current) posts.push(`${ctx.documentDate ? 'Now' : 'Today'} (${ctx.today}): ${roleLine(current)}`);
    else {
      const left = lastRoleBefore(official, ctx.today);
      posts.push(`Now (${ctx.today}): _no post recorded${left?.to ? `; left office ${left.to}` : ''}._`);
    }
  }
  if (!role && !current && official.roles.length > 0) {
    posts.push(`Posts: ${official.roles.map((r) => `${md(r.title)} (${term(r)})`).join('; ')}`);
  }
  // The post lines form one paragraph with hard breaks, so the card stays compact.
  lines.push('', posts.join('  \n'));
  if (ctx.ambiguity) lines.push('', ambiguityNote(ctx.ambiguity.text, official, ctx.ambiguity.disambiguation, ctx.documentDate, ctx.today));
  const documentCount = Math.max(ctx.documentCount ?? 0, ctx.documents.length);
  if (documentCount > 0) {
    const links = ctx.documents.slice(0, LINKED_DOCUMENTS).map(documentLink).join(', ');
    const more = documentCount > LINKED_DOCUMENTS ? ', …' : '';
    lines.push('', `Mentioned in ${documentCount} document${documentCount === 1 ? '' : 's'}: ${links}${more}`);
  }
  if (ctx.openCommitments.length > 0) {
    lines.push('', `Open commitments (${ctx.openCommitments.length}):`);
    for (const c of ctx.openCommitments.slice(0, LISTED_COMMITMENTS)) {
      const id = c.id ? `${code(c.id)} ` : '';
      lines.push(`- ${id}${md(truncate(c.quote.replace(/\s+/g, ' '), 80))}${c.due ? ` (due ${c.due})` : ''}`);
    }
    if (ctx.openCommitments.length > LISTED_COMMITMENTS) lines.push('- …');
  }
  if (ctx.reason) lines.push('', `_Why: ${md(ctx.reason)}._`);
  return lines.join('\n');
}

/** The card of a mention whose name several officials share when nothing in the document tells them apart. */
export function ambiguousPersonCard(text: string, disambiguation: Disambiguation, documentDate: string | undefined, today: string, reason?: string): string {
  const lines = [`**${md(text)}** — ambiguous: ${disambiguation.candidates.length} officials in the registry share this name`, ''];
  for (const { official } of disambiguation.candidates) lines.push(`- ${candidateLine(official, documentDate, today)}`);
  lines.push('', 'Nothing in the document tells them apart: list the right id under `officials:` in the front matter.');
  if (reason) lines.push('', `_Why: ${md(reason)}._`);
  return lines.join('\n');
}

/** The card of a person the registry does not know. */
export function unknownPersonCard(entity: Entity): string {
  const lines = [`**${md(entity.text)}** — person, not in the officials registry`];
  lines.push('', entity.role ? `The text calls them: ${md(entity.role)}` : 'The text gives no title next to this mention.');
  lines.push(
    '',
    'To record them, use the quick fix “Add to officials registry” on the `frontMatter.official.unlisted` diagnostic.',
    '',
    `_Why: ${md(entity.reason)}._`,
  );
  return lines.join('\n');
}

/**
 * The title with its country: "Prime Minister of Japan", or "Australian Ambassador to Viet Nam" when
 * the title already points at another country; unchanged when it names its own country or an institution.
 */
export function styledTitle(role: OfficialRole, country: string | undefined): string {
  const name = country ? countryName(country) : undefined;
  if (!name || !country || mentionsCountry(role.title, country)) return role.title;
  if (/ to /.test(role.title)) {
    const demonym = countryDemonyms(country)[0];
    return demonym ? `${demonym} ${role.title}` : role.title;
  }
  // A title that names its institution ("President of the European Commission", "General Secretary of
  // the Workers' Party of Korea") is not a post of the official's country.
  if (recognizePlacesAndOrganizations(role.title).length > 0) return role.title;
  return `${role.title} of ${name}`;
}

function roleLine(role: OfficialRole): string {
  const org = role.organization ? `, ${md(role.organization)}` : '';
  const rank = role.rank ? ` · rank ${md(role.rank)}` : '';
  return `**${md(role.title)}**${org}${rank} — ${term(role)}`;
}

function term(role: OfficialRole): string {
  if (role.from && role.to) return `in office ${role.from} → ${role.to}`;
  if (role.from) return `since ${role.from}`;
  if (role.to) return `until ${role.to}`;
  return 'dates not recorded';
}

/** One candidate of a shared name, with the post held on the document's date (today's for an undated document, as on the official's own card). */
function candidateLine(official: Official, documentDate: string | undefined, today: string): string {
  const country = official.country ? ` · ${md(countryName(official.country) ?? official.country)} (${official.country})` : '';
  const date = documentDate ?? today;
  const role = roleOn(official, date);
  const when = documentDate ? `on ${documentDate}` : `today (${today})`;
  const post = role ? ` · ${md(role.title)} ${when}` : ` · no post ${when}`;
  return `**${md(official.name)}** (${code(official.id)})${country}${post}`;
}

function ambiguityNote(text: string, official: Official, d: Disambiguation, documentDate: string | undefined, today: string): string {
  const chosen = d.candidates.find((c) => c.official.id === official.id);
  // Only evidence that the other candidates lack explains the choice; shared evidence is left out.
  const decisive = chosen?.evidence.filter((e) => !d.candidates.some((c) => c !== chosen && c.evidence.includes(e))) ?? [];
  const why = decisive.length > 0 ? ` Chosen because: ${decisive.map(md).join('; ')}.` : '';
  const others = d.candidates.filter((c) => c.official.id !== official.id).map((c) => candidateLine(c.official, documentDate, today));
  return `⚠ “${md(text)}” is ambiguous: ${d.candidates.length} officials share it.${why} Also possible: ${others.join('; ')}.`;
}

function documentLink(d: CardDocument): string {
  const label = md(truncate(d.title ?? fileNameOf(d.uri), 60));
  // A bracket or space left in the target would end the link early in the Markdown renderer.
  const uri = d.uri.replace(/[() ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  const target = d.line !== undefined ? `${uri}#L${d.line + 1}` : uri;
  return `[${label}](${target})${d.date ? ` (${d.date})` : ''}`;
}

/** The card of a date: its resolved ISO value and how it was resolved. */
export function dateCard(entity: Entity, analysis: DocumentAnalysis): string {
  const value = entity.value ?? 'unresolved';
  const lines = [`**${md(value)}** — date${entity.precision ? ` (${entity.precision})` : ''}`];
  if (entity.relative) {
    const anchor = analysis.documentDate;
    lines.push(
      '',
      anchor
        ? `"${md(entity.text)}" resolved against the document date ${anchor.value} (from the ${anchor.source === 'frontMatter' ? 'front matter' : anchor.source}).`
        : `"${md(entity.text)}" is relative, and this document has no date: add \`date:\` to the front matter.`,
    );
  }
  lines.push('', `_Why: ${md(entity.reason)}._`);
  return lines.join('\n');
}

/** The card of an organisation or place. */
export function namedEntityCard(entity: Entity): string {
  const canonical = entity.canonical && entity.canonical !== entity.text ? ` · ${md(entity.canonical)}` : '';
  return `**${md(entity.text)}** — ${KIND_LABEL[entity.kind]}${canonical}\n\n_Why: ${md(entity.reason)}._`;
}

/** The card of a commitment clause, with its annotation status when the analyst recorded it. */
export function commitmentCard(commitment: Commitment, annotation?: { id?: string; status?: string; due?: string; fulfilledBy?: string }): string {
  const lines = ['**Commitment**'];
  if (commitment.actor) lines.push('', `Actor: ${md(commitment.actor)}`);
  if (commitment.deadline) lines.push(`Deadline: ${commitment.deadline}`);
  if (annotation) {
    lines.push(
      '',
      `Annotated as ${code(annotation.id ?? '(no id)')}: ${annotation.status ?? 'open'}` +
        (annotation.due ? `, due ${annotation.due}` : '') +
        (annotation.fulfilledBy ? `, fulfilled by ${code(annotation.fulfilledBy)}` : ''),
    );
  } else {
    lines.push('', '_Not annotated in the front matter yet._');
  }
  lines.push('', `_Why: ${md(commitment.reason)}._`);
  return lines.join('\n');
}


function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
