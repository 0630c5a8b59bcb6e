import { isMap, isSeq, type Node } from 'yaml';
import { parseYamlBlock } from '../analysis/frontMatter';
import type { Finding } from '../analysis/findings';
import type { Span } from '../analysis/types';
import { familyName, foldedPattern, nameVariants, normalizeName } from './nameMatching';

/** A post held by an official; `from`/`to` are ISO dates and open-ended when absent. */
export interface OfficialRole {
  readonly title: string;
  readonly organization?: string;
  readonly rank?: string;
  readonly from?: string;
  readonly to?: string;
}

/** One entry of an officials registry file. */
export interface Official {
  readonly id: string;
  readonly name: string;
  readonly familyName?: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  readonly roles: readonly OfficialRole[];
  /** URI or path of the registry file that defines the entry. */
  readonly source: string;
  /** Span of the entry in its registry file. */
  readonly span: Span;
  /** Span of the entry's `id` value in its registry file. */
  readonly idSpan: Span;
}

/** A name form found in text, with every official it may denote. */
export interface NameMatch {
  readonly span: Span;
  readonly text: string;
  readonly officials: readonly Official[];
  /** True when the form is a single token (a family name or short alias), which is weaker evidence. */
  readonly shortForm: boolean;
}

/** A set of officials with lookups by id and by written name, built from registry YAML text. */
export class OfficialsRegistry {
  private readonly byId = new Map<string, Official>();
  private readonly byForm = new Map<string, Official[]>();
  private readonly shortForms = new Set<string>();
  private compiled: RegExp | undefined;

  private constructor(readonly officials: readonly Official[]) {
    for (const official of officials) {
      if (!this.byId.has(official.id)) this.byId.set(official.id, official);
      const forms = new Set<string>(nameVariants(official.name, official.familyName));
      for (const alias of official.aliases) for (const v of nameVariants(alias)) forms.add(v);
      const family = familyName(official.name, official.familyName);
      if (family) forms.add(family);
      for (const form of forms) {
        const key = normalizeName(form);
        const list = this.byForm.get(key) ?? [];
        if (!list.includes(official)) list.push(official);
        this.byForm.set(key, list);
        if (!/\s/.test(form.trim())) this.shortForms.add(key);
      }
    }
  }

  /** An empty registry. */
  static empty(): OfficialsRegistry {
    return new OfficialsRegistry([]);
  }

  /** Combines registries; on duplicate ids the first file wins (and `fromYaml` reported the clash). */
  static merge(registries: readonly OfficialsRegistry[]): OfficialsRegistry {
    return new OfficialsRegistry(registries.flatMap((r) => r.officials));
  }

