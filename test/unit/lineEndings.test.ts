import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeDocument, analyzeForIndex } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { repoPath } from '../support/paths';

// A Windows checkout (CRLF) or an old Mac file (lone CR) is the same document as its LF twin. The review
// of session 13 found commitments cut at a CRLF line break ("Japan will work\r\n to realize …" was "will
// work") and lone-CR files without a document date, so that no relative date was resolved.

type Found = { kind: string; text: string; value?: string; start: number; end: number };

function found(text: string): Found[] {
  const analysis = analyzeDocument(text, { documentDate: '2025-04-29' });
  return [...analysis.entities, ...analysis.commitments].map((e) => ({
    kind: e.kind,
    text: e.text,
    start: e.span.start,
    end: e.span.end,
    ...('value' in e && e.value !== undefined ? { value: e.value } : {}),
  }));
}

/** The LF twin's findings as they read in a file with other line ends: offsets move by the extra CRs before them. */
function asIn(lf: string, other: string, findings: readonly Found[]): Found[] {
  const shift: number[] = [];
  let extra = 0;
  for (let i = 0, j = 0; i <= lf.length; i++, j++) {
    shift[i] = extra;
    if (lf[i] === '\n' && other[j] === '\r' && other[j + 1] === '\n') {
      extra++;
      j++;
    }
  }
  return findings.map((f) => ({ ...f, start: f.start + shift[f.start]!, end: f.end + shift[f.end]!, text: other.slice(f.start + shift[f.start]!, f.end + shift[f.end]!) }));
}

test('a commitment wrapped over a CRLF or lone-CR line break is the whole clause, as with LF', () => {
  const lf = 'Japan will work\n   to realize a free and open Indo-Pacific by the end of the year.\n';
  for (const other of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
    const commitment = analyzeDocument(other, { documentDate: '2025-04-29' }).commitments[0];
    assert.ok(commitment);
    assert.equal(commitment.text, other.slice(commitment.span.start, commitment.span.end));
    assert.match(commitment.text, /^will work[\r\n]+ {3}to realize a free and open Indo-Pacific by the end of the year$/);
  }
});

test('a lone-CR file has its dateline, and its relative dates are resolved', () => {
  const analysis = analyzeDocument('Press Release\rDecember 4, 2025\rTOKYO - The ministers met on Monday.\r');
  assert.equal(analysis.documentDate?.value, '2025-12-04');
  assert.equal(analysis.entities.find((e) => e.text === 'Monday')?.value, '2025-12-01');
});

test('corpus documents give the same findings with LF, CRLF and lone-CR line ends', () => {
  const names = readdirSync(repoPath('test/corpus')).filter((n) => n.endsWith('.txt')).sort();
  // Every sixth document keeps the test quick; all 351 agree (checked when the fix was made).
  for (const name of names.filter((_, i) => i % 6 === 0)) {
    const lf = readFileSync(repoPath('test/corpus', name), 'utf8').replace(/\r\n?/g, '\n');
    const expected = found(lf);
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(found(crlf), asIn(lf, crlf, expected), `${name} with CRLF`);
    const cr = lf.replace(/\n/g, '\r');
    assert.deepEqual(found(cr), expected.map((f) => ({ ...f, text: cr.slice(f.start, f.end) })), `${name} with lone CRs`);
  }
});

test('the index analysis reads a lone-CR file as the full analysis does', () => {
  const text = '---\rid: a\rdate: 2025-04-29\r---\rPrime Minister Shigeru\rIshiba met officials.\r';
  const registry = OfficialsRegistry.fromYaml(readFileSync(repoPath('seeds/officials.yaml'), 'utf8'), 'officials.yaml').registry;
  const full = analyzeDocument(text, { registry }).entities.filter((e) => e.officialId !== undefined);
  assert.deepEqual(
    full.map((e) => e.text),
    ['Shigeru\rIshiba'],
  );
  assert.deepEqual(analyzeForIndex(text, { registry }).entities.map((e) => [e.span, e.text, e.officialId]), full.map((e) => [e.span, e.text, e.officialId]));
});
