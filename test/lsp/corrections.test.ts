import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedent } from '../support/text';
import { LspSession } from './harness';

const DOCUMENT = dedent`
  ---
  id: corrections-demo
  date: 2025-04-29
  corrections:
    ignore:
      - Tokyo
    add:
      - text: Asia Zero Emission Community
        type: organization
  ---
  Vietnam will join the Asia Zero Emission Community through Tokyo’s programme, Japan said.
`;

test('an analyst’s corrections win over the heuristics in the highlighting', async () => {
  const session = await LspSession.start();
  try {
    const uri = await session.open('file:///tmp/corrections.policy.md', DOCUMENT);
    const tokens = await session.tokens(uri);
    const typeOf = (text: string): string | undefined => tokens.find((t) => t.text === text)?.type;
    assert.equal(typeOf('Asia Zero Emission Community'), 'organization', 'the added span is an organisation');
    assert.equal(typeOf('Asia'), undefined, 'the place inside the added span is replaced');
    assert.equal(typeOf('Tokyo'), undefined, 'the ignored text is not highlighted');
    assert.equal(typeOf('Japan'), 'place', 'other entities are untouched');
    const card = await session.hoverText(uri, 'Zero Emission', 1, 1);
    assert.match(card ?? '', /corrections\.add/, 'the hover says why');
  } finally {
    await session.stop();
  }
});

test('without corrections the same text is highlighted by the heuristics', async () => {
  const session = await LspSession.start();
  try {
    const plain = DOCUMENT.replace(/corrections:[\s\S]*?type: organization\n/, '');
    const uri = await session.open('file:///tmp/no-corrections.policy.md', plain);
    const tokens = await session.tokens(uri);
    assert.ok(tokens.some((t) => t.text === 'Tokyo' && t.type === 'place'));
    assert.ok(!tokens.some((t) => t.text === 'Asia Zero Emission Community'));
  } finally {
    await session.stop();
  }
});