  /**
   * Reads a registry file (`officials:` list, or a bare list) and reports its problems with file offsets.
   * @param source URI or path recorded on each entry for navigation
   */
  static fromYaml(text: string, source: string): { registry: OfficialsRegistry; findings: Finding[] } {
    const { document, findings } = parseYamlBlock(text, 0);
    const registryFindings: Finding[] = findings.map((f) => ({ ...f, code: f.code.startsWith('frontMatter.yaml') ? 'registry.yaml.invalid' : f.code }));
    const root = document.contents;
    const list = isMap(root) ? root.get('officials', true) : root;
    const officials: Official[] = [];
    const seen = new Map<string, Span>();
    if (isSeq(list)) {
      for (const item of list.items) {
        const official = readOfficial(item as Node, source, registryFindings);
        if (!official) continue;
        const earlier = seen.get(official.id);
        if (earlier) {
          registryFindings.push({
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
    } else if (root !== null && findings.length === 0) {
      registryFindings.push({
        code: 'registry.schema',
        severity: 'error',
        span: spanOf(root as Node) ?? { start: 0, end: Math.min(text.length, 1) },
        message: 'A registry holds a list `officials:` of entries with id, name and roles.',
      });
    }
    return { registry: new OfficialsRegistry(officials), findings: registryFindings };
  }

  /** The official with this id, if any. */
  get(id: string): Official | undefined {
    return this.byId.get(id);
  }

  /** Every official whose name, alias or family name is written `form` (diacritics and case folded). */
  lookup(form: string): readonly Official[] {
    return this.byForm.get(normalizeName(form)) ?? [];
  }

  /** Finds every registry name form in `text`, longest forms first, never overlapping; spans relative to `text`. */
  findNames(text: string): NameMatch[] {
    const regex = this.matcher();
    if (!regex) return [];
    const out: NameMatch[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const officials = this.lookup(m[0]);
      if (officials.length === 0) continue;
      out.push({
        span: { start: m.index, end: m.index + m[0].length },
        text: m[0],
        officials,
        shortForm: this.shortForms.has(normalizeName(m[0])),
      });
    }
    return out;
  }

  /** One compiled alternation of all name forms, built on first use and kept for the registry's life. */
  private matcher(): RegExp | undefined {
    if (this.compiled) return this.compiled;
    const forms = [...this.byForm.keys()];
    if (forms.length === 0) return undefined;
    const patterns = new Set<string>();
    for (const official of this.officials) {
      const all = [...nameVariants(official.name, official.familyName), ...official.aliases.flatMap((a) => nameVariants(a))];
      const family = familyName(official.name, official.familyName);
      if (family) all.push(family, family.toUpperCase());
      for (const form of all) patterns.add(foldedPattern(form));
    }
    const sorted = [...patterns].sort((a, b) => b.length - a.length);
    // Names are matched as whole words: no letter or digit may touch either end.
    this.compiled = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return this.compiled;
  }
}

/** The role an official held on an ISO date (YYYY-MM-DD), preferring the most recently started one. */
export function roleOn(official: Official, isoDate: string | undefined): OfficialRole | undefined {
  if (!isoDate) return official.roles[0];
  const holding = official.roles.filter((r) => (!r.from || r.from <= isoDate) && (!r.to || isoDate <= r.to));
  holding.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return holding[0];
}

function readOfficial(node: Node, source: string, findings: Finding[]): Official | undefined {
  if (!isMap(node)) {
    findings.push(schemaFinding(node, 'Each registry entry is a mapping with id, name and roles.'));
    return undefined;
  }
  const id = node.get('id');
  const name = node.get('name');
  if (typeof id !== 'string' || typeof name !== 'string') {
    findings.push(schemaFinding(node, 'A registry entry needs a string `id` and a string `name`.'));
    return undefined;
  }
  const idNode = node.get('id', true) as Node | undefined;
  const aliasesNode = node.get('aliases');
  const aliases = isSeq(aliasesNode) ? aliasesNode.items.map((i) => String((i as { value?: unknown }).value ?? i)) : [];
  const rolesNode = node.get('roles');
  const roles: OfficialRole[] = [];
  if (isSeq(rolesNode)) {
    for (const r of rolesNode.items) {
      if (!isMap(r)) continue;
      const title = r.get('title');
      if (typeof title !== 'string') {
        findings.push(schemaFinding(r as Node, 'A role needs a `title`.'));
        continue;
      }
      roles.push({
        title,
        organization: optionalString(r.get('organization')),
        rank: optionalString(r.get('rank')),
        from: optionalString(r.get('from')),
        to: optionalString(r.get('to')),
      });
    }
  }
  return {
    id,
    name,
    familyName: optionalString(node.get('family-name')),
    aliases,
    country: optionalString(node.get('country')),
    roles,
    source,
    span: spanOf(node) ?? { start: 0, end: 0 },
    idSpan: (idNode && spanOf(idNode)) ?? spanOf(node) ?? { start: 0, end: 0 },
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function spanOf(node: Node): Span | undefined {
  return node.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

function schemaFinding(node: Node, message: string): Finding {
  return { code: 'registry.schema', severity: 'error', span: spanOf(node) ?? { start: 0, end: 0 }, message };
}
