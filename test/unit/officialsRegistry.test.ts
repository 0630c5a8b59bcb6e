import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countryName, isCountryCode, mentionsCountry } from '../../server/src/knowledge/countries';
import { disambiguate } from '../../server/src/knowledge/disambiguation';
import { lastRoleBefore, OfficialsRegistry, roleOn } from '../../server/src/knowledge/officialsRegistry';
import { dateBound, isRegistryDate } from '../../server/src/knowledge/registryDates';
import { dedent, spanOf } from '../support/text';

const registryOf = (text: string): ReturnType<typeof OfficialsRegistry.fromYaml> => OfficialsRegistry.fromYaml(text, 'file:///officials.yaml');

const TWO_TERMS = dedent`
  officials:
    - id: kim-min-jun
      name: Kim Min-jun
      family-name: Kim
      country: KR
      roles:
        - title: Vice Minister of Foreign Affairs
          from: 2021
          to: 2022-12
        - title: Minister of Foreign Affairs
          from: 2023-01-02
          to: 2024-12-31
`;

describe('reading a registry file', () => {
  test('a well-formed entry has no findings and keeps the spans of its id, name and roles', () => {
    const { registry, findings } = registryOf(TWO_TERMS);
    assert.deepEqual(findings, []);
    const kim = registry.get('kim-min-jun');
    assert.ok(kim);
    assert.deepEqual(kim.idSpan, spanOf(TWO_TERMS, 'kim-min-jun'));
    assert.deepEqual(kim.nameSpan, spanOf(TWO_TERMS, 'Kim Min-jun'));
    assert.equal(kim.roles.length, 2);
    assert.ok(kim.roles[1]!.span && TWO_TERMS.slice(kim.roles[1]!.span.start).startsWith('title: Minister of Foreign Affairs'));
  });

  test('reports a role that ends before it starts, on its `to` value', () => {
    const text = dedent`
      officials:
        - id: a
          name: Anna Example
          country: AU
          roles:
            - title: Ambassador
              from: 2024-05-01
              to: 2023-01-01
    `;
    const { findings } = registryOf(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.code, 'registry.schema');
    assert.equal(findings[0]!.severity, 'error');
    assert.deepEqual(findings[0]!.span, spanOf(text, '2023-01-01'));
    assert.match(findings[0]!.message, /ends \(2023-01-01\) before it starts \(2024-05-01\)/);
  });

  test('reports dates that are not dates, such as 2024-02-30 or "last spring", and leaves their role out', () => {
    const text = dedent`
      officials:
        - id: a
          name: Anna Example
          country: AU
          roles:
            - title: Ambassador
              from: 2024-02-30
              to: last spring
    `;
    const { findings, registry } = registryOf(text);
    assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['2024-02-30', 'last spring']);
    // Read without its bad bounds the role would be open-ended, and cards would claim the post on any date.
    assert.deepEqual(registry.get('a')?.roles, []);
  });

  test('reports role dates written as a list, a mapping, a boolean or a tagged value, and leaves their role out', () => {
    const text = dedent`
      officials:
        - id: a
          name: Anna Example
          country: AU
          roles:
            - { title: Ambassador, from: [2025-10-21] }
            - { title: Envoy, to: { year: 2021 } }
            - { title: Consul, from: !!timestamp 2024-10-01 }
            - { title: Minister, to: true }
            - { title: Adviser, from: 2020, to: }
    `;
    const { findings, registry } = registryOf(text);
    assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['[2025-10-21]', '{ year: 2021 }', '2024-10-01', 'true']);
    assert.ok(findings.every((f) => f.code === 'registry.schema' && /must be a date written YYYY-MM-DD/.test(f.message)));
    // Only the role whose dates are readable (an empty `to` is open-ended) is kept.
    assert.deepEqual(registry.get('a')?.roles.map((r) => r.title), ['Adviser']);
  });

  test('warns about an unknown country code, and offers capitals for a lower-case one', () => {
    const text = dedent`
      officials:
        - id: a
          name: Anna Example
          country: XX
          roles: [{ title: Ambassador }]
        - id: b
          name: Bao Example
          country: vn
          roles: [{ title: Minister }]
    `;
    const { findings, registry } = registryOf(text);
    assert.deepEqual(findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [
      ['warning', 'XX'],
      ['warning', 'vn'],
    ]);
    assert.deepEqual(findings[1]!.fix, { kind: 'replaceText', span: spanOf(text, 'vn'), newText: 'VN', title: 'Write the country code as VN' });
    assert.equal(registry.get('b')?.country, 'VN');
  });

  test('warns about an entry without roles and about unknown keys', () => {
    const text = dedent`
      officials:
        - id: a
          name: Anna Example
          familyname: Example
    `;
    const { findings } = registryOf(text);
    assert.deepEqual(findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [
      ['warning', 'familyname'],
      ['warning', 'Anna Example'],
    ]);
    assert.match(findings[1]!.message, /has no roles/);
  });

  test('reports a duplicate id and keeps the first entry', () => {
    const text = dedent`
      officials:
        - id: a
          name: First
          roles: [{ title: Minister }]
        - id: a
          name: Second
          roles: [{ title: Minister }]
    `;
    const { findings, registry } = registryOf(text);
    assert.deepEqual(findings.map((f) => f.code), ['registry.id.duplicate']);
    assert.equal(registry.get('a')?.name, 'First');
  });
});

