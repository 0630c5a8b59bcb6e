import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkDocument } from '../../server/src/analysis/checks/index';
import { analyzeDocument, analyzeForIndex, analyzeParagraph } from '../../server/src/analysis/index';
import { composedSpan, composedView, originalSpan } from '../../server/src/analysis/normalization';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { decompose, findingsAsIs, findingsMoved, textsNotSliced } from '../support/decomposed';
import { repoPath } from '../support/paths';
import { dedent } from '../support/text';

const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;

const SUMMIT = dedent`
  ---
  id: decomposed
  date: 2025-04-29
  ---
  HÀ NỘI – Prime Minister Phạm Minh Chính (ファム・ミン・チン首相, ベトナム) met Nguyễn Văn Bình of the Ministry of Foreign Affairs in Hà Nội on 29 April 2025. Chính said that Việt Nam will open a new consulate in Đà Nẵng by the end of 2025.

  Bình agreed to visit Japan, and Phạm Minh Chính welcomed it.
`;

test('a decomposed (NFD) document gives the findings of its composed form, at its own offsets and with its own texts', () => {
  const nfd = decompose(SUMMIT);
  assert.equal(nfd.text, SUMMIT.normalize('NFD'));
  assert.notEqual(nfd.text, SUMMIT);
  const composed = analyzeDocument(SUMMIT, { registry });
  const decomposed = analyzeDocument(nfd.text, { registry });
  assert.deepEqual(findingsAsIs(decomposed), findingsMoved(composed, nfd));
  assert.deepEqual(textsNotSliced(decomposed, nfd.text), []);
  // What the sentence is there to exercise: a registry official with diacritics, the gazetteer's places,
  // an organisation, a date, a commitment with its deadline, and a short form linked in the next paragraph.
  const pick = (kind: string, text: string) => decomposed.entities.find((e) => e.kind === kind && e.text === text.normalize('NFD'));
  assert.equal(pick('person', 'Phạm Minh Chính')?.officialId, 'pham-minh-chinh');
  assert.equal(pick('person', 'Chính')?.officialId, 'pham-minh-chinh');
  assert.ok(pick('place', 'Hà Nội'));
  assert.ok(pick('place', 'HÀ NỘI'));
  assert.ok(pick('place', 'Đà Nẵng'));
  assert.ok(pick('organization', 'Ministry of Foreign Affairs'));
  assert.equal(pick('date', '29 April 2025')?.value, '2025-04-29');
  assert.equal(pick('person', 'Bình')?.source, 'coreference');
  const consulate = decomposed.commitments.find((c) => c.text.includes('consulate'));
  assert.equal(consulate?.actor, 'Việt Nam'.normalize('NFD'));
  assert.equal(consulate?.deadline, '2025-12-31');
  assert.equal(nfd.text.slice(consulate.deadlineSpan!.start, consulate.deadlineSpan!.end), 'by the end of 2025');
});

test('a paragraph result of decomposed prose has the paragraph’s offsets and is marked as read composed', () => {
  const prose = 'Prime Minister Phạm Minh Chính visited Hà Nội.'.normalize('NFD');
  const result = analyzeParagraph(prose, registry, '2025-04-29');
  assert.equal(result.composed, true);
  assert.deepEqual(result.entities.map((e) => [e.kind, e.text === prose.slice(e.span.start, e.span.end)]), [['person', true], ['place', true]]);
  assert.equal(analyzeParagraph(prose.normalize('NFC'), registry, '2025-04-29').composed, undefined);
});

test('a short form links across paragraphs written in different normalisation forms', () => {
  const first = 'Prime Minister Phạm Minh Chính met Nguyễn Văn Bình in Hà Nội on Monday.';
  const second = 'Bình said that the talks went well.';
  for (const [a, b] of [[first.normalize('NFD'), second], [first, second.normalize('NFD')], [first.normalize('NFD'), second.normalize('NFD')]] as const) {
    const text = `${a}\n\n${b}\n`;
    const analysis = analyzeDocument(text, { registry });
    const bình = analysis.entities.find((e) => e.span.start === a.length + 2);
    assert.equal(bình?.source, 'coreference');
    assert.equal(bình?.text, b.slice(0, b.indexOf(' ')));
    assert.deepEqual(textsNotSliced(analysis, text), []);
  }
});

