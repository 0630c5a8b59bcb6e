/**
 * Checks of single front-matter values that the JSON Schema cannot express: real calendar days,
 * assigned country codes, registry ids, and the dates and status of each commitment.
 */
import { isCountryCode } from '../../knowledge/countries';
import type { Located } from '../annotations';
import type { Finding } from '../findings';
import type { Span } from '../types';
import { countryCodeFor } from '../schema/frontMatterSchema';
import { isCalendarDay, looksLikeIsoDay } from './dates';
import { DOCUMENT_YEARS, parseDocumentDay } from '../dateResolution';
import { closest } from './textMatching';
import { trimSpan, type CheckInput } from './types';
import { locate, nodeSpan } from './yamlNodes';

/** Impossible dates (2025-02-30) in `date`, `source.retrieved` and every `due`. */
export function checkDates(input: CheckInput): Finding[] {
  const { analysis, text } = input;
  const a = analysis.annotations;
  const dates: { label: string; value: Located<string> }[] = [];
  if (a.date) dates.push({ label: 'date', value: a.date });
  for (const c of a.commitments) if (c.due) dates.push({ label: `due date of ${c.id ? `"${c.id.value}"` : 'a commitment'}`, value: c.due });
  const fm = analysis.frontMatter;
  const retrieved = fm ? locate(fm.document, ['source', 'retrieved']).value : undefined;
  if (fm && retrieved) {
    const value = String((retrieved as { value?: unknown }).value ?? '');
    dates.push({ label: 'retrieval date', value: { value, span: nodeSpan(retrieved, text, fm.content.start) } });
  }
  const findings: Finding[] = dates
    .filter((d) => looksLikeIsoDay(d.value.value) && !isCalendarDay(d.value.value))
    .map((d) => ({
      code: 'frontMatter.date.invalid',
      severity: 'error',
      span: trimSpan(d.value.span, text),
      message: `The ${d.label} ${d.value.value} is not a day of the calendar.`,
    }));
  // A day of the calendar far from any document's century anchors no relative date ("last year" of year 0).
  if (a.date && looksLikeIsoDay(a.date.value) && isCalendarDay(a.date.value) && parseDocumentDay(a.date.value) === undefined) {
    findings.push({
      code: 'frontMatter.date.invalid',
      severity: 'error',
      span: trimSpan(a.date.span, text),
      message: `The date ${a.date.value} is outside the years ${DOCUMENT_YEARS.first}–${DOCUMENT_YEARS.last}; relative dates are not resolved against it.`,
    });
  }
  return findings;
}

/** Country codes that have the right shape but are not assigned ISO 3166-1 alpha-2 codes ("UK", "XX"). */
export function checkCountries(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const country of input.analysis.annotations.countries) {
    if (!/^[A-Z]{2}$/.test(country.value) || isCountryCode(country.value)) continue;
    findings.push(unknownCountry(country, input.text));
  }
  return findings;
}

function unknownCountry(country: Located<string>, text: string): Finding {
  const span = trimSpan(country.span, text);
  const suggestion = countryCodeFor(country.value);
  return {
    code: 'frontMatter.country.unknown',
    severity: 'error',
    span,
    message: `"${country.value}" is not an ISO 3166-1 alpha-2 country code${suggestion ? `: did you mean ${suggestion}?` : '.'}`,
    ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change to ${suggestion}` } } : {}),
  };
}

/**
 * Official ids and commitment actors that the registry does not know. Without any registry in the
 * workspace nothing can be checked, so no id is reported then.
 */
export function checkRegistryIds(input: CheckInput): Finding[] {
  const { analysis, text, ctx } = input;
  const registry = ctx.registry;
  const ids = registry.officials.map((o) => o.id);
  const findings: Finding[] = [];
  if (ids.length > 0) {
    for (const official of analysis.annotations.officials) {
      if (!official.id || registry.get(official.id.value)) continue;
      const span = trimSpan(official.id.span, text);
      const suggestion = closest(official.id.value, ids, 3);
      findings.push({
        code: 'frontMatter.official.unknown',
        severity: 'warning',
        span,
        message: `No official with the id "${official.id.value}" is in the officials registry${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
        ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change to "${suggestion}"` } } : {}),
      });
    }
  }
  for (const commitment of analysis.annotations.commitments) {
    for (const actor of commitment.actors) {
      if (/^[A-Z]{2}$/.test(actor.value)) {
        if (!isCountryCode(actor.value)) findings.push(unknownCountry(actor, text));
        continue;
      }
      if (ids.length === 0 || registry.get(actor.value)) continue;
      const span = trimSpan(actor.span, text);
      const suggestion = countryCodeFor(actor.value) ?? closest(actor.value, ids, 3);
      findings.push({
        code: 'frontMatter.commitment.actorUnknown',
        severity: 'warning',
        span,
        message: `The actor "${actor.value}" is neither an official of the registry nor a country code${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
        ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change to "${suggestion}"` } } : {}),
      });
    }
  }
  return findings;
}

/**
 * Commitment ids used twice in the document, due dates before the document date, open commitments
 * past their due date, and `fulfilled` without `fulfilled-by`.
 */
export function checkCommitmentStatus(input: CheckInput): Finding[] {
  const { analysis, text, ctx } = input;
  const findings: Finding[] = [];
  const documentDate = analysis.documentDate?.value;
  // The view, the lenses and "Mark fulfilled" find a commitment by its id, which must be unique.
  const firstWithId = new Map<string, Span>();
  for (const c of analysis.annotations.commitments) {
    if (!c.id || c.id.value.trim().length === 0) continue;
    const first = firstWithId.get(c.id.value);
    if (first === undefined) firstWithId.set(c.id.value, c.id.span);
    else {
      findings.push({
        code: 'frontMatter.commitment.duplicateId',
        severity: 'error',
        span: trimSpan(c.id.span, text),
        message: `Another commitment of this document has the id "${c.id.value}"; commitment ids must be unique in a document.`,
        related: [{ span: trimSpan(first, text), message: 'The first commitment with this id' }],
      });
    }
  }
  for (const c of analysis.annotations.commitments) {
    const name = c.id ? `Commitment "${c.id.value}"` : 'This commitment';
    const status = c.status?.value ?? 'open';
    if (status === 'fulfilled' && !c.fulfilledBy) {
      findings.push({
        code: 'frontMatter.commitment.fulfilledWithoutEvidence',
        severity: 'warning',
        span: trimSpan((c.status ?? c).span, text),
        message: `${name} is marked fulfilled but names no \`fulfilled-by\` document.`,
      });
    }
    const due = c.due && isCalendarDay(c.due.value) ? c.due : undefined;
    if (!due) continue;
    if (documentDate && due.value < documentDate) {
      const dateSpan = analysis.annotations.date?.span;
      findings.push({
        code: 'frontMatter.commitment.dueBeforeDocument',
        severity: 'warning',
        span: trimSpan(due.span, text),
        message: `The due date ${due.value} is before the document date ${documentDate}.`,
        ...(dateSpan && analysis.documentDate?.source === 'frontMatter' ? { related: [{ span: trimSpan(dateSpan, text), message: 'The document date' }] } : {}),
      });
    }
    if (status === 'open' && due.value < ctx.today) {
      findings.push({
        code: 'frontMatter.commitment.overdue',
        severity: 'warning',
        span: trimSpan(due.span, text),
        message: `${name} was due on ${due.value} and is still open (today is ${ctx.today}): record its fulfilment or set its status.`,
      });
    }
  }
  return findings;
}
