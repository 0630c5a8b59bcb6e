import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoPath } from '../support/paths';
import { LspSession, stopAndRemove, type DecodedToken } from './harness';

/** A document pasted from a source that writes decomposed text (NFD), as macOS apps do. */
const TEXT = [
  '---',
  'id: decomposed',
  'date: 2025-04-29',
  '---',
  'HÀ NỘI – Prime Minister Phạm Minh Chính met Nguyễn Văn Bình in Hà Nội on 29 April 2025.',
  '',
  'Bình said that Việt Nam will open a consulate in Osaka by the end of 2025.',
  '',
].join('\n').normalize('NFD');

function tokenTexts(tokens: readonly DecodedToken[], type: string): string[] {
  return tokens.filter((t) => t.type === type).map((t) => t.text.normalize('NFC'));
}

describe('semantic tokens of a decomposed (NFD) document', () => {
  let workspace: string;
  let session: LspSession;
  let uri: string;
  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-lens-nfd-'));
    cpSync(repoPath('seeds/officials.yaml'), join(workspace, 'officials.yaml'));
    session = await LspSession.start({ folder: workspace, today: '2026-01-15' });
    uri = await session.open(join(workspace, 'decomposed.policy.md'), TEXT);
  });
  after(() => stopAndRemove(session, workspace));

  test('cover each decomposed name whole, marks included', async () => {
    const tokens = await session.tokens(uri);
    assert.deepEqual(tokenTexts(tokens, 'person'), ['Phạm Minh Chính', 'Nguyễn Văn Bình', 'Bình']);
    assert.deepEqual(tokenTexts(tokens, 'place'), ['HÀ NỘI', 'Hà Nội', 'Việt Nam', 'Osaka']);
    assert.ok(tokens.find((t) => t.type === 'person')?.text === 'Phạm Minh Chính'.normalize('NFD'));
  });

  test('stay whole after an edit inside a decomposed paragraph', async () => {
    // The incremental path: the edited paragraph is analysed alone, the other is taken from the memo.
    const at = TEXT.indexOf('29 April');
    await session.edit(uri, at, at + 2, '30');
    const tokens = await session.tokens(uri);
    assert.deepEqual(tokenTexts(tokens, 'person'), ['Phạm Minh Chính', 'Nguyễn Văn Bình', 'Bình']);
    assert.deepEqual(tokenTexts(tokens, 'date'), ['30 April 2025', 'by the end of 2025']);
  });
});
