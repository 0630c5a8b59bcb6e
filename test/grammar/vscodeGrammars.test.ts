import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseRawGrammar } from 'vscode-textmate';
import { repoPath } from '../support/paths';
import { cuesDocument } from './documents';
import { hasScope, loadPolicyGrammar, scopedTexts, tokenizeDocument, type GrammarSource } from './tokenize';

// The stand-ins prove our rules; this optional check runs the same grammar against the Markdown
// and YAML grammars that VS Code itself ships, read in place when a VS Code build is on the machine
// (never copied into the repository). Point VSCODE_EXTENSIONS_DIR at a `resources/app/extensions`
// folder, or keep the code-server copy that the end-to-end setup caches under `.cache/`.
const extensionsDir = [
  process.env['VSCODE_EXTENSIONS_DIR'],
  repoPath('.cache', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions'),
].find((dir): dir is string => dir !== undefined && existsSync(join(dir, 'markdown-basics', 'package.json')));

/** Maps every grammar scope name contributed by the built-in extensions to its file. */
function builtInGrammars(dir: string): GrammarSource {
  const files = new Map<string, string>();
  for (const ext of readdirSync(dir)) {
    const manifest = join(dir, ext, 'package.json');
    if (!existsSync(manifest)) continue;
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { contributes?: { grammars?: { scopeName?: string; path?: string }[] } };
    for (const g of json.contributes?.grammars ?? []) {
      if (g.scopeName && g.path && !files.has(g.scopeName)) files.set(g.scopeName, join(dir, ext, g.path));
    }
  }
  return (scopeName) => {
    const file = files.get(scopeName);
    return file === undefined ? null : parseRawGrammar(readFileSync(file, 'utf8'), file);
  };
}

test("the grammar works with VS Code's own Markdown and YAML grammars", { skip: !extensionsDir && 'no VS Code extensions folder found' }, async () => {
  const grammar = await loadPolicyGrammar(builtInGrammars(extensionsDir as string));
  const tokens = tokenizeDocument(grammar, cuesDocument.text);
  assert.deepEqual([...new Set(tokens.filter((t) => hasScope(t, 'meta.embedded.block.frontmatter.policy')).map((t) => t.line))], [1, 2, 3]);
  assert.ok(tokens.some((t) => t.text === 'title' && hasScope(t, 'entity.name.tag.yaml')));
  assert.ok(tokens.filter((t) => t.line > 4).every((t) => hasScope(t, 'text.html.markdown')));
  assert.deepEqual(scopedTexts(tokens, 'constant.numeric.date.policy', 5), ['April 29, 2025']);
  assert.deepEqual(scopedTexts(tokens, 'storage.modifier.honorific.policy', 6), ['Mr.', 'Prime Minister', 'H.E', 'Mr.']);
  assert.ok(tokens.some((t) => t.text === 'Free and Open Indo-Pacific' && hasScope(t, 'string.quoted.double.title.policy') && hasScope(t, 'markup.list.numbered.markdown')));
  assert.ok(tokens.some((t) => hasScope(t, 'meta.separator.markdown')));
  assert.equal(tokens.some((t) => t.text.includes('Mr. Fenced') && hasScope(t, 'storage.modifier.honorific.policy')), false);

  // The real YAML grammar has multi-line rules; an unclosed one must still end at the delimiter.
  const unclosed = tokenizeDocument(grammar, '---\npeople: {name: NAMAZU\n---\nMr. NAMAZU left on 2025-12-04.\n');
  assert.ok(unclosed.filter((t) => t.line === 3).every((t) => hasScope(t, 'text.html.markdown') && !t.scopes.some((s) => s.endsWith('.yaml'))));
  assert.deepEqual(scopedTexts(unclosed, 'constant.numeric.date.iso.policy'), ['2025-12-04']);

  // A first line of dashes that opens no front matter (for the server) is not one for the grammar either.
  for (const first of ['-----', '--- # notes', '---x']) {
    const body = tokenizeDocument(grammar, `${first}\n# Notes of 2025-12-04\n\nMr. NAMAZU left.\n`);
    assert.equal(body.some((t) => t.scopes.some((s) => s.includes('frontmatter') || s.endsWith('.yaml'))), false, first);
    assert.deepEqual(scopedTexts(body, 'constant.numeric.date.iso.policy'), ['2025-12-04'], first);
  }
});
