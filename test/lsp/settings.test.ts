import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { StatusResult } from '../../server/src/protocol';
import { eventually } from '../support/protocolEdits';
import { ishibaDocument, ishibaWorkspace } from '../support/ishibaWorkspace';
import { LspSession, stopAndRemove } from './harness';

// Review hunt-lsp2 #7: a setting of the wrong type (VS Code passes a schema-breaking settings.json
// value on as it is) dropped every document of the folder, or made every request fail.


const CASES: { options: Record<string, unknown>; documents: number; setting: string }[] = [
  { options: { include: '**/briefs/*.md' }, documents: 2, setting: 'policyLens.files.include' },
  { options: { include: null }, documents: 1, setting: 'policyLens.files.include' },
  { options: { include: [null, '**/briefs/*.md'] }, documents: 2, setting: 'policyLens.files.include' },
  { options: { registryGlob: 5 }, documents: 1, setting: 'policyLens.officials.registryGlob' },
  { options: { registryGlob: null, inlayHints: 'yes' }, documents: 1, setting: 'policyLens.inlayHints.resolvedDates' },
];

for (const { options, documents, setting } of CASES) {
  test(`initializationOptions ${JSON.stringify(options)} cost that setting only, with a warning naming ${setting}`, async () => {
    const dir = ishibaWorkspace('pl-settings-', { briefs: true });
    let session: LspSession | undefined;
    try {
      session = await LspSession.start({ folder: dir, today: '2025-06-01', initializationOptions: options });
      const s = session;
      assert.deepEqual(await s.connection.sendRequest<StatusResult>('policyLens/status'), { documents, registries: 1, officials: 1, indexing: false });
      const uri = await s.open(join(dir, 'a.policy.md'));
      assert.ok((await s.tokens(uri)).some((t) => t.modifiers.includes('official')));
      await s.diagnostics(uri);
      // Watched-file events are still applied.
      writeFileSync(join(dir, 'c.policy.md'), ishibaDocument('doc-c'));
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'c.policy.md')).href, type: 1 }] });
      const after = await eventually(
        () => s.connection.sendRequest<StatusResult>('policyLens/status'),
        (st) => st.documents === documents + 1,
      );
      assert.equal(after.documents, documents + 1);
      assert.ok(s.logs.some((line) => line.includes(setting)), s.logs.join('\n'));
      assert.ok(!s.logs.some((line) => /TypeError|failed|Skipped workspace folder/.test(line)), s.logs.join('\n'));
    } finally {
      await stopAndRemove(session, dir);
    }
  });
}
