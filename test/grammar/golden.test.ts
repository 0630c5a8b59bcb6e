import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { before, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { repoPath } from '../support/paths';
import { cuesDocument, seedDocuments, type NamedDocument } from './documents';
import { loadPolicyGrammar, renderScopes, tokenizeDocument } from './tokenize';

// Golden files hold one string per token, `line:start-end scopes «text»`, with the stand-in
// Markdown and YAML grammars. `UPDATE_GOLDEN=1` rewrites them; a normal run fails on any difference.
const update = process.env['UPDATE_GOLDEN'] === '1';

let grammar: IGrammar;
before(async () => {
  grammar = await loadPolicyGrammar();
});

/** Compares a document's rendered scopes with its golden file, or rewrites the file when updating. */
function checkGolden(doc: NamedDocument): void {
  const path = repoPath('test', 'golden', `${doc.name}.scopes.json`);
  const actual = renderScopes(tokenizeDocument(grammar, doc.text));
  if (update) {
    writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
    return;
  }
  assert.ok(existsSync(path), `${path} is missing: run the tests with UPDATE_GOLDEN=1 to create it`);
  const expected: unknown = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(actual, expected, `scopes of ${doc.name} changed: review, then rerun with UPDATE_GOLDEN=1`);
}

test('the inline cues document tokenizes as its golden file says', () => {
  checkGolden(cuesDocument);
});

const release = seedDocuments().find((d) => d.name === 'seed-003');
test('the Japan MOD press release seed tokenizes as its golden file says', { skip: !release && 'shared seed 003 not found' }, () => {
  checkGolden(release as NamedDocument);
});
