import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CommitmentItem, TimelineCommitment, TimelineData } from '../../server/src/protocol';
import { repoPath } from '../support/paths';

const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://timeline.test';
const APRIL = 'file:///ws/2025-04-29-japan-vietnam-summit.policy.md';
const DECEMBER = 'file:///ws/2025-12-04-japan-vietnam-2plus2.policy.md';
const RANGE: CommitmentItem['range'] = { start: { line: 40, character: 20 }, end: { line: 40, character: 60 } };

function commitment(fields: Partial<TimelineCommitment> & Pick<TimelineCommitment, 'id' | 'status'>): TimelineCommitment {
  return { quote: `quote of ${fields.id}`, actors: [], overdue: false, documentUri: APRIL, range: RANGE, countries: [], officials: [], ...fields };
}

/** The seeds' timeline as the server reports it on 2026-11-23 with the December document present. */
const DATA: TimelineData = {
  today: '2026-11-23',
  documents: [
    { uri: APRIL, id: '2025-04-29-japan-vietnam-summit', title: 'Hanoi summit', date: '2025-04-29', countries: ['JP', 'VN', 'CN'], officials: ['ishiba-shigeru', 'pham-minh-chinh'] },
    { uri: DECEMBER, id: '2025-12-04-japan-vietnam-2plus2', title: 'First 2+2', date: '2025-12-04', countries: ['JP', 'VN'], officials: ['kano-koji'] },
  ],
  commitments: [
    commitment({ id: 'jp-vn-2plus2-first-meeting', status: 'fulfilled', due: '2025-12-31', daysLeft: -327, made: '2025-04-29', fulfilledBy: '2025-12-04-japan-vietnam-2plus2', fulfilledByUri: DECEMBER, fulfilledOn: '2025-12-04', countries: ['JP', 'VN', 'CN'] }),
    commitment({ id: 'mou-training', status: 'open', due: '2025-12-31', daysLeft: -327, overdue: true, made: '2025-04-29', countries: ['JP', 'VN', 'CN'] }),
    commitment({ id: 'jp-vn-foip-relations', status: 'open', made: '2025-04-29', countries: ['CN', 'JP', 'VN'], officials: ['ishiba-shigeru'] }),
    commitment({ id: 'jp-vn-security-cooperation-csp', status: 'open', made: '2025-12-04', documentUri: DECEMBER, countries: ['JP', 'VN'] }),
  ],
  officials: {
    'ishiba-shigeru': { name: 'Shigeru Ishiba', country: 'JP' },
    'pham-minh-chinh': { name: 'Pham Minh Chinh', country: 'VN' },
    'kano-koji': { name: 'KANO Koji', country: 'JP' },
  },
};

/**
 * The files the webview may serve, by URL path: the same paths from the extension root that
 * `TIMELINE_ASSETS` in client/src/timelineHtml.ts names. The script is the esbuild bundle of
 * client/media/timeline/timeline.ts, built by `node esbuild.mjs` (which `npm test` runs first).
 */
const ASSETS: Record<string, { file: string; contentType: string }> = {
  '/dist/timeline.js': { file: repoPath('dist/timeline.js'), contentType: 'text/javascript' },
  '/client/media/timeline/timeline.css': { file: repoPath('client/media/timeline/timeline.css'), contentType: 'text/css' },
};

