import { createHash } from 'node:crypto';
import { checkLocally, withWorkspaceFindings, type LocalChecks, type WorkspaceOutcome } from '../analysis/checks/index';
import type { Finding } from '../analysis/findings';
import { analyzeDocument } from '../analysis/index';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';

/**
 * The part of a closed document's problems that depends on nothing but its text, the registry and
 * today's date: what a worker thread computes. Plain data, small beside the analysis it comes from.
 */
export interface ClosedDocumentChecks {
  /** The content hash of the text checked (`contentHash`). */
  readonly hash: string;
  /** Problems found while reading the file and its front matter. */
  readonly parseFindings: readonly Finding[];
  readonly local: LocalChecks;
}

/** A short hash of a text, for result ids and for telling whether a file changed. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Analyses a closed document and runs every check that does not read the workspace. */
export function checkClosedDocument(uri: string, text: string, registry: OfficialsRegistry, today: string): ClosedDocumentChecks {
  const analysis = analyzeDocument(text, { registry });
  return { hash: contentHash(text), parseFindings: analysis.findings, local: checkLocally(analysis, text, { uri, registry, today }) };
}

/**
 * Every problem of the document: its own, then those against the workspace, as `findingsOf` orders an open document's.
 * @param outcome what the workspace answers for the document's references (`workspaceOutcome`)
 */
export function completeFindings(checks: ClosedDocumentChecks, outcome: WorkspaceOutcome): Finding[] {
  return [...checks.parseFindings, ...withWorkspaceFindings(checks.local, () => outcome)];
}
