import {
  CodeActionKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type ServerCapabilities,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { appendToSequence, setScalar, type TextEdit } from '../analysis/edits';
import type { Finding, FindingFix } from '../analysis/findings';
import type { DocumentAnalysis } from '../analysis/index';
import type { Span } from '../analysis/types';
import { stripDiacritics } from '../knowledge/nameMatching';
import { toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { normalizeUri } from '../workspace/fileSystem';
import { openDocument } from '../workspace/openDocuments';
import { findingsOf } from './diagnostics';
import type { Services } from './services';

/** The kind of the source action that annotates every detected commitment at once. */
export const ANNOTATE_ALL_KIND = 'source.policyLens.annotateAll';

/** The capability fragment of this feature. */
export const codeActionsCapability: ServerCapabilities['codeActionProvider'] = {
  codeActionKinds: [CodeActionKind.QuickFix, ANNOTATE_ALL_KIND],
  resolveProvider: false,
};

/**
 * Registers quick fixes keyed by finding code and the "annotate all" source action. The fix data is
 * taken from the findings of the current document version, so an edit is never built from a stale
 * diagnostic; every edit is bound to that version. Diagnostics therefore carry no `data`: on a 1 MB
 * document it was a third of every diagnostics report (quotes of thousands of detected commitments).
 */
export function registerCodeActions(connection: Connection, services: Services): void {
  connection.onCodeAction((params, token) =>
    runSafe<CodeAction[]>(services.logger, `codeAction ${params.textDocument.uri}`, token, [], () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document) return [];
      const only = params.context.only;
      const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      if (services.isRegistry(document.uri)) return wants(CodeActionKind.QuickFix) ? registryQuickFixes(document, params.context.diagnostics, services) : [];
      const analysis = services.analyses.get(document);
      const findings = findingsOf(document, services);
      const actions: CodeAction[] = [];
      const builder = new ActionBuilder(document, analysis, services);
      if (wants(CodeActionKind.QuickFix)) {
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== 'policy-lens') continue;
          const finding = findings.find((f) => f.code === diagnostic.code && sameRange(toRange(document, f.span), diagnostic.range));
          const action = finding?.fix ? builder.quickFix(finding.fix, diagnostic) : undefined;
          if (action) actions.push(action);
        }
      }
      if (wants(ANNOTATE_ALL_KIND)) {
        const all = builder.annotateAll(findings);
        if (all) actions.push(all);
      }
      return actions;
    }),
  );
}

/**
 * Quick fixes in a registry file: its findings carry text replacements (a country code in capitals).
 * They are offered only while the registry read is of this very text: a read still under way for a
 * newer text would place the replacement at an old offset.
 */
function registryQuickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], services: Services): CodeAction[] {
  const uri = normalizeUri(document.uri);
  const text = document.getText();
  if (services.registries.textOf(uri) !== text) return [];
  const findings = services.registries.findingsFor(uri);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'policy-lens') continue;
    const finding = findings.find((f) => f.code === diagnostic.code && sameRange(toRange(document, f.span), diagnostic.range));
    if (finding?.fix?.kind !== 'replaceText') continue;
    const { span, newText, title } = finding.fix;
    const edits = [{ range: toRange(document, span), newText }];
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
    });
  }
  return actions;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Builds workspace edits for one document version. */
class ActionBuilder {
  private readonly text: string;

  constructor(
    private readonly document: TextDocument,
    private readonly analysis: DocumentAnalysis,
    private readonly services: Services,
  ) {
    this.text = document.getText();
  }

  /** The quick fix of one finding, or undefined when its edit cannot be made. */
  quickFix(fix: FindingFix, diagnostic: Diagnostic): CodeAction | undefined {
    const block = this.analysis.frontMatter?.content;
    const make = (title: string, edit: WorkspaceEdit | undefined): CodeAction | undefined =>
      edit ? { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit } : undefined;
    switch (fix.kind) {
      case 'setScalar':
        return block ? make(fix.title, this.documentEdit(setScalar(this.text, block, fix.span, fix.value))) : undefined;
      case 'replaceText':
        return make(fix.title, this.documentEdit([{ start: fix.span.start, end: fix.span.end, newText: fix.newText }]));
      case 'addOfficial':
        return make(
          `Add ${fix.officialId} to the officials of the front matter`,
          this.frontMatterAppend('officials', [{ id: fix.officialId, mention: fix.mention }]),
        );
      case 'annotateCommitment':
        return make('Annotate this commitment in the front matter', this.frontMatterAppend('commitments', this.commitmentItems([fix])));
      case 'addToRegistry':
        return this.registryAction(fix, diagnostic);
      case 'removeKey':
        return undefined;
    }
  }

