import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyChange, BODY, editsFor, FOLDER, frontMatterOf, TODAY, variant } from '../fixtures/annotations/fixture';
import { LspSession } from './harness';

describe('quick fixes for front-matter findings', () => {
  let session: LspSession;
  let counter = 0;
  before(async () => {
    session = await LspSession.start({ folder: FOLDER, today: TODAY });
  });
  after(async () => session.stop());

  const nextId = (): string => `fx-fix-${++counter}`;

  /**
   * Opens `text`, finds the diagnostic `code`, takes the quick fix titled `title`, applies its
   * edit as the editor would, and re-checks: returns the new text after asserting that the
   * diagnostic is gone.
   */
  async function applyFix(text: string, code: string, title: string | RegExp): Promise<{ text: string; action: CodeAction }> {
    const uri = await session.open(join(FOLDER, `fix-${counter}.policy.md`), text);
    const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === code);
    assert.ok(diagnostic, `a ${code} diagnostic`);
    const actions = await session.codeActions(uri, diagnostic);
    const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    assert.ok(action, `a fix "${String(title)}" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, 'quickfix');
    const change = editsFor(action, uri);
    assert.equal(change.textDocument.version, 1, 'the edit is bound to the version the fix was computed on');
    const fixed = applyChange(text, change);
    await session.edit(uri, 0, text.length, fixed);
    const remaining = (await session.diagnostics(uri)).filter((d) => d.code === code);
    assert.deepEqual(remaining.map((d) => d.message), [], `${code} is gone after the fix`);
    return { text: fixed, action };
  }

  test('"Change to press-release" fixes an unknown kind and keeps the comment after it', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['kind: news', 'kind: press release']]), 'frontMatter.schema.enum', 'Change to "press-release"');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id, [['kind: news', 'kind: press-release']])));
  });

  test('"Rename" fixes an unknown key, keeping its value and comment', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['tags: [fixture]', 'tag: [fixture]']]), 'frontMatter.schema.unknownKey', 'Rename "tag" to "tags"');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('an unassigned country code is replaced by the code it stands for', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['countries: [JP, VN]', 'countries: [JP, UK]']]), 'frontMatter.country.unknown', 'Change to GB');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id, [['countries: [JP, VN]', 'countries: [JP, GB]']])));
  });

  test('a country written as a name is replaced by its ISO code', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['countries: [JP, VN]', 'countries: [JP, Vietnam]']]), 'frontMatter.schema.format', 'Change to VN');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('a misspelt official id is replaced by the registry id', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['  - id: ishiba-shigeru', '  - id: ishiba-shigerou']]), 'frontMatter.official.unknown', 'Change to "ishiba-shigeru"');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('a stale mention is replaced by the mention the body writes', async () => {
    const id = nextId();
    const { text } = await applyFix(
      variant(id, [['mention: Prime Minister Shigeru Ishiba', 'mention: PM Ishiba']]),
      'frontMatter.official.mentionMissing',
      'Change the mention to "Prime Minister Shigeru Ishiba"',
    );
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('an unlisted official is appended to the officials list of the front matter', async () => {
    const id = nextId();
    const { text } = await applyFix(
      variant(id, [['  - id: pham-minh-chinh\n    mention: Vietnamese Prime Minister Pham Minh Chinh\n', '']]),
      'frontMatter.official.unlisted',
      'Add pham-minh-chinh to the officials of the front matter',
    );
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('a stale quote is replaced by the closest passage of the body', async () => {
    const id = nextId();
    const { text } = await applyFix(
      variant(id, [['quote: will provide two patrol vessels to Vietnam by March 2026', 'quote: will supply two patrol ships to Vietnam by March 2026']]),
      'frontMatter.commitment.quoteMissing',
      'Replace the quote with the closest passage of the body',
    );
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('a stale folded quote stays a folded block scalar under its comment', async () => {
    const id = nextId();
    const { text } = await applyFix(
      variant(id, [['      agreed to establish a new framework and to hold', '      agreed to set up a new framework and to hold']]),
      'frontMatter.commitment.quoteMissing',
      'Replace the quote with the closest passage of the body',
    );
    const expected = variant(id, [
      [
        '    quote: >-\n      agreed to establish a new framework and to hold\n      its first meeting in Japan by the end of the year\n',
        '    quote: >-\n      agreed to establish a new framework and to hold its first meeting in Japan by the end of the year\n',
      ],
    ]);
    assert.equal(frontMatterOf(text), frontMatterOf(expected));
  });

  test('a misspelt fulfilled-by is replaced by the id of the workspace document', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['fulfilled-by: fx-followup', 'fulfilled-by: fx-folowup']]), 'frontMatter.commitment.fulfilledByUnknown', 'Change to "fx-followup"');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('an actor written as a country name is replaced by its code', async () => {
    const id = nextId();
    const { text } = await applyFix(variant(id, [['actors: [JP]', 'actors: [japan]']]), 'frontMatter.commitment.actorUnknown', 'Change to "JP"');
    assert.equal(frontMatterOf(text), frontMatterOf(variant(id)));
  });

  test('"Annotate this commitment" appends quote, actors, due date and status to the commitments', async () => {
    const id = nextId();
    const clean = variant(id);
    const start = clean.indexOf('  - id: jp-vn-framework');
    const without = clean.slice(0, start) + clean.slice(clean.indexOf('  - id: jp-patrol-vessels'));
    const { text } = await applyFix(without, 'body.commitment.unannotated', 'Annotate this commitment in the front matter');
    const expected = without.replace(
      '    status: open\n',
      [
        '    status: open',
        '  - id: jp-vn-establish-new-framework',
        '    quote: agreed to establish a new framework and to hold its first meeting in Japan by the end of the year',
        '    actors: [JP, VN]',
        '    due: 2025-12-31',
        '    status: open',
        '',
      ].join('\n'),
    );
    assert.equal(frontMatterOf(text), frontMatterOf(expected));
  });

  test('"Annotate this commitment" quotes a clause with a Markdown link as the file writes it, so the quote is found', async () => {
    const id = nextId();
    const body = 'Vietnam will cooperate through the [Official Security Assistance](https://example.org/osa) program.\n';
    const { text } = await applyFix(`---\nid: ${id}\n---\n${body}`, 'body.commitment.unannotated', 'Annotate this commitment in the front matter');
    assert.match(frontMatterOf(text), /quote: will cooperate through the \[Official Security Assistance\]\(https:\/\/example\.org\/osa\) program\n/);
    const uri = await session.open(join(FOLDER, `fix-link-${counter}.policy.md`), text);
    assert.deepEqual((await session.diagnostics(uri)).filter((d) => d.code === 'frontMatter.commitment.quoteMissing'), []);
  });

  test('the source action "Annotate all detected commitments" annotates every unannotated one in one edit', async () => {
    const id = nextId();
    const clean = variant(id);
    const text = clean.slice(0, clean.indexOf('commitments:\n')) + clean.slice(clean.indexOf('tags:'));
    const uri = await session.open(join(FOLDER, `annotate-all-${counter}.policy.md`), text);
    const hints = (await session.diagnostics(uri)).filter((d) => d.code === 'body.commitment.unannotated');
    assert.equal(hints.length, 2);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['source.policyLens.annotateAll'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Annotate all 2 detected commitments', 'source.policyLens.annotateAll']]);
    const fixed = applyChange(text, editsFor(actions[0]!, uri));
    // The missing `commitments` key is added at the end of the mapping.
    const expected = text.replace(
      '  ignore: [HANOI]\n',
      [
        '  ignore: [HANOI]',
        'commitments:',
        '  - id: jp-vn-establish-new-framework',
        '    quote: agreed to establish a new framework and to hold its first meeting in Japan by the end of the year',
        '    actors: [JP, VN]',
        '    due: 2025-12-31',
        '    status: open',
        '  - id: jp-provide-two-patrol',
        '    quote: will provide two patrol vessels to Vietnam by March 2026',
        '    actors: [JP]',
        '    due: 2026-03-31',
        '    status: open',
        '',
      ].join('\n'),
    );
    assert.equal(frontMatterOf(fixed), frontMatterOf(expected));
    await session.edit(uri, 0, text.length, fixed);
    assert.deepEqual((await session.diagnostics(uri)).filter((d) => d.code === 'body.commitment.unannotated'), []);
  });

  test('quick fixes are not offered when only source actions are asked for, and vice versa', async () => {
    const id = nextId();
    const text = variant(id, [['kind: news', 'kind: newz']]);
    const uri = await session.open(join(FOLDER, `only-${counter}.policy.md`), text);
    const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'frontMatter.schema.enum') as Diagnostic;
    assert.deepEqual(await session.codeActions(uri, diagnostic, ['source']), []);
    assert.equal((await session.codeActions(uri, diagnostic, ['quickfix'])).length, 1);
  });

  test('after an edit, the fix is bound to the new document version', async () => {
    const id = nextId();
    const text = variant(id, [['kind: news', 'kind: newz']]);
    const uri = await session.open(join(FOLDER, `version-${counter}.policy.md`), text);
    await session.edit(uri, text.length, text.length, 'One more line.\n');
    const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'frontMatter.schema.enum') as Diagnostic;
    const [action] = await session.codeActions(uri, diagnostic);
    assert.ok(action);
    assert.equal(editsFor(action, uri).textDocument.version, 2);
  });

  test('a diagnostic from an older version whose range no longer matches gets no fix', async () => {
    const id = nextId();
    const text = variant(id, [['kind: news', 'kind: newz']]);
    const uri = await session.open(join(FOLDER, `stale-${counter}.policy.md`), text);
    const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'frontMatter.schema.enum') as Diagnostic;
    await session.edit(uri, 4, 4, '# A new first comment line.\n');
    assert.deepEqual(await session.codeActions(uri, diagnostic), []);
  });
});

describe('adding a person to the officials registry', () => {
  test('writes a new entry with the role from the text into officials.yaml, keeping its comments and blank lines', async () => {
    const session = await LspSession.start({ folder: FOLDER, today: TODAY });
    try {
      const text = variant('fx-registry-fix', [], `${BODY}Foreign Minister Takeshi Iwaya attended.\n`);
      const uri = await session.open(join(FOLDER, 'registry-fix.policy.md'), text);
      const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'frontMatter.person.unregistered');
      assert.ok(diagnostic);
      const [action] = await session.codeActions(uri, diagnostic);
      assert.ok(action);
      assert.equal(action.title, 'Add Takeshi Iwaya to the officials registry');
      const registryPath = join(FOLDER, 'officials.yaml');
      const registryUri = pathToFileURL(registryPath).href;
      const change = editsFor(action, registryUri);
      assert.equal(change.textDocument.version, null, 'the registry is not open, so the edit is bound to the file on disk');
      const before = readFileSync(registryPath, 'utf8');
      const after = applyChange(before, change);
      assert.equal(
        after,
        `${before}\n${[
          '  - id: takeshi-iwaya',
          '    name: Takeshi Iwaya',
          '    roles:',
          '      - title: Foreign Minister',
          '        from: 2025-04-29',
          '',
        ].join('\n')}`,
      );
      // The editor applies the edit to the registry, which the server then reads.
      await session.open(registryPath, after, 'yaml');
      const remaining = (await session.diagnostics(uri)).filter((d) => d.code === 'frontMatter.person.unregistered');
      assert.deepEqual(remaining, []);
      assert.ok((await session.diagnostics(uri)).some((d) => d.code === 'frontMatter.official.unlisted' && String(d.message).includes('takeshi-iwaya')));
    } finally {
      await session.stop();
    }
  });

  test('a country code written in lower case in the registry gets its fix there, bound to the registry version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-registry-fix-'));
    const registryText = 'officials:\n  # Viet Nam\n  - id: bao-example\n    name: Bao Example\n    country: vn   # lower case\n    roles: [{ title: Minister }]\n';
    const registryPath = join(dir, 'officials.yaml');
    writeFileSync(registryPath, registryText);
    const session = await LspSession.start({ folder: dir, today: TODAY });
    try {
      const registryUri = await session.open(registryPath, registryText, 'yaml');
      const diagnostic = (await session.diagnostics(registryUri)).find((d) => String(d.message).includes('"VN"'));
      assert.ok(diagnostic, 'the lower-case code is reported');
      const actions = await session.codeActions(registryUri, diagnostic);
      assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['Write the country code as VN', 'quickfix', true]]);
      const change = editsFor(actions[0]!, registryUri);
      assert.equal(change.textDocument.version, 1);
      assert.equal(applyChange(registryText, change), registryText.replace('country: vn', 'country: VN'));
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('builds the entry on the text in the registry editor, even while a large registry is still being read', async () => {
    // A registry of 200,000 characters or more is parsed in a worker thread; before, the fix was computed
    // on the text before the analyst's last edit and bound to the new version, so it landed mid-entry.
    const dir = mkdtempSync(join(tmpdir(), 'pl-large-registry-'));
    const entries = Array.from({ length: 2_500 }, (_, i) => `  - id: filler-${i}\n    name: Filler Person${i}\n    roles:\n      - title: Adviser\n        from: 2020-01-01\n`);
    const registryText = `officials:\n${entries.join('')}`;
    assert.ok(registryText.length >= 200_000);
    const registryPath = join(dir, 'officials.yaml');
    writeFileSync(registryPath, registryText);
    // The first scan reads the registry; the analyst then opens it and edits it.
    const session = await LspSession.start({ folder: dir, today: TODAY });
    try {
      const registryUri = await session.open(registryPath, registryText, 'yaml');
      const uri = await session.open(join(dir, 'note.policy.md'), variant('fx-large-registry', [], `${BODY}Foreign Minister Takeshi Iwaya attended.\n`));
      const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'frontMatter.person.unregistered' && String(d.message).startsWith('Takeshi Iwaya'));
      assert.ok(diagnostic);
      // The analyst adds a line to the registry, then clicks the light bulb on the problem shown before.
      const comment = '# Reviewed by the desk, with notes.\n';
      await session.edit(registryUri, 0, 0, comment);
      const [action] = await session.codeActions(uri, diagnostic);
      assert.ok(action);
      const change = editsFor(action, registryUri);
      assert.equal(change.textDocument.version, 2);
      const after = applyChange(session.textOf(registryUri), change);
      assert.equal(after, `${comment}${registryText}  - id: takeshi-iwaya\n    name: Takeshi Iwaya\n    roles:\n      - title: Foreign Minister\n        from: 2025-04-29\n`);
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
