import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CompletionList, DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommitmentItem, MarkFulfilledResult } from '../../server/src/protocol';
import { repoPath } from '../support/paths';
import { eventually } from '../support/protocolEdits';
import { LspSession, stopAndRemove } from './harness';

/** The first answer that is not undefined, asked again while the index catches up (at most 4 s). */
async function settled<T>(ask: () => Promise<T | undefined>): Promise<T> {
  const value = await eventually(ask, (v) => v !== undefined);
  assert.ok(value !== undefined, 'no answer in time');
  return value;
}

// Ids that written plainly would read as something else: a boolean, a number, a mapping.
const ODD_IDS = ['true', '007', 'a: b'];

describe('front-matter edge cases: huge outlines, empty names, quote variants and odd ids', () => {
  let workspace: string;
  let session: LspSession;
  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-lens-edges-'));
    copyFileSync(repoPath('seeds/officials.yaml'), join(workspace, 'officials.yaml'));
    ODD_IDS.forEach((id, i) => writeFileSync(join(workspace, `odd-${i}.policy.md`), `---\nid: ${JSON.stringify(id)}\ndate: 2025-05-0${i + 1}\n---\nA report.\n`));
    writeFileSync(join(workspace, 'blank.policy.md'), '---\nid: blank-title\ntitle: ""\ndate: 2025-05-09\ncommitments:\n  - id: ""\n    quote: will meet\n---\nThey will meet.\n');
    session = await LspSession.start({ folder: workspace, today: '2026-01-15' });
  });
  after(() => stopAndRemove(session, workspace));

  test('the outline of a document with 160,000 official mentions is built (a spread of them overflowed the stack)', async () => {
    const paragraph = Array.from({ length: 40 }, () => 'Ishiba met Chinh.').join('\n');
    const text = `---\ndate: 2025-04-29\n---\n${Array.from({ length: 2000 }, () => paragraph).join('\n\n')}\n`;
    const uri = await session.open(join(workspace, 'huge.policy.md'), text);
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const officials = symbols.find((s) => s.name === 'Officials mentioned');
    assert.ok(officials, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(officials.children?.map((c) => c.detail).sort(), ['80000 mentions', '80000 mentions']);
    await session.close(uri);
  });

  test('an empty title or commitment id never gives a workspace symbol an empty name', async () => {
    const symbols = await settled(async () => {
      const found = await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' });
      return found.some((s) => s.location.uri.endsWith('/blank.policy.md')) ? found : undefined;
    });
    assert.ok(symbols.every((s) => s.name.trim().length > 0), JSON.stringify(symbols.filter((s) => s.name.trim().length === 0)));
    assert.ok(symbols.some((s) => s.name === 'blank-title'));
  });

  test('a quote that differs from the body only in case and quote marks counts as annotated in the view, as in the problems panel', async () => {
    const text = '---\nid: variant\ndate: 2025-04-29\ncommitments:\n  - id: talks\n    quote: "Will hold \\"two-plus-two\\" talks"\n    actors: [JP]\n---\nJapan will hold “two-plus-two” talks in Tokyo.\n';
    const uri = await session.open(join(workspace, 'variant.policy.md'), text);
    const problems = await session.diagnostics(uri);
    assert.ok(!problems.some((d) => d.code === 'frontMatter.commitment.quoteMissing'));
    const items = await settled(async () => {
      const all = await session.connection.sendRequest<CommitmentItem[]>('policyLens/commitments', {});
      const mine = all.filter((c) => c.documentUri === uri && c.range.start.line === 8);
      return mine.length > 0 ? mine : undefined;
    });
    assert.equal(items[0]!.id, 'talks');
  });

  test('ids that would read as something else are quoted by completion and by mark fulfilled', async () => {
    const text = '---\nid: pledge\ndate: 2025-04-29\ncommitments:\n  - id: c1\n    quote: will meet\n    status: open\n    fulfilled-by: \n---\nThey will meet.\n';
    const uri = await session.open(join(workspace, 'pledge.policy.md'), text);
    const offset = text.indexOf('fulfilled-by: ') + 'fulfilled-by: '.length;
    const list = await settled(async () => {
      const result = await session.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: session.positionAt(uri, offset) });
      return result && ODD_IDS.every((id) => result.items.some((i) => i.label === id)) ? result : undefined;
    });
    for (const id of ODD_IDS) {
      const item = list.items.find((i) => i.label === id)!;
      const inserted = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText;
      assert.equal(inserted, JSON.stringify(id));
    }
    const marked = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', { uri, commitmentId: 'c1', fulfilledBy: '007' });
    const edits = marked.edit?.changes[uri] ?? [];
    assert.ok(edits.some((e) => e.newText.includes('"007"')), JSON.stringify(edits));
  });

  test('a document with lone CR line endings gets completion, and mark fulfilled writes inside its entry with CRs', async () => {
    const text = '---\rid: old-mac\rdate: 2025-04-29\rcommitments:\r  - id: c1\r    quote: will meet\r    status: \r---\rThey will meet.\r';
    const uri = await session.open(join(workspace, 'old-mac.policy.md'), text);
    const offset = text.indexOf('status: ') + 'status: '.length;
    // The harness counts LF only; the editor's positions count a lone CR as a line end too.
    const positions = TextDocument.create(uri, 'policy', 1, text);
    const list = await session.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positions.positionAt(offset) });
    assert.deepEqual(list?.items.map((i) => i.label), ['open', 'fulfilled', 'broken', 'superseded']);
    const withoutStatus = text.replace('    status: \r', '');
    const other = await session.open(join(workspace, 'old-mac-2.policy.md'), withoutStatus);
    const marked = await session.connection.sendRequest<MarkFulfilledResult>('policyLens/markFulfilled', { uri: other, commitmentId: 'c1', fulfilledBy: 'pledge' });
    const edits = marked.edit?.changes[other] ?? [];
    assert.equal(edits.length, 1);
    const at = TextDocument.create(other, 'policy', 1, withoutStatus).offsetAt(edits[0]!.range.start);
    assert.equal(at, withoutStatus.indexOf('will meet') + 'will meet'.length);
    assert.equal(edits[0]!.newText, '\r    status: fulfilled\r    fulfilled-by: pledge');
  });

  test('a commitments key written twice lists under each only the entries inside it', async () => {
    const text = '---\ndate: 2025-04-29\ncommitments:\n  - id: a\n    quote: will meet\ncommitments:\n  - id: b\n    quote: will talk\n---\nThey will meet. They will talk.\n';
    const uri = await session.open(join(workspace, 'twice.policy.md'), text);
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const keys = symbols.find((s) => s.name === 'Front matter')?.children?.filter((c) => c.name === 'commitments') ?? [];
    assert.equal(keys.length, 2);
    for (const key of keys) {
      for (const child of key.children ?? []) {
        assert.ok(child.range.start.line >= key.range.start.line && child.range.end.line <= key.range.end.line, `${child.name} lies outside its key`);
      }
    }
  });

  test('right after an edit, a workspace symbol of the edited document points at its id in the new text', async () => {
    const text = '---\nid: moving-id\ndate: 2025-04-29\n---\nA report.\n';
    const uri = await session.open(join(workspace, 'moving.policy.md'), text);
    await settled(async () => {
      const found = await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'moving-id' });
      return found.some((s) => s.location.uri === uri) ? found : undefined;
    });
    // A line above the id moves it down one line; the index's own update waits for typing to pause.
    await session.edit(uri, 4, 4, 'title: Moved down\n');
    const symbols = await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'moving-id' });
    const symbol = symbols.find((s) => s.location.uri === uri);
    assert.ok(symbol);
    const current = session.textOf(uri);
    const start = session.offsetAt(uri, symbol.location.range.start);
    const end = session.offsetAt(uri, symbol.location.range.end);
    assert.equal(current.slice(start, end), 'moving-id');
  });
});
