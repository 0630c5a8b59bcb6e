import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { dedent } from '../support/text';
import { cuesDocument, repoSeedDocuments, seedDocuments, type NamedDocument } from './documents';
import { hasScope, loadPolicyGrammar, scopedTexts, tokenizeDocument, type ScopedToken } from './tokenize';

const FRONT_MATTER = 'meta.embedded.block.frontmatter.policy';
const DATE = 'constant.numeric.date.policy';
const ISO_DATE = 'constant.numeric.date.iso.policy';
const HONORIFIC = 'storage.modifier.honorific.policy';
const TITLE = 'string.quoted.double.title.policy';

let grammar: IGrammar;
const tokenize = (text: string): ScopedToken[] => tokenizeDocument(grammar, text);
const linesOf = (tokens: readonly ScopedToken[], predicate: (t: ScopedToken) => boolean): number[] =>
  [...new Set(tokens.filter(predicate).map((t) => t.line))];
const lineIndex = (text: string, line: string): number => text.split('\n').indexOf(line);

/** The 0-based line of the closing delimiter of a document's front matter. */
function closingLine(text: string): number {
  const lines = text.split(/\r?\n/);
  return lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
}

before(async () => {
  grammar = await loadPolicyGrammar();
});

describe('front matter and body', () => {
  const seeds = seedDocuments();

  test("the seed's front matter is embedded YAML", { skip: seeds.length === 0 && 'shared seeds not found' }, () => {
    for (const seed of seeds) {
      const tokens = tokenize(seed.text);
      const close = closingLine(seed.text);
      // Every line strictly between the delimiters is YAML inside the embedded block, and nothing else is.
      assert.deepEqual(linesOf(tokens, (t) => hasScope(t, FRONT_MATTER)), [1, 2, 3], seed.name);
      assert.equal(close, 4, seed.name);
      // vscode-textmate never pushes an included grammar's own scope name, so the YAML shows in its rule scopes.
      for (const t of tokens.filter((x) => x.line > 0 && x.line < close && x.text.trim() !== '')) {
        assert.ok(hasScope(t, FRONT_MATTER) && t.scopes.some((s) => s.endsWith('.yaml')), `${seed.name}: ${t.scopes.join(' ')}`);
      }
      assert.deepEqual(scopedTexts(tokens, 'entity.name.tag.yaml'), ['title', 'date', 'source'], seed.name);
      assert.deepEqual(scopedTexts(tokens, 'punctuation.definition.frontmatter.begin.policy'), ['---']);
      assert.deepEqual(scopedTexts(tokens, 'punctuation.definition.frontmatter.end.policy'), ['---']);
      // The delimiters belong to the policy language, so they sit outside the embedded YAML.
      for (const t of tokens.filter((x) => x.line === 0 || x.line === close)) assert.equal(hasScope(t, FRONT_MATTER), false);
    }
  });

  test('the body is Markdown', { skip: seeds.length === 0 && 'shared seeds not found' }, () => {
    for (const seed of seeds) {
      const tokens = tokenize(seed.text);
      const body = tokens.filter((t) => t.line > closingLine(seed.text));
      assert.ok(body.length > 0);
      for (const t of body) {
        assert.ok(hasScope(t, 'text.html.markdown'), `${seed.name} ${t.line + 1}:${t.start} ${t.scopes.join(' ')}`);
        assert.equal(hasScope(t, FRONT_MATTER), false);
      }
      assert.ok(body.some((t) => hasScope(t, 'meta.paragraph.markdown')), 'the Markdown grammar scoped paragraphs');
    }
  });

  test('a file without front matter gets no frontmatter scope', () => {
    const text = dedent`
      December 4, 2025
      Japan Ministry of Defense

      Mr. KANO Koji attended.
    `;
    const tokens = tokenize(text);
    assert.equal(tokens.some((t) => t.scopes.some((s) => s.includes('frontmatter'))), false);
    assert.ok(tokens.every((t) => hasScope(t, 'text.html.markdown')));
    assert.deepEqual(scopedTexts(tokens, DATE), ['December 4, 2025']);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Mr.']);
  });

  test('a `---` thematic break later in the body does not start a front matter', () => {
    const text = dedent`
      ---
      title: x
      ---
      First part on 2025-12-04.

      ---
      title: not yaml
      ---

      Mr. KANO Koji spoke on December 5.
    `;
    const tokens = tokenize(text);
    assert.deepEqual(linesOf(tokens, (t) => hasScope(t, FRONT_MATTER)), [1]);
    assert.deepEqual(linesOf(tokens, (t) => hasScope(t, 'meta.separator.markdown')), [5, 7]);
    assert.ok(tokens.filter((t) => t.line >= 3).every((t) => hasScope(t, 'text.html.markdown')));
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Mr.']);
    assert.deepEqual(scopedTexts(tokens, DATE), ['December 5']);
  });

  test('a first line of dashes that opens no front matter leaves the document to Markdown', () => {
    // The server reads these as body; before, the Markdown grammar's own front-matter rule took the
    // first line and everything up to a matching line (here, the whole file) as YAML.
    for (const first of ['-----', '--- # notes', '---x', '----   ']) {
      const tokens = tokenize(`${first}\n# Heading on 2025-12-04\n\nMr. KANO Koji spoke on December 5.\n`);
      assert.equal(tokens.some((t) => t.scopes.some((s) => s.includes('frontmatter'))), false, first);
      assert.ok(tokens.every((t) => hasScope(t, 'text.html.markdown')), first);
      assert.deepEqual(scopedTexts(tokens, ISO_DATE), ['2025-12-04'], first);
      assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Mr.'], first);
    }
    assert.ok(tokenize('-----\nText.\n').some((t) => t.line === 0 && hasScope(t, 'meta.separator.markdown')));
  });

  test('a `---` line after leading blank lines does not open a front matter', () => {
    const text = '\n\n---\ntitle: x\n---\nOn 2025-12-04.\n';
    const tokens = tokenize(text);
    assert.equal(tokens.some((t) => t.scopes.some((s) => s.includes('frontmatter'))), false);
    assert.deepEqual(scopedTexts(tokens, ISO_DATE), ['2025-12-04']);
  });

  test('a `...` line also closes the front matter', () => {
    const tokens = tokenize('---\ntitle: x\n...\nMs. Roe, 1 May 2025\n');
    assert.deepEqual(linesOf(tokens, (t) => hasScope(t, FRONT_MATTER)), [1]);
    assert.deepEqual(scopedTexts(tokens, 'punctuation.definition.frontmatter.end.policy'), ['...']);
    assert.deepEqual(scopedTexts(tokens, DATE), ['1 May 2025']);
  });

  test('an unclosed YAML construct in the front matter does not swallow the body', () => {
    const text = dedent`
      ---
      people: {name: NAMAZU Hiroyuki
      ---
      Mr. NAMAZU Hiroyuki arrived on 2025-12-04.
    `;
    const tokens = tokenize(text);
    assert.ok(tokens.some((t) => t.line === 1 && hasScope(t, 'meta.flow-mapping.yaml')), 'the stand-in opened a flow mapping');
    assert.deepEqual(scopedTexts(tokens, 'punctuation.definition.frontmatter.end.policy'), ['---']);
    assert.ok(tokens.filter((t) => t.line === 3).every((t) => hasScope(t, 'text.html.markdown') && !hasScope(t, 'source.yaml')));
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Mr.']);
    assert.deepEqual(scopedTexts(tokens, ISO_DATE), ['2025-12-04']);
  });

  test('body cues are not applied inside the front matter', () => {
    const tokens = tokenize('---\ndate: 2025-12-04\nwho: Mr. KANO Koji\n---\n');
    assert.deepEqual(scopedTexts(tokens, ISO_DATE), []);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), []);
  });
});

