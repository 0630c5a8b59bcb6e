import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { repoPath } from '../support/paths';
import { LspSession } from './harness';

describe('code lenses above annotated commitments', () => {
  let dir: string;
  let session: LspSession;
  let april: string;
  const lenses = (): Promise<CodeLens[]> => session.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: april } });
  const lensesOn = async (needle: string): Promise<CodeLens[]> => {
    const line = session.positionAt(april, session.find(april, needle)).line;
    return (await lenses()).filter((l) => l.range.start.line === line);
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-codelens-'));
    cpSync(repoPath('seeds'), dir, { recursive: true });
    session = await LspSession.start({ folder: dir, today: '2026-11-23' });
    april = await session.open(join(dir, '2025-04-29-japan-vietnam-summit.policy.md'));
  });
  after(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the server offers code lenses', () => {
    assert.ok(session.initializeResult.capabilities.codeLensProvider);
  });

  test('the April 2+2 commitment shows its due date and a link to the December document that fulfils it', async () => {
    const titles = (await lensesOn('- id: jp-vn-2plus2-first-meeting')).map((l) => l.command?.title);
    assert.deepEqual(titles, ['Due 2025-12-31 · fulfilled', '✓ Fulfilled by 2025-12-04-japan-vietnam-2plus2 (2025-12-04)']);
    const link = (await lensesOn('- id: jp-vn-2plus2-first-meeting'))[1]!.command!;
    assert.equal(link.command, 'policyLens.openDocument');
    assert.deepEqual(link.arguments, [pathToFileURL(join(dir, '2025-12-04-japan-vietnam-2plus2.policy.md')).href]);
  });

  test('an open commitment without a due date offers "Mark fulfilled by…"', async () => {
    const found = await lensesOn('- id: jp-vn-foip-relations');
    assert.deepEqual(
      found.map((l) => l.command?.title),
      ['No due date', 'Mark fulfilled by…'],
    );
    assert.deepEqual(found[1]!.command!.arguments, [{ uri: april, commitmentId: 'jp-vn-foip-relations' }]);
  });

  test('with the December document deleted, the lens says overdue and names the missing document', async () => {
    const december = join(dir, '2025-12-04-japan-vietnam-2plus2.policy.md');
    rmSync(december);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(december).href, type: 3 }] });
    let titles: (string | undefined)[] = [];
    for (let i = 0; i < 200; i++) {
      titles = (await lensesOn('- id: jp-vn-2plus2-first-meeting')).map((l) => l.command?.title);
      if (titles.some((t) => t?.includes('overdue'))) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.deepEqual(titles, [
      'Due 2025-12-31 · ⚠ overdue by 327 days',
      '⚠ fulfilled-by "2025-12-04-japan-vietnam-2plus2" names no document in the workspace',
      'Mark fulfilled by…',
    ]);
  });
});
