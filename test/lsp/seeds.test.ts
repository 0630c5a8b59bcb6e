import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { repoPath } from '../support/paths';
import { LspSession } from './harness';

const APRIL = repoPath('seeds/2025-04-29-japan-vietnam-summit.policy.md');
const DECEMBER = repoPath('seeds/2025-12-04-japan-vietnam-2plus2.policy.md');

describe('the seeds over LSP', () => {
  let session: LspSession;
  let april: string;
  let december: string;
  before(async () => {
    session = await LspSession.start({ folder: repoPath('seeds'), today: '2026-01-15' });
    april = await session.open(APRIL);
    december = await session.open(DECEMBER);
  });
  after(async () => session.stop());

  test('the server declares the five token types and the official modifier', () => {
    const legend = session.initializeResult.capabilities.semanticTokensProvider?.legend;
    assert.deepEqual(legend?.tokenTypes, ['person', 'organization', 'place', 'date', 'commitment']);
    assert.deepEqual(legend?.tokenModifiers, ['official']);
  });

  test('the April seed colours its officials, places, dates and commitments', async () => {
    const tokens = await session.tokens(april);
    const has = (text: string, type: string, modifier?: string): boolean =>
      tokens.some((t) => t.text === text && t.type === type && (!modifier || t.modifiers.includes(modifier)));
    assert.ok(has('Shigeru Ishiba', 'person', 'official'), 'Shigeru Ishiba is an official');
    assert.ok(has('Pham Minh Chinh', 'person', 'official'), 'Pham Minh Chinh is an official');
    assert.ok(has('Chinh', 'person', 'official'), 'the short form Chinh is linked');
    assert.ok(has('Hanoi', 'place'));
    assert.ok(has('Japan', 'place'));
    assert.ok(has('South China Sea', 'place'));
    assert.ok(has('by the end of the year', 'date'));
    assert.ok(has('Monday', 'date'));
    assert.ok(tokens.some((t) => t.type === 'commitment' && t.text.startsWith('agreed to establish a new framework')));
  });

  test('tokens never overlap and stay inside their line', async () => {
    const tokens = await session.tokens(december);
    const lines = session.textOf(december).split('\n');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      assert.ok(t.text.length > 0 && t.character + t.text.length <= lines[t.line]!.length);
      const next = tokens[i + 1];
      if (next && next.line === t.line) assert.ok(next.character >= t.character + t.text.length, `overlap at ${t.line}:${t.character}`);
    }
  });

  test('hovering "Ishiba" in the April seed shows him as Prime Minister', async () => {
    const card = await session.hoverText(april, 'Ishiba said');
    assert.ok(card, 'a hover card');
    assert.match(card, /Shigeru Ishiba/);
    assert.match(card, /Prime Minister/);
    assert.match(card, /2025-04-29/);
  });

  test('hovering "Hoang Xuan Chien" shows Deputy Minister of National Defence with his rank', async () => {
    const card = await session.hoverText(december, 'Hoang Xuan Chien', 3, 1);
    assert.ok(card);
    assert.match(card, /Deputy Minister of National Defence/);
    assert.match(card, /Senior Lieutenant General/);
    assert.match(card, /VN/);
  });

  test('hovering "Monday" shows the resolved date 2025-04-28', async () => {
    const card = await session.hoverText(april, 'Monday');
    assert.ok(card);
    assert.match(card, /2025-04-28/);
    assert.match(card, /document date 2025-04-29/);
  });

  test('hovering "by the end of the year" shows 2025-12-31', async () => {
    const card = await session.hoverText(april, 'by the end of the year', 5, 1);
    assert.ok(card);
    assert.match(card, /2025-12-31/);
  });

  test('the seeds have no errors or warnings', async () => {
    for (const uri of [april, december]) {
      const serious = (await session.diagnostics(uri)).filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(
        serious.map((d) => `${d.code}: ${d.message}`),
        [],
        uri,
      );
    }
  });
});

describe('front matter that is not valid YAML', () => {
  test('gets one error diagnostic on the line of the mistake', async () => {
    const session = await LspSession.start();
    try {
      const text = ['---', 'id: broken', 'title: [unclosed', 'date: 2025-04-29', '---', 'Body text.', ''].join('\n');
      const uri = await session.open('file:///tmp/broken.policy.md', text);
      const errors = (await session.diagnostics(uri)).filter((d) => d.severity === 1);
      assert.ok(errors.length >= 1, 'at least one error');
      assert.ok(errors.every((d) => String(d.code).startsWith('frontMatter.yaml')));
      assert.ok(errors.every((d) => d.range.start.line >= 2 && d.range.start.line <= 4), JSON.stringify(errors.map((e) => e.range)));
      assert.equal(errors[0]!.source, 'policy-lens');
    } finally {
      await session.stop();
    }
  });

  test('a valid front matter has no YAML diagnostics', async () => {
    const session = await LspSession.start();
    try {
      const text = ['---', 'id: fine', 'date: 2025-04-29', '---', 'Body text.', ''].join('\n');
      const uri = await session.open('file:///tmp/fine.policy.md', text);
      const diagnostics = await session.diagnostics(uri);
      assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('frontMatter.yaml')), []);
    } finally {
      await session.stop();
    }
  });
});
