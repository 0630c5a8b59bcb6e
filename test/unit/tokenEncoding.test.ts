import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SemanticTokensBuilder } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, ParagraphCache, type DocumentAnalysis } from '../../server/src/analysis/index';
import { NO_ANNOTATIONS } from '../../server/src/analysis/annotations';
import type { Commitment, Entity, Span } from '../../server/src/analysis/types';
import { OFFICIAL_MODIFIER, TOKEN_TYPES } from '../../server/src/features/semanticTokenLegend';
import { diffTokenData, encodeAnalysis, encodeTokens, type EncodedTokens } from '../../server/src/features/tokenEncoding';
import { generateDocument } from '../bench/lib/corpus';

interface Token {
  readonly span: Span;
  readonly type: number;
  readonly modifiers: number;
}

/**
 * The straightforward encoding the fast encoder replaces, kept as the reference: token objects,
 * a stable merge, and a builder that positions every piece on its own.
 */
function referenceEncoding(document: TextDocument, analysis: DocumentAnalysis, within?: Span): number[] {
  const entities: Token[] = analysis.entities.map((e) => ({
    span: e.span,
    type: TOKEN_TYPES.indexOf(e.kind),
    modifiers: e.kind === 'person' && e.officialId ? OFFICIAL_MODIFIER : 0,
  }));
  const clauses: Token[] = [];
  for (const c of analysis.commitments) {
    let cursor = c.span.start;
    for (const e of analysis.entities) {
      if (e.span.end <= c.span.start || e.span.start >= c.span.end) continue;
      if (e.span.start > cursor) clauses.push({ span: { start: cursor, end: e.span.start }, type: TOKEN_TYPES.indexOf('commitment'), modifiers: 0 });
      cursor = Math.max(cursor, e.span.end);
    }
    if (cursor < c.span.end) clauses.push({ span: { start: cursor, end: c.span.end }, type: TOKEN_TYPES.indexOf('commitment'), modifiers: 0 });
  }
  clauses.sort((a, b) => a.span.start - b.span.start);
  const tokens: Token[] = [];
  let j = 0;
  for (const e of entities) {
    while (j < clauses.length && clauses[j]!.span.start < e.span.start) tokens.push(clauses[j++]!);
    tokens.push(e);
  }
  tokens.push(...clauses.slice(j));
  const text = document.getText();
  const builder = new SemanticTokensBuilder();
  let encodedEnd = 0;
  for (const token of tokens) {
    const start = Math.max(token.span.start, within?.start ?? 0, encodedEnd);
    const end = Math.min(token.span.end, within?.end ?? text.length);
    if (start >= end) continue;
    encodedEnd = end;
    for (let pieceStart = start; pieceStart < end; ) {
      const found = /[\r\n]/.exec(text.slice(pieceStart, end));
      const pieceEnd = found ? pieceStart + found.index : end;
      let from = pieceStart;
      while (from < pieceEnd && /\s/.test(text.charAt(from))) from++;
      if (pieceEnd > from) {
        const pos = document.positionAt(from);
        builder.push(pos.line, pos.character, pieceEnd - from, token.type, token.modifiers);
      }
      pieceStart = pieceEnd + 1;
    }
  }
  return builder.build().data;
}

/** Applies semantic-token edits as an editor does. */
function applyEdits(data: readonly number[], edits: ReturnType<typeof diffTokenData>): number[] {
  const out = [...data];
  for (const edit of [...edits].reverse()) out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return out;
}

const KINDS = ['person', 'organization', 'place', 'date'] as const;

/** A random text with CR, LF, CRLF, indentation and non-ASCII space, and a random analysis over it. */
const syntheticCase = fc
  .record({
    pieces: fc.array(fc.constantFrom('word ', 'Ishiba', '\n', '\r\n', '\r', '  ', '\t', '\u00a0', 'é', '\n\n  '), { minLength: 1, maxLength: 60 }),
    entityCuts: fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...KINDS), fc.boolean()), { maxLength: 12 }),
    clauses: fc.array(fc.tuple(fc.nat(), fc.nat(60)), { maxLength: 6 }),
  })
  .map(({ pieces, entityCuts, clauses }) => {
    const text = pieces.join('');
    const n = text.length;
    // Entities are sorted and never overlap, as the analysis guarantees; clauses may nest and overlap.
    const entities: Entity[] = [];
    let from = 0;
    for (const [gap, length, kind, official] of [...entityCuts].sort((a, b) => a[0] - b[0])) {
      const start = Math.min(n, from + (gap % 20));
      const end = Math.min(n, start + length + 1);
      if (start >= end) break;
      entities.push({ kind, span: { start, end }, text: text.slice(start, end), source: 'pattern', reason: 'test', ...(kind === 'person' && official ? { officialId: 'x' } : {}) });
      from = end;
    }
    const commitments: Commitment[] = clauses
      .map(([at, length]) => ({ start: n === 0 ? 0 : at % n, end: Math.min(n, (n === 0 ? 0 : at % n) + length + 1) }))
      .filter((s) => s.start < s.end)
      .sort((a, b) => a.start - b.start)
      .map((span) => ({ kind: 'commitment', span, text: text.slice(span.start, span.end), trigger: 'will', source: 'pattern', reason: 'test' }));
    const analysis: DocumentAnalysis = { skipped: false, bodyStart: 0, annotations: NO_ANNOTATIONS, entities, commitments, findings: [] };
    return { text, analysis };
  });

