import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { repoPath } from '../support/paths';
import { LspSession, stopAndRemove } from './harness';

const TODAY = '2026-01-15';
const APRIL = '2025-04-29-japan-vietnam-summit.policy.md';
const DECEMBER = '2025-12-04-japan-vietnam-2plus2.policy.md';

/** A temporary copy of a folder, so that nothing in the repository can change. */
function copyOf(folder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-hover-'));
  cpSync(folder, dir, { recursive: true });
  return dir;
}

/**
 * Compares a card with `test/golden/NAME.hover.md`; `UPDATE_GOLDEN=1` rewrites the file instead.
 * The temporary workspace's URI is replaced by `file:///workspace` so the golden is machine-independent.
 */
function assertGolden(name: string, card: string, workspace: string): void {
  const stable = card.split(pathToFileURL(workspace).href).join('file:///workspace') + '\n';
  const path = repoPath('test/golden', `${name}.hover.md`);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    if (process.env['UPDATE_GOLDEN'] !== '1') assert.fail(`missing golden ${path}; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(path, stable);
    return;
  }
  assert.equal(stable, readFileSync(path, 'utf8'), `hover card differs from ${path} (UPDATE_GOLDEN=1 rewrites it)`);
}

describe('hover cards of officials in the seeds', () => {
  let workspace: string;
  let session: LspSession;
  let april: string;
  let december: string;
  before(async () => {
    workspace = copyOf(repoPath('seeds'));
    session = await LspSession.start({ folder: workspace, today: TODAY });
    april = await session.open(join(workspace, APRIL));
    december = await session.open(join(workspace, DECEMBER));
  });
  after(() => stopAndRemove(session, workspace));

  test('"Ishiba" in the April seed hovers as Prime Minister of Japan on the document date', async () => {
    const card = await session.hoverText(april, 'Ishiba said');
    assert.ok(card);
    assert.match(card, /^\*\*Shigeru Ishiba\*\* — Prime Minister of Japan/);
    assert.match(card, /On 2025-04-29: \*\*Prime Minister\*\*, Government of Japan — in office 2024-10-01 → 2025-10-21/);
    assert.match(card, /Now \(2026-01-15\): _no post recorded; left office 2025-10-21\._/);
    assert.match(card, /Japan \(JP\)/);
    assertGolden('ishiba-short-form', card, workspace);
  });

  test('the full name "Shigeru Ishiba" gets the same card apart from the evidence line', async () => {
    const full = await session.hoverText(april, 'Shigeru Ishiba and');
    const short = await session.hoverText(april, 'Ishiba said');
    assert.ok(full && short);
    const body = (card: string): string => card.replace(/_Why: .*_\.?$/m, '');
    assert.equal(body(full), body(short));
  });

  test('"Hoang Xuan Chien" hovers as Deputy Minister of National Defence of Viet Nam with his rank', async () => {
    const card = await session.hoverText(december, 'Hoang Xuan Chien,', 3);
    assert.ok(card);
    assert.match(card, /^\*\*Hoang Xuan Chien\*\* — Deputy Minister of National Defence of Viet Nam/);
    assert.match(card, /rank Senior Lieutenant General/);
    assert.match(card, /Viet Nam \(VN\)/);
    assertGolden('hoang-xuan-chien', card, workspace);
  });

  test('the card counts the documents that mention the official and links to them', async () => {
    const card = await session.hoverText(april, 'Pham Minh Chinh in Hanoi', 2);
    assert.ok(card);
    assert.match(card, /Mentioned in 1 document: \[Japan and Vietnam agree/);
    assert.match(card, new RegExp(`\\(${pathToFileURL(join(workspace, APRIL)).href}#L\\d+\\) \\(2025-04-29\\)`));
    assertGolden('pham-minh-chinh', card, workspace);
  });

  test('the card lists the open commitments the official is an actor of, not the fulfilled ones', async () => {
    const card = await session.hoverText(april, 'Chinh said that Vietnam');
    assert.ok(card);
    assert.match(card, /Open commitments \(1\):\n- `vn-osa-consideration` will actively consider/);
    assert.doesNotMatch(card, /jp-vn-2plus2-first-meeting/);
  });

  test('an official\'s id in the front matter hovers with the same card', async () => {
    const card = await session.hoverText(april, 'id: ishiba-shigeru', 6);
    assert.ok(card);
    assert.match(card, /^\*\*Shigeru Ishiba\*\* — Prime Minister of Japan/);
    assert.match(card, /registry id in the front matter/);
  });

  test('a `mention:` of a front-matter official hovers with that official\'s card', async () => {
    const card = await session.hoverText(december, 'H.E Mr. Hoang Xuan Chien', 10);
    assert.match(card ?? '', /^\*\*Hoang Xuan Chien\*\* — Deputy Minister of National Defence of Viet Nam/);
  });

  test('an entry of officials.yaml hovers with the official as of today', async () => {
    const registry = await session.open(join(workspace, 'officials.yaml'), undefined, 'yaml');
    const card = await session.hoverText(registry, 'KANO Koji');
    assert.ok(card);
    assert.match(card, /^\*\*KANO Koji\*\* — Vice-Minister of Defense for International Affairs of Japan/);
    assert.match(card, /Today \(2026-01-15\): \*\*Vice-Minister of Defense for International Affairs\*\*/);
    assert.match(card, /Mentioned in 1 document/);
    assert.equal(await session.hoverText(registry, 'Ministry of Foreign Affairs of Japan'), undefined);
  });

  test('editing officials.yaml changes the hovers and tokens of an open policy document at once', async () => {
    const registry = await session.open(join(workspace, 'officials.yaml'), undefined, 'yaml');
    const before = await session.hoverText(april, 'Pham Minh Chinh in Hanoi', 2);
    assert.match(before ?? '', /Pham Minh Chinh\*\* — Prime Minister of Viet Nam/);
    const refreshes = session.refreshes.semanticTokens;
    const at = session.find(registry, 'from: 2021-04-05');
    await session.edit(registry, at, at + 'from: 2021-04-05'.length, 'from: 2026-01-01');
    const after = await session.hoverText(april, 'Pham Minh Chinh in Hanoi', 2);
    assert.match(after ?? '', /On 2025-04-29: _no post recorded in the registry\._/);
    assert.match(after ?? '', /Now \(2026-01-15\): \*\*Prime Minister\*\*/);
    const name = session.find(registry, 'name: Pham Minh Chinh');
    await session.edit(registry, name, name + 'name: Pham Minh Chinh\n    aliases: [Phạm Minh Chính, Chinh]'.length, 'name: Someone Else\n    aliases: []');
    const tokens = await session.tokens(april);
    const full = tokens.find((t) => t.text === 'Pham Minh Chinh');
    assert.ok(full, 'still a person');
    assert.deepEqual(full.modifiers, [], 'no longer an official');
    assert.ok(session.refreshes.semanticTokens > refreshes, 'the server asked the editor to refresh tokens');
    const card = await session.hoverText(april, 'Pham Minh Chinh in Hanoi', 2);
    assert.match(card ?? '', /not in the officials registry/);
  });
});

