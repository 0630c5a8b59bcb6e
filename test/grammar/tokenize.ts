import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IOnigLib, type IRawGrammar } from 'vscode-textmate';
import { repoPath } from '../support/paths';
import { markdownStandIn, yamlStandIn, type RawGrammarJson } from './standins';

/** The scope name of the grammar under test. */
export const POLICY_SCOPE = 'text.policy';

/** One token of a tokenized document: 0-based line, UTF-16 columns [start, end), its text and scopes (root first). */
export interface ScopedToken {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Grammars other than ours that the registry may hand out, keyed by scope name. */
export type GrammarSource = (scopeName: string) => IRawGrammar | null;

let onigLib: Promise<IOnigLib> | undefined;

/** Loads the Oniguruma WebAssembly module once per process; `loadWASM` refuses a second call. */
function loadOnigLib(): Promise<IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(repoPath('node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** Parses a grammar held as data, the same way a `.tmLanguage.json` file is parsed. */
export function rawGrammar(json: RawGrammarJson): IRawGrammar {
  return parseRawGrammar(JSON.stringify(json), `${json.scopeName}.json`);
}

/** The stand-ins for VS Code's Markdown and YAML grammars, and nothing else. */
export const standInSource: GrammarSource = (scopeName) => {
  if (scopeName === 'text.html.markdown') return rawGrammar(markdownStandIn);
  if (scopeName === 'source.yaml') return rawGrammar(yamlStandIn);
  return null;
};

/** Loads the real `syntaxes/policy.tmLanguage.json`, with other grammars from `source`. */
export async function loadPolicyGrammar(source: GrammarSource = standInSource): Promise<IGrammar> {
  const path = repoPath('syntaxes', 'policy.tmLanguage.json');
  const registry = new Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) =>
      scopeName === POLICY_SCOPE ? parseRawGrammar(readFileSync(path, 'utf8'), path) : source(scopeName),
  });
  const grammar = await registry.loadGrammar(POLICY_SCOPE);
  if (!grammar) throw new Error(`grammar ${POLICY_SCOPE} did not load`);
  return grammar;
}

/**
 * Tokenizes a whole document line by line, as the editor does, carrying the rule stack across lines.
 * Token ends are clamped to the line because vscode-textmate scans each line with a `\n` appended.
 */
export function tokenizeDocument(grammar: IGrammar, text: string): ScopedToken[] {
  const out: ScopedToken[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, lineText.length);
      if (end <= token.startIndex) continue;
      out.push({ line, start: token.startIndex, end, text: lineText.slice(token.startIndex, end), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return out;
}

/** True when some scope in the chain is `scope` or a more specific scope below it (`scope.*`). */
export function hasScope(token: ScopedToken, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

/**
 * The texts of maximal runs of adjacent tokens on one line that carry `scope` in the same
 * position of their chains, so one multi-token match comes back as one string.
 */
export function scopedTexts(tokens: readonly ScopedToken[], scope: string, line?: number): string[] {
  const texts: string[] = [];
  let run: { line: number; end: number; depth: number; text: string } | undefined;
  for (const token of tokens) {
    if (line !== undefined && token.line !== line) continue;
    const depth = token.scopes.findIndex((s) => s === scope || s.startsWith(`${scope}.`));
    if (depth < 0) {
      run = undefined;
      continue;
    }
    if (run && run.line === token.line && run.end === token.start && run.depth === depth) {
      run.text += token.text;
      run.end = token.end;
      texts[texts.length - 1] = run.text;
    } else {
      run = { line: token.line, end: token.end, depth, text: token.text };
      texts.push(run.text);
    }
  }
  return texts;
}

/** Renders tokens as `line:start-end scope chain «text»` (1-based line, 0-based UTF-16 columns, root scope left out). */
export function renderScopes(tokens: readonly ScopedToken[]): string[] {
  return tokens.map((t) => `${t.line + 1}:${t.start}-${t.end} ${t.scopes.slice(1).join(' ')} «${t.text}»`);
}
