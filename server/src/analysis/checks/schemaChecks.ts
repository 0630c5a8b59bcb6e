/**
 * Validates the front matter against the JSON Schema and turns each ajv error into a finding on
 * the exact YAML node, with a "did you mean" fix for unknown keys and wrong enum values.
 */
import type { ErrorObject } from 'ajv';
import type { Node } from 'yaml';
import type { FrontMatter } from '../frontMatter';
import type { Finding } from '../findings';
import { countryCodeFor, schemaAt, validateFrontMatter } from '../schema/frontMatterSchema';
import { closest } from './textMatching';
import { keyNodeOf, locate, nodeSpan, parseInstancePath } from './yamlNodes';

/** Schema findings of a front matter that parsed without YAML errors. */
export function checkSchema(frontMatter: FrontMatter, text: string): Finding[] {
  const offset = frontMatter.content.start;
  const document = frontMatter.document;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validateFrontMatter(frontMatter.data ?? {})) {
    const path = parseInstancePath(error.instancePath);
    const finding = toFinding(error, path);
    if (!finding) continue;
    // ajv can report one node twice (a type error under two schema branches); one finding is enough.
    // Different problems of one node ("needs `text`", "needs `type`") are all kept.
    const key = `${finding.code}@${finding.span.start}@${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;

  function spanAt(path: readonly (string | number)[]): { start: number; end: number } {
    const located = path.length > 0 ? locate(document, path) : {};
    const node = located.value ?? located.key;
    if (node) return nodeSpan(node, text, offset);
    // The root itself: point at the opening `---` line.
    return { start: frontMatter.span.start, end: frontMatter.span.start + 3 };
  }

  /** An empty value (`key:` or a `-` with nothing after it), reported on its key. */
  function emptyValue(path: readonly (string | number)[], type: unknown): Finding {
    const last = path[path.length - 1];
    const located = locate(document, path);
    const node = typeof last === 'string' ? (located.key ?? located.value) : located.value;
    return {
      code: 'frontMatter.schema.empty',
      severity: 'warning',
      span: node ? nodeSpan(node, text, offset) : spanAt(path),
      message: `\`${describePath(path)}\` is empty: write ${allowedValues(path) ?? typeNames(type)}, or remove the ${typeof last === 'number' ? 'item' : 'key'}.`,
    };
  }

  function toFinding(error: ErrorObject, path: (string | number)[]): Finding | undefined {
    const where = describePath(path);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperty':
      case 'additionalProperties': {
        const name = String(params['additionalProperty']);
        // A merge key has its own finding (see `frontMatter.yaml.alias`).
        if (name === '<<') return undefined;
        const keyNode: Node | undefined = keyNodeOf(document, path, name);
        const span = keyNode ? nodeSpan(keyNode, text, offset) : spanAt(path);
        const allowed = Object.keys(schemaAt(schemaPath(path))?.properties ?? {});
        // Renaming onto a key that is already there would only create a duplicate key.
        const holder = valueAt(frontMatter.data, path);
        const present = holder !== null && typeof holder === 'object' ? Object.keys(holder) : [];
        const free = allowed.filter((k) => !present.includes(k));
        const suggestion = closest(name, free, Math.max(2, Math.floor(name.length / 3)));
        const inside = path.length === 0 ? 'the front matter' : where;
        return {
          code: 'frontMatter.schema.unknownKey',
          severity: 'warning',
          span,
          message: `Unknown key "${name}" in ${inside}${suggestion ? `: did you mean "${suggestion}"?` : `; known keys are ${allowed.join(', ')}.`}`,
          ...(suggestion && keyNode ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Rename "${name}" to "${suggestion}"` } } : {}),
        };
      }
      case 'required': {
        const missing = String(params['missingProperty']);
        // A key missing at the top is reported on the opening `---`, the start of the front matter.
        const located = path.length > 0 ? locate(document, path).value : undefined;
        return {
          code: 'frontMatter.schema.required',
          severity: 'warning',
          span: located ? nodeSpan(located, text, offset) : spanAt(path),
          message: `${path.length === 0 ? 'The front matter' : `\`${where}\``} needs ${withArticle(`\`${missing}\``, missing)} key.`,
        };
      }
      case 'type': {
        const actual = valueAt(frontMatter.data, path);
        if (path.length === 0) {
          return { code: 'frontMatter.schema.type', severity: 'error', span: spanAt(path), message: 'The front matter must be a mapping of keys: one `key: value` line each.' };
        }
        // `key:` with nothing after it, often left from a template: an empty value, not a wrong one.
        if (actual === null) return emptyValue(path, params['type']);
        return {
          code: 'frontMatter.schema.type',
          severity: 'error',
          span: spanAt(path),
          message: `\`${where}\` must be ${typeNames(params['type'])}${typeHint(path, params['type'], actual)}.`,
        };
      }
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[] | undefined)?.map(String) ?? [];
        const located = locate(document, path).value;
        const actual = valueAt(frontMatter.data, path);
        // An empty value has its type finding already (see `emptyValue`).
        if (actual === null) return undefined;
        // Only a near spelling is offered: the closest of all values may mean the opposite ("completed"
        // is nearer to "open" than to "fulfilled"), and the fix is the preferred one.
        const suggestion = typeof actual === 'string' ? closest(actual, allowed, Math.max(2, Math.floor(actual.length / 3))) : undefined;
        const span = spanAt(path);
        return {
          code: 'frontMatter.schema.enum',
          severity: 'error',
          span,
          message: `"${String(actual)}" is not a valid \`${where}\`: use one of ${allowed.join(', ')}.`,
          ...(suggestion && located ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change to "${suggestion}"` } } : {}),
        };
      }
      case 'pattern': {
        const last = path[path.length - 1];
        const isCountry = path[0] === 'countries';
        const actual = valueAt(frontMatter.data, path);
        const code = isCountry && typeof actual === 'string' ? countryCodeFor(actual) : undefined;
        const span = spanAt(path);
        return {
          code: 'frontMatter.schema.format',
          severity: 'error',
          span,
          ...(code ? { fix: { kind: 'setScalar', span, value: code, title: `Change to ${code}` } } : {}),
          message: isCountry
            ? `\`${where}\` must be an ISO 3166-1 alpha-2 code in capitals, such as JP or VN.`
            : `\`${String(last)}\` must be a date written YYYY-MM-DD.`,
        };
      }
      case 'minLength':
        return { code: 'frontMatter.schema.format', severity: 'error', span: spanAt(path), message: `\`${where}\` must not be empty.` };
      default:
        return { code: 'frontMatter.schema.type', severity: 'error', span: spanAt(path), message: `\`${where}\` ${error.message ?? 'is invalid'}.` };
    }
  }
}

