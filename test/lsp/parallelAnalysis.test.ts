import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateDocument } from '../bench/lib/corpus';
import { repoPath } from '../support/paths';
import { LspSession, type DecodedToken } from './harness';

/** Environment switches of the server; each session is spawned with the ones in effect when it starts. */
const SWITCHES = ['POLICY_LENS_PARALLEL', 'POLICY_LENS_PARALLEL_MIN_CHARS', 'POLICY_LENS_TEST_CRASH_PARAGRAPH_WORKER'] as const;

/** Starts a server with these switches set (and the others unset), in a folder holding the seeds' registry. */
async function startWith(folder: string, env: Partial<Record<(typeof SWITCHES)[number], string>>): Promise<LspSession> {
  const saved = SWITCHES.map((name) => [name, process.env[name]] as const);
  for (const name of SWITCHES) delete process.env[name];
  // The documents here are below the default threshold, which is lowered so that they are analysed in parallel.
  Object.assign(process.env, { POLICY_LENS_PARALLEL_MIN_CHARS: '256000' }, env);
  try {
    return await LspSession.start({ folder, today: '2026-01-15' });
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Tokens and diagnostics of a text opened afresh in a server that analyses on one thread. */
async function sequentialAnswer(folder: string, name: string, text: string): Promise<{ tokens: DecodedToken[]; diagnostics: Diagnostic[] }> {
  const session = await startWith(folder, { POLICY_LENS_PARALLEL: '0' });
  try {
    const uri = await session.open(join(folder, name), text);
    return { tokens: await session.tokens(uri), diagnostics: await session.diagnostics(uri) };
  } finally {
    await session.stop();
  }
}

/** The server's log lines about work done ahead in parallel. */
function parallelLogs(session: LspSession): string[] {
  return session.logs.filter((line) => line.includes('ahead in'));
}

/** The front matter's date line of a generated document, replaced by another date. */
function withDate(text: string, date: string): string {
  return text.replace(/^date: \d{4}-\d{2}-\d{2}$/m, `date: ${date}`);
}

describe('parallel analysis of large documents over LSP', () => {
  let folder: string;
  // About 0.6 MB: well above the 256 KB threshold of these tests, small enough for a quick sequential reference.
  const first = generateDocument({ size: 600_000, seed: 9101 });
  const second = generateDocument({ size: 600_000, seed: 9102 });

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-parallel-'));
    copyFileSync(repoPath('seeds/officials.yaml'), join(folder, 'officials.yaml'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('a large document yields the same semantic tokens and diagnostics with parallel analysis on and off', async () => {
    const expectedFirst = await sequentialAnswer(folder, 'first.policy.md', first);
    const expectedSecond = await sequentialAnswer(folder, 'second.policy.md', second);
    // One worker even on a single-core machine, so that worker results are always part of the answer.
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '1' });
    try {
      const a = await session.open(join(folder, 'first.policy.md'), first);
      assert.deepEqual(await session.tokens(a), expectedFirst.tokens);
      assert.deepEqual(await session.diagnostics(a), expectedFirst.diagnostics);
      // The second document finds the worker warm, so most of its paragraphs come back from it.
      const b = await session.open(join(folder, 'second.policy.md'), second);
      // Requests are answered while the document is prepared: the status overtakes the diagnostics.
      const answered: string[] = [];
      const diagnostics = session.diagnostics(b).then((d) => (answered.push('diagnostics'), d));
      await session.connection.sendRequest('policyLens/status').then(() => answered.push('status'));
      assert.deepEqual(await diagnostics, expectedSecond.diagnostics);
      assert.deepEqual(answered, ['status', 'diagnostics']);
      assert.deepEqual(await session.tokens(b), expectedSecond.tokens);
      const logs = parallelLogs(session);
      assert.equal(logs.length, 2, session.logs.join('\n'));
      assert.match(logs[1]!, /, [1-9]\d*% on 1 worker threads/, 'the worker computed part of the second document');
    } finally {
      await session.stop();
    }
  });

  test('edits made while a large document is prepared still yield tokens equal to a fresh analysis of the final text', async () => {
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '1' });
    let finalText: string;
    try {
      const uri = await session.open(join(folder, 'edited.policy.md'), first);
      // The first request starts the preparation; the edits arrive while it runs.
      const early = session.tokens(uri);
      const middle = session.find(uri, '\n\n', 400) + 2;
      await session.edit(uri, middle, middle, 'Prime Minister Shigeru Ishiba agreed to open a consulate in Osaka by 2027.\n\n');
      const later = session.find(uri, '\n\n', 900);
      await session.edit(uri, later - 40, later + 2, ' ');
      await session.edit(uri, 0, 0, '');
      const [, tokens] = await Promise.all([early, session.tokens(uri)]);
      finalText = session.textOf(uri);
      const expected = await sequentialAnswer(folder, 'edited.policy.md', finalText);
      assert.deepEqual(tokens, expected.tokens);
    } finally {
      await session.stop();
    }
  });

  test('a request that cannot wait joins the preparation, and every answer equals the sequential one', async () => {
    const name = 'joined.policy.md';
    const needle = 'Prime Minister';
    // A mention in the middle of the document, which neither thread has reached when the hover arrives.
    const occurrence = Math.floor(second.split(needle).length / 2);
    const reference = await startWith(folder, { POLICY_LENS_PARALLEL: '0' });
    let expectedHover: string | undefined;
    let expected: DecodedToken[];
    try {
      const uri = await reference.open(join(folder, name), second);
      expectedHover = await reference.hoverText(uri, needle, 16, occurrence);
      expected = await reference.tokens(uri);
      assert.ok(expectedHover, 'the hover lands on a recognised person');
    } finally {
      await reference.stop();
    }
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '1' });
    try {
      const uri = await session.open(join(folder, name), second);
      // The tokens request starts the preparation; the hover computes the analysis at once, joining it.
      const tokens = session.tokens(uri);
      assert.equal(await session.hoverText(uri, needle, 16, occurrence), expectedHover);
      assert.deepEqual(await tokens, expected);
      assert.equal(parallelLogs(session).length, 1, session.logs.join('\n'));
    } finally {
      await session.stop();
    }
  });

  test('after a registry change the workers analyse with the new registry, as the main thread does', async () => {
    // A folder of its own, whose registry gains an official that the generated documents name.
    const own = mkdtempSync(join(tmpdir(), 'policy-lens-parallel-registry-'));
    const registryPath = join(own, 'officials.yaml');
    copyFileSync(repoPath('seeds/officials.yaml'), registryPath);
    const addition = [
      '',
      '  - id: kallas-kaja-test',
      '    name: Kaja Kallas',
      '    country: EE',
      '    roles:',
      '      - title: Foreign Minister',
      '        organization: Government of Estonia',
      '        from: 2000-01-01',
      '',
    ].join('\n');
    try {
      assert.ok(first.includes('Kaja Kallas'));
      const session = await startWith(own, { POLICY_LENS_PARALLEL: '1' });
      let tokens: DecodedToken[];
      try {
        const uri = await session.open(join(own, 'first.policy.md'), first);
        const before = await session.tokens(uri);
        appendFileSync(registryPath, addition);
        await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(registryPath).href, type: 2 }] });
        // The new registry is in effect once the status counts its extra official.
        const officials = (readFileSync(registryPath, 'utf8').match(/^ {2}- id:/gm) ?? []).length;
        for (let i = 0; (await session.connection.sendRequest<{ officials: number }>('policyLens/status')).officials !== officials; i++) {
          assert.ok(i < 400, 'the registry change never took effect');
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        tokens = await session.tokens(uri);
        assert.notDeepEqual(tokens, before);
        assert.equal(parallelLogs(session).length, 2, session.logs.join('\n'));
      } finally {
        await session.stop();
      }
      const expected = await sequentialAnswer(own, 'first.policy.md', first);
      assert.deepEqual(tokens, expected.tokens);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  test('a change of the document date while a large document is prepared yields tokens for the new date', async () => {
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '1' });
    try {
      const uri = await session.open(join(folder, 'redated.policy.md'), second);
      const early = session.tokens(uri);
      // Every relative date depends on the document date, so all the work done so far is for the wrong one.
      const dateLine = session.find(uri, 'date: ');
      await session.edit(uri, dateLine + 'date: '.length, dateLine + 'date: 2020-01-01'.length, '2019-07-14');
      const [, tokens] = await Promise.all([early, session.tokens(uri)]);
      assert.equal(session.textOf(uri), withDate(second, '2019-07-14'));
      const expected = await sequentialAnswer(folder, 'redated.policy.md', session.textOf(uri));
      assert.deepEqual(tokens, expected.tokens);
    } finally {
      await session.stop();
    }
  });

  test('a crashing worker leaves the analysis on the main thread, with a warning and the same tokens', async () => {
    const expected = await sequentialAnswer(folder, 'first.policy.md', first);
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '1', POLICY_LENS_TEST_CRASH_PARAGRAPH_WORKER: '1' });
    try {
      const uri = await session.open(join(folder, 'first.policy.md'), first);
      assert.deepEqual(await session.tokens(uri), expected.tokens);
      assert.ok(
        session.logs.some((line) => line.includes('A paragraph worker stopped')),
        session.logs.join('\n'),
      );
      // The server keeps answering after the crash.
      assert.equal((await session.connection.sendRequest<{ indexing: boolean }>('policyLens/status')).indexing, false);
    } finally {
      await session.stop();
    }
  });

  test('with POLICY_LENS_PARALLEL=0 nothing is analysed ahead', async () => {
    const session = await startWith(folder, { POLICY_LENS_PARALLEL: '0' });
    try {
      const uri = await session.open(join(folder, 'first.policy.md'), first);
      await session.tokens(uri);
      assert.deepEqual(parallelLogs(session), []);
    } finally {
      await session.stop();
    }
  });
});
