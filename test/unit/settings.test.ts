import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, validateSettings } from '../../server/src/protocol';

/** The settings of a raw value, and the warnings given on the way. */
function validate(raw: unknown): { settings: ReturnType<typeof validateSettings>; warnings: string[] } {
  const warnings: string[] = [];
  return { settings: validateSettings(raw, (m) => warnings.push(m)), warnings };
}

// Review hunt-lsp2 #7: VS Code passes a settings.json value that breaks the schema on as it is.
test('valid settings pass unchanged and silently; absent ones take their defaults', () => {
  assert.deepEqual(validate({ include: ['**/briefs/*.md'], registryGlob: '**/people.yaml', inlayHints: false }), {
    settings: { include: ['**/briefs/*.md'], registryGlob: '**/people.yaml', inlayHints: false },
    warnings: [],
  });
  for (const raw of [undefined, null, {}, 'junk']) assert.deepEqual(validate(raw), { settings: DEFAULT_SETTINGS, warnings: [] }, JSON.stringify(raw));
});

test('a setting of the wrong type falls back alone, with a warning that names it', () => {
  const cases: [unknown, Partial<typeof DEFAULT_SETTINGS>, string][] = [
    [{ include: '**/briefs/*.md' }, { include: ['**/briefs/*.md'] }, 'policyLens.files.include'],
    [{ include: null }, {}, 'policyLens.files.include'],
    [{ include: [null, 5, '', 'briefs/*.md'] }, { include: ['briefs/*.md'] }, 'policyLens.files.include'],
    [{ registryGlob: null }, {}, 'policyLens.officials.registryGlob'],
    [{ registryGlob: 5 }, {}, 'policyLens.officials.registryGlob'],
    [{ registryGlob: '' }, {}, 'policyLens.officials.registryGlob'],
    [{ inlayHints: 'no' }, {}, 'policyLens.inlayHints.resolvedDates'],
    [{ include: {}, registryGlob: '**/people.yaml' }, { registryGlob: '**/people.yaml' }, 'policyLens.files.include'],
  ];
  for (const [raw, expected, setting] of cases) {
    const { settings, warnings } = validate(raw);
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, ...expected }, JSON.stringify(raw));
    assert.equal(warnings.length, 1, JSON.stringify(raw));
    assert.ok(warnings[0]!.includes(setting), warnings[0]);
  }
});
