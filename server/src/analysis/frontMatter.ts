import { isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Finding } from './findings';
import type { Span } from './types';
import { explainYamlProblem, firstLine, firstWritings } from './yamlErrors';

/** Alias expansions allowed when reading the front matter; a billion-laughs document exceeds it at once. */
export const MAX_ALIAS_COUNT = 100;

/** The YAML block at the top of a document, between `---` lines. */
export interface FrontMatter {
  /** The whole block including both delimiter lines. */
  readonly span: Span;
  /** The YAML text between the delimiters; offsets of the parsed document are relative to its start. */
  readonly content: Span;
  /** The parsed document with source tokens kept, so quick fixes can edit the CST. */
  readonly document: Document.Parsed;
  /** The front matter as plain data, or undefined when it could not be read safely. */
  readonly data: unknown;
}

/** Where the body starts and, when present and closed, the parsed front matter. */
export interface SplitDocument {
  readonly frontMatter?: FrontMatter;
  /** Offset of the first character of the Markdown body. */
  readonly bodyStart: number;
  readonly findings: readonly Finding[];
}

// A line ends at \n, \r\n or a lone \r (old Mac files, and the editor, which counts it as one).
const OPENING = /^(\uFEFF)?---[ \t]*(\r?\n|\r|$)/;
const CLOSING = /(?<=^|[\r\n])(?:---|\.\.\.)[ \t]*(?=$|[\r\n])/g;
const LONE_CR = /\r(?!\n)/g;

/**
 * Splits a document into front matter and body and parses the front matter with `yaml`.
 * All offsets in the result, including those of YAML errors, are into the whole file.
 */
export function splitFrontMatter(text: string): SplitDocument {
  const opening = OPENING.exec(text);
  if (!opening) return { bodyStart: 0, findings: misplacedOpening(text) };
  const contentStart = opening[0].length;
  CLOSING.lastIndex = contentStart;
  const closing = CLOSING.exec(text);
  if (!closing) {
    // An unclosed block is reported and the rest of the file is still analysed as body.
    return {
      bodyStart: contentStart,
      findings: [
        {
          code: 'frontMatter.unclosed',
          severity: 'error',
          span: { start: opening[1] ? 1 : 0, end: opening[1] ? 4 : 3 },
          message: 'The front matter is never closed: add a line with `---` after the annotations.',
        },
      ],
    };
  }
  const content = { start: contentStart, end: closing.index };
  let bodyStart = closing.index + closing[0].length;
  if (text.startsWith('\r\n', bodyStart)) bodyStart += 2;
  else if (text.startsWith('\n', bodyStart) || text.startsWith('\r', bodyStart)) bodyStart += 1;
  const { document, data, findings } = parseFrontMatterBlock(text.slice(content.start, content.end), content.start);
  return {
    frontMatter: { span: { start: opening[1] ? 1 : 0, end: bodyStart }, content, document, data },
    bodyStart,
    findings,
  };
}

