/**
 * Checks that compare the front matter with the body: quotes and mentions that must occur in it,
 * people it names that the annotations or the registry miss, and detected commitments that no
 * annotation covers.
 */
import { placeGazetteer } from '../../knowledge/gazetteer';
import { isCountryCode } from '../../knowledge/countries';
import { normalizeName } from '../../knowledge/nameMatching';
import type { CorrectionAnnotation } from '../annotations';
import { findParagraphs } from '../bodyRegions';
import { addedSpans } from '../corrections';
import { composed } from '../normalization';
import type { Finding, FindingFix } from '../findings';
import type { Commitment, Entity, Span } from '../types';
import { dueFromDeadline } from './dates';
import { closestPassage, findNormalized, indexSentences, normalizeForMatch, type IndexedSentence } from './textMatching';
import { trimSpan, type CheckInput } from './types';

/**
 * Commitment quotes that do not occur in the body (whitespace, case and curly/straight quotes
 * folded), each with the closest passage as a fix.
 * @returns the findings and the file spans where the other quotes were found
 */
export function checkQuotes(input: CheckInput): { findings: Finding[]; quoted: Span[] } {
  const { analysis, text } = input;
  const findings: Finding[] = [];
  const quoted: Span[] = [];
  let sentences: IndexedSentence[] | undefined;
  for (const c of analysis.annotations.commitments) {
    if (!c.quote || c.quote.value.trim().length === 0) continue;
    const found = findNormalized(input.body(), normalizeForMatch(c.quote.value));
    if (found) {
      quoted.push(found);
      continue;
    }
    sentences ??= indexSentences(text, analysis.bodyStart, text.length);
    const passage = closestPassage(text, sentences, c.quote.value);
    const suggestion = passage ? text.slice(passage.start, passage.end).replace(/\s+/g, ' ') : undefined;
    const span = trimSpan(c.quote.span, text);
    findings.push({
      code: 'frontMatter.commitment.quoteMissing',
      severity: 'warning',
      span,
      message: `The quote of ${c.id ? `commitment "${c.id.value}"` : 'this commitment'} does not occur in the body${suggestion ? `; the closest passage is "${suggestion}".` : '.'}`,
      ...(passage ? { related: [{ span: passage, message: 'The closest passage of the body' }] } : {}),
      ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: 'Replace the quote with the closest passage of the body' } } : {}),
    });
  }
  return { findings, quoted };
}

/** Listed officials whose `mention` is not in the body; the fix copies the body's own mention when there is one. */
export function checkMentions(input: CheckInput): Finding[] {
  const { analysis, text } = input;
  const findings: Finding[] = [];
  for (const official of analysis.annotations.officials) {
    if (!official.mention || official.mention.value.trim().length === 0) continue;
    if (findNormalized(input.body(), normalizeForMatch(official.mention.value))) continue;
    const id = official.id?.value;
    const mention = id ? analysis.entities.find((e) => e.kind === 'person' && e.officialId === id) : undefined;
    const suggestion = mention ? mentionText(text, mention) : undefined;
    const span = trimSpan(official.mention.span, text);
    findings.push({
      code: 'frontMatter.official.mentionMissing',
      severity: 'warning',
      span,
      message: `The mention "${official.mention.value}" does not occur in the body${suggestion ? `; the body writes "${suggestion}".` : '.'}`,
      ...(mention ? { related: [{ span: mention.span, message: 'A mention of this official in the body' }] } : {}),
      ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change the mention to "${suggestion}"` } } : {}),
    });
  }
  return findings;
}

/**
 * People named in the body whom the annotations do not list (registry officials) or the registry
 * does not know; each person is reported once, at the first mention.
 */
export function checkPeople(input: CheckInput): Finding[] {
  const { analysis, text, ctx } = input;
  const listed = new Set(analysis.annotations.officials.flatMap((o) => (o.id ? [o.id.value] : [])));
  const findings: Finding[] = [];
  const reportedOfficials = new Set<string>();
  // Reported names and every word of them, so that each person is checked in constant time (a 1 MB
  // document names thousands of people, and a list scan per person made this check quadratic).
  const reportedNames = new Set<string>();
  const reportedWords = new Set<string>();
  for (const entity of analysis.entities) {
    if (entity.kind !== 'person') continue;
    if (entity.officialId) {
      // An ambiguous short name is covered when any of its readings is listed.
      const readings = [entity.officialId, ...(entity.alternatives ?? [])];
      if (readings.some((id) => listed.has(id)) || reportedOfficials.has(entity.officialId)) continue;
      reportedOfficials.add(entity.officialId);
      const official = ctx.registry.get(entity.officialId);
      const mention = mentionText(text, entity);
      findings.push({
        code: 'frontMatter.official.unlisted',
        severity: 'information',
        span: entity.span,
        message: `${official?.name ?? entity.text} (${entity.officialId}) is mentioned but not listed under \`officials\` in the front matter.`,
        fix: { kind: 'addOfficial', officialId: entity.officialId, mention },
      });
      continue;
    }
    const key = normalizeName(entity.text);
    // A short form ("Smith") of a name already reported ("John Smith") is the same person.
    if (reportedNames.has(key) || reportedWords.has(key)) continue;
    reportedNames.add(key);
    for (const word of key.split(' ')) reportedWords.add(word);
    const country = countryOfRole(entity.role);
    findings.push({
      code: 'frontMatter.person.unregistered',
      severity: 'information',
      span: entity.span,
      message: `${entity.text}${entity.role ? ` (${entity.role})` : ''} is not in the officials registry.`,
      fix: {
        kind: 'addToRegistry',
        name: entity.text,
        ...(entity.role ? { role: entity.role } : {}),
        ...(country ? { country } : {}),
        ...(analysis.documentDate ? { since: analysis.documentDate.value } : {}),
      },
    });
  }
  return findings;
}

