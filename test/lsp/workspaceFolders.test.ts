import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { StatusResult } from '../../server/src/protocol';
import { eventually } from '../support/protocolEdits';
import { LspSession } from './harness';

// Review hunt-lsp2 #3: adding or removing a folder of a multi-root workspace was ignored (and, with no
// `workspaceFolders.changeNotifications` capability, vscode-languageclient never even said so).

const registry = (id: string, name: string): string => `officials:\n  - id: ${id}\n    name: ${name}\n    country: JP\n`;
const doc = (id: string): string => `---\nid: ${id}\ndate: 2025-04-29\n---\nPrime Minister Shigeru Ishiba spoke.\n`;

test('an added folder is scanned and followed; a removed one takes its documents and registry with it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pl-folders-'));
  const folder = (name: string, officialId: string, officialName: string): string => {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'officials.yaml'), registry(officialId, officialName));
    writeFileSync(join(dir, `${name}.policy.md`), doc(`doc-${name}`));
    return dir;
  };
  const a = folder('a', 'ishiba-shigeru', 'Shigeru Ishiba');
  const b = folder('b', 'kishida-fumio', 'Fumio Kishida');
  const c = folder('c', 'albanese-anthony', 'Anthony Albanese');
  const session = await LspSession.start({ folder: a, today: '2025-06-01', extraFolders: [pathToFileURL(b).href] });
  try {
    const s = session;
    assert.deepEqual(s.initializeResult.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
    const status = (): Promise<StatusResult> => s.connection.sendRequest<StatusResult>('policyLens/status');
    const names = async (): Promise<string[]> =>
      (await s.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' }))
        .map((x) => (x.kind === SymbolKind.File ? x.name : `official:${x.name}`))
        .sort();
    assert.deepEqual(await names(), ['doc-a', 'doc-b', 'official:Fumio Kishida', 'official:Shigeru Ishiba']);

    await s.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(c).href, name: 'c' }], removed: [{ uri: pathToFileURL(b).href, name: 'b' }] },
    });
    const expected = ['doc-a', 'doc-c', 'official:Anthony Albanese', 'official:Shigeru Ishiba'];
    assert.deepEqual(await eventually(names, (n) => n.join() === expected.join()), expected);
    await s.waitForIndex();
    assert.deepEqual(await status(), { documents: 2, registries: 2, officials: 2, indexing: false });

    // Files of the added folder are followed by their events; those of the removed one no longer are.
    writeFileSync(join(c, 'c2.policy.md'), doc('doc-c2'));
    writeFileSync(join(b, 'b2.policy.md'), doc('doc-b2'));
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(join(b, 'b2.policy.md')).href, type: 1 },
        { uri: pathToFileURL(join(c, 'c2.policy.md')).href, type: 1 },
      ],
    });
    const after = [...expected.slice(0, 2), 'doc-c2', ...expected.slice(2)];
    assert.deepEqual(await eventually(names, (n) => n.join() === after.join()), after);
  } finally {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
