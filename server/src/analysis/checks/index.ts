/**
 * The annotation checks: the front matter against its JSON Schema, the body, the officials
 * registry and the rest of the workspace. Pure: the workspace and today's date are injected.
 */
import type { DocumentAnalysis } from '../index';
import type { Finding } from '../findings';
import { checkCorrections, checkMentions, checkPeople, checkQuotes, checkUnannotated } from './bodyChecks';
import { checkSchema } from './schemaChecks';
import { normalizeWithOffsets, type NormalizedText } from './textMatching';
import type { CheckContext, CheckInput, LocalCheckContext } from './types';
import { checkCommitmentStatus, checkCountries, checkDates, checkRegistryIds } from './valueChecks';
import { referencesOf, workspaceFindings, workspaceOutcome, workspaceSubject, type WorkspaceOutcome, type WorkspaceSubject } from './workspaceChecks';
import { appendAll } from '../arrays';

export type { CheckContext, IndexedDocument, LocalCheckContext, WorkspaceSnapshot } from './types';
export { outcomeKey, referencesOf, workspaceFindings, workspaceOutcome, type WorkspaceOutcome, type WorkspaceReferences, type WorkspaceSubject } from './workspaceChecks';

/**
 * Checks the analyst's annotations against the schema, the body, the registry and the workspace.
 * YAML syntax errors are reported by the analysis itself; while there are any, the front matter
 * is not checked further, because values read from broken YAML would only add noise.
 * @returns findings sorted by start offset (UTF-16, whole file)
 */
export function checkDocument(analysis: DocumentAnalysis, text: string, ctx: CheckContext): Finding[] {
  const local = checkLocally(analysis, text, ctx);
  return withWorkspaceFindings(local, () => workspaceOutcome(referencesOf(local.subject), ctx.workspace));
}

/**
 * The local findings with those against the workspace merged in order, when the references are checked.
 * @param outcome what the workspace answers for the document's references, asked only when needed
 */
export function withWorkspaceFindings(local: LocalChecks, outcome: () => WorkspaceOutcome): Finding[] {
  if (!local.crossChecked) return local.findings;
  const cross = workspaceFindings(local.subject, outcome());
  return cross.length > 0 ? sortFindings([...local.findings, ...cross]) : local.findings;
}

/** The checks that need nothing beyond the document, the registry and today's date, and what the rest need. */
export interface LocalChecks {
  /** Sorted by start offset. */
  readonly findings: Finding[];
  /** The document's references to other documents. */
  readonly subject: WorkspaceSubject;
  /** False when the references are not checked (no front matter, or a broken one). */
  readonly crossChecked: boolean;
}

/**
 * Every check of `checkDocument` except those against other documents, whose inputs it returns
 * instead: a worker thread, which has no workspace, runs this part.
 */
export function checkLocally(analysis: DocumentAnalysis, text: string, ctx: LocalCheckContext): LocalChecks {
  const subject = workspaceSubject(analysis, text, ctx.uri);
  if (analysis.skipped) return { findings: [], subject, crossChecked: false };
  const frontMatter = analysis.frontMatter;
  if (frontMatter && analysis.findings.some((f) => f.severity === 'error')) return { findings: [], subject, crossChecked: false };
  let body: NormalizedText | undefined;
  const input: CheckInput = { analysis, text, ctx, body: () => (body ??= normalizeWithOffsets(text, analysis.bodyStart, text.length)) };
  const findings: Finding[] = [];
  if (frontMatter) {
    findings.push(...checkSchema(frontMatter, text), ...checkDates(input), ...checkCountries(input), ...checkRegistryIds(input));
    findings.push(...checkCommitmentStatus(input));
    findings.push(...checkMentions(input), ...checkCorrections(input));
  }
  const quotes = checkQuotes(input);
  appendAll(appendAll(appendAll(findings, quotes.findings), checkPeople(input)), checkUnannotated(input, quotes.quoted));
  return { findings: sortFindings(findings), subject, crossChecked: frontMatter !== undefined };
}

/** Findings by start, then end offset. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