// Blank lines or indentation, then `---` and a `key:` line: a front matter that does not start the file.
const MISPLACED_OPENING = /^(\uFEFF?(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*)---[ \t]*(?:\r\n|\r|\n)[A-Za-z_][\w-]*[ \t]*:/;

/**
 * A front matter written below blank lines or indented is read as text, as Markdown and the editor's
 * colouring read it, so its annotations are silently ignored; this says why (only when a closing line
 * follows, so that a thematic break before a "Key: value" paragraph is left alone).
 */
function misplacedOpening(text: string): Finding[] {
  const match = MISPLACED_OPENING.exec(text.slice(0, 4096));
  if (!match) return [];
  const dashes = match[1]!.length;
  CLOSING.lastIndex = dashes + 3;
  if (CLOSING.exec(text) === null) return [];
  return [
    {
      code: 'frontMatter.notAtStart',
      severity: 'warning',
      span: { start: dashes, end: dashes + 3 },
      message: 'This front matter is read as text: it must start on the first line of the file. Remove the blank lines or spaces before `---`.',
    },
  ];
}

/**
 * YAML text as the `yaml` library must read it: it ends lines only at \n, so each lone \r (old Mac line
 * ends, which the editor and the analysis count as line breaks) becomes one, keeping every offset.
 */
export function yamlLines(source: string): string {
  return source.includes('\r') ? source.replace(LONE_CR, '\n') : source;
}

/** The last front matter parsed, by its text and offset: typing in the body leaves it as it was. */
let lastParse: { readonly source: string; readonly offset: number; readonly result: ReturnType<typeof parseYamlBlock> } | undefined;

/**
 * `parseYamlBlock`, answered from the last parse when the text and offset are the same: every keystroke
 * in a document's body is analysed with its unchanged front matter, which cost 0.4 ms to parse again on
 * this machine. The result is shared, so its readers must not change it (none does; all edits are text).
 */
function parseFrontMatterBlock(source: string, offset: number): ReturnType<typeof parseYamlBlock> {
  if (lastParse?.offset === offset && lastParse.source === source) return lastParse.result;
  const result = parseYamlBlock(source, offset);
  lastParse = { source, offset, result };
  return result;
}

/**
 * Parses YAML text with comments and source tokens kept, and reports every error and warning
 * shifted by `offset` — the single place where YAML positions become file offsets.
 */
export function parseYamlBlock(
  source: string,
  offset: number,
): { document: Document.Parsed; data: unknown; findings: Finding[] } {
  const lines = yamlLines(source);
  // Keys written twice are found here in one pass over each mapping: the library's own check
  // (`uniqueKeys`) compares every key with every other, 0.5 s for a mapping of 8,000 keys.
  // 'error': the library's own warnings (a collection used as a key) would go to the CLI's stderr; the checks report what matters.
  const document = parseDocument(lines, { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const firstKeys = firstWritings(document);
  const duplicates = [...firstKeys.keys()].map((start) => ({ code: 'DUPLICATE_KEY', pos: [start, start + 1] as const, message: 'Map keys must be unique' }));
  const errors = duplicates.length === 0 ? document.errors : [...document.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
  const findings: Finding[] = [];
  for (const error of errors) {
    const explained = explainYamlProblem(error, lines, firstKeys);
    findings.push({
      code: error.code === 'DUPLICATE_KEY' ? 'frontMatter.yaml.duplicateKey' : 'frontMatter.yaml.invalid',
      severity: 'error',
      span: { start: offset + explained.span.start, end: offset + explained.span.end },
      message: explained.message,
      ...(explained.first ? { related: [{ span: { start: offset + explained.first.span.start, end: offset + explained.first.span.end }, message: explained.first.message }] } : {}),
    });
  }
  for (const warning of document.warnings) {
    findings.push({
      code: 'frontMatter.yaml.warning',
      severity: 'warning',
      span: shift(warning.pos, offset, source.length),
      message: firstLine(warning.message),
    });
  }
  let data: unknown;
  const aliases = errors.length === 0 ? aliasesOf(document) : [];
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The `yaml` library throws when aliases expand past the limit; the data is then withheld.
    data = undefined;
    if (!findings.some((f) => f.severity === 'error')) {
      const first = aliases[0];
      findings.push({
        code: 'frontMatter.yaml.aliasLimit',
        severity: 'error',
        span: first ? { start: offset + first.start, end: offset + first.end } : { start: offset, end: offset + Math.min(source.length, firstLineLength(source)) },
        message: `The front matter could not be read: its aliases (\`*name\`) expand to more than ${MAX_ALIAS_COUNT} values (${firstLine(error instanceof Error ? error.message : String(error))}). Write the values out.`,
      });
    }
    return { document, data, findings };
  }
  // The checks and the annotations read the YAML as written, where an alias is a reference, not its
  // value: a commitment repeated by `- *c1` or a quote given as `*q` would go unchecked and unseen.
  for (const alias of aliases) {
    findings.push({
      code: 'frontMatter.yaml.alias',
      severity: 'warning',
      span: { start: offset + alias.start, end: offset + alias.end },
      message: alias.merge
        ? 'Merge keys (`<<`) are not read by Policy Lens: write the keys out in this mapping.'
        : 'Aliases (`*name`) are not read by Policy Lens: write the value out here so that it is checked and counted.',
    });
  }
  return { document, data, findings };
}

/** The aliases and `<<` merge keys of a parsed document, in source order. */
function aliasesOf(document: Document.Parsed): { start: number; end: number; merge: boolean }[] {
  const found: { start: number; end: number; merge: boolean }[] = [];
  const isMergeKey = (pair: unknown): boolean => isPair(pair) && isScalar(pair.key) && pair.key.value === '<<';
  visit(document, {
    Pair(_, pair) {
      const range = isMergeKey(pair) && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) found.push({ start: range[0], end: Math.max(range[1], range[0] + 1), merge: true });
    },
    Alias(_, node, path) {
      // The alias of a merge key is reported with its key.
      if (isMergeKey(path[path.length - 1]) || !node.range) return;
      found.push({ start: node.range[0], end: Math.max(node.range[1], node.range[0] + 1), merge: false });
    },
  });
  return found.sort((a, b) => a.start - b.start);
}

function shift(pos: [number, number], offset: number, length: number): Span {
  const start = Math.min(pos[0], length);
  // Zero-width errors (a missing value at the end) still get one character so they are visible.
  const end = Math.max(Math.min(pos[1], length), Math.min(start + 1, length));
  return { start: offset + start, end: offset + end };
}


function firstLineLength(source: string): number {
  const newline = source.indexOf('\n');
  return newline < 0 ? source.length : newline;
}
