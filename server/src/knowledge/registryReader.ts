/**
 * Reading an officials registry file (YAML) into entries and findings: the fast reader first, the
 * `yaml` library for anything it gives up on, then every entry and role checked key by key.
 */
import { parseYamlBlock } from '../analysis/frontMatter';
import type { Finding } from '../analysis/findings';
import type { Span } from '../analysis/types';
import { isCountryCode } from './countries';
import type { Official, OfficialRole } from './officialsRegistry';
import { parseRegistryFast } from './registryFastParse';
import { dateBound, isRegistryDate } from './registryDates';
import { pairValue, plainValue, treeFromYaml, type RegistryMap, type RegistryNode } from './registryTree';

/** Keys a registry entry may carry; anything else is probably a typo ("familyname", "role"). */
const ENTRY_KEYS = new Set(['id', 'name', 'family-name', 'aliases', 'country', 'roles', 'notes', 'note', 'sources', 'source', 'url', 'wikidata']);
const ROLE_KEYS = new Set(['title', 'organization', 'organisation', 'rank', 'from', 'to', 'notes', 'note', 'source']);
/**
 * Reads a registry file's entries and findings without building lookups (what a worker thread sends
 * back). The fast reader is tried first; the `yaml` library reads anything it gives up on.
 * @param source URI or path recorded on each entry for navigation
 */
export function readRegistryText(text: string, source: string, options: { readonly fast?: boolean } = {}): { officials: Official[]; findings: Finding[] } {
  const fastRoot = options.fast === false ? undefined : parseRegistryFast(text);
  let root: RegistryNode | null;
  let findings: Finding[];
  if (fastRoot) {
    root = fastRoot;
    findings = [];
  } else {
    const parsed = parseYamlBlock(text, 0);
    root = treeFromYaml(parsed.document);
    findings = parsed.findings.map((f) => ({ ...f, code: f.code.startsWith('frontMatter.yaml') ? 'registry.yaml.invalid' : f.code }));
  }
  const yamlProblems = findings.length;
  const list = root?.kind === 'map' ? pairValue(root, 'officials') : root;
  const officials: Official[] = [];
  const seen = new Map<string, Span>();
  if (list?.kind === 'seq') {
    for (const item of list.items) {
      const official = readOfficial(item, source, findings);
      if (!official) continue;
      const earlier = seen.get(official.id);
      if (earlier) {
        findings.push({
          code: 'registry.id.duplicate',
          severity: 'error',
          span: official.idSpan,
          message: `The id "${official.id}" is already used by another official in this registry.`,
          related: [{ span: earlier, message: 'First definition' }],
        });
        continue;
      }
      seen.set(official.id, official.idSpan);
      officials.push(official);
    }
  } else if (root !== null && yamlProblems === 0) {
    findings.push({
      code: 'registry.schema',
      severity: 'error',
      span: root.span ?? { start: 0, end: Math.min(text.length, 1) },
      message: 'A registry holds a list `officials:` of entries with id, name and roles.',
    });
  }
  return { officials, findings };
}

function readOfficial(node: RegistryNode | null, source: string, findings: Finding[]): Official | undefined {
  if (node?.kind !== 'map') {
    findings.push(schemaFinding(node, 'Each registry entry is a mapping with id, name and roles.'));
    return undefined;
  }
  const id = optionalString(plainValue(node, 'id'));
  const name = plainValue(node, 'name');
  if (id === undefined || typeof name !== 'string' || name.trim().length === 0) {
    findings.push(schemaFinding(node, 'A registry entry needs a string `id` and a non-empty string `name`.'));
    return undefined;
  }
  const idNode = pairValue(node, 'id') ?? undefined;
  const nameNode = pairValue(node, 'name') ?? undefined;
  if (/\s/.test(id) || id.length === 0) {
    findings.push(schemaFinding(idNode ?? node, `The id "${id}" contains spaces; ids are written like \`ishiba-shigeru\`.`));
  }
  for (const pair of node.pairs) {
    const key = pair.key?.kind === 'scalar' ? pair.key.value : undefined;
    if (typeof key === 'string' && !ENTRY_KEYS.has(key)) {
      findings.push({
        ...schemaFinding(pair.key, `Unknown key "${key}" in a registry entry; known keys are ${[...ENTRY_KEYS].slice(0, 6).join(', ')}.`),
        severity: 'warning',
      });
    }
  }
  const aliasesNode = pairValue(node, 'aliases') ?? undefined;
  const aliases: string[] = [];
  if (aliasesNode?.kind === 'seq') {
    for (const item of aliasesNode.items) {
      const alias = item?.kind === 'scalar' ? optionalString(item.value) : undefined;
      if (alias === undefined || alias.trim().length === 0) findings.push(schemaFinding(item, 'An alias is a non-empty name.'));
      else aliases.push(alias);
    }
  } else if (aliasesNode && !isNullScalar(aliasesNode)) {
    findings.push(schemaFinding(aliasesNode, '`aliases` is a list of names, e.g. `aliases: [Chinh]`.'));
  }
  const country = readCountry(node, findings);
  const rolesNode = pairValue(node, 'roles') ?? undefined;
  const roles: OfficialRole[] = [];
  if (rolesNode?.kind === 'seq') {
    for (const r of rolesNode.items) {
      const role = readRole(r, findings);
      if (role) roles.push(role);
    }
  } else if (rolesNode && !isNullScalar(rolesNode)) {
    findings.push(schemaFinding(rolesNode, '`roles` is a list of posts with title, organization, from and to.'));
  }
  // A `roles` value of the wrong type, and each role that could not be read, was reported above; an
  // empty or absent list gets its own warning.
  const rolesMalformed = rolesNode !== undefined && rolesNode.kind !== 'seq' && !isNullScalar(rolesNode);
  const rolesWritten = rolesNode?.kind === 'seq' ? rolesNode.items.length : 0;
  if (rolesWritten === 0 && !rolesMalformed) {
    findings.push({
      ...schemaFinding(nameNode ?? node, `"${name}" has no roles, so hovers cannot say which post they held on a document's date.`),
      severity: 'warning',
    });
  }
  return {
    id,
    name,
    familyName: optionalString(plainValue(node, 'family-name')),
    aliases,
    country,
    roles,
    source,
    span: node.span ?? { start: 0, end: 0 },
    idSpan: idNode?.span ?? node.span ?? { start: 0, end: 0 },
    ...(nameNode?.span ? { nameSpan: nameNode.span } : {}),
  };
}

