import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type {
  DocumentHighlight,
  DocumentSymbol,
  Location,
  Position,
  PrepareRenameResult,
  SymbolInformation,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { repoPath } from '../support/paths';
import { LspSession } from './harness';

const APRIL = '2025-04-29-japan-vietnam-summit.policy.md';
const DECEMBER = '2025-12-04-japan-vietnam-2plus2.policy.md';
const REGISTRY = 'officials.yaml';

/** A temporary copy of a folder, so that nothing in the repository can change. */
function copyOf(folder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-nav-'));
  cpSync(folder, dir, { recursive: true });
  return dir;
}

/** The offset of a line/character in a text. */
function offsetIn(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i]!.length + 1;
  return offset + position.character;
}

/** The text a location covers, read from disk. */
function textAt(location: Location): string {
  const text = readFileSync(fileURLToPath(location.uri), 'utf8');
  return text.slice(offsetIn(text, location.range.start), offsetIn(text, location.range.end));
}

/** Applies a text document edit to a text, last edit first so that earlier offsets stay valid. */
function applyEdit(text: string, edit: TextDocumentEdit): string {
  const edits = edit.edits
    .map((e) => ({ start: offsetIn(text, e.range.start), end: offsetIn(text, e.range.end), newText: 'newText' in e ? e.newText : '' }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Replaces every occurrence of `needle` in `text`, asserting how many there were. */
function replaceAll(text: string, needle: string, replacement: string, expected: number): string {
  assert.equal(text.split(needle).length - 1, expected, `occurrences of ${JSON.stringify(needle)}`);
  return text.split(needle).join(replacement);
}

describe('navigation over the seeds', () => {
  let workspace: string;
  let session: LspSession;
  let april: string;
  const file = (name: string): string => join(workspace, name);
  const uriOf = (name: string): string => pathToFileURL(file(name)).href;
  const at = (uri: string, needle: string, within = 1, occurrence = 0): Position =>
    session.positionAt(uri, session.find(uri, needle, occurrence) + within);
  const request = <T>(method: string, uri: string, position: Position, extra: Record<string, unknown> = {}): Promise<T> =>
    session.connection.sendRequest<T>(method, { textDocument: { uri }, position, ...extra });

  beforeEach(async () => {
    workspace = copyOf(repoPath('seeds'));
    session = await LspSession.start({ folder: workspace, today: '2026-01-15' });
    april = await session.open(file(APRIL));
  });
  afterEach(async () => {
    // The copy is removed even when the server failed to start or stop.
    try {
      await session?.stop();
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  test('the server declares the navigation capabilities', () => {
    const caps = session.initializeResult.capabilities;
    assert.ok(caps.definitionProvider && caps.referencesProvider && caps.documentHighlightProvider);
    assert.ok(caps.workspaceSymbolProvider && caps.documentSymbolProvider);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });

  test('go to definition on "Ishiba" lands on his entry in officials.yaml', async () => {
    const locations = await request<Location[]>('textDocument/definition', april, at(april, 'Ishiba said'));
    assert.equal(locations.length, 1);
    assert.equal(locations[0]!.uri, uriOf(REGISTRY));
    assert.match(textAt(locations[0]!), /^id: ishiba-shigeru\n\s+name: Shigeru Ishiba/);
  });

  test('go to definition works from a front-matter official id and from a commitment actor', async () => {
    for (const needle of ['id: pham-minh-chinh', 'actors: [pham-minh-chinh]']) {
      const within = needle.indexOf('pham') + 2;
      const locations = await request<Location[]>('textDocument/definition', april, at(april, needle, within));
      assert.equal(locations.length, 1, needle);
      assert.match(textAt(locations[0]!), /^id: pham-minh-chinh/);
    }
  });

  test('go to definition on `fulfilled-by` opens the document with that id', async () => {
    const locations = await request<Location[]>('textDocument/definition', april, at(april, 'fulfilled-by: 2025-12-04', 16));
    assert.equal(locations.length, 1);
    assert.equal(locations[0]!.uri, uriOf(DECEMBER));
    assert.equal(textAt(locations[0]!), '2025-12-04-japan-vietnam-2plus2');
  });

  test('references to Pham Minh Chinh find the full name, every "Chinh", the front-matter ids and the registry entry', async () => {
    const locations = await request<Location[]>('textDocument/references', april, at(april, 'Chinh said that Japan'), {
      context: { includeDeclaration: true },
    });
    const texts = locations.map((l) => `${l.uri === uriOf(REGISTRY) ? 'registry' : 'april'}:${textAt(l)}`);
    assert.deepEqual(texts.sort(), [
      'april:Chinh',
      'april:Chinh',
      'april:Chinh',
      'april:Chinh',
      'april:Pham Minh Chinh',
      'april:pham-minh-chinh',
      'april:pham-minh-chinh',
      'registry:pham-minh-chinh',
    ]);
  });

  test('references without the declaration leave the registry out, and closed documents are searched too', async () => {
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: april } });
    const registry = await session.open(file(REGISTRY), undefined, 'yaml');
    const locations = await request<Location[]>('textDocument/references', registry, at(registry, 'id: ishiba-shigeru', 6), {
      context: { includeDeclaration: false },
    });
    assert.ok(locations.every((l) => l.uri === uriOf(APRIL)));
    assert.deepEqual(locations.map(textAt).sort(), ['Ishiba', 'Ishiba', 'Ishiba', 'Shigeru Ishiba', 'ishiba-shigeru', 'ishiba-shigeru']);
  });

  test('document highlights mark every occurrence of the same official in the document', async () => {
    const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', april, at(april, 'Pham Minh Chinh in Hanoi', 3));
    const text = session.textOf(april);
    const covered = highlights.map((h) => text.slice(session.offsetAt(april, h.range.start), session.offsetAt(april, h.range.end)));
    assert.deepEqual(covered, ['pham-minh-chinh', 'pham-minh-chinh', 'Pham Minh Chinh', 'Chinh', 'Chinh', 'Chinh', 'Chinh']);
    assert.deepEqual(highlights.map((h) => h.kind), [2, 2, 1, 1, 1, 1, 1]);
  });

  test('renaming an official id changes every front matter and the registry, and nothing else', async () => {
    const prepared = await request<PrepareRenameResult>('textDocument/prepareRename', april, at(april, 'Ishiba said'));
    assert.deepEqual(prepared, { range: { start: at(april, 'Ishiba said', 0), end: at(april, 'Ishiba said', 6) }, placeholder: 'ishiba-shigeru' });
    const edit = await request<WorkspaceEdit>('textDocument/rename', april, at(april, 'Ishiba said'), { newName: 'shigeru-ishiba' });
    const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => [c.textDocument.uri, c.textDocument.version]).sort(), [
      [april, 1],
      [uriOf(REGISTRY), null],
    ].sort());
    for (const change of changes) {
      const original = readFileSync(fileURLToPath(change.textDocument.uri), 'utf8');
      const expected = replaceAll(original, 'ishiba-shigeru', 'shigeru-ishiba', change.textDocument.uri === april ? 2 : 1);
      assert.equal(applyEdit(original, change), expected);
    }
  });

  test('renaming from the registry entry edits closed documents with a null version', async () => {
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: april } });
    const registry = await session.open(file(REGISTRY), undefined, 'yaml');
    const edit = await request<WorkspaceEdit>('textDocument/rename', registry, at(registry, 'id: hoang-xuan-chien', 6), { newName: 'chien-hoang-xuan' });
    const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => [c.textDocument.uri, c.textDocument.version]).sort(), [
      [uriOf(DECEMBER), null],
      [registry, 1],
    ].sort());
    const december = readFileSync(file(DECEMBER), 'utf8');
    const decemberEdit = changes.find((c) => c.textDocument.uri === uriOf(DECEMBER))!;
    assert.equal(applyEdit(december, decemberEdit), replaceAll(december, 'id: hoang-xuan-chien', 'id: chien-hoang-xuan', 1));
  });

  test('renaming to an id that YAML would read as a boolean, null or number quotes it where it was plain', async () => {
    // Before, `id: true` was written plainly and read back as the boolean true.
    for (const newName of ['true', 'null', '1e3']) {
      const edit = await request<WorkspaceEdit>('textDocument/rename', april, at(april, 'Ishiba said'), { newName });
      const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
      const aprilChange = changes.find((c) => c.textDocument.uri === april)!;
      const renamed = applyEdit(readFileSync(file(APRIL), 'utf8'), aprilChange);
      assert.equal(renamed, replaceAll(readFileSync(file(APRIL), 'utf8'), 'ishiba-shigeru', JSON.stringify(newName), 2), newName);
    }
  });

  test('rename refuses an id that another official already has', async () => {
    await assert.rejects(
      request<WorkspaceEdit>('textDocument/rename', april, at(april, 'Ishiba said'), { newName: 'pham-minh-chinh' }),
      /already belongs to another official/,
    );
  });

  test('a workspace symbol shows an official whose post has ended as former, not as holding it', async () => {
    // Before, the last post was shown as current after its end date.
    const dir = mkdtempSync(join(tmpdir(), 'pl-former-'));
    writeFileSync(join(dir, 'officials.yaml'), 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n    roles:\n      - title: Prime Minister\n        from: 2024-10-01\n        to: 2025-10-21\n');
    const former = await LspSession.start({ folder: dir, today: '2026-01-15' });
    try {
      const found = await former.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'ishiba' });
      assert.equal(found.find((s) => s.name === 'Shigeru Ishiba')?.containerName, 'former Prime Minister (until 2025-10-21), Japan');
    } finally {
      await former.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('workspace symbols find officials, documents and commitments', async () => {
    const search = (query: string): Promise<SymbolInformation[]> => session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query });
    const chien = await search('chien');
    assert.ok(chien.some((s) => s.name === 'Hoang Xuan Chien' && s.location.uri === uriOf(REGISTRY) && /Deputy Minister/.test(s.containerName ?? '')));
    const plus = await search('2plus2');
    assert.ok(plus.some((s) => s.name === 'The 1st Japan-Viet Nam Foreign and Defence Vice-Ministerial Consultation (2+2)' && s.location.uri === uriOf(DECEMBER)));
    assert.ok(plus.some((s) => s.name === 'jp-vn-2plus2-first-meeting' && s.location.uri === uriOf(APRIL)));
    assert.ok((await search('')).length >= 6 + 2 + 4);
  });

  test('the outline shows the front matter sections, their officials and commitments, and the officials mentioned', async () => {
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: april } });
    const names = (list: DocumentSymbol[] | undefined): string[] => (list ?? []).map((s) => s.name);
    assert.equal(symbols[0]?.name, 'Front matter');
    const sections = symbols[0]!.children ?? [];
    assert.deepEqual(names(sections), ['id', 'title', 'date', 'kind', 'source', 'countries', 'officials', 'commitments', 'tags']);
    assert.deepEqual(names(sections.find((s) => s.name === 'officials')?.children), ['ishiba-shigeru', 'pham-minh-chinh']);
    assert.deepEqual(names(sections.find((s) => s.name === 'commitments')?.children), [
      'jp-vn-2plus2-first-meeting',
      'jp-vn-foip-relations',
      'vn-osa-consideration',
    ]);
    const mentioned = symbols.find((s) => s.name === 'Officials mentioned');
    assert.deepEqual(
      (mentioned?.children ?? []).map((s) => `${s.name} (${s.detail})`),
      ['Shigeru Ishiba (4 mentions)', 'Pham Minh Chinh (5 mentions)'],
    );
  });

  test('the outline of officials.yaml lists each official with their roles', async () => {
    const registry = await session.open(file(REGISTRY), undefined, 'yaml');
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: registry } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Shigeru Ishiba', 'Pham Minh Chinh', 'NAMAZU Hiroyuki', 'KANO Koji', 'Nguyen Minh Vu', 'Hoang Xuan Chien'],
    );
    assert.deepEqual(symbols[5]!.children?.map((c) => c.name), ['Deputy Minister of National Defence']);
  });
});

