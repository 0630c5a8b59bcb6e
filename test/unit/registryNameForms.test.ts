import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { RegistryStore } from '../../server/src/workspace/registryStore';

/** A registry of entries given as [id, name, country]. */
function registryOf(entries: readonly (readonly [string, string, string])[]): OfficialsRegistry {
  const text = `officials:\n${entries.map(([id, name, country]) => `  - id: ${id}\n    name: "${name}"\n    country: ${country}\n    roles: [{ title: Minister, from: 2000-01-01 }]\n`).join('')}`;
  return OfficialsRegistry.fromYaml(text, 'officials.yaml').registry;
}

/** The officials found in a body, as "text → id". */
function officialsIn(body: string, registry: OfficialsRegistry): string[] {
  const analysis = analyzeDocument(`---\ndate: 2025-03-04\n---\n${body}\n`, { registry });
  return analysis.entities.filter((e) => e.officialId !== undefined).map((e) => `${e.text} → ${e.officialId}`);
}

test('family-first names are shortened to their first word, and an acronym or a month is no short mention', () => {
  const registry = registryOf([
    ['kim-jong-un', 'Kim Jong Un', 'KP'],
    ['xi-jinping', 'Xi Jinping', 'CN'],
    ['lee-jae-myung', 'Lee Jae-myung', 'KR'],
    ['lee-anderson', 'Lee Anderson', 'GB'],
    ['theresa-may', 'Theresa May', 'GB'],
  ]);
  // "Un" of "Kim Jong Un" is no family name; "UN" in capitals is the United Nations either way.
  assert.deepEqual(officialsIn('The UN said it was concerned.', registry), []);
  assert.deepEqual(officialsIn('Xi said the talks went well. Lee agreed. Kim did not attend.', registry), ['Xi → xi-jinping', 'Lee → lee-jae-myung', 'Kim → kim-jong-un']);
  // A British Lee Anderson is shortened to "Anderson", not "Lee".
  assert.deepEqual(officialsIn('Anderson spoke after the vote.', registry), ['Anderson → lee-anderson']);
  assert.deepEqual(officialsIn('The summit will be held in May.', registry), []);
  assert.deepEqual(officialsIn('Prime Minister May said the summit went well.', registry), ['May → theresa-may']);
});

test('names with stroked letters, curly apostrophes and a line break inside are matched in full', () => {
  const registry = registryOf([
    ['store', 'Jonas Gahr Støre', 'NO'],
    ['sikorski', 'Radosław Sikorski', 'PL'],
    ['yildirim', 'Binali Yıldırım', 'TR'],
    ['obrien', "Robert O'Brien", 'US'],
    ['ishiba', 'Shigeru Ishiba', 'JP'],
  ]);
  assert.deepEqual(officialsIn('Jonas Gahr Støre met Radosław Sikorski and Binali Yıldırım.', registry), [
    'Jonas Gahr Støre → store',
    'Radosław Sikorski → sikorski',
    'Binali Yıldırım → yildirim',
  ]);
  // Written without the strokes, as English texts often do.
  assert.deepEqual(officialsIn('Jonas Gahr Store met Radoslaw Sikorski and Binali Yildirim.', registry), [
    'Jonas Gahr Store → store',
    'Radoslaw Sikorski → sikorski',
    'Binali Yildirim → yildirim',
  ]);
  assert.deepEqual(officialsIn('Robert O’Brien spoke.', registry), ['Robert O’Brien → obrien']);
  // A hard-wrapped Markdown paragraph breaks a name over two lines.
  assert.deepEqual(officialsIn('Talks with Prime Minister Shigeru\nIshiba ended.', registry), ['Shigeru\nIshiba → ishiba']);
});

test('an id that an earlier registry file defines makes the later entry ignored, and the later file says so', () => {
  const store = new RegistryStore();
  store.setFile('file:///w/a/officials.yaml', 'officials:\n  - id: x\n    name: Alice Able\n    roles: [{ title: Foreign Secretary }]\n');
  store.setFile('file:///w/b/officials.yaml', 'officials:\n  - id: x\n    name: Bob Baker\n    roles: [{ title: Secretary of State }]\n');
  assert.deepEqual(officialsIn('Bob Baker met Alice Able. Baker spoke.', store.registry), ['Alice Able → x']);
  assert.deepEqual(store.findingsFor('file:///w/a/officials.yaml'), []);
  const clash = store.findingsFor('file:///w/b/officials.yaml');
  assert.equal(clash.length, 1);
  assert.equal(clash[0]!.code, 'registry.id.duplicate');
  assert.match(clash[0]!.message, /already used by Alice Able in a\/officials\.yaml/);
  assert.deepEqual(clash[0]!.related?.map((r) => r.uri), ['file:///w/a/officials.yaml']);
});

test('names with lower-case particles, initials and suffixes are matched in full, and the suffix is no family name', () => {
  const registry = registryOf([
    ['vdl', 'Ursula von der Leyen', 'DE'],
    ['lula', 'Luiz Inácio Lula da Silva', 'BR'],
    ['mbz', 'Mohamed bin Zayed', 'AE'],
    ['marcos', 'Ferdinand R. Marcos Jr.', 'PH'],
  ]);
  assert.deepEqual(officialsIn('Ursula von der Leyen met Luiz Inácio Lula da Silva and Mohamed bin Zayed.', registry), [
    'Ursula von der Leyen → vdl',
    'Luiz Inácio Lula da Silva → lula',
    'Mohamed bin Zayed → mbz',
  ]);
  assert.deepEqual(officialsIn('President Ferdinand R. Marcos Jr. arrived. Marcos said the talks went well.', registry), [
    'Ferdinand R. Marcos Jr. → marcos',
    'Marcos → marcos',
  ]);
});