test('the front matter’s corrections apply to a body written in the other normalisation form', () => {
  const body = 'Officials of Sở Ngoại vụ met the delegation in Hà Nội. Phạm Minh Chính attended.';
  for (const [frontMatterForm, bodyForm] of [['NFC', 'NFD'], ['NFD', 'NFC'], ['NFD', 'NFD']] as const) {
    const frontMatter = 'corrections:\n  add:\n    - text: Sở Ngoại vụ\n      type: organization\n  ignore: [Hà Nội]\n'.normalize(frontMatterForm);
    const text = `---\nid: corrected\n${frontMatter}---\n${body.normalize(bodyForm)}\n`;
    const analysis = analyzeDocument(text, { registry });
    const organization = analysis.entities.find((e) => e.kind === 'organization');
    assert.equal(organization?.text, 'Sở Ngoại vụ'.normalize(bodyForm), `${frontMatterForm} front matter, ${bodyForm} body`);
    assert.equal(analysis.entities.some((e) => e.kind === 'place'), false, `${frontMatterForm} front matter, ${bodyForm} body`);
    assert.deepEqual(textsNotSliced(analysis, text), []);
  }
});

test('the annotation checks find a mention and a quote written in the other normalisation form than the body', () => {
  const frontMatter = dedent`
    ---
    id: quoted
    date: 2025-04-29
    officials:
      - id: pham-minh-chinh
        mention: Phạm Minh Chính
    commitments:
      - id: consulate
        quote: Việt Nam will open a new consulate in Đà Nẵng
        actors: [VN]
    ---
  `;
  const body = 'Prime Minister Phạm Minh Chính said that Việt Nam will open a new consulate in Đà Nẵng by the end of 2025.\n';
  for (const [frontMatterForm, bodyForm] of [['NFC', 'NFD'], ['NFD', 'NFC'], ['NFD', 'NFD']] as const) {
    const text = frontMatter.normalize(frontMatterForm) + body.normalize(bodyForm);
    const findings = checkDocument(analyzeDocument(text, { registry }), text, { uri: 'file:///quoted.policy.md', registry, workspace: { byId: () => [], all: () => [], size: 1 }, today: '2026-01-01' });
    assert.deepEqual(findings.map((f) => f.code), [], `${frontMatterForm} front matter, ${bodyForm} body`);
  }
});

test('a correction’s text is not found inside a decomposed word', () => {
  const text = `---\nid: corrected\ncorrections:\n  add:\n    - text: Ha\n      type: place\n---\n${'Ha and Hà Nội.'.normalize('NFD')}\n`;
  const places = analyzeDocument(text, { registry }).entities.filter((e) => e.kind === 'place' && e.source === 'annotation');
  assert.deepEqual(places.map((e) => e.text), ['Ha']);
});

test('the index analysis finds the official mentions of decomposed text at its own offsets', () => {
  const nfd = decompose(SUMMIT);
  const full = analyzeDocument(nfd.text, { registry }).entities.filter((e) => e.officialId !== undefined);
  const index = analyzeForIndex(nfd.text, { registry }).entities;
  assert.deepEqual(index, full);
  assert.deepEqual(findingsAsIs({ entities: index }), findingsMoved({ entities: analyzeForIndex(SUMMIT, { registry }).entities }, nfd));
  assert.equal(index.length, 3);
});

test('the composed view rounds offsets inside a base letter and its marks outwards, and maps the rest exactly', () => {
  const prose = 'Nguye\u0302\u0303n and \u30d8\u3099 and \u1112\u1161\u11ab q\u0301.';
  const view = composedView(prose)!;
  assert.equal(view.text, prose.normalize('NFC'));
  // Whole runs map to whole runs; an offset inside a run (after "e", before its marks) rounds outwards.
  assert.deepEqual(originalSpan(view, { start: 0, end: 6 }), { start: 0, end: 8 });
  assert.deepEqual(composedSpan(view, { start: 0, end: 5 }), { start: 0, end: 5 });
  assert.deepEqual(composedSpan(view, { start: 0, end: 6 }), { start: 0, end: 5 });
  assert.deepEqual(composedSpan(view, { start: 5, end: 7 }), { start: 4, end: 5 });
  // Kana with a combining voiced mark and decomposed Hangul compose into one character each.
  const be = prose.indexOf('\u30d8');
  assert.deepEqual(composedSpan(view, { start: be, end: be + 2 }), { start: view.text.indexOf('\u30d9'), end: view.text.indexOf('\u30d9') + 1 });
  const han = view.text.indexOf('\ud55c');
  assert.deepEqual(originalSpan(view, { start: han, end: han + 1 }), { start: prose.indexOf('\u1112'), end: prose.indexOf('\u1112') + 3 });
  // Text after the last changed run moves by the length it lost; a run NFC keeps as it is stays put.
  const q = view.text.indexOf('q');
  assert.deepEqual(originalSpan(view, { start: q, end: view.text.length }), { start: prose.indexOf('q'), end: prose.length });
  assert.equal(composedView('Hà Nội'), undefined);
  assert.equal(composedView('plain ASCII'), undefined);
});
