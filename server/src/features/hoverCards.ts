import type { DocumentAnalysis } from '../analysis/index';
import type { Commitment, Entity } from '../analysis/types';
import { roleOn, type Official, type OfficialsRegistry } from '../knowledge/officialsRegistry';
import type { Mention } from '../workspace/workspaceIndex';

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

/** Everything an official's card shows besides the registry entry itself. */
export interface OfficialCardContext {
  readonly documentDate?: string;
  readonly today: string;
  readonly mentions: readonly Mention[];
  readonly openCommitments: readonly { readonly quote: string; readonly uri: string; readonly due?: string }[];
}

/** The card of a known official: role on the document's date, office dates, other appearances. */
export function officialCard(official: Official, entity: Entity, registry: OfficialsRegistry, ctx: OfficialCardContext): string {
  const lines: string[] = [];
  const country = official.country ? ` · ${official.country}` : '';
  lines.push(`**${md(official.name)}** — official${country}`);
  const role = roleOn(official, ctx.documentDate);
  if (role) {
    const org = role.organization ? `, ${md(role.organization)}` : '';
    const rank = role.rank ? ` (${md(role.rank)})` : '';
    const when = ctx.documentDate ? ` on ${ctx.documentDate}` : '';
    lines.push('', `${md(role.title)}${org}${rank}${when}`);
    lines.push(`In office ${role.from ?? '?'} – ${role.to ?? 'present'}`);
  } else if (ctx.documentDate) {
    lines.push('', `_No post recorded in the registry on ${ctx.documentDate}._`);
  }
  const current = roleOn(official, ctx.today);
  if (current && current !== role) {
    lines.push(`Now: ${md(current.title)}${current.organization ? `, ${md(current.organization)}` : ''}`);
  } else if (!current && role?.to) {
    lines.push(`Left that post on ${role.to}.`);
  }
  if (entity.alternatives && entity.alternatives.length > 1) {
    const names = entity.alternatives.map((id) => `${md(registry.get(id)?.name ?? id)} (${id})`).join(', ');
    lines.push('', `⚠ Ambiguous mention: could be ${names}. Chosen by the post held on the document date.`);
  }
  const docs = uniqueDocuments(ctx.mentions);
  if (docs.length > 0) {
    const latest = docs
      .slice(0, 3)
      .map((d) => `[${md(d.title ?? fileName(d.uri))}](${d.uri})${d.date ? ` (${d.date})` : ''}`)
      .join(', ');
    lines.push('', `Mentioned in ${docs.length} document${docs.length === 1 ? '' : 's'}: ${latest}${docs.length > 3 ? ', …' : ''}`);
  }
  if (ctx.openCommitments.length > 0) {
    lines.push('', `Open commitments (${ctx.openCommitments.length}):`);
    for (const c of ctx.openCommitments.slice(0, 3)) {
      lines.push(`- ${md(truncate(c.quote, 90))}${c.due ? ` — due ${c.due}` : ''}`);
    }
  }
  lines.push('', `_Why: ${md(entity.reason)}._`);
  return lines.join('\n');
}

/** The card of a person the registry does not know. */
export function unknownPersonCard(entity: Entity): string {
  const lines = [`**${md(entity.text)}** — person, not in the officials registry`];
  if (entity.role) lines.push('', `The text calls them: ${md(entity.role)}`);
  lines.push('', 'Use the quick fix "Add to officials registry" to record them.', '', `_Why: ${md(entity.reason)}._`);
  return lines.join('\n');
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
      `Annotated as \`${md(annotation.id ?? '(no id)')}\`: ${annotation.status ?? 'open'}` +
        (annotation.due ? `, due ${annotation.due}` : '') +
        (annotation.fulfilledBy ? `, fulfilled by \`${md(annotation.fulfilledBy)}\`` : ''),
    );
  } else {
    lines.push('', '_Not annotated in the front matter yet._');
  }
  lines.push('', `_Why: ${md(commitment.reason)}._`);
  return lines.join('\n');
}

function uniqueDocuments(mentions: readonly Mention[]): { uri: string; title?: string; date?: string }[] {
  const seen = new Map<string, { uri: string; title?: string; date?: string }>();
  for (const m of mentions) {
    if (!seen.has(m.uri)) {
      seen.set(m.uri, { uri: m.uri, ...(m.facts.title ? { title: m.facts.title } : {}), ...(m.facts.date ? { date: m.facts.date } : {}) });
    }
  }
  return [...seen.values()];
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