describe('lexical cues in the seeds', () => {
  const seeds = new Map(seedDocuments().map((d) => [d.name, d] as const));
  const news = seeds.get('seed-000');
  const release = seeds.get('seed-003');

  test('"April 29, 2025" in the first body line is a date', { skip: !news && 'shared seed 000 not found' }, () => {
    const doc = news as NamedDocument;
    const tokens = tokenize(doc.text);
    const firstBodyLine = closingLine(doc.text) + 1;
    assert.equal(doc.text.split('\n')[firstBodyLine], 'April 29, 2025');
    assert.deepEqual(scopedTexts(tokens, DATE, firstBodyLine), ['April 29, 2025']);
    assert.ok(tokens.filter((t) => t.line === firstBodyLine).every((t) => hasScope(t, 'meta.paragraph.markdown')));
  });

  test('"Mr." before "NAMAZU Hiroyuki" is an honorific', { skip: !release && 'shared seed 003 not found' }, () => {
    const doc = release as NamedDocument;
    const tokens = tokenize(doc.text);
    const line = doc.text.split('\n').findIndex((l) => l.includes('Mr. NAMAZU Hiroyuki'));
    const mr = tokens.find((t) => t.line === line && t.text === 'Mr.');
    assert.ok(mr && hasScope(mr, HONORIFIC));
    const next = tokens[tokens.indexOf(mr) + 1];
    assert.ok(next?.text.startsWith(' NAMAZU Hiroyuki') && !hasScope(next, HONORIFIC), 'the name itself stays plain');
    // Both "H.E" and "Mr." precede the Vietnamese vice-ministers' names.
    assert.deepEqual(scopedTexts(tokens, HONORIFIC, line), ['Mr.', 'Mr.', 'H.E', 'Mr.', 'H.E', 'Mr.']);
  });

  test('“Free and Open Indo-Pacific” is a quoted title', { skip: !release && 'shared seed 003 not found' }, () => {
    const tokens = tokenize((release as NamedDocument).text);
    assert.deepEqual(scopedTexts(tokens, TITLE), [
      '“Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World,”',
      '“Free and Open Indo-Pacific”',
    ]);
    const open = tokens.find((t) => t.text === '“' && hasScope(t, TITLE) && t.line === tokens.find((x) => x.text === 'Free and Open Indo-Pacific')?.line);
    assert.ok(open && hasScope(open, 'punctuation.definition.string.begin.policy'));
  });

  test('the press release dateline and "December 4" are dates', { skip: !release && 'shared seed 003 not found' }, () => {
    const tokens = tokenize((release as NamedDocument).text);
    assert.deepEqual(scopedTexts(tokens, DATE), ['December 4, 2025', 'December 4']);
  });

  test('a quotation that is a sentence is not a title', { skip: !news && 'shared seed 000 not found' }, () => {
    const tokens = tokenize((news as NamedDocument).text);
    assert.deepEqual(scopedTexts(tokens, TITLE), []);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Prime Minister', 'Prime Minister']);
  });
});

