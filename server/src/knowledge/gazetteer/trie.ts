/**
 * A prefix trie of gazetteer surface forms, walked over a text in a plain loop. Typographic
 * variants share a path: every dash is "-", a right single quote is "'", a no-break space is " ".
 *
 * The trie lives in a few typed arrays rather than one object per node: the gazetteers hold tens of
 * thousands of nodes, and as objects (each with a map and two arrays) they were about 30 MB that
 * every full garbage collection had to mark again — the longest pauses of a keystroke on a large
 * document. Typed arrays are never traced.
 */
import { wordUnitLength } from './wordChars';

/** The frozen trie: node `n`'s children are the slots `childStart[n]` to `childStart[n + 1]`, keys ascending. */
interface TrieArrays {
  readonly isEnd: Uint8Array;
  readonly childStart: Int32Array;
  readonly childKey: Uint16Array;
  readonly childNode: Int32Array;
  /** The root's child per code unit (-1 for none): the root is looked up once per candidate start. */
  readonly rootChild: Int32Array;
}

/** A position in a trie: the trie and one of its nodes (`buildTrie` returns the root). */
export interface TrieNode {
  readonly arrays: TrieArrays;
  readonly index: number;
}

/** Nodes with more children than this are searched by bisection, all others by a plain loop. */
const LINEAR_SEARCH_LIMIT = 8;

/** The code unit a trie key is stored under, so that "Indo–Pacific" and "Indo-Pacific" share a path. */
export function normalizedUnit(code: number): number {
  if (code >= 0x2010 && code <= 0x2013) return 0x2d;
  if (code === 0x2019) return 0x27;
  if (code === 0xa0) return 0x20;
  return code;
}

/** Builds the trie of `names`. */
export function buildTrie(names: Iterable<string>): TrieNode {
  // Built with maps first (the number of nodes is not known in advance), then frozen into arrays.
  const children: Map<number, number>[] = [new Map()];
  const ends: boolean[] = [false];
  for (const name of names) {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const key = normalizedUnit(name.charCodeAt(i));
      const map = children[node]!;
      let child = map.get(key);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push(false);
        map.set(key, child);
      }
      node = child;
    }
    ends[node] = true;
  }
  return { arrays: freeze(children, ends), index: 0 };
}

/** The typed-array form of a trie built as maps. */
function freeze(children: readonly Map<number, number>[], ends: readonly boolean[]): TrieArrays {
  const count = children.length;
  let slots = 0;
  for (const map of children) slots += map.size;
  const isEnd = new Uint8Array(count);
  const childStart = new Int32Array(count + 1);
  const childKey = new Uint16Array(slots);
  const childNode = new Int32Array(slots);
  let slot = 0;
  for (let n = 0; n < count; n++) {
    isEnd[n] = ends[n] ? 1 : 0;
    childStart[n] = slot;
    for (const [key, child] of [...children[n]!].sort((a, b) => a[0] - b[0])) {
      childKey[slot] = key;
      childNode[slot] = child;
      slot++;
    }
  }
  childStart[count] = slot;
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let s = childStart[0]!; s < childStart[1]!; s++) rootChild[childKey[s]!] = childNode[s]!;
  return { isEnd, childStart, childKey, childNode, rootChild };
}

/** The child of node `node` under the normalised code unit `key`, or -1. */
function childOf(t: TrieArrays, node: number, key: number): number {
  if (node === 0) return t.rootChild[key]!;
  let low = t.childStart[node]!;
  let high = t.childStart[node + 1]!;
  // Most nodes of a walk have one or two children, where a plain loop beats bisection.
  if (high - low <= LINEAR_SEARCH_LIMIT) {
    for (; low < high; low++) if (t.childKey[low] === key) return t.childNode[low]!;
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const k = t.childKey[mid]!;
    if (k === key) return t.childNode[mid]!;
    if (k < key) low = mid + 1;
    else high = mid;
  }
  return -1;
}

/** Whether some form continues from `node` with the code unit `key`, compared as written (not normalised). */
export function hasChild(node: TrieNode, key: number): boolean {
  return childOf(node.arrays, node.index, key) >= 0;
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
  const t = node.arrays;
  const length = text.length;
  let at = node.index;
  let best = -1;
  for (let i = from; ; i++) {
    if (t.isEnd[at] === 1 && (i >= length || wordUnitLength(text, i) === 0)) best = i;
    if (i >= length) break;
    at = childOf(t, at, normalizedUnit(text.charCodeAt(i)));
    if (at < 0) break;
  }
  return best;
}

/** The node reached by reading `prefix` from `root`, or undefined when no form starts with it. */
export function nodeAfter(root: TrieNode, prefix: string): TrieNode | undefined {
  let at = root.index;
  for (let i = 0; i < prefix.length && at >= 0; i++) at = childOf(root.arrays, at, normalizedUnit(prefix.charCodeAt(i)));
  return at < 0 ? undefined : { arrays: root.arrays, index: at };
}