  /** The source action that annotates every detected commitment that no annotation covers. */
  annotateAll(findings: readonly Finding[]): CodeAction | undefined {
    const fixes = findings.flatMap((f) => (f.code === 'body.commitment.unannotated' && f.fix?.kind === 'annotateCommitment' ? [f.fix] : []));
    if (fixes.length === 0) return undefined;
    const edit = this.frontMatterAppend('commitments', this.commitmentItems(fixes));
    return edit ? { title: `Annotate all ${fixes.length} detected commitments`, kind: ANNOTATE_ALL_KIND, edit } : undefined;
  }

  private frontMatterAppend(key: string, items: readonly object[]): WorkspaceEdit | undefined {
    const block = this.analysis.frontMatter?.content;
    if (!block) return undefined;
    return this.documentEdit(appendToSequence(this.text, block, key, items, { flowKeys: ['actors'] }));
  }

  /** Commitment annotations with ids that are new in this document. */
  private commitmentItems(fixes: readonly Extract<FindingFix, { kind: 'annotateCommitment' }>[]): object[] {
    const taken = new Set(this.analysis.annotations.commitments.flatMap((c) => (c.id ? [c.id.value] : [])));
    return fixes.map((fix) => {
      const id = uniqueId(commitmentSlug(fix.quote, fix.actors), taken);
      taken.add(id);
      return {
        id,
        quote: fix.quote,
        ...(fix.actors.length > 0 ? { actors: [...fix.actors] } : {}),
        ...(fix.due ? { due: fix.due } : {}),
        status: 'open',
      };
    });
  }

  private registryAction(fix: Extract<FindingFix, { kind: 'addToRegistry' }>, diagnostic: Diagnostic): CodeAction | undefined {
    const uri = nearestRegistry(this.services.registries.uris(), this.document.uri);
    // An open registry is edited in its editor's current text: a large one is parsed in a worker thread,
    // and until that ends the store still holds the text before the analyst's last keystrokes.
    // The store's URI is normalised; the editor may spell the same file differently.
    const open = uri ? openDocument(this.services.documents, uri) : undefined;
    const registryText = open?.getText() ?? (uri ? this.services.registries.textOf(uri) : undefined);
    if (!uri || registryText === undefined) return undefined;
    const registry = this.services.registries.registry;
    const id = uniqueId(personSlug(fix.name), new Set(registry.officials.map((o) => o.id)));
    const entry = {
      id,
      name: fix.name,
      ...(fix.country ? { country: fix.country } : {}),
      ...(fix.role ? { roles: [{ title: fix.role, ...(fix.since ? { from: fix.since } : {}) }] } : {}),
    };
    const whole = { start: 0, end: registryText.length };
    let edits = appendToSequence(registryText, whole, 'officials', [entry]);
    if (edits.length === 0) edits = appendToSequence(registryText, whole, undefined, [entry]);
    if (edits.length === 0) return undefined;
    const target = open ?? TextDocument.create(uri, 'yaml', 0, registryText);
    const change: TextDocumentEdit = {
      textDocument: { uri, version: open ? open.version : null },
      edits: edits.map((e) => ({ range: toRange(target, e), newText: e.newText })),
    };
    return {
      title: `Add ${fix.name} to the officials registry`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { documentChanges: [change] },
    };
  }

  private documentEdit(edits: readonly TextEdit[]): WorkspaceEdit | undefined {
    if (edits.length === 0) return undefined;
    const change: TextDocumentEdit = {
      textDocument: { uri: this.document.uri, version: this.document.version },
      edits: edits.map((e) => ({ range: toRange(this.document, e as Span), newText: e.newText })),
    };
    return { documentChanges: [change] };
  }
}

/** The registry file that shares the longest folder prefix with the document. */
function nearestRegistry(uris: readonly string[], documentUri: string): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const uri of uris) {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    const length = documentUri.startsWith(folder) ? folder.length : 0;
    if (length > bestLength) {
      best = uri;
      bestLength = length;
    }
  }
  return best;
}

function slug(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A registry id in the registry's convention: a family name written in capitals comes first ("KANO Koji" → kano-koji). */
function personSlug(name: string): string {
  const tokens = name.split(/\s+/).filter(Boolean);
  const family = tokens.find((t) => t.length > 1 && t === t.toUpperCase() && /\p{Lu}/u.test(t));
  const ordered = family ? [family, ...tokens.filter((t) => t !== family)] : tokens;
  return slug(ordered.join(' ')) || 'official';
}

const SLUG_SKIP = new Set(['agreed', 'agree', 'will', 'to', 'the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'by', 'with', 'also', 'shall', 'would', 'committed', 'commit']);

/** A commitment id from its actors and the first content words of its quote ("jp-vn-establish-new-framework"). */
function commitmentSlug(quote: string, actors: readonly string[]): string {
  const words = slug(quote)
    .split('-')
    .filter((w) => w.length > 0 && !SLUG_SKIP.has(w))
    .slice(0, 3);
  return slug([...actors.slice(0, 2), ...words].join(' ')) || 'commitment';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
