import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import type { StatusResult } from '../../server/src/protocol';
import { LspSession, stopAndRemove } from './harness';

// Review hunt-lsp2 #1: clicking a changed file in the Source Control view opens a diff whose old side
// is a `git:` document with the same language; it was indexed as one more workspace document.

const REGISTRY = 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n    roles: [{ title: Prime Minister, from: 2024-10-01 }]\n';
const doc = (id: string, body = 'Prime Minister Shigeru Ishiba spoke.'): string => `---\nid: ${id}\ndate: 2025-04-29\n---\n${body}\n`;
/** The URI VS Code's Git extension gives the HEAD version of a file. */
const gitUri = (path: string): string => `git:${pathToFileURL(path).pathname}?${encodeURIComponent(JSON.stringify({ path, ref: '~' }))}`;

describe('snapshots of a file (the old side of a Source Control diff)', () => {
  let dir: string;
  let session: LspSession | undefined;
  const status = (): Promise<StatusResult> => session!.connection.sendRequest<StatusResult>('policyLens/status');
  const symbols = (query: string): Promise<SymbolInformation[]> => session!.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-snapshot-'));
    writeFileSync(join(dir, 'officials.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.policy.md'), doc('doc-a', 'Prime Minister Shigeru Ishiba spoke on Tuesday.'));
    writeFileSync(join(dir, 'b.policy.md'), doc('doc-b'));
    session = await LspSession.start({ folder: dir, today: '2025-06-01' });
  });
  afterEach(async () => {
    await stopAndRemove(session, dir);
    session = undefined;
  });

  test('are analysed on their own: the working copy gets no duplicate id, and neither joins symbols or references twice', async () => {
    const s = session!;
    const snapshot = await s.open(gitUri(join(dir, 'a.policy.md')), doc('doc-a'));
    const working = await s.open(join(dir, 'a.policy.md'));
    // Past the server's index debounce (300 ms), so an indexed snapshot would be there.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const codes = async (uri: string): Promise<unknown[]> => (await s.diagnostics(uri)).map((d) => d.code);
    assert.ok(!(await codes(working)).includes('frontMatter.id.duplicate'), 'the working copy');
    assert.ok(!(await codes(snapshot)).includes('frontMatter.id.duplicate'), 'the snapshot');
    assert.deepEqual(
      (await symbols('doc-a')).map((x) => x.location.uri),
      [pathToFileURL(join(dir, 'a.policy.md')).href],
    );
    assert.equal((await status()).documents, 2);
    const references = await s.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: working },
      position: s.positionAt(working, s.find(working, 'Ishiba') + 1),
      context: { includeDeclaration: false },
    });
    assert.ok(references.length > 0);
    assert.ok(references.every((l) => l.uri.startsWith('file:')), JSON.stringify(references.map((l) => l.uri)));
  });

  test('of the registry are neither loaded into the registry nor taken for policy documents', async () => {
    const s = session!;
    const snapshot = await s.open(gitUri(join(dir, 'officials.yaml')), REGISTRY.replace('ishiba-shigeru', 'albanese-anthony').replace('Shigeru Ishiba', 'Anthony Albanese'), 'yaml');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual(await status(), { documents: 2, registries: 1, officials: 1, indexing: false });
    assert.deepEqual(await symbols('Albanese'), []);
    assert.deepEqual(
      (await symbols('officials')).filter((x) => x.location.uri === snapshot),
      [],
    );
    assert.ok(!(await s.diagnostics(snapshot)).some((d) => String(d.code).startsWith('frontMatter.')), 'no policy-document checks in the YAML');
  });
});
