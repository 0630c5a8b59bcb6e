import { isPair, isScalar, isSeq, visit, type Pair } from 'yaml';
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/index';
import { toRange } from '../lsp/convert';
import { schemaDocumentation } from './frontMatterCompletion';

/** True when an offset is inside the YAML of the front matter (the body hover handles the rest). */
export function inFrontMatter(analysis: DocumentAnalysis, offset: number): boolean {
  const content = analysis.frontMatter?.content;
  return content !== undefined && offset >= content.start && offset <= content.end;
}

/** The schema documentation of the front-matter key under the offset, or null off a key. */
export function frontMatterHover(document: TextDocument, analysis: DocumentAnalysis, offset: number): Hover | null {
  const frontMatter = analysis.frontMatter;
  if (!frontMatter) return null;
  const at = offset - frontMatter.content.start;
  let found: { pair: Pair; path: string[] } | undefined;
  visit(frontMatter.document, {
    Pair(_, pair, ancestors) {
      const key = pair.key;
      if (!isScalar(key) || !key.range || at < key.range[0] || at > key.range[1]) return undefined;
      // The key path: each enclosing pair contributes its key, each enclosing list a '*'.
      const path: string[] = [];
      for (const node of ancestors) {
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node)) path.push('*');
      }
      path.push(String(key.value));
      found = { pair, path };
      return visit.BREAK;
    },
  });
  if (!found) return null;
  const key = found.pair.key;
  const range = isScalar(key) && key.range ? { start: frontMatter.content.start + key.range[0], end: frontMatter.content.start + key.range[1] } : undefined;
  const value =
    schemaDocumentation(found.path) ??
    `\`${found.path[found.path.length - 1] ?? ''}\` is not a key of the Policy Lens front matter; it is reported as unknown.`;
  return { contents: { kind: 'markdown', value }, ...(range ? { range: toRange(document, range) } : {}) };
}
