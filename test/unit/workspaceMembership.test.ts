import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, type PolicyLensSettings } from '../../server/src/protocol';
import { isWorkingCopy, matchesGlobAnywhere, WorkspaceMembership, type MembershipInputs } from '../../server/src/workspace/workspaceMembership';

function membership(settings: Partial<PolicyLensSettings> = {}): { membership: WorkspaceMembership; inputs: { current: MembershipInputs } } {
  const inputs = { current: { folders: [{ uri: 'file:///work/analyst', name: 'analyst' }], settings: { ...DEFAULT_SETTINGS, ...settings } } };
  return { membership: new WorkspaceMembership(() => inputs.current), inputs };
}

test('policy documents are `.policy.md` files and the configured globs, inside a workspace folder and outside skipped folders', () => {
  const { membership: m } = membership({ include: ['briefs/**/*.md'] });
  assert.equal(m.inWorkspace('file:///work/analyst/2025/summit.policy.md', false), true);
  assert.equal(m.inWorkspace('file:///work/analyst/briefs/a/b.md', false), true);
  assert.equal(m.inWorkspace('file:///work/analyst/notes/b.md', false), false);
  assert.equal(m.inWorkspace('file:///work/other/summit.policy.md', false), false, 'another folder');
  assert.equal(m.inWorkspace('file:///work/analyst-old/summit.policy.md', false), false, 'a folder whose name starts the same');
  assert.equal(m.inWorkspace('file:///work/analyst/node_modules/x/summit.policy.md', false), false, 'a skipped folder');
});

test('registries are found by the registry glob, and a stray % in a URI is read as it is', () => {
  const { membership: m } = membership();
  assert.equal(m.isRegistry('file:///work/analyst/officials.yaml'), true);
  assert.equal(m.isRegistry('file:///work/analyst/team/officials.yaml'), true);
  assert.equal(m.isRegistry('file:///work/analyst/officials.yml'), false);
  assert.equal(m.inWorkspace('file:///work/analyst/officials.yaml', true), true);
  assert.equal(m.inWorkspace('file:///elsewhere/officials.yaml', true), false);
  assert.equal(m.inWorkspace('file:///work/analyst/100%25%20done/a.policy.md', false), true);
  assert.equal(m.inWorkspace('file:///work/analyst/100%/a.policy.md', false), true);
});

test('a changed registry glob or folder list is followed at once, memoised answers included', () => {
  const { membership: m, inputs } = membership();
  assert.equal(m.isRegistry('file:///work/analyst/people.yaml'), false);
  inputs.current = { ...inputs.current, settings: { ...inputs.current.settings, registryGlob: '**/people.yaml' } };
  assert.equal(m.isRegistry('file:///work/analyst/people.yaml'), true);
  assert.equal(m.isRegistry('file:///work/analyst/officials.yaml'), false);
  inputs.current = { ...inputs.current, folders: [{ uri: 'file:///work/other', name: 'other' }] };
  assert.equal(m.inWorkspace('file:///work/other/a.policy.md', false), true);
  assert.equal(m.inWorkspace('file:///work/analyst/a.policy.md', false), false);
});

test('a registry is recognised by its path alone: the query of a snapshot URI does not hide it', () => {
  const { membership: m } = membership();
  const query = encodeURIComponent(JSON.stringify({ path: '/work/analyst/officials.yaml', ref: '~' }));
  assert.equal(m.isRegistry(`git:/work/analyst/officials.yaml?${query}`), true);
  assert.equal(m.isRegistry('gitlens://abc/work/analyst/officials.yaml?{"ref":"HEAD"}'), true);
  assert.equal(m.isRegistry('file:///work/analyst/officials.yaml#L3'), true);
  assert.equal(m.isRegistry('git:/work/analyst/a.policy.md?officials.yaml'), false);
});

test('working copies are files, untitled and virtual-workspace documents without a query; anything else is a snapshot', () => {
  assert.equal(isWorkingCopy('file:///work/analyst/a.policy.md'), true);
  assert.equal(isWorkingCopy('untitled:Untitled-1'), true);
  assert.equal(isWorkingCopy('vscode-vfs://github/owner/repo/a.policy.md'), true);
  assert.equal(isWorkingCopy('file:///work/analyst/a%23b.policy.md#L2'), true);
  assert.equal(isWorkingCopy('git:/work/analyst/a.policy.md?%7B%22ref%22%3A%22~%22%7D'), false);
  assert.equal(isWorkingCopy('gitlens://7f3a/work/analyst/a.policy.md'), false);
  assert.equal(isWorkingCopy('vscode-userdata:/settings.json'), false);
  assert.equal(isWorkingCopy('file:///work/analyst/a.policy.md?ref=HEAD'), false, 'a query marks a version');
});

// Review hunt-lsp2 #4: the globs were matched by `path.matchesGlob`, which the Node of VS Code 1.91–1.94
// lacks; the matcher that replaced it keeps its rules.
test('globs keep the rules of path.matchesGlob: `*` stays in a folder, `**` skips dot-folders unless matched from inside, braces expand', () => {
  assert.equal(matchesGlobAnywhere('briefs/a.md', '**/briefs/*.md'), true);
  assert.equal(matchesGlobAnywhere('briefs/2025/a.md', '**/briefs/*.md'), false);
  assert.equal(matchesGlobAnywhere('x/.notes/officials.yaml', '**/officials.yaml'), true, 'matched from after the dot-folder');
  const { membership: m } = membership({ include: ['**/*.md'] });
  assert.equal(m.isDocumentPath('.drafts/a.md'), false, '`**` does not enter a dot-folder from the root');
  assert.equal(m.isDocumentPath('notes/a.md'), true);
  assert.equal(matchesGlobAnywhere('team/people.yml', '**/{officials,people}.{yaml,yml}'), true);
  assert.equal(matchesGlobAnywhere('team/other.yml', '**/{officials,people}.{yaml,yml}'), false);
  assert.equal(matchesGlobAnywhere('briefs/a.md', 'briefs\\*.md'), true, 'a backslash is a separator, as Windows users write it');
  assert.equal(matchesGlobAnywhere('#a.md', '#*.md'), true, 'no comment patterns');
});

test('a folder under node_modules, out or .git, or outside every workspace folder, is not one the scan enters', () => {
  const { membership: m } = membership();
  assert.equal(m.mayHoldMembers('file:///work/analyst/briefs'), true);
  assert.equal(m.mayHoldMembers('file:///work/analyst/briefs/2025/'), true);
  assert.equal(m.mayHoldMembers('file:///work/analyst'), true);
  for (const skipped of ['file:///work/analyst/node_modules', 'file:///work/analyst/node_modules/yaml/dist', 'file:///work/analyst/out', 'file:///work/analyst/a/.git/objects']) assert.equal(m.mayHoldMembers(skipped), false, skipped);
  assert.equal(m.mayHoldMembers('file:///elsewhere/briefs'), false);
});