function isNullScalar(node: RegistryNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** Reads `country` and reports a value that is not an assigned ISO 3166-1 alpha-2 code. */
function readCountry(node: RegistryMap, findings: Finding[]): string | undefined {
  const countryNode = pairValue(node, 'country');
  const country = optionalString(plainValue(node, 'country'));
  if (country === undefined || !countryNode) return country;
  if (isCountryCode(country)) return country;
  const span = countryNode.span ?? { start: 0, end: 0 };
  const upper = country.toUpperCase();
  if (isCountryCode(upper)) {
    findings.push({
      code: 'registry.schema',
      severity: 'warning',
      span,
      message: `Country codes are written in capitals: "${upper}".`,
      fix: { kind: 'replaceText', span, newText: upper, title: `Write the country code as ${upper}` },
    });
    return upper;
  }
  findings.push({
    code: 'registry.schema',
    severity: 'warning',
    span,
    message: `"${country}" is not an ISO 3166-1 alpha-2 country code (JP, VN, AU …).`,
  });
  return country;
}

/** Reads one role and reports a missing title, malformed dates and a term that ends before it starts. */
function readRole(r: RegistryNode | null, findings: Finding[]): OfficialRole | undefined {
  if (r?.kind !== 'map') {
    findings.push(schemaFinding(r, 'A role is a mapping with title, organization, from and to.'));
    return undefined;
  }
  const title = plainValue(r, 'title');
  if (typeof title !== 'string' || title.trim().length === 0) {
    findings.push(schemaFinding(r, 'A role needs a `title`.'));
    return undefined;
  }
  for (const pair of r.pairs) {
    const key = pair.key?.kind === 'scalar' ? pair.key.value : undefined;
    if (typeof key === 'string' && !ROLE_KEYS.has(key)) {
      findings.push({ ...schemaFinding(pair.key, `Unknown key "${key}" in a role; known keys are title, organization, rank, from and to.`), severity: 'warning' });
    }
  }
  const dates: { from?: string; to?: string } = {};
  // A role whose dates cannot be read is left out: read without the bad bound, it would be open-ended
  // and hover cards would state a post held on dates it was not.
  let unreadable = false;
  for (const key of ['from', 'to'] as const) {
    const valueNode = pairValue(r, key);
    const raw = plainValue(r, key);
    if (!valueNode || raw === null || raw === undefined) continue;
    const value = optionalString(raw);
    // A list, a mapping, a boolean or a tagged value is no date either; ignoring it made the role open-ended.
    if (value === undefined) {
      findings.push(schemaFinding(valueNode, `\`${key}\` must be a date written YYYY-MM-DD (or YYYY-MM, YYYY when only that is known), as plain text without a tag. The role is left out until it is.`));
      unreadable = true;
      continue;
    }
    if (!isRegistryDate(value)) {
      findings.push(schemaFinding(valueNode, `\`${key}: ${value}\` is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY when only that is known). The role is left out until it is.`));
      unreadable = true;
      continue;
    }
    dates[key] = value;
  }
  if (unreadable) return undefined;
  if (dates.from && dates.to && dateBound(dates.from, 'start') > dateBound(dates.to, 'end')) {
    findings.push(schemaFinding(pairValue(r, 'to') ?? r, `This role ends (${dates.to}) before it starts (${dates.from}).`));
  }
  const organization = optionalString(plainValue(r, 'organization')) ?? optionalString(plainValue(r, 'organisation'));
  const rank = optionalString(plainValue(r, 'rank'));
  const span = r.span;
  return {
    title,
    ...(organization !== undefined ? { organization } : {}),
    ...(rank !== undefined ? { rank } : {}),
    ...(dates.from !== undefined ? { from: dates.from } : {}),
    ...(dates.to !== undefined ? { to: dates.to } : {}),
    ...(span ? { span } : {}),
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function schemaFinding(node: RegistryNode | null | undefined, message: string): Finding {
  return { code: 'registry.schema', severity: 'error', span: node?.span ?? { start: 0, end: 0 }, message };
}