describe('lexical cues inline', () => {
  test('an ISO date in the body is scoped', () => {
    const tokens = tokenize('The talks resume on 2026-01-15, not 2026-13-01 or 12025-01-01.\n');
    assert.deepEqual(scopedTexts(tokens, ISO_DATE), ['2026-01-15']);
    assert.deepEqual(scopedTexts(tokens, DATE), [], 'an ISO date is not also a long date');
  });

  test('an ISO date is scoped only when it is a day of the calendar, as the analysis reads it', () => {
    // Days 28–31 of every month in ordinary, leap and century years, one per line.
    const candidates: string[] = [];
    for (const year of [1200, 1900, 2000, 2023, 2024, 2025, 2100, 2400])
      for (let month = 1; month <= 12; month++)
        for (let day = 28; day <= 31; day++) candidates.push(`${year}-${String(month).padStart(2, '0')}-${day}`);
    const isDay = (iso: string): boolean => new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
    const expected = candidates.filter((iso) => { try { return isDay(iso); } catch { return false; } });
    const tokens = tokenize(candidates.map((iso) => `On ${iso} the talks ended.`).join('\n'));
    assert.deepEqual(scopedTexts(tokens, ISO_DATE), expected);
    assert.ok(expected.includes('2000-02-29') && expected.includes('2024-02-29') && !expected.includes('2100-02-29') && !expected.includes('2025-04-31'));
  });

  test('English long dates are dates in month-first and day-first order', () => {
    const text = [
      'On April 29, 2025 and April 29 2025 and December 4 and Dec. 5, 2025 and July 8-11.',
      'On 4 December 2025 and 22 February and the 3rd of March 2026 and in October 2015.',
      'Not dates: May we go, Marching on 4, December40, the 4 Decembers, 300 May.',
    ].join('\n');
    const tokens = tokenize(text);
    assert.deepEqual(scopedTexts(tokens, DATE, 0), ['April 29, 2025', 'April 29 2025', 'December 4', 'Dec. 5, 2025', 'July 8-11']);
    assert.deepEqual(scopedTexts(tokens, DATE, 1), ['4 December 2025', '22 February', '3rd of March 2026', 'October 2015']);
    assert.deepEqual(scopedTexts(tokens, DATE, 2), []);
  });

  test('titles before names are honorifics, but a title not followed by a name is not', () => {
    const text = [
      'Shri Narendra Modi met Hon. Bob Carr, Dr. Roe, Ms Lee, Deputy Prime Minister Marles and Vice-Minister Kano.',
      'President Trump and Minister Iwaya spoke with The Rt Hon David Lammy.',
      'The Prime Minister said the Minister of Foreign Affairs and the President of Viet Nam attended the General Assembly.',
    ].join('\n');
    const tokens = tokenize(text);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC, 0), ['Shri', 'Hon.', 'Dr.', 'Ms', 'Deputy Prime Minister', 'Vice-Minister']);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC, 1), ['President', 'Minister', 'The Rt Hon']);
    assert.deepEqual(scopedTexts(tokens, HONORIFIC, 2), []);
  });

  test('a title word that opens the name of a place, a competition or a prize is not an honorific', () => {
    // Found by the session-13 review: "Premier League" and "King Street" took the honorific colour.
    const tokens = tokenize('The Premier League, King Street, the Speaker Series, the Queen Street Bridge and the Chancellor Cup; King Charles spoke.\n');
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['King']);
  });

  test('a title word that opens a longer place or institution name is not an honorific either', () => {
    // Left open by the session-13 review: "Prince Edward Island" took the honorific colour.
    const tokens = tokenize('Prince Edward Island, the Queen Elizabeth Hospital, King George Island and King Abdulaziz University; Prince Edward spoke.\n');
    assert.deepEqual(scopedTexts(tokens, HONORIFIC), ['Prince']);
  });

  test('quoted titles take curly or straight quotes and exclude sentences and lower-case phrases', () => {
    const tokens = tokenize('The "Quad" and “Vision for the Future” but not “two-plus-two” nor "We will act now," he said.\n');
    assert.deepEqual(scopedTexts(tokens, TITLE), ['"Quad"', '“Vision for the Future”']);
  });

  test('cues work in headings, list items, bold text and link text', () => {
    const tokens = tokenize(cuesDocument.text);
    const heading = lineIndex(cuesDocument.text, '# Summit of 22 February');
    assert.deepEqual(scopedTexts(tokens, DATE, heading), ['22 February']);
    assert.ok(tokens.some((t) => t.line === heading && t.text === '22 February' && hasScope(t, 'markup.heading.markdown')));
    const listLine = tokens.find((t) => t.text === '1.')?.line;
    assert.deepEqual(scopedTexts(tokens, TITLE, listLine), ['“Free and Open Indo-Pacific”', '"Comprehensive Strategic Partnership for Peace,"']);
    assert.ok(tokens.some((t) => t.text === 'Dr.' && hasScope(t, HONORIFIC) && hasScope(t, 'markup.bold.markdown')));
    assert.ok(tokens.some((t) => t.text === 'Minister' && hasScope(t, HONORIFIC) && hasScope(t, 'string.other.link.title.markdown')));
  });

  test('cues are not applied in code spans, fenced code or link targets', () => {
    const tokens = tokenize(cuesDocument.text);
    const excluded = ['markup.inline.raw', 'markup.fenced_code', 'markup.underline.link'];
    const inExcluded = tokens.filter((t) => excluded.some((s) => hasScope(t, s)));
    assert.ok(inExcluded.some((t) => t.text.includes('2025-01-01')), 'the document has dates in code and links');
    for (const t of inExcluded) {
      assert.equal([DATE, ISO_DATE, HONORIFIC, TITLE].some((s) => hasScope(t, s)), false, `${t.line + 1}:${t.start} ${t.text}`);
    }
  });
});