/** Commitments detected in the body that no annotated quote covers. */
export function checkUnannotated(input: CheckInput, quoted: readonly Span[]): Finding[] {
  const { analysis, ctx, text } = input;
  const findings: Finding[] = [];
  const resolved = new Map<string, string[]>();
  // What the actor phrase names by itself does not depend on where the clause is, so it is looked up
  // once per phrase even when it names nothing and the entities before each clause must decide.
  const named = new Map<string, string[]>();
  const findNames = ctx.registry.findNames.bind(ctx.registry);
  for (const commitment of analysis.commitments) {
    if (quoted.some((q) => q.start < commitment.span.end && commitment.span.start < q.end)) continue;
    // Actor phrases repeat ("the two leaders", "Japan"), so each is resolved once per run.
    const key = commitment.actor ?? '';
    let actors = resolved.get(key);
    if (!actors || actors.length === 0) {
      let own = named.get(key);
      if (!own) {
        own = namedActors(commitment.actor, findNames);
        named.set(key, own);
      }
      actors = own.length > 0 ? [...own] : actorsBefore(commitment, analysis.entities);
      resolved.set(key, actors);
    }
    findings.push({
      code: 'body.commitment.unannotated',
      severity: 'hint',
      span: commitment.span,
      message: `A commitment${commitment.actor ? ` by ${commitment.actor}` : ''} that the front matter does not annotate.`,
      fix: annotationFix(commitment, actors, text),
    });
  }
  return findings;
}

/**
 * The annotation a quick fix would write for a commitment. Its quote is made when first read: a 1 MB
 * document has thousands of unannotated commitments, all checked again after each keystroke, and only
 * the one whose light bulb is clicked (or "annotate all") needs its quote.
 */
function annotationFix(commitment: Commitment, actors: string[], text: string): FindingFix {
  const due = dueFromDeadline(commitment.deadline);
  let quote: string | undefined;
  return {
    kind: 'annotateCommitment',
    // The file's own text over the clause, not the analysed prose: in that, Markdown link targets and
    // comments are blanked, and a quote written from it would not be found in the file.
    get quote(): string {
      return (quote ??= text.slice(commitment.span.start, commitment.span.end).replace(/\s+/g, ' ').trim());
    },
    actors,
    ...(due ? { due } : {}),
  };
}

