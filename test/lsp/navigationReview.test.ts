import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeLens, CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import type { CommitmentItem } from '../../server/src/protocol';
import { cursor, dedent } from '../support/text';
import { LspSession } from './harness';

// Defects found by the adversarial review of the navigation features (session 13), each through the
// bundled server: completion of ids, hover-card Markdown, and the lens of a self-naming `fulfilled-by`.

const MOVED = '---\nid: moved\ndate: 2025-03-03\ncommitments:\n  - id: c1\n    actors: [JP]\n    due: 2026-02-01\n---\nJapan said many things.\n';

describe('navigation review: completion, hover cards and lenses', () => {
  let folder: string;
  let session: LspSession;
  let counter = 0;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-navreview-'));
    writeFileSync(
      join(folder, 'officials.yaml'),
      dedent`
        officials:
          - id: nguyễn-văn-a
            name: Nguyễn Văn An
            country: VN
            roles: []
          - id: "007"
            name: James Bondarenko
            country: GB
            roles: []
          - id: tanaka_taro
            name: Taro Tanaka
            family-name: Tanaka
            country: JP
            roles: [{ title: Foreign Minister, from: 2024-01-01 }]
      `,
    );
    writeFileSync(join(folder, 'd (draft).policy.md'), '---\nid: draft\ntitle: Draft (v1)\ndate: 2025-03-01\n---\nForeign Minister Taro Tanaka spoke in Tokyo.\n');
    writeFileSync(join(folder, 'moved.policy.md'), MOVED);
    session = await LspSession.start({ folder, today: '2025-06-01' });
  });
  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function complete(textWithCursor: string): Promise<{ items: CompletionItem[]; uri: string; offset: number }> {
    const { text, offset } = cursor(textWithCursor);
    const uri = await session.open(join(folder, `complete-${++counter}.policy.md`), text);
    const result = await session.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: session.positionAt(uri, offset) });
    return { items: result?.items ?? [], uri, offset };
  }

  test('completion in the middle of a non-ASCII id replaces the whole id', async () => {
    const { items, uri } = await complete('---\nid: c1\nofficials:\n  - id: ngu$0yễn-văn-a\n---\nBody.\n');
    const item = items.find((i) => i.label === 'nguyễn-văn-a');
    assert.ok(item?.textEdit && 'range' in item.textEdit, 'the id is offered with an edit');
    const { range, newText } = item.textEdit;
    const text = session.textOf(uri);
    const edited = text.slice(0, session.offsetAt(uri, range.start)) + newText + text.slice(session.offsetAt(uri, range.end));
    assert.match(edited, /^ {2}- id: nguyễn-văn-a\n/m);
  });

  test('a registry id that reads as a number is inserted quoted', async () => {
    const { items } = await complete('---\nid: c2\nofficials:\n  - id: $0\n---\nBody.\n');
    const item = items.find((i) => i.label === '007');
    assert.ok(item?.textEdit && 'newText' in item.textEdit);
    assert.equal(item.textEdit.newText, '"007"');
  });

  test('ids in hover cards are code spans without backslashes, and links to files with brackets stay links', async () => {
    const uri = await session.open(join(folder, 'hover.policy.md'), '---\nid: hover\ndate: 2025-05-01\n---\nForeign Minister Taro Tanaka met reporters.\n');
    const card = await session.hoverText(uri, 'Taro Tanaka');
    assert.ok(card, 'a card is shown');
    assert.match(card, /`tanaka_taro`/);
    // Escapes are right in running text ("_Why: … tanaka\_taro_") and wrong inside a code span.
    assert.doesNotMatch(card, /`[^`]*\\_[^`]*`/);
    // The other document's link: its target holds no raw bracket or space, which would end the link early.
    const link = /\[Draft \\\(v1\\\)\]\(([^)\s]+)\)/.exec(card);
    assert.ok(link, `a Markdown link to the draft in:\n${card}`);
    assert.match(link[1]!, /d%20%28draft%29\.policy\.md/);
  });

  test('the lens of a commitment whose fulfilled-by names its own document says so', async () => {
    const uri = await session.open(
      join(folder, 'self.policy.md'),
      '---\nid: self-doc\ndate: 2025-05-01\ncommitments:\n  - id: c1\n    quote: will meet again\n    status: fulfilled\n    fulfilled-by: self-doc\n---\nThe ministers will meet again.\n',
    );
    const lenses = await session.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /names this document itself/.test(t)), titles.join(' | '));
    assert.ok(!titles.some((t) => /names no document/.test(t)), titles.join(' | '));
  });

  test('lines added in the front matter above a commitment whose quote is not in the body move its item, and the views are told', async () => {
    const text = MOVED;
    const uri = await session.open(join(folder, 'moved.policy.md'), text);
    const lineOf = async (): Promise<number | undefined> =>
      (await session.connection.sendRequest<CommitmentItem[]>('policyLens/commitments', {})).find((c) => c.documentUri === uri && c.id === 'c1')?.range.start.line;
    // Whatever earlier opens left pending in the index's 300 ms debounce is done before counting.
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(await lineOf(), 4);
    let told = 0;
    session.connection.onNotification('policyLens/indexChanged', () => {
      told++;
    });
    await session.edit(uri, text.indexOf('commitments:'), text.indexOf('commitments:'), 'tags: [x, y]\nkind: news\n');
    // A fresh request sees the new line once the debounced index update has run ...
    for (let i = 0; i < 200 && (await lineOf()) !== 6; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await lineOf(), 6);
    // ... and the notification that makes the client ask again was sent with that update, before this answer.
    await session.connection.sendRequest('policyLens/status');
    assert.ok(told > 0, 'the client is told that the commitments changed');
  });
});
