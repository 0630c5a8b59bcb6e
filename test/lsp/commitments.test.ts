import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CommitmentItem, MarkFulfilledResult, TimelineData } from '../../server/src/protocol';
import { repoPath } from '../support/paths';
import { applyTextEdits, eventually } from '../support/protocolEdits';
import { LspSession } from './harness';

const APRIL = 'seeds/2025-04-29-japan-vietnam-summit.policy.md';
const DECEMBER = 'seeds/2025-12-04-japan-vietnam-2plus2.policy.md';

/** A private copy of seeds/ (and the fixtures) that a test may change on disk. */
function workspaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pl-commitments-'));
  cpSync(repoPath('seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
}

describe('the commitments request on the seeds', () => {
  let dir: string;
  let session: LspSession;
  const commitments = (): Promise<CommitmentItem[]> => session.connection.sendRequest<CommitmentItem[]>('policyLens/commitments');
  before(async () => {
    dir = workspaceCopy();
    session = await LspSession.start({ folder: dir, today: '2026-11-23' });
  });
  after(async () => {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('lists the four annotated commitments of both seeds', async () => {
    const ids = (await commitments()).map((c) => c.id).sort();
    assert.deepEqual(ids, ['jp-vn-2plus2-first-meeting', 'jp-vn-foip-relations', 'jp-vn-security-cooperation-csp', 'vn-osa-consideration']);
  });

  test('shows the April 2+2 commitment fulfilled by the December document', async () => {
    const item = (await commitments()).find((c) => c.id === 'jp-vn-2plus2-first-meeting');
    assert.ok(item);
    assert.equal(item.status, 'fulfilled');
    assert.equal(item.overdue, false);
    assert.equal(item.due, '2025-12-31');
    assert.equal(item.fulfilledBy, '2025-12-04-japan-vietnam-2plus2');
    assert.equal(item.fulfilledByUri, pathToFileURL(join(dir, DECEMBER)).href);
    assert.equal(item.documentDate, '2025-04-29');
  });

  test('points each commitment at its quote in the body', async () => {
    const item = (await commitments()).find((c) => c.id === 'jp-vn-2plus2-first-meeting');
    assert.ok(item);
    const lines = readFileSync(join(dir, APRIL), 'utf8').split('\n');
    const line = lines[item.range.start.line]!;
    assert.ok(line.slice(item.range.start.character).startsWith('agreed to establish a new framework'), line);
    assert.ok(lines.slice(0, item.range.start.line).includes('---'), 'the range is below the front matter');
  });

  test('the timeline request dates documents and the making, due date and fulfilment of commitments', async () => {
    const timeline = await session.connection.sendRequest<TimelineData>('policyLens/timeline');
    assert.equal(timeline.today, '2026-11-23');
    assert.deepEqual(timeline.documents.map((d) => d.date).sort(), ['2025-04-29', '2025-12-04']);
    const april = timeline.documents.find((d) => d.date === '2025-04-29');
    assert.deepEqual(april?.countries, ['JP', 'VN', 'CN']);
    assert.ok(april?.officials.includes('ishiba-shigeru'));
    const item = timeline.commitments.find((c) => c.id === 'jp-vn-2plus2-first-meeting');
    assert.equal(item?.made, '2025-04-29');
    assert.equal(item?.fulfilledOn, '2025-12-04');
    const foip = timeline.commitments.find((c) => c.id === 'jp-vn-foip-relations');
    assert.deepEqual(foip?.officials, ['ishiba-shigeru']);
    assert.ok(foip?.countries.includes('JP'));
    assert.equal(timeline.officials['ishiba-shigeru']?.name, 'Shigeru Ishiba');
  });

  test('with the December document deleted, the April commitment is open and overdue', async () => {
    const december = join(dir, DECEMBER);
    rmSync(december);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(december).href, type: 3 }] });
    const items = await eventually(commitments, (list) => list.every((c) => c.documentUri !== pathToFileURL(december).href));
    const item = items.find((c) => c.id === 'jp-vn-2plus2-first-meeting');
    assert.ok(item);
    assert.equal(item.status, 'open');
    assert.equal(item.overdue, true);
    assert.equal(item.daysLeft, -327);
    assert.equal(item.fulfilledByUri, undefined);
    assert.equal(items.length, 3);
  });
});

