/**
 * A prefix trie of gazetteer surface forms, walked over a text in a plain loop. Typographic
 * variants share a path: every dash is "-", a right single quote is "'", a no-break space is " ".
 */
import { wordUnitLength } from './wordChars';

/** One trie node; `end` marks the end of a surface form. */
export interface TrieNode {
  end: boolean;
  readonly children: Map<number, TrieNode>;
  /** The keys of `children` in insertion order, beside `childList`, for a search without hashing. */
  readonly childKeys: number[];
  /** The nodes of `children`, in the order of `childKeys`. */
  readonly childList: TrieNode[];
}

/** Nodes with more children than this are searched through their map, all others by a plain loop. */
const LINEAR_SEARCH_LIMIT = 8;

/** A node without children. */
function newNode(): TrieNode {
  return { end: false, children: new Map(), childKeys: [], childList: [] };
}

/** The child of `node` under the normalised code unit `key`, if any. */
function childOf(node: TrieNode, key: number): TrieNode | undefined {
  // Most nodes of a walk have one or two children, where comparing keys is cheaper than a map lookup.
  const keys = node.childKeys;
  if (keys.length > LINEAR_SEARCH_LIMIT) return node.children.get(key);
  for (let k = 0; k < keys.length; k++) {
    if (keys[k] === key) return node.childList[k];
  }
  return undefined;
}

/** The code unit a trie key is stored under, so that "Indo–Pacific" and "Indo-Pacific" share a path. */
export function normalizedUnit(code: number): number {
  if (code >= 0x2010 && code <= 0x2013) return 0x2d;
  if (code === 0x2019) return 0x27;
  if (code === 0xa0) return 0x20;
  return code;
}

/** Builds the trie of `names`. */
export function buildTrie(names: Iterable<string>): TrieNode {
  const root = newNode();
  for (const name of names) {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const key = normalizedUnit(name.charCodeAt(i));
      let child = node.children.get(key);
      if (child === undefined) {
        child = newNode();
        node.children.set(key, child);
        node.childKeys.push(key);
        node.childList.push(child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/**
 * The end of the longest form in the trie that starts at `offset` and is not followed by a word
 * character, or -1. Sibling keys are distinct normalised characters, so the text picks a single
 * path; the deepest form end on it that passes the boundary check is the longest name.
 */
export function longestMatchEnd(root: TrieNode, text: string, offset: number): number {
  return longestMatchEndFrom(root, text, offset);
}

/**
 * `longestMatchEnd` resumed part-way: `node` is where the trie walk stands once the text up to
 * `from` has been read. The caller guarantees that no form could end before `from` (the text read
 * so far is one word run, and a form only ends before a non-word character).
 */
export function longestMatchEndFrom(node: TrieNode, text: string, from: number): number {
  const length = text.length;
  let best = -1;
  for (let i = from; ; i++) {
    if (node.end && (i >= length || wordUnitLength(text, i) === 0)) best = i;
    if (i >= length) break;
    const child = childOf(node, normalizedUnit(text.charCodeAt(i)));
    if (child === undefined) break;
    node = child;
  }
  return best;
}

/** The node reached by reading `prefix` from `root`, or undefined when no form starts with it. */
export function nodeAfter(root: TrieNode, prefix: string): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (let i = 0; i < prefix.length && node !== undefined; i++) node = node.children.get(normalizedUnit(prefix.charCodeAt(i)));
  return node;
}
