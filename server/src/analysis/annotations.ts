import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { FrontMatter } from './frontMatter';
import type { EntityKind, Span } from './types';

/** A string value of the front matter with the span of its node in the whole file. */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

/** An official listed in the front matter. */
export interface OfficialAnnotation {
  readonly id?: Located<string>;
  readonly mention?: Located<string>;
  readonly span: Span;
}

/** Status values of an annotated commitment. */
export type CommitmentStatus = 'open' | 'fulfilled' | 'broken' | 'superseded';

/** A commitment recorded by the analyst. */
export interface CommitmentAnnotation {
  readonly id?: Located<string>;
  readonly quote?: Located<string>;
  readonly actors: readonly Located<string>[];
  readonly due?: Located<string>;
  readonly status?: Located<string>;
  readonly fulfilledBy?: Located<string>;
  readonly evidence?: Located<string>;
  readonly span: Span;
}

/** An analyst's correction of the highlighting: a text to ignore, or a span to add with its kind. */
export interface CorrectionAnnotation {
  readonly text: Located<string>;
  /** Absent for `ignore` corrections. */
  readonly kind?: Exclude<EntityKind, 'commitment'>;
  readonly span: Span;
}

/** The analyst's annotations read from the front matter, each value with its location. */
export interface Annotations {
  readonly id?: Located<string>;
  readonly title?: Located<string>;
  readonly date?: Located<string>;
  readonly kind?: Located<string>;
  readonly countries: readonly Located<string>[];
  readonly officials: readonly OfficialAnnotation[];
  readonly commitments: readonly CommitmentAnnotation[];
  readonly ignore: readonly CorrectionAnnotation[];
  readonly add: readonly CorrectionAnnotation[];
}

/** Annotations of a document without front matter. */
export const NO_ANNOTATIONS: Annotations = { countries: [], officials: [], commitments: [], ignore: [], add: [] };

const ENTITY_KINDS = new Set(['person', 'organization', 'place', 'date']);

/** Reads the analyst's annotations from a parsed front matter, ignoring values of the wrong shape (the schema check reports those). */
export function readAnnotations(frontMatter: FrontMatter | undefined): Annotations {
  const root = frontMatter?.document.contents;
  if (!frontMatter || !isMap(root)) return NO_ANNOTATIONS;
  const offset = frontMatter.content.start;
  const str = (map: YAMLMap, key: string): Located<string> | undefined => locatedString(map.get(key, true), offset);
  const list = (map: YAMLMap, key: string): Node[] => {
    const node = map.get(key, true);
    return isSeq(node) ? (node.items as Node[]) : [];
  };
  const officials: OfficialAnnotation[] = list(root, 'officials').flatMap((item): OfficialAnnotation[] => {
    if (isMap(item)) return [{ id: str(item, 'id'), mention: str(item, 'mention'), span: spanOf(item, offset) }];
    const id = locatedString(item, offset);
    return id ? [{ id, span: id.span }] : [];
  });
  const commitments: CommitmentAnnotation[] = list(root, 'commitments').flatMap((item) => {
    if (!isMap(item)) return [];
    return [
      {
        id: str(item, 'id'),
        quote: str(item, 'quote'),
        actors: list(item, 'actors').flatMap((a) => locatedString(a, offset) ?? []),
        due: str(item, 'due'),
        status: str(item, 'status'),
        fulfilledBy: str(item, 'fulfilled-by'),
        evidence: str(item, 'evidence'),
        span: spanOf(item, offset),
      },
    ];
  });
  const corrections = root.get('corrections', true);
  const ignore: CorrectionAnnotation[] = [];
  const add: CorrectionAnnotation[] = [];
  if (isMap(corrections)) {
    for (const item of list(corrections, 'ignore')) {
      const text = isMap(item) ? str(item, 'text') : locatedString(item, offset);
      if (text) ignore.push({ text, span: spanOf(item, offset) });
    }
    for (const item of list(corrections, 'add')) {
      if (!isMap(item)) continue;
      const text = str(item, 'text');
      const type = item.get('type');
      if (text && typeof type === 'string' && ENTITY_KINDS.has(type)) {
        add.push({ text, kind: type as CorrectionAnnotation['kind'], span: spanOf(item, offset) });
      }
    }
  }
  return {
    id: str(root, 'id'),
    title: str(root, 'title'),
    date: str(root, 'date'),
    kind: str(root, 'kind'),
    countries: list(root, 'countries').flatMap((c) => locatedString(c, offset) ?? []),
    officials,
    commitments,
    ignore,
    add,
  };
}

function locatedString(node: unknown, offset: number): Located<string> | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value !== 'string' && typeof node.value !== 'number') return undefined;
  return { value: String(node.value), span: spanOf(node, offset) };
}

/** The span of a YAML node in the whole file (value end, without trailing comments). */
export function spanOf(node: Node, offset: number): Span {
  const range = node.range ?? [0, 0, 0];
  return { start: offset + range[0], end: offset + range[1] };
}