/** The schema path of a data path: list indices become `'*'`. */
function schemaPath(path: readonly (string | number)[]): string[] {
  return path.map((s) => (typeof s === 'number' ? '*' : s));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A data path as an analyst reads it: `commitments[0].status`. */
export function describePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out.length === 0 ? step : `.${step}`;
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a mapping of keys',
  array: 'a list',
  number: 'a number',
  boolean: 'true or false',
};

function typeNames(type: unknown): string {
  const list = String(type).split(',');
  return list.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

/** "one of open, fulfilled, …" for a key whose values the schema lists. */
function allowedValues(path: readonly (string | number)[]): string | undefined {
  const values = schemaAt(schemaPath(path))?.enum;
  return values && values.length > 0 ? `one of ${values.join(', ')}` : undefined;
}

/** "a" or "an" before `shown`, by how `word` sounds: "an `id`", "a `quote`". */
function withArticle(shown: string, word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${shown}`;
}

/** Keys whose text is a day of the calendar. */
const DATE_KEYS = new Set(['date', 'due', 'retrieved']);

/**
 * What to do about a value of the wrong type: a number where a date is wanted ("due: 2025") needs the
 * date written out, which quotes alone do not give; any other plain value (a number, `yes`) only needs
 * quotes to become text.
 */
function typeHint(path: readonly (string | number)[], type: unknown, actual: unknown): string {
  if (String(type) !== 'string' || actual === null || typeof actual === 'object') return '';
  const last = path[path.length - 1];
  if (typeof last === 'string' && DATE_KEYS.has(last)) return ': write the date as YYYY-MM-DD, for example 2025-12-31';
  return ': put the value in quotes';
}
