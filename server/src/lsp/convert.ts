import type { Diagnostic, DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/findings';
import type { Span } from '../analysis/types';

/** The only place where core offsets become protocol positions and back. */

/** The LSP range of a span of the document. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The offset of an LSP position in the document. */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** The span of an LSP range in the document. */
export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A protocol diagnostic for a finding; related locations in other files use `resolve` to get their range.
 * The finding's fix stays on the server, which builds quick fixes from the current findings (codeActions.ts).
 */
export function toDiagnostic(
  document: TextDocument,
  finding: Finding,
  resolveRelated: (uri: string, span: Span) => Range | undefined = () => undefined,
): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const related of finding.related ?? []) {
    const uri = related.uri ?? document.uri;
    const range = related.uri ? resolveRelated(related.uri, related.span) : toRange(document, related.span);
    if (range) relatedInformation.push({ location: { uri, range }, message: related.message });
  }
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'policy-lens',
    message: finding.message,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
  };
}
