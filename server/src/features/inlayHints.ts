import { InlayHint, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/index';
import type { Entity } from '../analysis/types';
import { toRange, toSpan } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const inlayHintsCapability: ServerCapabilities['inlayHintProvider'] = { resolveProvider: false };

/** Relative dates worth a hint: resolved to a calendar value (vague `past_ref`/`future_ref` are not). */
export function resolvedRelativeDates(analysis: DocumentAnalysis): Entity[] {
  return analysis.entities.filter((e) => e.kind === 'date' && e.relative === true && e.value !== undefined && !e.value.endsWith('_ref'));
}

/**
 * Registers inlay hints after each relative date ("by the end of the year" ▸ 2025-12-31).
 * @param enabled read on every request, so a settings change applies at the next refresh
 */
export function registerInlayHints(connection: Connection, services: Services, enabled: () => boolean = () => true): void {
  connection.languages.inlayHint.on((params, token) =>
    runSafe<InlayHint[]>(services.logger, `inlayHints ${params.textDocument.uri}`, token, [], () => {
      if (!enabled()) return [];
      const document = services.documents.get(params.textDocument.uri);
      if (!document || services.isRegistry(document.uri)) return [];
      const analysis = services.analyses.get(document);
      const within = toSpan(document, params.range);
      const anchor = analysis.documentDate?.value;
      return resolvedRelativeDates(analysis)
        .filter((e) => e.span.end >= within.start && e.span.end <= within.end)
        .map((e) => {
          const hint = InlayHint.create(toRange(document, e.span).end, `▸ ${e.value}`);
          hint.paddingLeft = true;
          hint.tooltip = anchor ? `"${e.text}" resolved against the document date ${anchor}` : `"${e.text}" resolved`;
          return hint;
        });
    }),
  );
}