describe('roles on a date', () => {
  const kim = registryOf(TWO_TERMS).registry.get('kim-min-jun')!;

  test('returns the role held on the date, with year- and month-precise bounds covering their whole period', () => {
    assert.equal(roleOn(kim, '2021-01-01')?.title, 'Vice Minister of Foreign Affairs');
    assert.equal(roleOn(kim, '2022-12-31')?.title, 'Vice Minister of Foreign Affairs');
    assert.equal(roleOn(kim, '2023-01-01'), undefined);
    assert.equal(roleOn(kim, '2024-06-10')?.title, 'Minister of Foreign Affairs');
    assert.equal(roleOn(kim, '2025-01-01'), undefined);
  });

  test('returns the last role that ended before a date', () => {
    assert.equal(lastRoleBefore(kim, '2026-01-15')?.to, '2024-12-31');
    assert.equal(lastRoleBefore(kim, '2020-01-01'), undefined);
  });

  test('expands partial dates to the first or last day they cover', () => {
    assert.equal(dateBound('2024', 'start'), '2024-01-01');
    assert.equal(dateBound('2024', 'end'), '2024-12-31');
    assert.equal(dateBound('2024-02', 'end'), '2024-02-29');
    assert.equal(dateBound('2024-02-10', 'end'), '2024-02-10');
    assert.ok(isRegistryDate('2024-02-29') && !isRegistryDate('2023-02-29') && !isRegistryDate('2024-13') && !isRegistryDate('24-01-01'));
  });
});

describe('finding names in text', () => {
  test('finds hyphenated given names, family-name-first forms and the bare family name', () => {
    const { registry } = registryOf(TWO_TERMS);
    const text = 'Kim Min-jun met KIM Min-jun; later Min-jun Kim and Minister Kim spoke.';
    assert.deepEqual(registry.findNames(text).map((m) => [m.text, m.shortForm]), [
      ['Kim Min-jun', false],
      ['KIM Min-jun', false],
      ['Min-jun Kim', false],
      ['Kim', true],
    ]);
  });
});

describe('telling apart officials with the same name', () => {
  const { registry } = registryOf(dedent`
    officials:
      - id: anna-nguyen
        name: Anna Nguyen
        country: AU
        roles: [{ title: Ambassador to Viet Nam, from: 2022-03 }]
      - id: nguyen-van-an
        name: Nguyen Van An
        family-name: Nguyen
        country: VN
        roles: [{ title: Deputy Minister of Industry and Trade, from: 2021-04-01 }]
      - id: kim-old
        name: Kim Old
        family-name: Kim
        country: KR
        roles: [{ title: Minister of Foreign Affairs, from: 2023-01-01, to: 2024-12-31 }]
      - id: kim-new
        name: Kim New
        family-name: Kim
        country: KR
        roles: [{ title: Minister of Foreign Affairs, from: 2025-01-01 }]
  `);
  const nguyens = registry.lookup('Nguyen');
  const kims = registry.lookup('Kim');

  test('both forms map to two officials', () => {
    assert.deepEqual(nguyens.map((o) => o.id), ['anna-nguyen', 'nguyen-van-an']);
    assert.deepEqual(kims.map((o) => o.id), ['kim-old', 'kim-new']);
  });

  test('the date decides between two ministers of the same country', () => {
    assert.equal(disambiguate(kims, { date: '2024-06-10', countries: ['KR'] }).chosen?.id, 'kim-old');
    assert.equal(disambiguate(kims, { date: '2025-06-10', countries: ['KR'] }).chosen?.id, 'kim-new');
  });

  test('the document\'s countries or the title in the text decide between two countries', () => {
    assert.equal(disambiguate(nguyens, { date: '2025-03-10', countries: ['AU'] }).chosen?.id, 'anna-nguyen');
    assert.equal(disambiguate(nguyens, { date: '2025-03-10', countries: ['AU', 'VN'], role: 'Vietnamese Deputy Minister' }).chosen?.id, 'nguyen-van-an');
  });

  test('a front-matter listing outweighs everything else', () => {
    assert.equal(disambiguate(nguyens, { date: '2025-03-10', countries: ['AU'], listed: ['nguyen-van-an'] }).chosen?.id, 'nguyen-van-an');
  });

  test('equal evidence leaves the mention ambiguous rather than guessing', () => {
    const d = disambiguate(nguyens, { date: '2025-03-10', countries: ['AU', 'VN'] });
    assert.equal(d.chosen, undefined);
    assert.equal(d.candidates.length, 2);
  });
});

describe('country codes', () => {
  test('knows assigned codes in capitals only and names them as diplomatic texts do', () => {
    assert.ok(isCountryCode('JP') && !isCountryCode('jp') && !isCountryCode('XX'));
    assert.equal(countryName('VN'), 'Viet Nam');
    assert.equal(countryName('JP'), 'Japan');
  });

  test('recognises a country in a title by name or demonym', () => {
    assert.ok(mentionsCountry('Vietnamese Prime Minister', 'VN'));
    assert.ok(mentionsCountry('Minister for Foreign Affairs of Japan', 'JP'));
    assert.ok(!mentionsCountry('Ambassador to Viet Nam', 'AU'));
  });
});
