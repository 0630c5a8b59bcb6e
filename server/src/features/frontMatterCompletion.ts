import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/index';
import { allowsType, countryCodes, schemaAt, type SchemaNode } from '../analysis/schema/frontMatterSchema';
import { toOffset, toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import type { Services } from './services';
import { appendAll } from '../analysis/arrays';
import { readsAsPlainString } from '../analysis/edits';

/** The capability fragment of this feature: completion inside the front matter. */
export const frontMatterCompletionCapability: ServerCapabilities['completionProvider'] = {
  triggerCharacters: [' ', '[', ','],
  resolveProvider: false,
};

/** Where the cursor is in the YAML: typing a key of the mapping at `path`, or a value at `path`. */
export type YamlCursor =
  | { readonly kind: 'key'; readonly path: string[]; readonly prefix: string; readonly present: ReadonlySet<string>; readonly alsoValue: boolean }
  | { readonly kind: 'value'; readonly path: string[]; readonly prefix: string };

/**
 * Where an item's edit ends: after the rest of the word under the cursor ("ti|tle" is replaced whole),
 * and for a key also after its colon and the space that follows, which the item writes again.
 */
function replacedEnd(text: string, offset: number, key: boolean): number {
  // Letters of any script: an id such as "nguyễn-văn-a" is one word, replaced whole.
  const word = /[\p{L}\p{M}\p{N}_.-]*/uy;
  word.lastIndex = offset;
  word.exec(text);
  let end = word.lastIndex;
  if (key && text.charCodeAt(end) === 0x3a) {
    end++;
    while (text.charCodeAt(end) === 0x20) end++;
  }
  return end;
}

/** Registers completion of front-matter keys and values; outside the front matter it answers nothing. */
export function registerFrontMatterCompletion(connection: Connection, services: Services): void {
  connection.onCompletion((params, token) =>
    runSafe<CompletionList | null>(services.logger, `completion ${params.textDocument.uri}`, token, null, () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document || services.isRegistry(document.uri)) return null;
      const analysis = services.analyses.get(document);
      const content = analysis.frontMatter?.content;
      const offset = toOffset(document, params.position);
      // The closing `---` line starts at `content.end`: a key typed there would open the body.
      if (!content || offset < content.start || offset >= content.end) return null;
      const text = document.getText();
      // A lone CR (old Mac files) ends a line as a LF does; the cursor reader splits on LF.
      const cursor = yamlCursorAt(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, content.start, offset);
      // Inside a quoted scalar or a comment nothing is offered: an item would replace its opening mark.
      if (!cursor || /^["'#]/.test(cursor.prefix)) return null;
      const items = cursor.kind === 'key' ? keyItems(cursor) : [];
      if (cursor.kind === 'value' || cursor.alsoValue) appendAll(items, valueItems(cursor.path, analysis, services));
      const range = toRange(document, { start: offset - cursor.prefix.length, end: replacedEnd(text, offset, cursor.kind === 'key') });
      for (const item of items) item.textEdit = { range, newText: item.insertText ?? item.label };
      return { isIncomplete: false, items };
    }),
  );
}

/**
 * Works out from the lines above the cursor which key path it is at: indentation gives the nesting,
 * `- ` items stand for `'*'`. Line-based on purpose, because the line being typed is rarely valid YAML.
 */
export function yamlCursorAt(text: string, blockStart: number, offset: number): YamlCursor | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const lines = text.slice(blockStart, lineStart).split('\n');
  lines.pop();
  const below = text.slice(lineStart).split('\n').slice(1);
  const flow = /^(\s*)(?:-\s+)?([\w-]+):\s*\[([^\]]*)$/.exec(before);
  if (flow) {
    const keyColumn = before.indexOf(flow[2]!);
    const prefix = /[^\s,[]*$/.exec(flow[3] ?? '')?.[0] ?? '';
    return { kind: 'value', path: [...parentPath(lines, keyColumn, before), flow[2]!, '*'], prefix };
  }
  const value = /^(\s*)(?:-\s+)?([\w-]+):\s+(\S*)$/.exec(before);
  if (value) {
    const keyColumn = before.indexOf(value[2]!, value[1]!.length);
    return { kind: 'value', path: [...parentPath(lines, keyColumn, before), value[2]!], prefix: value[3] ?? '' };
  }
  const item = /^(\s*)-\s+([\w-]*)$/.exec(before);
  if (item) {
    const dashColumn = item[1]!.length;
    const path = [...parentPath(lines, dashColumn, ''), '*'];
    return { kind: 'key', path, prefix: item[2] ?? '', present: new Set(), alsoValue: true };
  }
  const key = /^(\s*)([\w-]*)$/.exec(before);
  if (key) {
    const column = key[1]!.length;
    const path = parentPath(lines, column, '');
    return { kind: 'key', path, prefix: key[2] ?? '', present: siblingKeys(lines, below, column), alsoValue: false };
  }
  return undefined;
}

interface LineShape {
  readonly dash: number;
  readonly content: number;
  readonly key?: string;
}

function shapeOf(line: string): LineShape | undefined {
  if (/^\s*(#.*)?$/.test(line)) return undefined;
  const m = /^(\s*)(-\s+)?(?:([\w-]+):(?:\s|$))?/.exec(line);
  if (!m) return undefined;
  const indent = m[1]!.length;
  return { dash: m[2] ? indent : -1, content: indent + (m[2]?.length ?? 0), ...(m[3] ? { key: m[3] } : {}) };
}

/** The key path of the mapping that holds a key written at `column`, read from the lines above. */
function parentPath(lines: readonly string[], column: number, current: string): string[] {
  const path: string[] = [];
  let need = column;
  // A `- key:` on the cursor's own line puts the key inside a list item.
  const own = shapeOf(current);
  if (own && own.dash >= 0 && own.dash < column) {
    path.push('*');
    need = own.dash;
  }
  for (let i = lines.length - 1; i >= 0 && need > 0; i--) {
    const shape = shapeOf(lines[i] ?? '');
    if (!shape) continue;
    if (shape.key !== undefined && shape.content < need) {
      path.push(shape.key);
      need = shape.content;
      if (shape.dash >= 0) {
        path.push('*');
        need = shape.dash;
      }
    } else if (shape.dash >= 0 && shape.dash < need && shape.content <= need) {
      path.push('*');
      need = shape.dash;
    }
  }
  return path.reverse();
}

/** Keys already written in the mapping the cursor is in, above and below it. */
function siblingKeys(above: readonly string[], below: readonly string[], column: number): Set<string> {
  const keys = new Set<string>();
  for (let i = above.length - 1; i >= 0; i--) {
    const shape = shapeOf(above[i] ?? '');
    if (!shape) continue;
    if (shape.content < column) break;
    if (shape.content === column && shape.key) keys.add(shape.key);
    if (shape.dash >= 0 && shape.content === column) break;
  }
  for (const line of below) {
    const shape = shapeOf(line);
    if (!shape) continue;
    if (shape.content < column || (shape.dash >= 0 && shape.dash < column)) break;
    if (shape.content === column && shape.key) keys.add(shape.key);
  }
  return keys;
}

function documentation(node: SchemaNode): { kind: 'markdown'; value: string } | undefined {
  const parts = [node.description ?? ''];
  if (node.enum) parts.push(`Values: ${node.enum.map((v) => `\`${v}\``).join(', ')}`);
  const value = parts.filter(Boolean).join('\n\n');
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}

function keyItems(cursor: Extract<YamlCursor, { kind: 'key' }>): CompletionItem[] {
  const node = schemaAt(cursor.path);
  if (!node || !allowsType(node, 'object')) return [];
  return Object.entries(node.properties ?? {})
    .filter(([name]) => !cursor.present.has(name))
    .map(([name, property], i) => {
      const doc = documentation(property);
      return {
        label: name,
        kind: CompletionItemKind.Property,
        detail: typeLabel(property),
        ...(doc ? { documentation: doc } : {}),
        insertText: `${name}: `,
        sortText: String(i).padStart(3, '0'),
      };
    });
}

function typeLabel(node: SchemaNode): string {
  const types = typeof node.type === 'string' ? [node.type] : [...(node.type ?? [])];
  return types.map((t) => (t === 'array' ? 'list' : t === 'object' ? 'mapping' : t)).join(' | ');
}

/** Values for a path: the schema's enums, then the workspace's registry ids, country codes and document ids. */
function valueItems(path: readonly string[], analysis: DocumentAnalysis, services: Services): CompletionItem[] {
  const key = path.join('.');
  const node = schemaAt(path);
  const items: CompletionItem[] = (node?.enum ?? []).map((value) => ({ label: value, kind: CompletionItemKind.EnumMember }));
  const countries = (first: readonly string[]): CompletionItem[] =>
    countryCodes().map((c) => ({
      label: c.code,
      kind: CompletionItemKind.Constant,
      detail: c.name,
      // Registry ids sort first, then the document's own countries, then the rest.
      sortText: `${first.includes(c.code) ? '1' : '2'}${c.code}`,
    }));
  const officials = (): CompletionItem[] =>
    services.registries.registry.officials.map((o) => ({
      label: o.id,
      kind: CompletionItemKind.Reference,
      ...quotedWhenNeeded(o.id),
      detail: o.name,
      documentation: { kind: MarkupKind.Markdown, value: [o.name, ...o.roles.map((r) => `${r.title}${r.organization ? `, ${r.organization}` : ''}`)].join('\n\n') },
      sortText: `0${o.id}`,
    }));
  const ownCountries = analysis.annotations.countries.map((c) => c.value);
  if (key === 'countries.*') appendAll(items, countries(ownCountries));
  else if (key === 'officials.*.id' || key === 'officials.*') appendAll(items, officials());
  else if (key === 'commitments.*.actors.*') appendAll(appendAll(items, officials()), countries(ownCountries));
  else if (key === 'commitments.*.fulfilled-by') {
    const own = analysis.annotations.id?.value;
    for (const facts of services.index.all()) {
      if (!facts.id || facts.id === own) continue;
      items.push({
        label: facts.id,
        kind: CompletionItemKind.File,
        ...quotedWhenNeeded(facts.id),
        ...(facts.title ? { detail: facts.title } : {}),
        ...(facts.date ? { sortText: facts.date } : {}),
      });
    }
  } else if (key === 'date' && analysis.documentDate?.source === 'dateline') {
    items.push({ label: analysis.documentDate.value, kind: CompletionItemKind.Value, detail: 'The dateline of the body' });
  }
  return items;
}

/** An id that would read as something else written plainly ("true", "007", "a: b") is inserted quoted. */
function quotedWhenNeeded(id: string): { insertText?: string } {
  return readsAsPlainString(id) ? {} : { insertText: JSON.stringify(id) };
}

/** Exposed for the hover feature: the documentation of a schema node as Markdown. */
export function schemaDocumentation(path: readonly string[]): string | undefined {
  const node = schemaAt(path);
  if (!node) return undefined;
  const title = path.map((p) => (p === '*' ? '[]' : p)).join('.').replace(/\.\[\]/g, '[]');
  return [`**${title}** — ${typeLabel(node)}`, documentation(node)?.value ?? ''].filter(Boolean).join('\n\n');
}
