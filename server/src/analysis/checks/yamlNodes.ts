/**
 * Finding the YAML node behind a JSON path of the front-matter data, so that every schema error
 * is reported on the exact key or value it concerns.
 */
import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../types';

/** The nodes at a path: the value, and the key when the last step is a mapping key. */
export interface LocatedNode {
  readonly value?: Node;
  readonly key?: Node;
}

/** Splits an ajv `instancePath` ("/commitments/0/status") into keys and list indices. */
export function parseInstancePath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The key and value nodes at `path` of a parsed document; list steps are numbers. */
export function locate(document: Document, path: readonly (string | number)[]): LocatedNode {
  let node: unknown = document.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return {};
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      key = undefined;
      node = node.items[step];
    } else return {};
  }
  return { ...(node && (isScalar(node) || isCollection(node)) ? { value: node as Node } : {}), ...(key ? { key } : {}) };
}

/** The key node of `name` in the mapping at `path`. */
export function keyNodeOf(document: Document, path: readonly (string | number)[], name: string): Node | undefined {
  const parent = locate(document, path).value ?? (path.length === 0 ? (document.contents as Node | null) ?? undefined : undefined);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === name);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** The span of a node in the whole file; collections are cut to their first line so squiggles stay short. */
export function nodeSpan(node: Node, text: string, offset: number): Span {
  const range = node.range ?? [0, 0, 0];
  const start = offset + range[0];
  let end = offset + range[1];
  if (isCollection(node)) {
    const newline = text.indexOf('\n', start);
    if (newline >= 0 && newline < end) end = newline;
  }
  // Values such as block scalars end with their line break, which the squiggle should not include.
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end: Math.max(end, start + 1) };
}
