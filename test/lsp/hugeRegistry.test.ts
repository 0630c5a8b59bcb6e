import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import { LspSession } from './harness';

const ENTRIES = 100_000;
const REGISTRY = 'file:///huge-registry/officials.yaml';
const DOCUMENT = 'file:///huge-registry/visit.policy.md';

/** Letters only, since names are words of letters: 0 → "a", 27 → "bb". */
function letters(i: number): string {
  return [...i.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
}

/** The name of entry `i`, e.g. "Gab Fab". */
function nameOf(i: number): string {
  return `G${letters(i)} F${letters(i)}`;
}

/** A registry of `ENTRIES` officials; entry 77 writes its country in lower case, which is reported. */
function hugeRegistry(): string {
  const lines = ['# A synthetic registry, large enough that reading it takes longer than a request.', 'officials:'];
  for (let i = 0; i < ENTRIES; i++) {
    lines.push(`  - id: official-${i}\n    name: ${nameOf(i)}\n    country: ${i === 77 ? 'jp' : 'JP'}\n    roles:\n      - title: Minister ${i}\n        from: 2020-01-01`);
  }
  return `${lines.join('\n')}\n`;
}

const LAST = nameOf(ENTRIES - 1);
const FIFTH = nameOf(5);
const VISIT = `---\nid: visit\ndate: 2025-04-29\n---\n\n${LAST} met ${FIFTH} in Tokyo on April 29, 2025.\n`;

/** Waits (without a time limit of its own) until the server logs a line matching `pattern` for the `count`-th time. */
async function logged(session: LspSession, pattern: RegExp, count = 1): Promise<void> {
  while (session.logs.filter((line) => pattern.test(line)).length < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

const LOADED = /Read 100000 officials from .*officials\.yaml in a worker thread/;

describe(`a registry of ${ENTRIES.toLocaleString('en')} entries`, () => {
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({ today: '2026-01-15' });
  });
  after(async () => {
    await session?.stop();
  });

  test('is read in a worker: a request sent while it loads is answered first, and the registry applies afterwards', async () => {
    const document = await session.open(DOCUMENT, VISIT);
    await session.open(REGISTRY, hugeRegistry(), 'yaml');
    // Sent right after the registry: answered from the registry as it was (empty), not after the read.
    await session.tokens(document);
    const loadedBeforeTokens = session.logs.some((line) => LOADED.test(line));
    assert.equal(loadedBeforeTokens, false, 'the token request was answered before the registry finished loading');
    const hoverWhileLoading = await session.hoverText(document, LAST);
    assert.ok(!hoverWhileLoading?.includes('Minister 99999'), 'the registry is not applied before it is read');

    await logged(session, LOADED);
    const card = await session.hoverText(document, LAST);
    assert.ok(card?.includes('Minister 99999'), card);
  });

  test('after loading, go-to-definition leads into the registry and its diagnostics have exact ranges', async () => {
    const text = session.textOf(REGISTRY);
    const document = DOCUMENT;
    const offset = session.find(document, FIFTH) + 2;
    const locations = await session.connection.sendRequest<Location[] | Location | null>('textDocument/definition', {
      textDocument: { uri: document },
      position: session.positionAt(document, offset),
    });
    const location = Array.isArray(locations) ? locations[0] : locations;
    assert.ok(location, 'a definition is found');
    assert.equal(location.uri, REGISTRY);
    const target = session.offsetAt(REGISTRY, location.range.start);
    assert.ok(text.slice(target, target + 40).includes('official-5\n') || text.slice(target - 20, target + 40).includes(FIFTH), text.slice(target, target + 40));

    const diagnostics = await session.diagnostics(REGISTRY);
    const lowerCase = diagnostics.find((d) => String(d.message).includes('Country codes are written in capitals'));
    assert.ok(lowerCase, diagnostics.map((d) => d.message).join('\n'));
    const start = session.offsetAt(REGISTRY, lowerCase.range.start);
    assert.equal(text.slice(start, session.offsetAt(REGISTRY, lowerCase.range.end)), 'jp');
    assert.equal(start, text.indexOf('country: jp') + 'country: '.length);
  });

  test('an edit superseded by the next one is dropped; the last text wins', async () => {
    const text = session.textOf(REGISTRY);
    const at = text.indexOf(`name: ${LAST}`) + 'name: '.length;
    const given = LAST.split(' ')[0]!;
    await session.edit(REGISTRY, at, at + given.length, 'Interim');
    await session.edit(REGISTRY, at, at + 'Interim'.length, 'Final');
    await logged(session, LOADED, 2);
    // The document now names the official as the final registry text does.
    const mention = session.find(DOCUMENT, given);
    await session.edit(DOCUMENT, mention, mention + given.length, 'Final');
    const card = await session.hoverText(DOCUMENT, 'Final');
    assert.ok(card?.includes('Minister 99999'), card);
    const status = await session.connection.sendRequest<{ officials: number }>('policyLens/status');
    assert.equal(status.officials, ENTRIES);
    // The interim text was never applied: only the initial read and the final one were logged.
    assert.equal(session.logs.filter((line) => LOADED.test(line)).length, 2);
  });
});
