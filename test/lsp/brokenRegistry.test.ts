import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { eventually } from '../support/protocolEdits';
import { ISHIBA_REGISTRY, ishibaDocument } from '../support/ishibaWorkspace';
import { LspSession, stopAndRemove } from './harness';

// Review hunt-lsp2 #5: a closed officials.yaml that cannot be parsed or read was dropped silently; its
// errors showed only once it was opened, and every document called its officials unregistered.


test('a broken registry on disk is reported in the log, at start and when it changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-broken-registry-'));
  let session: LspSession | undefined;
  try {
    writeFileSync(join(dir, 'officials.yaml'), ISHIBA_REGISTRY);
    writeFileSync(join(dir, 'team.officials.yaml'), 'officials:\n  - id: [unclosed\n');
    writeFileSync(join(dir, 'a.policy.md'), ishibaDocument('doc-a'));
    session = await LspSession.start({ folder: dir, today: '2025-06-01', initializationOptions: { registryGlob: '**/*officials.yaml' } });
    const s = session;
    const warned = (name: string): boolean => s.logs.some((line) => line.includes('officials registry') && line.includes(name) && /error/.test(line));
    assert.ok(warned('team.officials.yaml'), s.logs.join('\n'));
    assert.ok(!warned('/officials.yaml'), 'the valid registry is not reported');
    writeFileSync(join(dir, 'officials.yaml'), `<<<<<<< HEAD\n${ISHIBA_REGISTRY}=======\n>>>>>>> branch\n`);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'officials.yaml')).href, type: 2 }] });
    await eventually(() => Promise.resolve(warned('/officials.yaml')), Boolean);
    assert.ok(warned('/officials.yaml'), s.logs.join('\n'));
  } finally {
    await stopAndRemove(session, dir);
  }
});

test('a closed registry with errors is in the workspace pull, re-reported only when a registry changes, and cleared when deleted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-broken-registry-pull-'));
  let session: LspSession | undefined;
  try {
    writeFileSync(join(dir, 'officials.yaml'), 'officials:\n  - id: [unclosed\n');
    writeFileSync(join(dir, 'a.policy.md'), ishibaDocument('doc-a'));
    session = await LspSession.start({ folder: dir, today: '2025-06-01' });
    const registryUri = pathToFileURL(join(dir, 'officials.yaml')).href;
    const pull = async (previousResultIds: { uri: string; value: string }[]): Promise<WorkspaceDocumentDiagnosticReport | undefined> => {
      const report = await session!.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
      return report.items.find((item) => item.uri === registryUri);
    };
    const first = await pull([]);
    assert.equal(first?.kind, 'full');
    assert.ok(first.kind === 'full' && first.items.length > 0 && first.items.every((d) => d.severity === 1), JSON.stringify(first));
    const again = await pull([{ uri: registryUri, value: first.resultId! }]);
    assert.equal(again?.kind, 'unchanged');
    rmSync(join(dir, 'officials.yaml'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: registryUri, type: 3 }] });
    const cleared = await eventually(() => pull([{ uri: registryUri, value: first.resultId! }]), (r) => r?.kind === 'full' && r.items.length === 0);
    assert.deepEqual(cleared?.kind === 'full' ? cleared.items : undefined, []);
  } finally {
    await stopAndRemove(session, dir);
  }
});
