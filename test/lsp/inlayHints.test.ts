import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { repoPath } from '../support/paths';
import { LspSession } from './harness';

const APRIL = repoPath('seeds/2025-04-29-japan-vietnam-summit.policy.md');

async function hints(session: LspSession, uri: string): Promise<InlayHint[]> {
  const lines = session.textOf(uri).split('\n');
  const range = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  return (await session.connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range })) ?? [];
}

/** The position right after `needle` in the body (the front matter quotes some of the same phrases). */
function afterInBody(session: LspSession, uri: string, needle: string): { line: number; character: number } {
  const text = session.textOf(uri);
  const bodyStart = text.indexOf('\n---\n', 3) + 5;
  return session.positionAt(uri, text.indexOf(needle, bodyStart) + needle.length);
}

describe('inlay hints after relative dates', () => {
  test('"by the end of the year" and "Monday" in the April seed show their resolved values', async () => {
    const session = await LspSession.start({ folder: repoPath('seeds') });
    try {
      const uri = await session.open(APRIL);
      const found = await hints(session, uri);
      const at = (needle: string): string | undefined => {
        const position = afterInBody(session, uri, needle);
        const hint = found.find((h) => h.position.line === position.line && h.position.character === position.character);
        return typeof hint?.label === 'string' ? hint.label : undefined;
      };
      assert.equal(at('by the end of the year'), '▸ 2025-12-31');
      assert.equal(at('Monday'), '▸ 2025-04-28');
      assert.ok(found.every((h) => h.paddingLeft === true));
      assert.ok(found.every((h) => typeof h.label === 'string' && /^▸ \d{4}(-\d{2}){0,2}/.test(h.label)), JSON.stringify(found.map((h) => h.label)));
    } finally {
      await session.stop();
    }
  });

  test('absolute dates such as "April 29, 2025" get no hint', async () => {
    const session = await LspSession.start();
    try {
      const uri = await session.open(APRIL);
      const position = afterInBody(session, uri, 'April 29, 2025');
      assert.ok(!(await hints(session, uri)).some((h) => h.position.line === position.line && h.position.character === position.character));
    } finally {
      await session.stop();
    }
  });

  test('the inlayHints setting turns them off', async () => {
    const session = await LspSession.start({ initializationOptions: { inlayHints: false } });
    try {
      const uri = await session.open(APRIL);
      assert.deepEqual(await hints(session, uri), []);
    } finally {
      await session.stop();
    }
  });
});
