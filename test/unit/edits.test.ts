import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { appendToSequence, applyEdits, setScalar } from '../../server/src/analysis/edits';
import { dedent, spanOf } from '../support/text';

/** The whole text as one YAML block. */
const whole = (text: string): { start: number; end: number } => ({ start: 0, end: text.length });

const FRONT = dedent`
  # Annotations of a test document.
  id: doc-1 # the id
  kind: press release   # wrong on purpose
  countries: [JP, UK]
  commitments:
    - id: c1
      quote: >-
        agreed to hold a meeting
        by the end of the year
      actors: [JP]  # who commits
    # A comment between items.
    - id: c2
      quote: "will consider it"
  tags: [a, b]
  # A trailing comment.
`;

describe('setScalar', () => {
  test('changes one plain value and keeps the comment after it', () => {
    const edits = setScalar(FRONT, whole(FRONT), spanOf(FRONT, 'press release'), 'press-release');
    assert.equal(applyEdits(FRONT, edits), FRONT.replace('kind: press release   # wrong', 'kind: press-release   # wrong'));
    assert.equal(edits.length, 1);
  });

  test('changes a value inside a flow list', () => {
    const edits = setScalar(FRONT, whole(FRONT), spanOf(FRONT, 'UK'), 'GB');
    assert.equal(applyEdits(FRONT, edits), FRONT.replace('[JP, UK]', '[JP, GB]'));
  });

  test('renames a key and keeps its value and comment', () => {
    const edits = setScalar(FRONT, whole(FRONT), spanOf(FRONT, 'kind'), 'genre');
    assert.equal(applyEdits(FRONT, edits), FRONT.replace('kind: press', 'genre: press'));
  });

  test('rewrites a folded block scalar in block style, indented under its key', () => {
    const edits = setScalar(FRONT, whole(FRONT), spanOf(FRONT, '>-'), 'agreed to hold “a meeting” soon: really');
    const result = applyEdits(FRONT, edits);
    assert.equal(result, FRONT.replace('>-\n      agreed to hold a meeting\n      by the end of the year\n', '>-\n      agreed to hold “a meeting” soon: really\n'));
    assert.equal((parse(result) as { commitments: { quote: string }[] }).commitments[0]?.quote, 'agreed to hold “a meeting” soon: really');
  });

  test('keeps a double-quoted scalar double-quoted and escapes what needs escaping', () => {
    const edits = setScalar(FRONT, whole(FRONT), spanOf(FRONT, '"will consider it"'), 'said "yes"');
    assert.equal(applyEdits(FRONT, edits), FRONT.replace('"will consider it"', '"said \\"yes\\""'));
  });

  test('quotes a plain value that would otherwise read as a boolean or a number', () => {
    const a = applyEdits(FRONT, setScalar(FRONT, whole(FRONT), spanOf(FRONT, 'doc-1'), 'true'));
    assert.equal((parse(a) as { id: unknown }).id, 'true');
    const b = applyEdits(FRONT, setScalar(FRONT, whole(FRONT), spanOf(FRONT, 'doc-1'), '2025'));
    assert.equal((parse(b) as { id: unknown }).id, '2025');
    assert.ok(b.includes('id: "2025" # the id'));
  });

  test('returns no edit when no scalar starts at the offset', () => {
    assert.deepEqual(setScalar(FRONT, whole(FRONT), { start: 1, end: 2 }, 'x'), []);
  });

  test('works on a block inside a larger file, with offsets into the whole file', () => {
    const file = `---\n${FRONT}---\nBody.\n`;
    const block = { start: 4, end: 4 + FRONT.length };
    const edits = setScalar(file, block, spanOf(file, 'press release'), 'press-release');
    assert.equal(applyEdits(file, edits), file.replace('kind: press release', 'kind: press-release'));
  });
});