describe('hover cards that tell officials with the same name apart', () => {
  let workspace: string;
  let session: LspSession;
  before(async () => {
    workspace = copyOf(repoPath('test/fixtures/officials'));
    session = await LspSession.start({ folder: workspace, today: TODAY });
  });
  after(() => stopAndRemove(session, workspace));

  test('"Foreign Minister Kim" in June 2024 is Kim Min-jun, the minister on that date', async () => {
    const uri = await session.open(join(workspace, 'kim-2024.policy.md'));
    const card = await session.hoverText(uri, 'Kim arrived');
    assert.ok(card);
    assert.match(card, /^\*\*Kim Min-jun\*\* — Minister of Foreign Affairs of South Korea/);
    assert.match(card, /“Kim” is ambiguous: 2 officials share it\. Chosen because: held a post on 2024-06-10/);
    assert.match(card, /Also possible: \*\*Kim Seo-yeon\*\*/);
    assertGolden('kim-by-date', card, workspace);
  });

  test('"Foreign Minister Kim" in June 2025 is Kim Seo-yeon', async () => {
    const uri = await session.open(join(workspace, 'kim-2025.policy.md'));
    const card = await session.hoverText(uri, 'Kim arrived');
    assert.match(card ?? '', /^\*\*Kim Seo-yeon\*\*/);
  });

  test('"Ambassador Nguyen" in a document about Australia is Anna Nguyen, told apart by country', async () => {
    const uri = await session.open(join(workspace, 'nguyen-embassy.policy.md'));
    const card = await session.hoverText(uri, 'Nguyen met');
    assert.ok(card);
    assert.match(card, /^\*\*Anna Nguyen\*\* — Australian Ambassador to Viet Nam/);
    assert.match(card, /Australia is among the document's countries/);
    assertGolden('nguyen-by-country', card, workspace);
  });

  test('"Nguyen" in a document about both countries says it is ambiguous instead of guessing', async () => {
    const uri = await session.open(join(workspace, 'nguyen-talks.policy.md'));
    const card = await session.hoverText(uri, 'Nguyen said');
    assert.ok(card);
    assert.match(card, /^\*\*Nguyen\*\* — ambiguous: 2 officials in the registry share this name/);
    assert.match(card, /\*\*Anna Nguyen\*\* \(`anna-nguyen`\)/);
    assert.match(card, /\*\*Nguyen Van An\*\* \(`nguyen-van-an`\)/);
    assert.match(card, /list the right id under `officials:`/);
    assertGolden('nguyen-ambiguous', card, workspace);
  });

  test('a person the registry does not know gets a card with their title and the add-to-registry fix', async () => {
    const uri = await session.open(join(workspace, 'nguyen-talks.policy.md'));
    const card = await session.hoverText(uri, 'John Smith');
    assert.ok(card);
    assert.match(card, /^\*\*John Smith\*\* — person, not in the officials registry/);
    assert.match(card, /The text calls them: Ambassador/);
    assert.match(card, /Add to officials registry/);
    assert.match(card, /frontMatter\.official\.unlisted/);
    assertGolden('unknown-person', card, workspace);
  });
});

describe('hover on a commitment clause', () => {
  test('says it is annotated where its annotation is found in the body, as the problems and the view do', async () => {
    // Before, the hover compared texts: a quote longer than the clause made it "not annotated", and a short
    // quote made every clause that contains it "annotated", against the diagnostics on the same range.
    const session = await LspSession.start({ today: '2025-06-11' });
    try {
      const text = [
        '---',
        'id: quotes',
        'date: 2025-06-10',
        'commitments:',
        '  - id: consulate',
        '    quote: Vietnam will open a consulate in Osaka',
        '    due: 2026-03-01',
        '  - id: cooperate',
        '    quote: agreed to cooperate',
        '---',
        'TOKYO – Vietnam will open a consulate in Osaka. Japan and Vietnam agreed to cooperate in promoting trade. The ministers also agreed to cooperate toward maintaining peace in the region.',
        '',
      ].join('\n');
      const uri = await session.open('file:///tmp/quotes.policy.md', text);
      // The body's occurrences (the first ones are the quotes in the front matter).
      const consulate = await session.hoverText(uri, 'open a consulate', 1, 1);
      assert.match(consulate ?? '', /Annotated as `consulate`/);
      const second = await session.hoverText(uri, 'cooperate toward');
      assert.match(second ?? '', /Not annotated in the front matter yet/);
      const first = await session.hoverText(uri, 'cooperate in promoting', 1, 0);
      assert.match(first ?? '', /Annotated as `cooperate`/);
    } finally {
      await session.stop();
    }
  });
});

describe('the open commitments on an official card', () => {
  test('include one marked fulfilled by a document that does not exist, as the view and the lenses count it', async () => {
    // Before, the card went by the written status and showed no open commitment, while the commitments view
    // and the code lens showed this one open and overdue.
    const dir = mkdtempSync(join(tmpdir(), 'pl-card-open-'));
    writeFileSync(join(dir, 'officials.yaml'), 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n    roles:\n      - title: Prime Minister\n        from: 2024-10-01\n');
    const text = [
      '---',
      'id: pledge',
      'date: 2025-06-10',
      'commitments:',
      '  - id: fund-programme',
      '    quote: pledged to fund the programme',
      '    actors: [ishiba-shigeru]',
      '    due: 2025-12-31',
      '    status: fulfilled',
      '    fulfilled-by: 2099-01-01-no-such-document',
      '---',
      'TOKYO – Prime Minister Shigeru Ishiba pledged to fund the programme.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'pledge.policy.md'), text);
    const session = await LspSession.start({ folder: dir, today: '2026-01-15' });
    try {
      const uri = await session.open(join(dir, 'pledge.policy.md'));
      const card = await session.hoverText(uri, 'Shigeru Ishiba pledged', 2);
      assert.match(card ?? '', /Open commitments \(1\)/);
      assert.match(card ?? '', /fund-programme/);
    } finally {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