describe('the repository seeds', () => {
  const docs = repoSeedDocuments();

  test('each seeds/*.policy.md keeps its front matter in YAML and its body in Markdown', { skip: docs.length === 0 && 'no seeds/*.policy.md yet' }, () => {
    for (const doc of docs) {
      const tokens = tokenize(doc.text);
      const hasFrontMatter = /^---[ \t]*\r?\n/.test(doc.text);
      const close = hasFrontMatter ? closingLine(doc.text) : -1;
      for (const t of tokens) {
        const inside = t.line > 0 && t.line < close;
        assert.equal(hasScope(t, FRONT_MATTER), inside, `${doc.name} ${t.line + 1}:${t.start} ${t.scopes.join(' ')}`);
        if (t.line > close) assert.ok(hasScope(t, 'text.html.markdown'), `${doc.name} ${t.line + 1}:${t.start}`);
      }
      // Whatever else the final seeds say, their datelines and "Mr." titles must be picked up.
      for (const needle of ['April 29, 2025', 'December 4, 2025']) {
        if (doc.text.lastIndexOf(needle) > doc.text.indexOf('\n---', 1)) assert.ok(scopedTexts(tokens, DATE).includes(needle), `${doc.name}: ${needle}`);
      }
      if (/Mr\. NAMAZU/.test(doc.text)) assert.ok(scopedTexts(tokens, HONORIFIC).includes('Mr.'), doc.name);
    }
  });
});