describe('appendToSequence', () => {
  test('appends a block item after the last one, at the list indentation, with flow actors', () => {
    const edits = appendToSequence(FRONT, whole(FRONT), 'commitments', [{ id: 'c3', quote: 'will meet again', actors: ['JP', 'VN'], due: '2025-12-31' }], {
      flowKeys: ['actors'],
    });
    const expected = FRONT.replace(
      '    quote: "will consider it"\n',
      '    quote: "will consider it"\n  - id: c3\n    quote: will meet again\n    actors: [JP, VN]\n    due: 2025-12-31\n',
    );
    assert.equal(applyEdits(FRONT, edits), expected);
  });

  test('adds a missing key with its list at the end of the mapping, before nothing else changes', () => {
    const edits = appendToSequence(FRONT, whole(FRONT), 'officials', [{ id: 'x-y', mention: 'Mr. X: Y' }]);
    const result = applyEdits(FRONT, edits);
    assert.equal(result, FRONT.replace('tags: [a, b]\n', 'tags: [a, b]\nofficials:\n  - id: x-y\n    mention: "Mr. X: Y"\n'));
  });

  test('fills a key that has no value yet', () => {
    const text = 'id: a\nofficials:   # none yet\ntags: [x]\n';
    const result = applyEdits(text, appendToSequence(text, whole(text), 'officials', [{ id: 'b' }]));
    assert.equal(result, 'id: a\nofficials:   # none yet\n  - id: b\ntags: [x]\n');
  });

  test('appends flow mappings to a flow list', () => {
    const text = 'officials: [] # later\n';
    const result = applyEdits(text, appendToSequence(text, whole(text), 'officials', [{ id: 'b', mention: 'B' }]));
    assert.equal(result, 'officials: [{id: b, mention: B}] # later\n');
  });

  // Each case below produced invalid YAML before (a doubled comma, an item at column 0 before a
  // bracket on its own line, list items under a written null, block keys after a flow mapping).
  const appended = (text: string): string => applyEdits(text, appendToSequence(text, whole(text), 'officials', [{ id: 'b', mention: 'B' }]));

  test('appends after the last item of a flow list that ends with a comma', () => {
    const result = appended('officials: [a, ]\n');
    assert.equal(result, 'officials: [a, {id: b, mention: B}, ]\n');
    assert.deepEqual(parse(result), { officials: ['a', { id: 'b', mention: 'B' }] });
  });

  test('appends after the last item of a flow list whose closing bracket has a line of its own', () => {
    const result = appended('officials: [\n  a\n] # kept\nid: x\n');
    assert.equal(result, 'officials: [\n  a, {id: b, mention: B}\n] # kept\nid: x\n');
    assert.deepEqual(parse(result), { officials: ['a', { id: 'b', mention: 'B' }], id: 'x' });
  });

  test('replaces a written null with the list, keeping the comment after it', () => {
    assert.equal(appended('id: a\nofficials: ~\ntags: [x]\n'), 'id: a\nofficials:\n  - id: b\n    mention: B\ntags: [x]\n');
    assert.equal(appended('id: a\nofficials: null # to do\n'), 'id: a\nofficials: # to do\n  - id: b\n    mention: B\n');
    assert.deepEqual(parse(appended('officials: NULL\n')), { officials: [{ id: 'b', mention: 'B' }] });
  });

  test('adds to a front matter written as one flow mapping in flow style', () => {
    assert.equal(appended('{id: a, date: 2025-04-29}\n'), '{id: a, date: 2025-04-29, officials: [{id: b, mention: B}]}\n');
    assert.deepEqual(parse(appended('{id: a, officials: ~}\n')), { id: 'a', officials: [{ id: 'b', mention: 'B' }] });
    assert.deepEqual(parse(appended('{}\n')), { officials: [{ id: 'b', mention: 'B' }] });
  });

  test('makes no edit in YAML with errors, even where a list would be found', () => {
    // The list is there, but the block also has a duplicate key: what the analyst meant is unknown.
    const broken = 'officials: []\nid: a\nid: b\n';
    assert.deepEqual(appendToSequence(broken, whole(broken), 'officials', [{ id: 'b' }]), []);
  });

  test('keeps the blank lines between registry entries and their comments', () => {
    const registry = dedent`
      # The registry.
      officials:
        - id: a
          name: A # first
          roles:
            - title: Minister
              from: 2024-10-01 # public record

        - id: b
          name: B
    `;
    const edits = appendToSequence(registry, whole(registry), 'officials', [
      { id: 'c-d', name: 'C D', country: 'VN', roles: [{ title: 'Deputy Minister', from: '2025-12-04' }] },
    ]);
    const expected = `${registry}\n  - id: c-d\n    name: C D\n    country: VN\n    roles:\n      - title: Deputy Minister\n        from: 2025-12-04\n`;
    assert.equal(applyEdits(registry, edits), expected);
  });

  test('adds a final line break when the block does not end with one', () => {
    const text = 'tags:\n  - a';
    assert.equal(applyEdits(text, appendToSequence(text, whole(text), 'tags', [{ x: 1 }])), 'tags:\n  - a\n  - x: 1\n');
  });

  test('round-trips: every comment, key and value of the original survives an append and a rename', () => {
    let text = FRONT;
    text = applyEdits(text, appendToSequence(text, whole(text), 'commitments', [{ id: 'c3', quote: 'q' }]));
    text = applyEdits(text, setScalar(text, whole(text), spanOf(text, 'tags'), 'keywords'));
    for (const line of FRONT.split('\n')) {
      if (line.includes('tags')) continue;
      assert.ok(text.includes(line), `line survives: ${line}`);
    }
    const data = parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(data), ['id', 'kind', 'countries', 'commitments', 'keywords']);
    assert.equal(text.indexOf('# A comment between items.') < text.indexOf('- id: c2'), true);
  });
});

describe('blocks with lone CR line ends (old Mac files)', () => {
  const text = '---\rid: a\rkind: newz # typo\rcountries: [JP]\rcommitments:\r  - id: c1\r    quote: will meet\r---\rBody.\r';
  const block = { start: 4, end: text.indexOf('---', 4) };

  test('setScalar changes the value alone, keeping the keys on the lines after it', () => {
    const fixed = applyEdits(text, setScalar(text, block, spanOf(text, 'newz'), 'news'));
    assert.equal(fixed, text.replace('newz', 'news'));
  });

  test('appendToSequence writes the new entry with CR line ends, and the block still reads as YAML', () => {
    const fixed = applyEdits(text, appendToSequence(text, block, 'commitments', [{ id: 'c2', quote: 'will act' }]));
    assert.equal(fixed.includes('\n'), false, 'no line feed is mixed in');
    const yaml = fixed.slice(4, fixed.indexOf('---', 4)).replace(/\r/g, '\n');
    assert.deepEqual(parse(yaml).commitments, [{ id: 'c1', quote: 'will meet' }, { id: 'c2', quote: 'will act' }]);
    assert.deepEqual(parse(yaml).countries, ['JP']);
  });
});
