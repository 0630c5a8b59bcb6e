import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { generateDocument } from '../bench/lib/corpus';
import { repoPath } from '../support/paths';
import { LspSession } from './harness';

// A workspace pull of many closed documents is analysed and checked in worker threads; the checks
// against other documents run on the main thread. Both halves must give exactly what one thread gives.

const DOCUMENTS = 230;

/** The generated documents, with two that share an id and one whose front matter does not parse. */
function writeWorkspace(folder: string): void {
  copyFileSync(repoPath('seeds/officials.yaml'), join(folder, 'officials.yaml'));
  for (let i = 0; i < DOCUMENTS; i++) {
    let text = generateDocument({ size: 4_000, seed: 70_000 + i, id: i === 11 || i === 12 ? 'shared-id' : `doc-${i}` });
    if (i === 20) text = text.replace('kind: news', 'kind: [news');
    writeFileSync(join(folder, `doc-${String(i).padStart(3, '0')}.policy.md`), text);
  }
}

const pull = (session: LspSession, previousResultIds: { uri: string; value: string }[] = []): Promise<WorkspaceDiagnosticReport> =>
  session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });

/** Each document's report without the server's session prefix of its result id, by URI. */
function byUri(report: WorkspaceDiagnosticReport): Map<string, WorkspaceDocumentDiagnosticReport> {
  return new Map(report.items.map((item) => [item.uri, { ...item, resultId: (item.resultId ?? '').replace(/^[^:]*:/, '') }]));
}

describe('workspace diagnostics checked in worker threads', () => {
  let folder: string;
  let inWorkers: LspSession;
  let inProcess: LspSession;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-pull-workers-'));
    writeWorkspace(folder);
    inWorkers = await LspSession.start({ folder, today: '2026-01-15' });
    inProcess = await LspSession.start({ folder, today: '2026-01-15', env: { POLICY_LENS_INDEX_WORKERS: '0' } });
  });
  after(async () => {
    await inWorkers?.stop();
    await inProcess?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('reports exactly what a single thread reports, duplicate ids and broken front matter included', async () => {
    const workers = await pull(inWorkers);
    const single = await pull(inProcess);
    assert.ok(inWorkers.logs.some((line) => /Checked \d+ closed documents in \d+ worker threads/.test(line)), 'the pull ran in worker threads');
    assert.ok(!inProcess.logs.some((line) => line.includes('worker threads')), 'the other server checked in process');
    assert.equal(workers.items.length, DOCUMENTS);
    assert.deepEqual(byUri(workers), byUri(single));
    const codes = (uri: string): string[] => {
      const item = byUri(workers).get(uri);
      return item?.kind === 'full' ? item.items.map((d) => String(d.code)) : [];
    };
    const uri = (i: number): string => workers.items.find((item) => item.uri.endsWith(`doc-${String(i).padStart(3, '0')}.policy.md`))!.uri;
    assert.ok(codes(uri(11)).includes('frontMatter.id.duplicate'));
    assert.ok(codes(uri(12)).includes('frontMatter.id.duplicate'));
    assert.deepEqual(codes(uri(20)), ['frontMatter.yaml.invalid']);
    assert.ok(workers.items.every((item) => item.kind === 'full' && item.items.length > 0), 'every generated document has problems to report');
  });

  test('the next pull with those result ids answers unchanged for every document', async () => {
    const first = await pull(inWorkers);
    const second = await pull(inWorkers, first.items.map((item) => ({ uri: item.uri, value: item.resultId ?? '' })));
    assert.equal(second.items.length, DOCUMENTS);
    assert.ok(second.items.every((item) => item.kind === 'unchanged'));
  });
});
