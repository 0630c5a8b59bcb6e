import {
  DocumentDiagnosticReportKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../analysis/checks/index';
import type { Finding } from '../analysis/findings';
import { LineIndex } from '../analysis/lineIndex';
import { toDiagnostic } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import type { Services } from './services';

/** The capability fragment of this feature: pull diagnostics, re-pulled when other files change. */
export const diagnosticsCapability: ServerCapabilities['diagnosticProvider'] = {
  identifier: 'policy-lens',
  interFileDependencies: true,
  workspaceDiagnostics: false,
};

/** Every finding of an open document: parse problems plus the annotation checks against registry and workspace. */
export function findingsOf(document: TextDocument, services: Services): readonly Finding[] {
  if (services.isRegistry(document.uri)) {
    services.registries.setFile(document.uri, document.getText());
    return services.registries.findingsFor(document.uri);
  }
  const analysis = services.analyses.get(document);
  return [
    ...analysis.findings,
    ...checkDocument(analysis, document.getText(), {
      uri: document.uri,
      registry: services.registries.registry,
      workspace: services.index,
      today: services.today(),
    }),
  ];
}

/** Registers the pull diagnostics handler. */
export function registerDiagnostics(connection: Connection, services: Services): void {
  connection.languages.diagnostics.on((params, token) =>
    runSafe<DocumentDiagnosticReport>(
      services.logger,
      `diagnostics ${params.textDocument.uri}`,
      token,
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      () => {
        const document = services.documents.get(params.textDocument.uri);
        if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const items: Diagnostic[] = findingsOf(document, services).map((f) =>
          toDiagnostic(document, f, (uri, span) => {
            const open = services.documents.get(uri);
            if (open) return { start: open.positionAt(span.start), end: open.positionAt(span.end) };
            const facts = services.index.get(uri);
            const registryText = services.registries.textOf(uri);
            const lines = facts?.lines ?? (registryText !== undefined ? new LineIndex(registryText) : undefined);
            return lines ? { start: lines.positionAt(span.start), end: lines.positionAt(span.end) } : undefined;
          }),
        );
        return { kind: DocumentDiagnosticReportKind.Full, items };
      },
    ),
  );
}
