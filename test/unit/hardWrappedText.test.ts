import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, type DocumentAnalysis } from '../../server/src/analysis/index';
import { readingView } from '../../server/src/analysis/normalization';
import { wrapRuns } from '../../server/src/analysis/wrapView';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { dedent } from '../support/text';

// Hard-wrapped paragraphs (a line break every ~70 characters, sometimes CRLF): a line break that wraps a
// sentence must read as the space it stands for, and a real boundary (blank line, heading, list item,
// a short headline or byline) must stay one.

const registry = OfficialsRegistry.fromYaml(
  dedent`
    officials:
      - id: abe-shinzo
        name: Shinzo Abe
        aliases: [Abe]
        country: JP
        roles: [{ title: Prime Minister, from: 2012-12-26, to: 2020-09-16 }]
  `,
  'memory://officials.yaml',
).registry;

type Found = [kind: string, text: string, value?: string, officialId?: string];

/** Entities and commitments, as [kind, text, value, officialId] in document order. */
function found(analysis: DocumentAnalysis): Found[] {
  const list: Found[] = analysis.entities.map((e) => [e.kind, e.text, ...(e.value !== undefined || e.officialId ? [e.value] : []), ...(e.officialId ? [e.officialId] : [])] as Found);
  for (const c of analysis.commitments) list.push(['commitment', c.text]);
  return list;
}

/** What the analysis finds in `text` with `sep` for each `|`, its texts written with a space instead of `sep` (offsets equal when `sep` is one character). */
function asSpaced(text: string, sep: string, withRegistry = false): { wrapped: Found[]; spaced: Found[] } {
  const ctx = { documentDate: '2025-04-29', ...(withRegistry ? { registry } : {}) };
  const wrapped = analyzeDocument(text.replaceAll('|', sep), ctx);
  for (const e of [...wrapped.entities, ...wrapped.commitments]) assert.equal(e.text, text.replaceAll('|', sep).slice(e.span.start, e.span.end));
  const spaced = found(analyzeDocument(text.replaceAll('|', ' '), ctx));
  return { wrapped: found(wrapped).map(([kind, t, ...rest]) => [kind, t.replaceAll(sep, ' '), ...rest] as Found), spaced };
}

