import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokenLegend';
import { repoPath } from '../support/paths';

interface Manifest {
  contributes: {
    semanticTokenTypes: { id: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    languages: { id: string; extensions: string[] }[];
  };
}

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as Manifest;

test('package.json declares exactly the token types of the server legend', () => {
  assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t) => t.id), [...TOKEN_TYPES]);
  assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((t) => t.id), [...TOKEN_MODIFIERS]);
});

test('every token type has a TextMate scope fallback so every theme colours it', () => {
  const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'policy')?.scopes ?? {};
  for (const type of TOKEN_TYPES) assert.ok(scopes[type]?.length, `${type} has a fallback scope`);
});

test('the policy language is contributed for *.policy.md files', () => {
  const policy = manifest.contributes.languages.find((l) => l.id === 'policy');
  assert.deepEqual(policy?.extensions, ['.policy.md']);
});