/** The webview's page template filled as `client/src/timelineHtml.ts` fills it (the test project cannot import client code). */
function pageHtml(values: Record<string, string>): string {
  const template = readFileSync(repoPath('client/media/timeline/index.html'), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the timeline browser test`;

describe('the timeline webview page in headless Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];
  const requested: string[] = [];
  const posted = (): Promise<{ type: string; uri?: string; range?: unknown }[]> => page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted);

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    assert.ok(existsSync(ASSETS['/dist/timeline.js']!.file), 'dist/timeline.js is built (node esbuild.mjs)');
    page.on('request', (request) => {
      requested.push(request.url());
    });
    const html = pageHtml({
      cspSource: ORIGIN,
      nonce: 'nonce4test0123456789abcdefABCDEF',
      scriptUri: `${ORIGIN}/dist/timeline.js`,
      styleUri: `${ORIGIN}/client/media/timeline/timeline.css`,
    });
    // The page is served from a fake origin, as the webview serves it from its own; any other URL fails like an offline network.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('internetdisconnected');
      if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
      const asset = ASSETS[url.pathname];
      if (!asset) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: asset.contentType, body: readFileSync(asset.file, 'utf8') });
    });
    // The webview host's API, recorded so the test can see what the page sends to the extension.
    await page.addInitScript(() => {
      const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
      w.__posted = [];
      w.__state = undefined;
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => w.__posted.push(m),
        getState: () => w.__state,
        setState: (s: unknown) => {
          w.__state = s;
        },
      });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    await page.evaluate((data) => window.postMessage({ type: 'data', data }, '*'), DATA as unknown as Record<string, unknown>);
    await page.waitForSelector('svg#timeline g.commitment');
  });
  after(async () => {
    await browser?.close();
  });

  test('the page asks the extension for data once its script runs under the nonce', async () => {
    assert.deepEqual((await posted()).filter((m) => m.type === 'ready').length, 1);
  });

  test('loads only the page, the bundled script and the stylesheet, so it works offline', async () => {
    assert.deepEqual([...new Set(requested)].sort(), [`${ORIGIN}/client/media/timeline/timeline.css`, `${ORIGIN}/dist/timeline.js`, `${ORIGIN}/index.html`]);
  });

  test('the time axis is labelled with months and the new year', async () => {
    const labels = await page.locator('svg#timeline .axis .tick-label').allTextContents();
    assert.ok(labels.includes('2026'), labels.join(' '));
    assert.ok(labels.every((l) => /^(\d{4}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(l)), labels.join(' '));
    // Labels run left to right in time order, so the axis is a real time scale rather than a list.
    const xs = await page.locator('svg#timeline .axis .tick').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().x));
    assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
  });

  test('plots both documents and all four commitments with a today line', async () => {
    assert.equal(await page.locator('svg#timeline g.document').count(), 2);
    assert.equal(await page.locator('svg#timeline g.commitment').count(), 4);
    assert.equal(await page.locator('svg#timeline line.today').count(), 1);
    assert.ok((await page.locator('svg#timeline .tick-label').count()) >= 3, 'a labelled time axis');
    assert.match((await page.locator('#summary').textContent()) ?? '', /2 document\(s\), 4 commitment\(s\), 1 overdue/);
  });

  test('marks made, due and fulfilled, and makes the overdue commitment stand out', async () => {
    const fulfilled = page.locator('g.commitment[data-id="jp-vn-2plus2-first-meeting"]');
    assert.equal(await fulfilled.locator('.marker.made').count(), 1);
    assert.equal(await fulfilled.locator('.marker.due').count(), 1);
    assert.equal(await fulfilled.locator('.marker.fulfilled').count(), 1);
    const overdue = page.locator('g.commitment[data-id="mou-training"]');
    assert.match((await overdue.getAttribute('class')) ?? '', /\boverdue\b/);
    assert.equal(await overdue.locator('.marker.due.overdue').count(), 1);
    assert.equal(await page.locator('g.commitment.overdue').count(), 1);
    // The fulfilment is drawn at the December document's date, left of the due date.
    const fx = Number(await fulfilled.locator('.marker.fulfilled').getAttribute('cx'));
    const dueBox = await fulfilled.locator('.marker.due').boundingBox();
    assert.ok(dueBox && fx < dueBox.x + dueBox.width / 2);
  });

  test('colours come from the VS Code theme variables', async () => {
    await page.evaluate(() => document.documentElement.style.setProperty('--vscode-charts-red', 'rgb(1, 2, 3)'));
    const fill = await page.locator('.marker.due.overdue').evaluate((node) => getComputedStyle(node).fill);
    assert.equal(fill, 'rgb(1, 2, 3)');
  });

  test('filters by country and by official', async () => {
    await page.selectOption('#country-filter', 'CN');
    assert.equal(await page.locator('g.document').count(), 1);
    assert.equal(await page.locator('g.commitment').count(), 3);
    await page.selectOption('#country-filter', '');
    await page.selectOption('#official-filter', 'kano-koji');
    assert.deepEqual(await page.locator('g.document').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))), ['2025-12-04-japan-vietnam-2plus2']);
    assert.deepEqual(await page.locator('g.commitment').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))), ['jp-vn-security-cooperation-csp']);
    await page.selectOption('#official-filter', '');
    assert.equal(await page.locator('g.commitment').count(), 4);
  });

  test('clicking a document or a commitment asks the extension to open it', async () => {
    await page.locator('g.document[data-id="2025-12-04-japan-vietnam-2plus2"]').click();
    await page.locator('g.commitment[data-id="mou-training"] .row-label').click();
    const opens = (await posted()).filter((m) => m.type === 'open');
    assert.deepEqual(opens.slice(-2), [
      { type: 'open', uri: DECEMBER },
      { type: 'open', uri: APRIL, range: RANGE },
    ]);
  });

  test('the Content-Security-Policy blocks inline scripts and nothing the page needs', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.body.appendChild(script);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    assert.equal(ran, false);
    assert.ok(cspViolations.length >= 1, 'the blocked inline script is reported');
    assert.ok(cspViolations.every((v) => /inline/i.test(v)), cspViolations.join('\n'));
  });
});
