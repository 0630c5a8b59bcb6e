import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { splitFrontMatter } from '../../server/src/analysis/frontMatter';
import { BenchClient } from '../bench/lib/lspClient';
import { repoPath } from '../support/paths';
import { applyEdit, documentArbitrary, editArbitrary, resolveEdit, styledDocumentArbitrary } from './edits';

/** Tokens as comparable tuples: offset, length, type, modifiers. */
function tokenTuples(client: BenchClient, uri: string, data: readonly number[]): [number, number, number, number][] {
  return client.decode(uri, data).map((t) => [t.start, t.length, t.type, t.modifiers]);
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits.filter((e): e is TextEdit => 'range' in e) : []));
  return [...fromChanges, ...fromDocumentChanges];
}

describe('random documents and edits through the real server', () => {
  let dir: string;
  let editor: BenchClient;
  let reference: BenchClient;
  let n = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-property-'));
    copyFileSync(repoPath('seeds/officials.yaml'), join(dir, 'officials.yaml'));
    [editor, reference] = await Promise.all([BenchClient.start({ folder: dir }), BenchClient.start({ folder: dir })]);
  });

  after(async () => {
    await Promise.all([editor.stop(), reference.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('after random incremental edits, tokens equal a fresh server\'s tokens of the final text and every range is inside', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 10 }), async (document, edits) => {
        const uri = await editor.openDocument(`${pathToFileURL(dir).href}/edited-${++n}.policy.md`, document);
        await editor.tokensFull(uri);
        for (const [i, edit] of edits.entries()) {
          const { start, end, text } = resolveEdit(editor.textOf(uri), edit);
          await editor.edit(uri, start, end, text);
          // Requests between some edits warm the server's caches the way an editor does.
          if (i % 3 === 0) await editor.tokensDelta(uri);
          if (i % 4 === 1) await editor.diagnostics(uri);
        }
        const finalText = editor.textOf(uri);
        const incremental = tokenTuples(editor, uri, await editor.tokensFull(uri));
        for (const [start, length] of incremental) {
          assert.ok(start >= 0 && length > 0 && start + length <= finalText.length);
          assert.doesNotMatch(finalText.slice(start, start + length), /[\r\n]/);
        }
        const diagnostics = await editor.diagnostics(uri);
        const lineCount = finalText.split(/\r\n|\r|\n/).length;
        for (const d of diagnostics) assert.ok(d.range.start.line < lineCount && d.range.end.line < lineCount, `${d.code} inside`);
        const fresh = await reference.openDocument(`${pathToFileURL(dir).href}/fresh-${n}.policy.md`, finalText);
        assert.deepStrictEqual(incremental, tokenTuples(reference, fresh, await reference.tokensFull(fresh)));
        await editor.closeDocument(uri);
        await reference.closeDocument(fresh);
        assert.ok(editor.alive && reference.alive);
      }),
      { seed: 1204, numRuns: 12 },
    );
  });

  test('every quick fix on a random document yields a front matter that is valid YAML', async (t) => {
    if (!editor.initializeResult.capabilities.codeActionProvider) {
      t.skip('the server offers no code actions yet');
      return;
    }
    let checked = 0;
    await fc.assert(
      // The front matter's lists come in every style an analyst may write them in.
      fc.asyncProperty(styledDocumentArbitrary, async (document) => {
        assert.deepEqual(splitFrontMatter(document).findings, [], 'the random front matter itself is valid');
        const uri = await editor.openDocument(`${pathToFileURL(dir).href}/fix-${++n}.policy.md`, document);
        const diagnostics = (await editor.diagnostics(uri)).slice(0, 6);
        for (const diagnostic of diagnostics) {
          const actions = await editor.connection.sendRequest<(CodeAction | { command: string })[] | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic as Diagnostic], only: ['quickfix'] },
          });
          for (const action of actions ?? []) {
            if (!('edit' in action) || !action.edit) continue;
            const own = editsFor(action.edit, uri);
            if (own.length === 0) continue;
            const text = own
              .map((e) => ({ start: editor.offsetAt(uri, e.range.start), end: editor.offsetAt(uri, e.range.end), text: e.newText }))
              .sort((a, b) => b.start - a.start)
              .reduce((acc, e) => applyEdit(acc, e), editor.textOf(uri));
            const yamlErrors = splitFrontMatter(text).findings.filter((f) => f.severity === 'error');
            assert.deepEqual(yamlErrors, [], `"${action.title}" left invalid YAML`);
            checked++;
          }
        }
        await editor.closeDocument(uri);
      }),
      { seed: 77, numRuns: 16 },
    );
    t.diagnostic(`${checked} quick fixes checked`);
  });
});
