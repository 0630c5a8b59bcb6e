import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { FOLDER, TODAY, variant } from '../fixtures/annotations/fixture';
import { cursor } from '../support/text';
import { LspSession } from './harness';

describe('completion and hover in the front matter', () => {
  let session: LspSession;
  let counter = 0;
  before(async () => {
    session = await LspSession.start({ folder: FOLDER, today: TODAY });
  });
  after(async () => session.stop());

  /** Opens a document with a `$0` cursor marker and returns the completion items there. */
  async function complete(textWithCursor: string): Promise<CompletionItem[]> {
    const { text, offset } = cursor(textWithCursor);
    const uri = await session.open(join(FOLDER, `complete-${++counter}.policy.md`), text);
    const result = await session.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: session.positionAt(uri, offset),
    });
    return result?.items ?? [];
  }

  async function hover(textWithCursor: string): Promise<string | undefined> {
    const { text, offset } = cursor(textWithCursor);
    const uri = await session.open(join(FOLDER, `hover-${++counter}.policy.md`), text);
    const result = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: session.positionAt(uri, offset) });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
  }

  const labels = (items: readonly CompletionItem[]): string[] => items.map((i) => i.label);

  test('the server declares completion with its trigger characters', () => {
    assert.deepEqual(session.initializeResult.capabilities.completionProvider?.triggerCharacters, [' ', '[', ',']);
  });

  test('on an empty top-level line, the missing keys are offered with their documentation', async () => {
    const items = await complete(variant('c1', [['kind: news # the genre\n', '$0\n']]));
    assert.ok(labels(items).includes('kind'));
    assert.ok(labels(items).includes('source'));
    assert.ok(!labels(items).includes('title'), 'title is already there');
    const kind = items.find((i) => i.label === 'kind');
    assert.match(JSON.stringify(kind?.documentation), /genre of the document/);
    assert.equal(kind?.textEdit && 'newText' in kind.textEdit ? kind.textEdit.newText : undefined, 'kind: ');
  });

  test('after "kind: " the eleven document kinds are offered', async () => {
    const items = await complete(variant('c2', [['kind: news # the genre', 'kind: $0']]));
    assert.deepEqual(labels(items), ['press-release', 'news', 'statement', 'joint-statement', 'readout', 'communique', 'speech', 'remarks', 'interview', 'report', 'other']);
  });

  test('after "status: " inside a commitment the four statuses are offered', async () => {
    const items = await complete(variant('c3', [['    status: open', '    status: $0']]));
    assert.deepEqual(labels(items), ['open', 'fulfilled', 'broken', 'superseded']);
  });

  test('inside the countries list, ISO codes with names are offered', async () => {
    const items = await complete(variant('c4', [['countries: [JP, VN]', 'countries: [JP, $0]']]));
    const vn = items.find((i) => i.label === 'VN');
    assert.ok(vn);
    assert.match(vn.detail ?? '', /Vietnam/);
    assert.ok(items.length > 200);
  });

  test('after "- id: " under officials, the registry ids are offered', async () => {
    const items = await complete(variant('c5', [['  - id: pham-minh-chinh', '  - id: $0']]));
    assert.deepEqual(labels(items).sort(), ['ishiba-shigeru', 'pham-minh-chinh']);
    assert.equal(items.find((i) => i.label === 'ishiba-shigeru')?.detail, 'Shigeru Ishiba');
  });

  test('inside actors, registry ids come first, then country codes', async () => {
    const items = await complete(variant('c6', [['actors: [JP]', 'actors: [$0]']]));
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(labels(sorted.slice(0, 2)).sort(), ['ishiba-shigeru', 'pham-minh-chinh']);
    assert.ok(labels(items).includes('VN'));
  });

  test('after "fulfilled-by: " the ids of the other workspace documents are offered', async () => {
    const items = await complete(variant('c7', [['fulfilled-by: fx-followup', 'fulfilled-by: fx$0']]));
    assert.ok(labels(items).includes('fx-followup'));
    assert.ok(labels(items).includes('fx-summit'));
    assert.ok(!labels(items).includes('c7'));
  });

  test('on a new line inside a commitment, only its missing keys are offered', async () => {
    const items = await complete(variant('c8', [['    status: open\n', '    status: open\n    $0\n']]));
    assert.deepEqual(labels(items).sort(), ['evidence', 'fulfilled-by']);
  });

  test('after "type: " in a correction to add, the entity kinds are offered', async () => {
    const items = await complete(variant('c9', [['  ignore: [HANOI]', '  ignore: [HANOI]\n  add:\n    - text: Hanoi\n      type: $0']]));
    assert.deepEqual(labels(items), ['person', 'organization', 'place', 'date']);
  });

  test('in the body there is no completion', async () => {
    const items = await complete(variant('c10', [], 'April 29, 2025\nJapan $0and Vietnam.\n'));
    assert.deepEqual(items, []);
  });

  test('hovering a top-level key shows its documentation', async () => {
    const card = await hover(variant('h1', [['kind: news', 'ki$0nd: news']]));
    assert.ok(card);
    assert.match(card, /\*\*kind\*\*/);
    assert.match(card, /genre of the document/);
    assert.match(card, /`press-release`/);
  });

  test('hovering a nested key shows its path and documentation', async () => {
    const card = await hover(variant('h2', [['fulfilled-by: fx-followup', 'fulfilled-$0by: fx-followup']]));
    assert.ok(card);
    assert.match(card, /\*\*commitments\[\]\.fulfilled-by\*\*/);
    assert.match(card, /document that records the fulfilment/);
  });

  test('hovering an unknown key says it is not part of the schema', async () => {
    const card = await hover(variant('h3', [['tags: [fixture]', 'ta$0gz: [fixture]']]));
    assert.match(card ?? '', /not a key of the Policy Lens front matter/);
  });

  /** The text after applying the first item with this label to a document with a `$0` cursor marker. */
  async function accept(textWithCursor: string, label: string): Promise<string> {
    const items = await complete(textWithCursor);
    const item = items.find((i) => i.label === label);
    assert.ok(item?.textEdit && 'range' in item.textEdit, `no edit for ${label}`);
    const { text } = cursor(textWithCursor);
    const lines = text.split('\n');
    const offsetOf = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return text.slice(0, offsetOf(item.textEdit.range.start)) + item.textEdit.newText + text.slice(offsetOf(item.textEdit.range.end));
  }

  test('an item replaces the whole word under the cursor, a key its colon too', async () => {
    assert.match(await accept(variant('r1', [['kind: news # the genre', 'kind: ne$0ws']]), 'news'), /\nkind: news\n/);
    assert.match(await accept(variant('r2', [['kind: news # the genre', 'ki$0nd: news']]), 'kind'), /\nkind: news\n/);
  });

  test('nothing is offered inside a quoted value, inside a comment or on the closing line', async () => {
    assert.deepEqual(await complete(variant('q1', [['    status: open', '    status: "op$0"']])), []);
    assert.deepEqual(await complete(variant('q2', [['    status: open', '    status: #$0']])), []);
    const closing = variant('q3', []).replace(/\n---\n/, '\n$0---\n');
    assert.deepEqual(await complete(closing), []);
  });
});
