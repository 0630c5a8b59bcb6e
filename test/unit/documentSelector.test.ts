import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSelector } from '../../client/src/documentSelector';

/** The filters of the client's selector that a document of this scheme and language passes (patterns aside). */
function filtersFor(scheme: string, language: string): unknown[] {
  return documentSelector(['**/briefs/*.md'], '**/officials.yaml').filter((f: { scheme?: string; language: string }) => (f.scheme ?? scheme) === scheme && f.language === language);
}

// Review hunt-lsp2 #1: the old side of a Source Control diff (`git:`) was synced as a workspace document.
test('the client syncs working copies (file, untitled, virtual workspace) and no snapshot scheme', () => {
  for (const scheme of ['file', 'untitled', 'vscode-vfs']) assert.ok(filtersFor(scheme, 'policy').length > 0, scheme);
  assert.ok(filtersFor('file', 'markdown').length > 0, 'opted-in Markdown');
  assert.ok(filtersFor('file', 'yaml').length > 0, 'the registry');
  for (const scheme of ['git', 'gitlens', 'pr', 'review', 'vscode-userdata']) {
    for (const language of ['policy', 'markdown', 'yaml']) assert.deepEqual(filtersFor(scheme, language), [], `${scheme} ${language}`);
  }
});
