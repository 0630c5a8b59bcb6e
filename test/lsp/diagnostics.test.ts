import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { BODY, FOLDER, TODAY, variant } from '../fixtures/annotations/fixture';
import { repoPath } from '../support/paths';
import { applyTextEdits } from '../support/protocolEdits';
import { LspSession } from './harness';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** The edits a workspace edit makes to one file. */
function editsTo(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  return (edit?.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits.filter((e): e is TextEdit => 'range' in e) : [])).concat(edit?.changes?.[uri] ?? []);
}

describe('front-matter diagnostics over LSP', () => {
  let session: LspSession;
  let counter = 0;
  before(async () => {
    session = await LspSession.start({ folder: FOLDER, today: TODAY });
  });
  after(async () => session.stop());

  /** Opens a document (inside the fixture folder, not on disk) and pulls its diagnostics. */
  async function check(text: string): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
    counter++;
    const uri = await session.open(join(FOLDER, `inline-${counter}.policy.md`), text);
    return { uri, text, diagnostics: await session.diagnostics(uri) };
  }

  /** Each document gets its own id so that documents opened earlier never count as duplicates. */
  const id = (): string => `fx-inline-${counter + 1}`;

  /** The single diagnostic with `code`, asserting its severity and the text it covers. */
  function expectOne(result: { uri: string; text: string; diagnostics: Diagnostic[] }, code: string, severity: keyof typeof SEVERITY, covered: string): Diagnostic {
    const found = result.diagnostics.filter((d) => d.code === code);
    assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(result.diagnostics.map((d) => `${String(d.code)}: ${d.message}`))}`);
    const diagnostic = found[0]!;
    assert.equal(diagnostic.severity, SEVERITY[severity], `${code} is a ${severity}`);
    assert.equal(diagnostic.source, 'policy-lens');
    const lines = result.text.split('\n');
    const line = lines[diagnostic.range.start.line] ?? '';
    assert.equal(diagnostic.range.start.line, diagnostic.range.end.line, `${code} stays on one line`);
    assert.equal(line.slice(diagnostic.range.start.character, diagnostic.range.end.character), covered, `${code} covers "${covered}"`);
    return diagnostic;
  }

  function expectNone(result: { diagnostics: Diagnostic[] }, code: string): void {
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === code).map((d) => d.message),
      [],
      `no ${code}`,
    );
  }

  /** The diagnostic's quick fixes, asked of the server as the editor asks when the light bulb is clicked. */
  const quickFixes = (result: { uri: string }, d: Diagnostic): Promise<CodeAction[]> => session.codeActions(result.uri, d, ['quickfix']);

  /** The document's text after the diagnostic's one quick fix. */
  async function fixedText(result: { uri: string; text: string }, d: Diagnostic): Promise<string> {
    const actions = await quickFixes(result, d);
    assert.equal(actions.length, 1, `one quick fix for ${String(d.code)}: ${actions.map((a) => a.title).join(' | ')}`);
    return applyTextEdits(result.text, editsTo(actions[0]!.edit, result.uri));
  }

  /** The front matter's data after the diagnostic's one quick fix. */
  async function fixedData(result: { uri: string; text: string }, d: Diagnostic): Promise<Record<string, unknown>> {
    const text = await fixedText(result, d);
    return parse(text.slice(4, text.indexOf('\n---', 4))) as Record<string, unknown>;
  }

  test('a clean front matter gets no diagnostic at all (the negative case of every check)', async () => {
    const result = await check(variant(id()));
    assert.deepEqual(
      result.diagnostics.map((d) => `${String(d.code)}: ${d.message}`),
      [],
    );
  });

  test('the seeds have no errors or warnings under the same checks', async () => {
    const seeds = await LspSession.start({ folder: repoPath('seeds'), today: TODAY });
    try {
      for (const name of readdirSync(repoPath('seeds')).filter((n) => n.endsWith('.policy.md'))) {
        const uri = await seeds.open(repoPath('seeds', name));
        const serious = (await seeds.diagnostics(uri)).filter((d) => d.severity === 1 || d.severity === 2);
        assert.deepEqual(serious.map((d) => `${String(d.code)}: ${d.message}`), [], name);
      }
    } finally {
      await seeds.stop();
    }
  });

  test('invalid YAML is an error on the broken line, and the other checks wait until it is fixed', async () => {
    const result = await check(variant(id(), [['title: A clean document', 'title: [unclosed']]));
    const errors = result.diagnostics.filter((d) => d.code === 'frontMatter.yaml.invalid');
    assert.ok(errors.length >= 1);
    assert.ok(result.diagnostics.every((d) => String(d.code).startsWith('frontMatter.yaml')), 'only YAML findings');
  });

  test('a front matter that is never closed is an error on the opening line', async () => {
    const result = await check('---\nid: never-closed\nBody text.\n');
    expectOne(result, 'frontMatter.unclosed', 'error', '---');
  });

  test('a duplicate key is an error on the second key', async () => {
    const result = await check(variant(id(), [['kind: news # the genre', 'kind: news\nkind: report']]));
    assert.ok(result.diagnostics.some((d) => d.code === 'frontMatter.yaml.duplicateKey' && d.severity === 1));
  });

  test('a value of the wrong type is an error on that value', async () => {
    const result = await check(variant(id(), [['tags: [fixture] # free keywords', 'tags: fixture']]));
    const d = expectOne(result, 'frontMatter.schema.type', 'error', 'fixture');
    assert.match(String(d.message), /`tags` must be a list/);
  });

  test('a number where text is expected is a type error that suggests quotes', async () => {
    const result = await check(variant(id(), [['title: A clean document', 'title: 2025']]));
    const d = expectOne(result, 'frontMatter.schema.type', 'error', '2025');
    assert.match(String(d.message), /quotes/);
  });

  test('an unknown kind is an error with the closest valid value as its fix', async () => {
    const result = await check(variant(id(), [['kind: news # the genre', 'kind: press release']]));
    const d = expectOne(result, 'frontMatter.schema.enum', 'error', 'press release');
    const [action] = await quickFixes(result, d);
    assert.equal(action?.title, 'Change to "press-release"');
    assert.equal(await fixedText(result, d), result.text.replace('kind: press release', 'kind: press-release'));
  });

  test('an unknown status inside a commitment is an enum error on that value', async () => {
    const result = await check(variant(id(), [['status: open', 'status: pending']]));
    expectOne(result, 'frontMatter.schema.enum', 'error', 'pending');
  });

  test('a missing id is a warning on the opening line; a present id is not', async () => {
    const result = await check(variant('x', [['id: x\n', '']]));
    expectOne(result, 'frontMatter.schema.required', 'warning', '---');
    expectNone(await check(variant(id())), 'frontMatter.schema.required');
  });

  test('a commitment without a quote is a warning on the commitment', async () => {
    const result = await check(variant(id(), [['    quote: will provide two patrol vessels to Vietnam by March 2026\n', '']]));
    expectOne(result, 'frontMatter.schema.required', 'warning', 'id: jp-patrol-vessels');
  });

  test('an unknown key is a warning with a "did you mean" rename; a key that is already present is never suggested', async () => {
    const result = await check(variant(id(), [['tags: [fixture] # free keywords', 'tag: [fixture]']]));
    const d = expectOne(result, 'frontMatter.schema.unknownKey', 'warning', 'tag');
    assert.match(String(d.message), /did you mean "tags"\?/);
    const taken = await check(variant(id(), [['title: A clean document', 'title: A clean document\ntitel: Again']]));
    const t = expectOne(taken, 'frontMatter.schema.unknownKey', 'warning', 'titel');
    assert.deepEqual(await quickFixes(taken, t), [], 'no rename onto the existing title');
  });

  test('a date that is not YYYY-MM-DD is a format error', async () => {
    const result = await check(variant(id(), [['date: 2025-04-29', 'date: 29 April 2025']]));
    expectOne(result, 'frontMatter.schema.format', 'error', '29 April 2025');
  });

  test('an impossible due date is an error; a leap day is not', async () => {
    const result = await check(variant(id(), [['due: 2026-03-31', 'due: 2026-02-30']]));
    expectOne(result, 'frontMatter.date.invalid', 'error', '2026-02-30');
    expectNone(await check(variant(id(), [['due: 2026-03-31', 'due: 2028-02-29']])), 'frontMatter.date.invalid');
  });

  test('a two-letter code that is not an ISO country is an error with a fix; JP and VN are fine', async () => {
    const result = await check(variant(id(), [['countries: [JP, VN]', 'countries: [JP, UK]']]));
    const d = expectOne(result, 'frontMatter.country.unknown', 'error', 'UK');
    assert.equal(await fixedText(result, d), result.text.replace('countries: [JP, UK]', 'countries: [JP, GB]'));
  });

  test('an official id that the registry does not know is a warning with the closest id', async () => {
    const result = await check(variant(id(), [['  - id: ishiba-shigeru', '  - id: ishiba-shigeruu']]));
    const d = expectOne(result, 'frontMatter.official.unknown', 'warning', 'ishiba-shigeruu');
    assert.equal(await fixedText(result, d), result.text.replace('  - id: ishiba-shigeruu', '  - id: ishiba-shigeru'));
  });

  test('a mention that is not in the body is a warning pointing at the body mention', async () => {
    const result = await check(variant(id(), [['mention: Prime Minister Shigeru Ishiba', 'mention: Prime Minister Ishiba Shigeru']]));
    const d = expectOne(result, 'frontMatter.official.mentionMissing', 'warning', 'Prime Minister Ishiba Shigeru');
    assert.equal(await fixedText(result, d), result.text.replace('mention: Prime Minister Ishiba Shigeru', 'mention: Prime Minister Shigeru Ishiba'));
    assert.equal(d.relatedInformation?.length, 1);
  });

  test('a mention that differs only in case and spacing still counts as present', async () => {
    const result = await check(variant(id(), [['mention: Prime Minister Shigeru Ishiba', 'mention: prime minister   Shigeru ISHIBA']]));
    expectNone(result, 'frontMatter.official.mentionMissing');
  });

  test('a registry official in the body who is not listed is information at the first mention', async () => {
    const result = await check(variant(id(), [['  - id: pham-minh-chinh\n    mention: Vietnamese Prime Minister Pham Minh Chinh\n', '']]));
    const d = expectOne(result, 'frontMatter.official.unlisted', 'information', 'Pham Minh Chinh');
    const officials = (await fixedData(result, d))['officials'] as unknown[];
    assert.deepEqual(officials.at(-1), { id: 'pham-minh-chinh', mention: 'Vietnamese Prime Minister Pham Minh Chinh' });
  });

  test('a person in the body who is not in the registry is information with the role the text gives', async () => {
    const body = `${BODY}Foreign Minister Takeshi Iwaya attended.\n`;
    const result = await check(variant(id(), [], body));
    const d = expectOne(result, 'frontMatter.person.unregistered', 'information', 'Takeshi Iwaya');
    const [action] = await quickFixes(result, d);
    const registryUri = pathToFileURL(join(FOLDER, 'officials.yaml')).href;
    const registryText = readFileSync(join(FOLDER, 'officials.yaml'), 'utf8');
    const entries = (parse(applyTextEdits(registryText, editsTo(action?.edit, registryUri))) as { officials: Record<string, unknown>[] }).officials;
    assert.deepEqual(entries.at(-1), { id: 'takeshi-iwaya', name: 'Takeshi Iwaya', roles: [{ title: 'Foreign Minister', from: '2025-04-29' }] });
  });

  test('a quote that is not in the body is a warning with the closest passage as fix and related location', async () => {
    const result = await check(variant(id(), [['quote: will provide two patrol vessels to Vietnam by March 2026', 'quote: will supply two patrol ships to Vietnam by March 2026']]));
    const d = expectOne(result, 'frontMatter.commitment.quoteMissing', 'warning', 'will supply two patrol ships to Vietnam by March 2026');
    assert.equal(
      await fixedText(result, d),
      result.text.replace('quote: will supply two patrol ships to Vietnam by March 2026', 'quote: will provide two patrol vessels to Vietnam by March 2026'),
    );
    const related = d.relatedInformation?.[0];
    assert.ok(related);
    assert.equal(related.location.range.start.line, result.text.split('\n').indexOf(BODY.split('\n')[2]!));
  });

  test('a quote with straight quotes and other line breaks matches a body with curly quotes', async () => {
    const body = `${BODY}They agreed to hold a “two-plus-two” meeting.\n`;
    const text = variant(id(), [['  - id: jp-patrol-vessels', '  - id: two-plus-two\n    quote: |-\n      agreed to hold a "two-plus-two"\n      meeting\n  - id: jp-patrol-vessels']], body);
    expectNone(await check(text), 'frontMatter.commitment.quoteMissing');
  });

  test('a due date before the document date is a warning related to the date; the same day is not', async () => {
    const result = await check(variant(id(), [['due: 2025-12-31', 'due: 2025-01-31']]));
    const d = expectOne(result, 'frontMatter.commitment.dueBeforeDocument', 'warning', '2025-01-31');
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 4);
    expectNone(await check(variant(id(), [['due: 2025-12-31', 'due: 2025-04-29']])), 'frontMatter.commitment.dueBeforeDocument');
  });

  test('a fulfilled commitment without fulfilled-by is a warning on its status', async () => {
    const result = await check(variant(id(), [['    fulfilled-by: fx-followup\n', '']]));
    expectOne(result, 'frontMatter.commitment.fulfilledWithoutEvidence', 'warning', 'fulfilled');
  });

  test('fulfilled-by naming no document of the workspace is a warning with the closest id', async () => {
    const result = await check(variant(id(), [['fulfilled-by: fx-followup', 'fulfilled-by: fx-folowup']]));
    const d = expectOne(result, 'frontMatter.commitment.fulfilledByUnknown', 'warning', 'fx-folowup');
    assert.equal(await fixedText(result, d), result.text.replace('fulfilled-by: fx-folowup', 'fulfilled-by: fx-followup'));
  });

  test('an open commitment past its due date is a warning; one due today is not', async () => {
    const result = await check(variant(id(), [['due: 2026-03-31', 'due: 2026-01-14']]));
    expectOne(result, 'frontMatter.commitment.overdue', 'warning', '2026-01-14');
    expectNone(await check(variant(id(), [['due: 2026-03-31', `due: ${TODAY}`]])), 'frontMatter.commitment.overdue');
    expectNone(await check(variant(id(), [['due: 2026-03-31', 'due: 2026-01-14'], ['status: open', 'status: broken']])), 'frontMatter.commitment.overdue');
  });

  test('an id used by another document is an error related to that document', async () => {
    const result = await check(variant('fx-followup'));
    const d = expectOne(result, 'frontMatter.id.duplicate', 'error', 'fx-followup');
    const related = d.relatedInformation?.[0];
    assert.equal(related?.location.uri, pathToFileURL(join(FOLDER, 'followup.policy.md')).href);
    assert.equal(related?.location.range.start.line, 2);
  });

  test('a correction whose text is not in the body is a warning', async () => {
    const result = await check(variant(id(), [['ignore: [HANOI]', 'ignore: [HANOY]']]));
    expectOne(result, 'frontMatter.correction.notFound', 'warning', 'HANOY');
  });

  test('an actor that is neither a registry id nor a country code is a warning with a fix', async () => {
    const result = await check(variant(id(), [['actors: [JP]', 'actors: [japan]']]));
    const d = expectOne(result, 'frontMatter.commitment.actorUnknown', 'warning', 'japan');
    assert.equal(await fixedText(result, d), result.text.replace('actors: [japan]', 'actors: [JP]'));
    expectNone(await check(variant(id(), [['actors: [JP]', 'actors: [ishiba-shigeru]']])), 'frontMatter.commitment.actorUnknown');
  });

  test('a detected commitment without annotation is a hint carrying quote, actors and due date', async () => {
    const clean = variant(id());
    const result = await check(clean.slice(0, clean.indexOf('  - id: jp-vn-framework')) + clean.slice(clean.indexOf('  - id: jp-patrol-vessels')));
    const d = expectOne(result, 'body.commitment.unannotated', 'hint', 'agreed to establish a new framework and to hold its first meeting in Japan by the end of the year');
    const commitments = (await fixedData(result, d))['commitments'] as Record<string, unknown>[];
    assert.deepEqual(commitments.at(-1), {
      id: 'jp-vn-establish-new-framework',
      quote: 'agreed to establish a new framework and to hold its first meeting in Japan by the end of the year',
      actors: ['JP', 'VN'],
      due: '2025-12-31',
      status: 'open',
    });
  });

  test('policy-lens lint reports the same findings as the server on the fixture folder', async () => {
    let output: string;
    try {
      output = execFileSync(process.execPath, [repoPath('dist/cli.js'), 'lint', FOLDER, '--format', 'json'], {
        env: { ...process.env, POLICY_LENS_TODAY: TODAY },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      // The fixture has errors, so lint exits with 1; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const cli = (JSON.parse(output) as { file: string; line: number; column: number; code: string; severity: string }[])
      .map((r) => `${r.file.split('/').pop()}:${r.line}:${r.column} ${r.severity} ${r.code}`)
      .sort();
    const server = await LspSession.start({ folder: FOLDER, today: TODAY });
    const names = ['summit', 'followup', 'dup-a', 'dup-b'];
    const fromServer: string[] = [];
    try {
      for (const name of names) {
        const uri = await server.open(join(FOLDER, `${name}.policy.md`));
        for (const d of await server.diagnostics(uri)) {
          const severity = Object.entries(SEVERITY).find(([, v]) => v === d.severity)?.[0];
          fromServer.push(`${name}.policy.md:${d.range.start.line + 1}:${d.range.start.character + 1} ${severity} ${String(d.code)}`);
        }
      }
    } finally {
      await server.stop();
    }
    assert.deepEqual(fromServer.sort(), cli);
    // The fixture exercises most checks, so the comparison is not trivially empty.
    assert.ok(new Set(cli.map((l) => l.split(' ')[2])).size >= 14, cli.join('\n'));
  });
});
