// Lint rules that keep the architecture honest: import boundaries between the pure core, the LSP
// features and the client, floating promises, and type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const lspPackages = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'vscode-jsonrpc/*'];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", ".cache/**", "**/*.mjs", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts', 'server/src/knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['node:fs', 'fs', 'node:fs/promises'], patterns: lspPackages }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: 'server/src/(?!protocol$)', message: 'The client may import only server/src/protocol.' }] },
      ],
    },
  },
  {
    // node:test's test() and describe() return promises that the runner itself awaits.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['server/src/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['node:fs', 'fs', 'node:fs/promises'] }] },
  },
);
