/**
 * The documented JSON Schema of the front matter (`frontMatter.schema.json`), its validator and
 * navigation helpers for completion and hover. The validator is compiled once, on first use.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import worldCountries from 'world-countries';

/** The subset of JSON Schema that the front-matter schema uses. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly title?: string;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly examples?: readonly string[];
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean;
  readonly items?: SchemaNode;
}

/** A key path into the front matter; `'*'` stands for any item of a list. */
export type SchemaPath = readonly string[];

// A `require` rather than an `import`, because the server's composite tsconfig only lists `.ts`
// files; esbuild still bundles the JSON into dist, so the schema ships with the server.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemaJson: unknown = require('./frontMatter.schema.json');

/** The front-matter schema as data. */
export const frontMatterSchema: SchemaNode = schemaJson as SchemaNode;

/** The holder of the compiled validator; compiling costs milliseconds, validating microseconds. */
let compiled: ValidateFunction | undefined;

/**
 * Validates front-matter data against the schema and returns every error (not only the first).
 * The validator is compiled on the first call only; it depends on nothing but the constant schema,
 * so sharing it across documents and tests is safe.
 */
export function validateFrontMatter(data: unknown): readonly ErrorObject[] {
  compiled ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schemaJson as object);
  return compiled(data) ? [] : (compiled.errors ?? []);
}

/** The schema of the value at `path` (object keys and `'*'` for list items), or undefined off the schema. */
export function schemaAt(path: SchemaPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = frontMatterSchema;
  for (const segment of path) {
    if (!node) return undefined;
    node = segment === '*' ? node.items : node.properties?.[segment];
  }
  return node;
}

/** True when the schema node accepts values of JSON type `type`. */
export function allowsType(node: SchemaNode, type: string): boolean {
  if (node.type === undefined) return true;
  return typeof node.type === 'string' ? node.type === type : node.type.includes(type);
}

let countryList: readonly { readonly code: string; readonly name: string }[] | undefined;

/** Every ISO 3166-1 alpha-2 code with its English common name, sorted by code. */
export function countryCodes(): readonly { readonly code: string; readonly name: string }[] {
  countryList ??= worldCountries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.code.localeCompare(b.code));
  return countryList;
}

/** The cca2 code a country name, code or spelling stands for ("jp", "Japan", "JPN" → "JP"), if any. */
export function countryCodeFor(text: string): string | undefined {
  const key = text.trim().toLowerCase();
  if (key.length === 0) return undefined;
  // Reserved and common non-ISO codes that analysts write out of habit.
  const habits: Record<string, string> = { uk: 'GB', el: 'GR' };
  if (habits[key]) return habits[key];
  for (const c of worldCountries) {
    if (c.cca2.toLowerCase() === key || c.cca3.toLowerCase() === key) return c.cca2;
    if (c.name.common.toLowerCase() === key || c.name.official.toLowerCase() === key) return c.cca2;
    if (c.altSpellings.some((s) => s.toLowerCase() === key)) return c.cca2;
  }
  return undefined;
}
