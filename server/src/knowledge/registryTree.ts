import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../analysis/types';

/**
 * A registry file's YAML as plain data with source spans: what the registry checks read. Both the
 * `yaml` library's document and the fast line reader (registryFastParse.ts) produce it, so that
 * the checks exist once whichever reader ran.
 */
export type RegistryNode = RegistryScalar | RegistryMap | RegistrySeq | RegistryOther;

/** A scalar with its resolved value (string, number, boolean or null, as the YAML core schema reads it). */
export interface RegistryScalar {
  readonly kind: 'scalar';
  readonly value: unknown;
  readonly span?: Span;
}

/** One `key: value` pair; either side is null when the YAML leaves it out. */
export interface RegistryPair {
  readonly key: RegistryNode | null;
  readonly value: RegistryNode | null;
}

/** A mapping, pairs in source order. */
export interface RegistryMap {
  readonly kind: 'map';
  readonly pairs: readonly RegistryPair[];
  readonly span?: Span;
}

/** A sequence, items in source order. */
export interface RegistrySeq {
  readonly kind: 'seq';
  readonly items: readonly (RegistryNode | null)[];
  readonly span?: Span;
}

/** Anything else (an alias, which is never followed), known only by its span. */
export interface RegistryOther {
  readonly kind: 'other';
  readonly span?: Span;
}

/** The node under a scalar key of a mapping: the first pair wins, as in the `yaml` library. */
export function pairValue(map: RegistryMap, key: string): RegistryNode | null | undefined {
  for (const pair of map.pairs) if (pair.key?.kind === 'scalar' && pair.key.value === key) return pair.value;
  return undefined;
}

/** The plain value under a key: a scalar's value, the node itself otherwise (mirrors `YAMLMap.get`). */
export function plainValue(map: RegistryMap, key: string): unknown {
  const node = pairValue(map, key);
  return node?.kind === 'scalar' ? node.value : node;
}

/** The document's root as a registry tree; aliases become `other` nodes and are never expanded. */
export function treeFromYaml(document: Document.Parsed): RegistryNode | null {
  return convert(document.contents as Node | null);
}

function convert(node: Node | null | undefined): RegistryNode | null {
  if (node === null || node === undefined) return null;
  const span = node.range ? { start: node.range[0], end: node.range[1] } : undefined;
  const withSpan = <T extends object>(value: T): T & { span?: Span } => (span ? { ...value, span } : value);
  if (isScalar(node)) return withSpan({ kind: 'scalar' as const, value: node.value });
  if (isMap(node)) {
    return withSpan({
      kind: 'map' as const,
      pairs: node.items.map((pair) => ({ key: convert(pair.key as Node | null), value: convert(pair.value as Node | null) })),
    });
  }
  if (isSeq(node)) return withSpan({ kind: 'seq' as const, items: node.items.map((item) => convert(item as Node | null)) });
  // Aliases (which may refer to themselves) and any other node kind are kept opaque.
  return withSpan({ kind: 'other' as const });
}