describe('the markFulfilled request', () => {
  test('adds fulfilled-by under the existing status and keeps every comment', async () => {
    const session = await LspSession.start({ folder: repoPath('test/fixtures/commitments'), today: '2026-01-15' });
    try {
      const path = repoPath('test/fixtures/commitments/pledge.policy.md');
      const uri = await session.open(path);
      const result = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', {
        uri,
        commitmentId: 'joint-exercise',
        fulfilledBy: '2025-11-20-exercise-report',
      });
      const edits = result.edit?.changes[uri];
      assert.ok(edits, result.error);
      const text = applyEdits(session, uri, edits);
      const expected = session
        .textOf(uri)
        .replace('    status: open # Pending until a report appears.\n', '    status: fulfilled # Pending until a report appears.\n    fulfilled-by: 2025-11-20-exercise-report\n');
      assert.equal(text, expected);
    } finally {
      await session.stop();
    }
  });

  test('appends both keys to a commitment without a status, in its indentation', async () => {
    const session = await LspSession.start();
    try {
      const text = readFileSync(repoPath('test/fixtures/commitments/pledge.policy.md'), 'utf8');
      // The document is not open: the client sends its text along.
      const uri = 'file:///tmp/not-open.policy.md';
      const result = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', {
        uri,
        commitmentId: 'no-status',
        fulfilledBy: 'some doc',
        text,
      });
      const edits = result.edit?.changes[uri];
      assert.ok(edits, result.error);
      assert.equal(edits.length, 1);
      const lines = text.split('\n');
      const at = lines.indexOf('    actors: [JP]');
      assert.deepEqual(edits[0]!.range.start, { line: at, character: '    actors: [JP]'.length });
      assert.equal(edits[0]!.newText, '\n    status: fulfilled\n    fulfilled-by: "some doc"');
    } finally {
      await session.stop();
    }
  });

  test('replaces a written null status and a block scalar one, keeping the comment and the next line', async () => {
    // Before: "status: ~ # …" became "status: fulfilled ~ # …" (the string "fulfilled ~"), and a folded
    // status lost its line break, so the next key joined its line and the YAML broke.
    const session = await LspSession.start();
    try {
      const cases: [string, string][] = [
        ['    status: ~ # to be decided\n', '    status: fulfilled # to be decided\n'],
        ['    status: null\n', '    status: fulfilled\n'],
        ['    status: >-\n      open\n', '    status: fulfilled\n'],
      ];
      for (const [status, expected] of cases) {
        const text = `---\nid: doc-1\ncommitments:\n  - id: c1\n${status}    fulfilled-by: tbd\n    quote: will hold talks\n---\nJapan will hold talks.\n`;
        const uri = 'file:///tmp/status-cases.policy.md';
        const result = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', { uri, commitmentId: 'c1', fulfilledBy: 'doc-2', text });
        const edits = result.edit?.changes[uri];
        assert.ok(edits, result.error);
        assert.equal(applyTextEdits(text, edits), text.replace(status, expected).replace('fulfilled-by: tbd', 'fulfilled-by: doc-2'), status);
      }
    } finally {
      await session.stop();
    }
  });

  test('explains why when the commitment id is unknown', async () => {
    const session = await LspSession.start();
    try {
      const uri = await session.open(repoPath('test/fixtures/commitments/pledge.policy.md'));
      const result = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', { uri, commitmentId: 'nope', fulfilledBy: 'x' });
      assert.equal(result.edit, undefined);
      assert.match(result.error ?? '', /No commitment with id "nope"/);
    } finally {
      await session.stop();
    }
  });
});

/** Applies protocol edits (line/character ranges) to the session's copy of a document. */
function applyEdits(session: LspSession, uri: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  let text = session.textOf(uri);
  const sorted = [...edits].sort((a, b) => session.offsetAt(uri, b.range.start) - session.offsetAt(uri, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, session.offsetAt(uri, e.range.start)) + e.newText + text.slice(session.offsetAt(uri, e.range.end));
  }
  return text;
}
