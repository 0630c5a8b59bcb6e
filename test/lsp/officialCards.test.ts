import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentHighlight, Location, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspSession, stopAndRemove } from './harness';

const TODAY = '2026-01-15';

// Two Smiths share a family name; von der Leyen's post names its institution; the registry sits in a
// dot-folder, which `**` of the default registry glob does not enter by itself.
const REGISTRY = `officials:
  - id: john-smith
    name: John Smith
    country: US
    roles:
      - { title: Senator, from: 1990-01-01, to: 2000-12-31 }
      - { title: Secretary of State, from: 2025-01-20 }
  - id: jane-smith
    name: Jane Smith
    country: GB
    roles:
      - { title: Foreign Secretary, from: 2025-01-01 }
  - id: ursula
    name: Ursula Gertrud
    country: DE
    roles:
      - { title: President of the European Commission, from: 2019-12-01 }
`;

describe('official cards: undated documents, institutions, country codes and registries in dot-folders', () => {
  let workspace: string;
  let session: LspSession;
  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-lens-cards-'));
    mkdirSync(join(workspace, '.team'));
    writeFileSync(join(workspace, '.team', 'officials.yaml'), REGISTRY);
    writeFileSync(join(workspace, 'closed-shared.policy.md'), '---\nid: closed-shared\ndate: 2025-03-03\n---\nSmith said the talks went well.\n');
    session = await LspSession.start({ folder: workspace, today: TODAY });
  });
  after(() => stopAndRemove(session, workspace));

  test('a shared name in an undated document lists each candidate with the post held today, not the first ever held', async () => {
    const uri = await session.open(join(workspace, 'undated.policy.md'), 'Smith said the talks would go on.\n');
    const card = await session.hoverText(uri, 'Smith said');
    assert.ok(card);
    assert.match(card, /ambiguous/);
    assert.match(card, /John Smith.*Secretary of State today \(2026-01-15\)/);
    assert.doesNotMatch(card, /Senator/);
  });

  test('a title that names its institution gets no country appended', async () => {
    const uri = await session.open(join(workspace, 'brussels.policy.md'), '---\ndate: 2025-03-04\n---\nUrsula Gertrud spoke in Brussels.\n');
    const card = await session.hoverText(uri, 'Ursula Gertrud');
    assert.ok(card);
    assert.match(card, /^\*\*Ursula Gertrud\*\* — President of the European Commission\n/);
  });

  test('a lower-case country in the front matter singles out the official on hover as it does in the index', async () => {
    const uri = await session.open(join(workspace, 'london.policy.md'), '---\ndate: 2025-03-04\ncountries: [gb]\n---\nSmith said the talks would go on.\n');
    const card = await session.hoverText(uri, 'Smith said');
    assert.ok(card);
    assert.match(card, /^\*\*Jane Smith\*\*/);
    assert.match(card, /Chosen because: United Kingdom is among the document's countries/);
  });

  test('an edit to a registry in a dot-folder takes effect', async () => {
    const registryUri = await session.open(join(workspace, '.team', 'officials.yaml'), REGISTRY, 'yaml');
    await session.edit(registryUri, REGISTRY.length, REGISTRY.length, '  - id: kim-ann\n    name: Ann Kimball\n    country: US\n    roles: [{ title: Ambassador, from: 2024-01-01 }]\n');
    const uri = await session.open(join(workspace, 'kimball.policy.md'), '---\ndate: 2025-03-04\n---\nAnn Kimball arrived.\n');
    let card: string | undefined;
    for (let i = 0; i < 50 && !card?.includes('Ambassador'); i++) {
      card = await session.hoverText(uri, 'Ann Kimball');
      if (!card?.includes('Ambassador')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(card ?? '', /^\*\*Ann Kimball\*\* — Ambassador/);
  });

  test('a `mention:` value navigates as the name it stands for, and an unresolved shared name finds its own kind', async () => {
    const text = '---\ndate: 2025-03-04\nofficials:\n  - id: jane-smith\n    mention: Jane Smith\n---\nJane Smith spoke. Smith said more.\n';
    const uri = await session.open(join(workspace, 'listed.policy.md'), text);
    const mentionAt = session.positionAt(uri, text.indexOf('Jane Smith') + 2);
    const definitions = await session.connection.sendRequest<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: mentionAt });
    assert.ok(definitions && definitions.length === 1 && definitions[0]!.uri.endsWith('/.team/officials.yaml'));
    const references = await session.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position: mentionAt, context: { includeDeclaration: false } });
    assert.ok(references.some((r) => r.uri === uri && r.range.start.line === 6), 'the body mention is found from the front matter');
    // In another document nothing tells the Smiths apart: the shared name is found from itself.
    const shared = 'Smith said the talks would go on. Later Smith left.\n';
    const other = await session.open(join(workspace, 'shared.policy.md'), shared);
    const highlights = await session.connection.sendRequest<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: other }, position: session.positionAt(other, 1) });
    assert.deepEqual(highlights.map((h) => h.range.start.character), [0, 40]);
  });

  test('references of an unresolved shared name include its unresolved mentions in closed documents, as in open ones', async () => {
    const uri = await session.open(join(workspace, 'open-shared.policy.md'), '---\nid: open-shared\ndate: 2025-03-03\n---\nSmith said the talks went well.\n');
    const at = session.positionAt(uri, session.find(uri, 'Smith said') + 1);
    const references = await session.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: false } });
    const files = references.map((r) => r.uri.slice(r.uri.lastIndexOf('/') + 1));
    assert.ok(files.includes('open-shared.policy.md'), files.join(', '));
    // The closed file, found through the workspace index (the review found it listed only while open).
    const closed = references.find((r) => r.uri.endsWith('/closed-shared.policy.md'));
    assert.ok(closed, files.join(', '));
    assert.deepEqual(closed.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });
  });

  test('renaming an id written as a block scalar replaces the id alone, not its header or line break', async () => {
    const text = '---\ndate: 2025-03-04\nofficials:\n  - id: >-\n      ursula\n---\nUrsula Gertrud spoke.\n';
    const uri = await session.open(join(workspace, 'block.policy.md'), text);
    const edit = await session.connection.sendRequest<WorkspaceEdit | null>('textDocument/rename', {
      textDocument: { uri },
      position: session.positionAt(uri, text.indexOf('ursula') + 2),
      newName: 'ursula-g',
    });
    const mine = edit?.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
    assert.ok(mine, JSON.stringify(edit));
    assert.equal(mine.edits.length, 1);
    const at = mine.edits[0]!;
    assert.equal(text.slice(session.offsetAt(uri, at.range.start), session.offsetAt(uri, at.range.end)), 'ursula');
    assert.equal('newText' in at ? at.newText : undefined, 'ursula-g');
  });
});
