import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { StatusResult } from '../../server/src/protocol';
import { ishibaWorkspace } from '../support/ishibaWorkspace';
import { LspSession, stopAndRemove } from './harness';

// Review hunt-lsp2 #4: package.json allows VS Code 1.91, whose Electron runs Node 20.9, which has no
// `path.matchesGlob`; the server used it for every glob and lost the registry and every request. On
// the Node that has it, it printed an ExperimentalWarning into the Policy Lens log on every start.


test('the server works on a Node without path.matchesGlob, and warns of no experimental feature', async () => {
  const dir = ishibaWorkspace('pl-old-node-', { briefs: true });
  let session: LspSession | undefined;
  try {
    // The Node of VS Code 1.91–1.94, imitated: the API is removed before the server loads.
    const preload = join(dir, 'no-matches-glob.cjs');
    writeFileSync(preload, "const path = require('node:path');\ndelete path.matchesGlob;\ndelete path.posix.matchesGlob;\ndelete path.win32.matchesGlob;\n");
    session = await LspSession.start({
      folder: dir,
      today: '2025-06-01',
      initializationOptions: { include: ['**/briefs/*.md'] },
      env: { NODE_OPTIONS: `--require ${JSON.stringify(preload)}` },
    });
    assert.deepEqual(await session.connection.sendRequest<StatusResult>('policyLens/status'), { documents: 2, registries: 1, officials: 1, indexing: false });
    const uri = await session.open(join(dir, 'a.policy.md'));
    assert.ok((await session.tokens(uri)).some((t) => t.modifiers.includes('official')), 'the registry is used');
    assert.ok(!session.logs.some((line) => /is not a function|failed|ExperimentalWarning/.test(line)), session.logs.join('\n'));
  } finally {
    await stopAndRemove(session, dir);
  }
});
