import { pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';

/** One row of the lint report (1-based line and UTF-16 column), as `cli.ts` builds it. */
export interface LintRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

const LEVELS: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log of the lint rows: one rule per finding code, file locations relative to the
 * `%SRCROOT%` base (the working folder) so code-scanning services can place them.
 */
export function toSarif(rows: readonly LintRow[], root: string, version: string): Record<string, unknown> {
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rootUri = pathToFileURL(root.endsWith(sep) ? root : root + sep).href;
  const uriOf = (file: string): { uri: string; uriBaseId?: string } => {
    const rel = relative(root, file);
    return rel.startsWith('..') ? { uri: pathToFileURL(file).href } : { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-lens',
            version,
            informationUri: 'https://example.invalid/policy-lens',
            rules: codes.map((code) => ({ id: code, name: code.replace(/\./g, '_'), shortDescription: { text: code } })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results: rows.map((r) => ({
          ruleId: r.code,
          ruleIndex: ruleIndex.get(r.code),
          level: LEVELS[r.severity] ?? 'note',
          message: { text: r.message },
          locations: [{ physicalLocation: { artifactLocation: uriOf(r.file), region: { startLine: r.line, startColumn: r.column } } }],
        })),
      },
    ],
  };
}