describe('semantic token encoding', () => {
  test('generated documents, one of them over several chunks of data, encode exactly as the reference encoding does', () => {
    for (const [seed, size] of [[1, 2_000], [7, 20_000], [42, 200_000]] as const) {
      const text = generateDocument({ size, seed });
      const document = TextDocument.create('file:///t.policy.md', 'policy', 1, text);
      const analysis = analyzeDocument(text);
      // These documents take the per-paragraph path; the reference reads the placed entities.
      assert.ok(analysis.paragraphs !== undefined, 'the analysis offers its paragraphs');
      assert.deepEqual(encodeAnalysis(document, analysis), referenceEncoding(document, analysis), `seed ${seed}`);
      const within = { start: Math.floor(size / 3), end: Math.floor(size / 2) };
      assert.deepEqual(encodeAnalysis(document, analysis, within), referenceEncoding(document, analysis, within), `seed ${seed}, range`);
    }
  });

  test('a document with front-matter corrections has no paragraph view, and still encodes as the reference does', () => {
    const text = '---\ndate: 2025-04-29\ncorrections:\n  ignore: [Hanoi]\n  add:\n    - { text: Blue Lotus, type: organization }\n---\nIn Hanoi, the Blue Lotus group met Prime Minister Shigeru Ishiba on Monday.\n';
    const document = TextDocument.create('file:///c.policy.md', 'policy', 1, text);
    const analysis = analyzeDocument(text);
    assert.equal(analysis.paragraphs, undefined);
    assert.ok(analysis.entities.some((e) => e.text === 'Blue Lotus'));
    assert.deepEqual(encodeAnalysis(document, analysis), referenceEncoding(document, analysis));
  });

  test('random analyses over texts with every kind of line break encode as the reference does', () => {
    fc.assert(
      fc.property(syntheticCase, fc.nat(), fc.nat(), ({ text, analysis }, a, b) => {
        const document = TextDocument.create('file:///t.policy.md', 'policy', 1, text);
        assert.deepEqual(encodeAnalysis(document, analysis), referenceEncoding(document, analysis));
        const start = text.length === 0 ? 0 : a % text.length;
        const within = { start, end: Math.min(text.length, start + (b % 40)) };
        assert.deepEqual(encodeAnalysis(document, analysis, within), referenceEncoding(document, analysis, within));
      }),
      { seed: 31, numRuns: 400 },
    );
  });

  test('memoised paragraph tokens, re-based after edits and joined with the last encoding, encode as the reference does', () => {
    // Equal prose at other columns and lines; HTML comments that mask to the same prose with and without
    // a line break inside (their paragraphs share results but not line breaks); CRLF and lone CR.
    const blocks = [
      'Prime Minister Shigeru Ishiba will visit Hanoi on Monday.',
      '  Prime Minister Shigeru Ishiba will visit Hanoi on Monday.',
      '- Japan and Viet Nam agreed to hold talks in Tokyo by the end of the year.',
      'Ishiba met <!-- a\nb --> Pham Minh Chinh in Hanoi on\nTuesday and will return in May.',
      'Ishiba met <!-- a b  --> Pham Minh Chinh in Hanoi on\nTuesday and will return in May.',
      'The Ministry of Foreign Affairs (MOFA)\r\nwill announce the plan\rin December.',
      'See `code` and https://example.org/x before Japan will act.',
    ];
    const documents = fc.record({
      order: fc.array(fc.nat(blocks.length - 1), { minLength: 1, maxLength: 12 }),
      breaks: fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'),
      edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', ' ', '\n', '\n\n', 'Japan ', '\r\n', '')), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(documents, ({ order, breaks, edits }) => {
        let text = `---\ndate: 2025-04-29\n---\n${order.map((i) => blocks[i]!).join(breaks)}\n`;
        const cache = new ParagraphCache();
        let previous: EncodedTokens | undefined;
        const check = (): void => {
          const document = TextDocument.create('file:///m.policy.md', 'policy', 1, text);
          const analysis = analyzeDocument(text, { paragraphCache: cache });
          assert.ok(analysis.paragraphs !== undefined);
          const reference = referenceEncoding(document, analysis);
          assert.deepEqual(encodeAnalysis(document, analysis), reference);
          // Joined with the previous encoding's unchanged runs, as the server does after an edit.
          previous = encodeTokens(document, analysis, previous);
          assert.deepEqual(previous.data, reference);
        };
        check();
        for (const [at, inserted] of edits) {
          const offset = 24 + (at % (text.length - 24));
          // An empty insertion deletes one character instead.
          text = inserted === '' ? text.slice(0, offset) + text.slice(offset + 1) : text.slice(0, offset) + inserted + text.slice(offset);
          check();
        }
      }),
      { seed: 17, numRuns: 150 },
    );
  });

  test('the delta edits turn the previous data into the next', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 30 }), fc.array(fc.nat(5), { maxLength: 30 }), (previous, next) => {
        const edits = diffTokenData(previous, next);
        assert.deepEqual(applyEdits(previous, edits), next);
        assert.ok(edits.length <= 1);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  test('identical data needs no edit', () => {
    assert.deepEqual(diffTokenData([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]), []);
  });
});
