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
    const key = `${finding.code}@${finding.span.start}`;
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

  function toFinding(error: ErrorObject, path: (string | number)[]): Finding | undefined {
    const where = describePath(path);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperty':
      case 'additionalProperties': {
        const name = String(params['additionalProperty']);
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
          message: `${path.length === 0 ? 'The front matter' : capitalise(where)} needs a \`${missing}\` key.`,
        };
      }
      case 'type': {
        const actual = valueAt(frontMatter.data, path);
        // A date, number or `yes` read as another type only needs quotes to become text.
        const hint = String(params['type']) === 'string' && actual !== null && typeof actual !== 'object' ? ': put the value in quotes' : '';
        return {
          code: 'frontMatter.schema.type',
          severity: 'error',
          span: spanAt(path),
          message: `\`${where}\` must be ${typeNames(params['type'])}${hint}.`,
        };
      }
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[] | undefined)?.map(String) ?? [];
        const located = locate(document, path).value;
        const actual = valueAt(frontMatter.data, path);
        const suggestion = typeof actual === 'string' ? closest(actual, allowed, Infinity) : undefined;
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
