import type { Page } from 'playwright-core';
import { poll } from './poll';

// Everything here reads the VS Code workbench through its DOM. Functions passed to `page.evaluate`
// run inside the browser, so they must not refer to anything outside their own body.

/** Where a piece of text sits in the active editor, and how it is painted. */
export interface TextHit {
  /** The 1-based model line the text is on. */
  readonly line: number;
  /** Centre of the text in page coordinates, for the mouse. */
  readonly x: number;
  readonly y: number;
  /** Computed CSS colour of the token that holds the first character. */
  readonly color: string;
  /** Class names of the token spans the text covers (Monaco's `mtkN` colour classes). */
  readonly classes: readonly string[];
}

/** Opens the workbench and waits until the explorer shows the workspace folder's files. */
export async function openWorkbench(page: Page, url: string, expectFile: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: expectFile })
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 });
}

/** Runs a command palette entry by its exact title, as an analyst would with F1. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Opens a workspace file with Quick Open and waits until its tab is the active one. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  const activeTab = page.locator('.editor-group-container.active .tab.active', { hasText: fileName });
  await poll(
    `${fileName} in the active tab`,
    async () => {
      if (await activeTab.isVisible()) return true;
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(fileName);
      // Clicking the row, rather than pressing Enter, cannot pick a row left over from an earlier filter.
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
      await row.click({ timeout: 10_000 });
      await activeTab.waitFor({ state: 'visible', timeout: 5_000 });
      return true;
    },
    { timeoutMs: 30_000, intervalMs: 500 },
  );
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout: 15_000 });
}

/** Moves the cursor to a 1-based line with Go to Line, which also scrolls it into view. */
export async function goToLine(page: Page, line: number): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await poll(
    `Go to Line ${line}`,
    async () => {
      // The keybinding needs the editor focused; focus can still be in Quick Open or a panel.
      await page.locator('.editor-group-container.active .monaco-editor textarea, .editor-group-container.active .monaco-editor .native-edit-context').first().focus();
      await page.keyboard.press('Control+G');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`:${line}`);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
      return true;
    },
    { timeoutMs: 30_000, intervalMs: 500 },
  );
}

/** The language mode shown in the status bar for the active editor, such as "Markdown". */
export async function languageMode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const item = document.getElementById('status.editor.mode');
    return (item?.textContent ?? '').trim();
  });
}

/**
 * Finds `needle` in the rendered lines of the active editor, on model line `minLine` or later,
 * and reports where it is and how it is coloured; `undefined` while it is not rendered.
 */
export async function findText(page: Page, needle: string, minLine = 1): Promise<TextHit | undefined> {
  const hit = await page.evaluate(
    ({ needle, minLine }) => {
      const editor =
        document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
      if (!editor) return null;
      const topOf = (el: Element): number => parseFloat((el as HTMLElement).style.top || 'NaN');
      // Rows of the gutter carry the model line number; rows of a wrapped line carry none.
      const numbered = Array.from(editor.querySelectorAll('.margin-view-overlays > div'))
        .map((row) => ({ top: topOf(row), line: Number((row.textContent ?? '').trim()) }))
        .filter((row) => Number.isFinite(row.top) && row.line > 0)
        .sort((a, b) => a.top - b.top);
      const lineAt = (top: number): number => {
        let line = 0;
        for (const row of numbered) if (row.top <= top + 0.5) line = row.line;
        return line;
      };
      const rows = Array.from(editor.querySelectorAll('.view-lines > .view-line')).sort((a, b) => topOf(a) - topOf(b));
      for (const row of rows) {
        const line = lineAt(topOf(row));
        if (line < minLine) continue;
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push(node as Text);
          text += (node.textContent ?? '').replace(/\u00a0/g, ' ');
        }
        const index = text.indexOf(needle);
        if (index < 0) continue;
        // Map the match's string offsets back to text nodes to measure it and read its tokens.
        const range = document.createRange();
        const classes: string[] = [];
        let color = '';
        let offset = 0;
        for (const node of nodes) {
          const length = (node.textContent ?? '').length;
          const start = index - offset;
          const end = index + needle.length - offset;
          if (start < length && end > 0) {
            const owner = node.parentElement;
            if (owner) {
              classes.push(owner.className);
              if (!color) color = getComputedStyle(owner).color;
            }
            if (start >= 0) range.setStart(node, start);
            if (end <= length) range.setEnd(node, end);
          }
          offset += length;
        }
        const rect = range.getBoundingClientRect();
        return { line, x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, color, classes };
      }
      return null;
    },
    { needle, minLine },
  );
  return hit ?? undefined;
}

/** The computed colour of Monaco's default-foreground token class in the active editor. */
export async function defaultForeground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const span = document.querySelector('.editor-group-container.active .monaco-editor .view-lines .mtk1');
    return span ? getComputedStyle(span).color : '';
  });
}

/** Text of the visible editor hover cards, or '' when none shows. */
export async function visibleHoverText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.monaco-hover'))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0 && !el.closest('.hidden');
      })
      .map((el) => (el as HTMLElement).innerText)
      .join('\n'),
  );
}

/** Text and accessible labels of the rows in the Problems panel. */
export async function problemRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).map(
      (row) => `${(row as HTMLElement).innerText} | ${row.getAttribute('aria-label') ?? ''}`,
    ),
  );
}

/** Opens the Problems panel and waits until it shows. */
export async function showProblems(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+M');
  await poll('the Problems panel', async () => (await page.locator('.markers-panel').isVisible()) || undefined, {
    timeoutMs: 10_000,
  });
}

/** Whether the explorer has a view section titled `title` (views hidden by `when` have none). */
export async function hasExplorerSection(page: Page, title: string): Promise<boolean> {
  return (await explorerSectionHeader(page, title).count()) > 0;
}

function explorerSectionHeader(page: Page, title: string) {
  return page.locator('.pane-header', { has: page.locator('h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) });
}

/**
 * Expands the explorer section `title`, and its tree items, until a row matches `pattern`;
 * returns the text of all rows then.
 */
export async function expandSectionUntil(page: Page, title: string, pattern: RegExp, timeoutMs = 30_000): Promise<string[]> {
  const header = explorerSectionHeader(page, title).first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  const pane = page.locator('.pane', { has: header });
  return poll(
    `a row matching ${pattern} in the ${title} view`,
    async () => {
      const rows = pane.locator('.pane-body .monaco-list-row');
      const texts = await rows.allInnerTexts();
      if (texts.some((t) => pattern.test(t))) return texts;
      // Tree items may start collapsed (for example one group per document): open the next one.
      const collapsed = pane.locator('.pane-body .monaco-list-row[aria-expanded="false"]').first();
      if ((await collapsed.count()) > 0) await collapsed.click();
      return undefined;
    },
    { timeoutMs },
  );
}

/** Collapses every expanded explorer section but `title`, which leaves it the side bar's height. */
export async function collapseExplorerSectionsExcept(page: Page, title: string): Promise<void> {
  const expanded = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]');
  for (const header of await expanded.all()) {
    const name = (await header.locator('h3.title').innerText().catch(() => '')).trim();
    if (name.toLowerCase() !== title.toLowerCase()) await header.click();
  }
}

/** Hides the bottom panel (Problems, Output, …) when it is open. */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible().catch(() => false))) return;
  await runCommand(page, 'View: Hide Panel').catch(() => undefined);
}

/** Closes notification toasts so that they do not cover what a screenshot should show. */
export async function clearNotifications(page: Page): Promise<void> {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  if ((await toasts.count()) === 0) return;
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
}
