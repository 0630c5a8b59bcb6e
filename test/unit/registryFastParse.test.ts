import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { readRegistryText } from '../../server/src/knowledge/registryReader';
import { parseRegistryFast } from '../../server/src/knowledge/registryFastParse';
import { repoPath } from '../support/paths';

/** Both readers must agree on every entry, span and finding; only their speed differs. */
function assertReadersAgree(text: string): void {
  const fast = readRegistryText(text, 'file:///officials.yaml');
  const full = readRegistryText(text, 'file:///officials.yaml', { fast: false });
  assert.deepEqual(fast, full, `readers disagree on:\n${text}`);
}

const word = fc.constantFrom('Kim', 'Min-jun', 'Phạm', 'Chính', 'Minister', "O'Brien", 'JP', 'jp', 'XX', 'of', 'C#', 'a:b');
const plain = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const scalar = fc.oneof(
  { weight: 8, arbitrary: plain },
  { weight: 1, arbitrary: plain.map((p) => `'${p.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: plain.map((p) => `"${p.replace(/"/g, '')}"`) },
  { weight: 2, arbitrary: fc.constantFrom('2024', '2024-03', '2025-01-01', '007', 'true', 'null', '', '[Chinh, "Pham Chinh"]', '[ A , b ]') },
  fc.constantFrom('2024', '2024-03', '2024-02-30', '2025-01-01', '007', '1.5', 'true', 'null', '~', '', '[]', '[Chinh, "Pham Chinh"]', '[ A , b ]', '[a,]', '&x a', '*x', '|', '- x', '"a\\"b"'),
);
const comment = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(' # note', '  #note') }, { weight: 1, arbitrary: fc.constant('#bad') });
const keyPool = fc.constantFrom('id', 'name', 'family-name', 'country', 'notes', 'familyname', 'title', 'from', 'to', 'organization', 'rank', 'role');
/** Mostly distinct keys; now and then one written twice. */
const pairsOf = (maxLength: number, value: fc.Arbitrary<string>, note: fc.Arbitrary<string>, unique: boolean): fc.Arbitrary<[string, string, string][]> =>
  unique
    ? fc.uniqueArray(fc.tuple(keyPool, value, note), { maxLength, selector: (t) => t[0] })
    : fc.array(fc.tuple(keyPool, value, note), { maxLength });
/** Values and comments that stay inside the fast reader's subset. */
const cleanScalar = fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom("'it''s'", '"Kim"', '2024', '2025-01-01', '[Chinh, "Pham Chinh"]', '[ A , b ]', '[]') });
const cleanComment = fc.constantFrom('', '', '', ' # note');