for (const [name, sep] of [['LF', '\n'], ['CRLF', '\r\n'], ['an indented LF', '\n   ']] as const) {
  test(`dates: a past-tense clause wrapped after "on" (${name}) resolves a day-month as its unwrapped form does`, () => {
    // Before: the line break ended the clause, "met" was not seen, and "10 May" was 2025-05-10.
    const { wrapped, spaced } = asSpaced('They met in Hanoi on|10 May.', sep);
    assert.deepEqual(spaced, [['place', 'Hanoi'], ['date', '10 May', '2024-05-10']]);
    assert.deepEqual(wrapped, spaced);
    const long = asSpaced('Leaders of Japan and the Mekong basin nations agreed at their summit|Friday evening to map out new areas of cooperation.', sep);
    assert.deepEqual(long.wrapped, long.spaced);
  });

  test(`people: a titled name wrapped between its words (${name}) is one person`, () => {
    // Before: "Shigeru" alone.
    const { wrapped, spaced } = asSpaced('Prime Minister Shigeru|Ishiba met the press.', sep);
    assert.deepEqual(spaced, [['person', 'Shigeru Ishiba']]);
    assert.deepEqual(wrapped, spaced);
    const long = asSpaced('During the talks in Bali, Indonesia, Japanese Prime Minister Yoshihiko|Noda and his counterparts agreed. Noda spoke first.', sep);
    assert.deepEqual(long.wrapped, long.spaced);
    assert.equal(long.wrapped.filter(([kind]) => kind === 'person').length, 2);
  });

  test(`people: with a registry, a name wrapped before a registry short form (${name}) is not the official`, () => {
    // Before: "Abe" on the second line was the official Shinzo Abe, as a short form of the registry.
    const { wrapped, spaced } = asSpaced('The delegation held talks with Makiko|Abe, the head of the chamber, in Tokyo.', sep, true);
    assert.ok(!spaced.some((e) => e[3] === 'abe-shinzo'), JSON.stringify(spaced));
    assert.deepEqual(wrapped, spaced);
  });

  test(`organisations and places: an "of …" complement on the next line (${name}) belongs to the name`, () => {
    const { wrapped, spaced } = asSpaced(
      'The ministers of the member states of the Bay of Bengal Initiative for Multi-Sectoral Technical and|Economic Cooperation met the President of the Federal Republic|of Somalia in Mogadishu.',
      sep,
    );
    assert.ok(spaced.some(([kind, t]) => kind === 'organization' && t === 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'), JSON.stringify(spaced));
    assert.ok(spaced.some(([kind, t]) => kind === 'place' && t === 'Federal Republic of Somalia'));
    assert.deepEqual(wrapped, spaced);
  });

  test(`commitments: a commitment wrapped after its verb (${name}) runs on to its object`, () => {
    // Before: "pledged to support" alone, the line break read as the end of the sentence.
    const { wrapped, spaced } = asSpaced('In Berlin on Friday, the German Chancellor Olaf Scholz pledged to support|Kenya’s mission to Haiti and peace in the Horn of Africa.', sep);
    assert.ok(spaced.some(([kind, t]) => kind === 'commitment' && t.endsWith('Horn of Africa')), JSON.stringify(spaced));
    assert.deepEqual(wrapped, spaced);
  });
}

test('a blank line, a heading, a list item, a short headline or byline and a front-matter line stay boundaries', () => {
  const text = dedent`
    ---
    id: wrapped
    date: 2025-04-29
    ---
    # Summit in Hanoi
    Leaders met in Hanoi on 10 May.

    Japan and Viet Nam agreed to the following steps, among others, to be taken
    - a meeting of the ministers in Hanoi on 10 May
    - a visit by the Prime Minister to Tokyo

    By Lee Haye-ah
    Seoul and Hanoi agreed on Friday to meet again.
  `;
  const paragraph = (first: string) => text.slice(text.indexOf(first)).split('\n\n')[0]!;
  assert.deepEqual(wrapRuns(paragraph('# Summit')), []);
  assert.deepEqual(wrapRuns(paragraph('Japan and')), []);
  assert.deepEqual(wrapRuns(paragraph('By Lee')), []);
  const analysis = analyzeDocument(text);
  // No entity crosses a line break: none of these breaks is a wrap.
  for (const e of [...analysis.entities, ...analysis.commitments]) assert.ok(!e.text.includes('\n'), e.text);
});

test('the reading view maps a CRLF wrap (two code units, read as one space) back to the paragraph’s offsets', () => {
  const prose = 'We met Prime Minister Shigeru  \r\n  Ishiba in Tokyo and agreed to meet again next year.';
  const view = readingView(prose)!;
  assert.equal(view.text, 'We met Prime Minister Shigeru Ishiba in Tokyo and agreed to meet again next year.');
  const analysis = analyzeDocument(prose, { documentDate: '2025-04-29' });
  const person = analysis.entities.find((e) => e.kind === 'person');
  assert.equal(person?.text, 'Shigeru  \r\n  Ishiba');
  const tokyo = analysis.entities.find((e) => e.text === 'Tokyo');
  assert.equal(prose.slice(tokyo!.span.start, tokyo!.span.end), 'Tokyo');
});

test('a line much longer than wrapped lines (a paragraph on one line) ending without a full stop stays a boundary', () => {
  // Before the bound, "… of shared species⏎The United States …" was one commitment across two sentences.
  const prose =
    'Canada and the United States committed to advancing conservation in partnership and consultation with the Indigenous peoples, and furthering work under agreements around the movement of shared species\nThe United States and Canada further committed to initiating dialogue with other Arctic Nations.';
  assert.deepEqual(wrapRuns(prose), []);
  // A headline over a one-line paragraph, and a short credit line under a headline, are lines of their own too.
  assert.deepEqual(wrapRuns('Modi, Trump pledge to boost peace across Indo-Pacific region\nOver the call, President Trump pledged that the US would continue to be a reliable and long-term supplier of energy to India.'), []);
  assert.deepEqual(wrapRuns('Kenya, Somalia agree to fight terrorism, resume cross-border trade\nXinhua\n16 Jul 2022'), []);
});

test('a hard-wrapped caption of two sentences without a final full stop is no headline: its people are found', () => {
  // Before: read as one line, the caption passed for a title-case headline, where no name is looked for.
  const caption = "Saudi Arabia's King Salman he speaks with Iraqi prime minister Haider|Al Abadi in Riyadh on October 22, 2017. Saudi Press Agency via Reuters";
  const { wrapped, spaced } = asSpaced(`${caption}|${caption}`, '\n');
  assert.deepEqual(
    wrapped.filter(([kind]) => kind === 'person').map(([, t]) => t),
    ['Salman', 'Haider Al Abadi', 'Salman', 'Haider Al Abadi'],
  );
  assert.deepEqual(wrapped, spaced);
});

test('a dash that opens a line is a list marker, not the dash of a range between the dates of two list items', () => {
  // Before: "10 May⏎- 12 June" was one range, 2025-05-10/2025-06-12, across the two items.
  const analysis = analyzeDocument('The ministers will meet in Hanoi on:\n- 10 May\n- 12 June', { documentDate: '2025-04-29' });
  assert.deepEqual(
    analysis.entities.filter((e) => e.kind === 'date').map((e) => [e.text, e.value]),
    [
      ['10 May', '2025-05-10'],
      ['12 June', '2025-06-12'],
    ],
  );
  // On one line the dash still makes a range.
  const range = analyzeDocument('The ministers will meet in Hanoi from 10 May - 12 June.', { documentDate: '2025-04-29' });
  assert.deepEqual(range.entities.filter((e) => e.kind === 'date').map((e) => e.value), ['2025-05-10/2025-06-12']);
});
