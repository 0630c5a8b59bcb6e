/**
 * The annotation checks: the front matter against its JSON Schema, the body, the officials
 * registry and the rest of the workspace. Pure: the workspace and today's date are injected.
 */
import type { DocumentAnalysis } from '../index';
import type { Finding } from '../findings';
import { checkCorrections, checkMentions, checkPeople, checkQuotes, checkUnannotated } from './bodyChecks';
import { checkSchema } from './schemaChecks';
import { normalizeWithOffsets, type NormalizedText } from './textMatching';
import type { CheckContext, CheckInput } from './types';
import { checkCommitmentStatus, checkCountries, checkDates, checkRegistryIds } from './valueChecks';
import { checkDuplicateId, checkFulfilledBy } from './workspaceChecks';

export type { CheckContext, IndexedDocument, WorkspaceSnapshot } from './types';

/**
 * Checks the analyst's annotations against the schema, the body, the registry and the workspace.
 * YAML syntax errors are reported by the analysis itself; while there are any, the front matter
 * is not checked further, because values read from broken YAML would only add noise.
 * @returns findings sorted by start offset (UTF-16, whole file)
 */
export function checkDocument(analysis: DocumentAnalysis, text: string, ctx: CheckContext): Finding[] {
  if (analysis.skipped) return [];
  const frontMatter = analysis.frontMatter;
  if (frontMatter && analysis.findings.some((f) => f.severity === 'error')) return [];
  let body: NormalizedText | undefined;
  const input: CheckInput = { analysis, text, ctx, body: () => (body ??= normalizeWithOffsets(text, analysis.bodyStart, text.length)) };
  const findings: Finding[] = [];
  if (frontMatter) {
    findings.push(...checkSchema(frontMatter, text), ...checkDates(input), ...checkCountries(input), ...checkRegistryIds(input));
    findings.push(...checkCommitmentStatus(input), ...checkDuplicateId(input), ...checkFulfilledBy(input));
    findings.push(...checkMentions(input), ...checkCorrections(input));
  }
  const quotes = checkQuotes(input);
  findings.push(...quotes.findings, ...checkPeople(input), ...checkUnannotated(input, quotes.quoted));
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