/** Corrections that correct nothing: their text never occurs in the body, or `add` finds no whole-word occurrence to mark. */
export function checkCorrections(input: CheckInput): Finding[] {
  const { analysis, text } = input;
  const body = text.slice(analysis.bodyStart);
  const occurs = occursIn(body);
  const findings: Finding[] = [];
  const unfound = (correction: CorrectionAnnotation, message: string): void => {
    findings.push({ code: 'frontMatter.correction.notFound', severity: 'warning', span: trimSpan(correction.text.span, text), message });
  };
  for (const correction of analysis.annotations.ignore) {
    const needle = correction.text.value.trim();
    if (needle.length > 0 && !occurs(needle)) unfound(correction, `The correction text "${needle}" does not occur in the body, so it changes nothing.`);
  }
  const { add } = analysis.annotations;
  if (add.length === 0) return findings;
  // The spans `add` marks, found exactly as the analysis marks them.
  const paragraphs = findParagraphs(text, analysis.bodyStart);
  const spans = addedSpans(text, paragraphs, add);
  add.forEach((correction, i) => {
    const needle = correction.text.value.trim();
    if (needle.length === 0 || !correction.kind || spans[i]!.length > 0) return;
    if (!occurs(needle)) unfound(correction, `The correction text "${needle}" does not occur in the body, so it changes nothing.`);
    else if (add.slice(0, i).some((other) => other.text.value.trim() === needle)) unfound(correction, `"${needle}" is already listed under \`corrections.add\`: remove one of the two.`);
    else if (!paragraphs.some((p) => p.prose.includes(needle))) unfound(correction, `"${needle}" occurs only in link targets, code or comments, which are not analysed, so it marks nothing.`);
    else unfound(correction, `"${needle}" occurs in the body only inside longer words or inside a longer added text, so it marks nothing: corrections match whole words.`);
  });
  return findings;
}

/**
 * Whether a needle is written in `body`, composed or decomposed: corrections apply to the composed
 * forms (corrections.ts), so "Hà Nội" in the front matter corrects a body that writes it decomposed.
 * The body is composed once, and only when a plain search fails.
 */
function occursIn(body: string): (needle: string) => boolean {
  let composedBody: string | undefined;
  return (needle) => body.includes(needle) || (composedBody ??= composed(body)).includes(composed(needle));
}

/** The mention as the body writes it, with the title that directly precedes the name ("Prime Minister Shigeru Ishiba"). */
function mentionText(text: string, entity: Entity): string {
  const role = entity.role;
  if (role) {
    const before = text.slice(Math.max(0, entity.span.start - role.length - 1), entity.span.start);
    if (before === `${role} `) return `${role} ${entity.text}`;
  }
  return entity.text;
}

/** The country a role names ("Minister for Foreign Affairs of Japan" → JP), if exactly one. */
function countryOfRole(role: string | undefined): string | undefined {
  if (!role) return undefined;
  const codes = new Set(
    placeGazetteer()
      .scan(role)
      .map((hit) => hit.entry.canonical)
      .filter((code) => isCountryCode(code)),
  );
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Registry ids and country codes for the actor the text names ("Japan and Vietnam" → JP, VN;
 * "Ishiba" → ishiba-shigeru); empty when it names none.
 */
function namedActors(actor: string | undefined, findNames: (text: string) => { officials: readonly { id: string }[] }[]): string[] {
  const out: string[] = [];
  if (!actor) return out;
  const add = (value: string): void => {
    if (!out.includes(value)) out.push(value);
  };
  for (const match of findNames(actor)) {
    const only = match.officials.length === 1 ? match.officials[0] : undefined;
    if (only) add(only.id);
  }
  for (const hit of placeGazetteer().scan(actor)) if (isCountryCode(hit.entry.canonical)) add(hit.entry.canonical);
  return out;
}

/**
 * The fallback for an actor the text does not name by itself, such as a short form the registry
 * does not list: the people and places recognised just before the clause that the actor mentions.
 */
function actorsBefore(commitment: Commitment, entities: readonly Entity[]): string[] {
  const out: string[] = [];
  const actor = commitment.actor;
  if (!actor) return out;
  const add = (value: string): void => {
    if (!out.includes(value)) out.push(value);
  };
  // Entities are sorted, so a binary search finds where to start looking back.
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entities[mid]?.span.end ?? 0) <= commitment.span.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) {
    const e = entities[i];
    if (!e || commitment.span.start - e.span.end > 400) break;
    if (!actor.includes(e.text)) continue;
    if (e.kind === 'person' && e.officialId) add(e.officialId);
    if (e.kind === 'place' && e.canonical && isCountryCode(e.canonical)) add(e.canonical);
  }
  return out;
}