describe('navigation with officials who share a name', () => {
  test('go to definition on an ambiguous "Nguyen" offers both registry entries', async () => {
    const workspace = copyOf(repoPath('test/fixtures/officials'));
    const session = await LspSession.start({ folder: workspace });
    try {
      const uri = await session.open(join(workspace, 'nguyen-talks.policy.md'));
      const locations = await session.connection.sendRequest<Location[]>('textDocument/definition', {
        textDocument: { uri },
        position: session.positionAt(uri, session.find(uri, 'Nguyen said') + 1),
      });
      assert.deepEqual(locations.map((l) => textAt(l).split('\n')[0]).sort(), ['id: anna-nguyen', 'id: nguyen-van-an']);
      await assert.rejects(
        session.connection.sendRequest('textDocument/prepareRename', {
          textDocument: { uri },
          position: session.positionAt(uri, session.find(uri, 'Nguyen said') + 1),
        }),
        /shared by several officials/,
      );
      const told = await session.open(join(workspace, 'nguyen-embassy.policy.md'));
      const one = await session.connection.sendRequest<Location[]>('textDocument/definition', {
        textDocument: { uri: told },
        position: session.positionAt(told, session.find(told, 'Nguyen met') + 1),
      });
      assert.deepEqual(one.map((l) => textAt(l).split('\n')[0]), ['id: anna-nguyen']);
    } finally {
      await session.stop();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('officials.yaml diagnostics', () => {
  test('report a role that ends before it starts, an impossible date and an unknown country code', async () => {
    const session = await LspSession.start();
    try {
      const text = [
        'officials:',
        '  - id: anna-example',
        '    name: Anna Example',
        '    country: XX',
        '    roles:',
        '      - title: Ambassador',
        '        from: 2024-05-01',
        '        to: 2023-01-01',
        '      - title: Consul',
        '        from: 2021-02-30',
        '',
      ].join('\n');
      const uri = await session.open('file:///tmp/registry-check/officials.yaml', text, 'yaml');
      const diagnostics = await session.diagnostics(uri);
      const lines = text.split('\n');
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)]),
        [
          ['registry.schema', 2, 'XX'],
          ['registry.schema', 1, '2023-01-01'],
          ['registry.schema', 1, '2021-02-30'],
        ],
      );
    } finally {
      await session.stop();
    }
  });
});