/** A registry-like text built from lines that are usually, but not always, in the fast reader's subset. */
const registryTextOf = (value: fc.Arbitrary<string>, note: fc.Arbitrary<string>, unique: boolean): fc.Arbitrary<string> => fc
  .record({
    header: fc.constantFrom('', '# Registry\n', '\n# a\n\n'),
    bare: fc.boolean(),
    dashIndent: fc.constantFrom(0, 2),
    entries: fc.array(
      fc.record({
        pairs: pairsOf(5, value, note, unique),
        roles: fc.option(fc.array(pairsOf(4, value, note, unique), { maxLength: 3 })),
        aliasBlock: fc.option(fc.array(value, { maxLength: 2 })),
        between: unique ? fc.constantFrom('', '', '\n', '# c\n', '  # c\n') : fc.constantFrom('', '', '', '', '\n', '# c\n', '  # c\n', '      # deep\n'),
      }),
      { maxLength: 5 },
    ),
    trailer: unique ? fc.constantFrom('', '\n', '\n\n') : fc.constantFrom('', '\n', '# end\n', '\n\n'),
  })
  .map(({ header, bare, dashIndent, entries, trailer }) => {
    const pad = ' '.repeat(bare ? 0 : dashIndent);
    const lines: string[] = [header + (bare ? '' : 'officials:\n')];
    for (const entry of entries) {
      const body: string[] = [];
      entry.pairs.forEach(([k, v, c]) => body.push(`${k}: ${v}${c}`.replace(/: $/, ':')));
      if (entry.aliasBlock) {
        body.push('aliases:');
        for (const a of entry.aliasBlock) body.push(`  - ${a}`);
      }
      if (entry.roles) {
        body.push('roles:');
        for (const role of entry.roles) role.forEach(([k, v, c], i) => body.push(`${i === 0 ? '  - ' : '    '}${k}: ${v}${c}`));
      }
      if (body.length === 0) body.push('id: empty');
      lines.push(body.map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}\n`).join('') + entry.between);
    }
    return lines.join('') + trailer;
  });
const registryText = fc.oneof(registryTextOf(cleanScalar, cleanComment, true), registryTextOf(scalar, comment, false));

describe('the fast registry reader', () => {
  test('reads the repository registries exactly as the yaml library does', () => {
    for (const path of ['seeds/officials.yaml', 'test/fixtures/officials/officials.yaml', 'test/fixtures/annotations/officials.yaml']) {
      const text = readFileSync(repoPath(path), 'utf8');
      assert.ok(parseRegistryFast(text), `${path} is in the fast subset`);
      assertReadersAgree(text);
    }
  });

  test('agrees with the yaml library on generated registries, giving up where it must', () => {
    let fastCount = 0;
    let total = 0;
    fc.assert(
      fc.property(registryText, (text) => {
        total++;
        if (parseRegistryFast(text)) fastCount++;
        assertReadersAgree(text);
      }),
      { numRuns: 3000 },
    );
    // The generator mostly stays in the subset, so the comparison exercises the fast reader.
    assert.ok(fastCount > total / 10, `fast reader used on ${fastCount} of ${total}`);
  });

  test('gives up on anchors, tabs and duplicate keys, which the yaml library reports', () => {
    assert.equal(parseRegistryFast('officials: &a\n  - *a\n'), undefined);
    assert.equal(parseRegistryFast('officials:\n\t- id: a\n'), undefined);
    assert.equal(parseRegistryFast('officials:\n  - id: a\n    id: b\n'), undefined);
    assert.equal(parseRegistryFast('officials:\n  - id: a\n    name: Two\n      Lines\n'), undefined);
  });

  test('a generated registry of many entries is read by the fast reader with the same lookups', () => {
    const lines = ['officials:'];
    for (let i = 0; i < 2000; i++) lines.push(`  - id: official-${i}\n    name: Given${i} Family${i}\n    aliases: [G${i}]\n    roles:\n      - title: Minister ${i}\n        from: 2020-01-01`);
    const text = `${lines.join('\n')}\n`;
    assert.ok(parseRegistryFast(text));
    assertReadersAgree(text);
    const fast = OfficialsRegistry.fromYaml(text, 'x');
    const full = OfficialsRegistry.fromYaml(text, 'x', { fast: false });
    assert.equal(fast.registry.lookup('Family1999')[0]?.id, 'official-1999');
    assert.deepEqual(fast.registry.findNames('Given7 Family7 met G8.'), full.registry.findNames('Given7 Family7 met G8.'));
  });

  test('merging registries resolves ids and names as building one from their entries, less a later entry whose id is taken', () => {
    const a = OfficialsRegistry.fromYaml('officials:\n  - id: x\n    name: Ann Lee\n    roles: [{title: T}]\n', 'a').registry;
    const b = OfficialsRegistry.fromYaml('officials:\n  - id: x\n    name: Bo Lee\n  - id: y\n    name: Ann Lee\n', 'b').registry;
    const merged = OfficialsRegistry.merge([a, b]);
    // b's "x" is another person under a taken id: none of its names may resolve to a's "x".
    const flat = OfficialsRegistry.fromOfficials([...a.officials, ...b.officials.filter((o) => o.id !== 'x')]);
    assert.equal(merged.get('x')?.name, 'Ann Lee');
    assert.deepEqual(merged.officials.map((o) => o.source + o.id), ['ax', 'by']);
    assert.deepEqual(merged.lookup('Bo Lee'), []);
    assert.deepEqual(merged.lookup('Lee').map((o) => o.source + o.id), flat.lookup('Lee').map((o) => o.source + o.id));
    assert.deepEqual(merged.findNames('Ann Lee and Bo Lee'), flat.findNames('Ann Lee and Bo Lee'));
  });
});
