import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DateRule } from '../../server/src/analysis/dates/absoluteRules';
import type { Candidate } from '../../server/src/analysis/dates/candidate';
import { looseCueStarts } from '../../server/src/analysis/dates/chronoFallback';
import { MONTH_ANY } from '../../server/src/analysis/dates/lexicon';
import { forEachMatch, scanAnchors, type MatchFilter } from '../../server/src/analysis/dates/ruleRunner';
import { generateDocument } from '../bench/lib/corpus';
import { seededRandom } from '../support/random';

/** One match, written so that two lists of matches compare as strings. */
function describeMatch(rule: DateRule, m: RegExpExecArray): string {
  return `${rule.name}@${m.index}:${JSON.stringify([...m])}${JSON.stringify(m.groups ?? {})}`;
}

/** Every match the runner visits in `text`, with an optional filter. */
function visited(text: string, filter?: MatchFilter): string[] {
  const out: string[] = [];
  forEachMatch(scanAnchors(text), (rule, m) => out.push(describeMatch(rule, m)), filter);
  return out;
}

/** Paragraphs of a generated document, which hold every kind of date the rules know. */
function sampleParagraphs(): string[] {
  return generateDocument({ size: 40_000, seed: 77 })
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');
}

describe('the date rule runner with a match filter', () => {
  it('visits the same matches as without a filter when the filter rejects nothing', () => {
    const rejectNothing: MatchFilter = { mayReject: () => true, rejects: () => false };
    for (const text of sampleParagraphs()) assert.deepEqual(visited(text, rejectNothing), visited(text), text.slice(0, 120));
  });

  it('skips exactly the rejected matches and goes on as if it had visited them', () => {
    for (const text of sampleParagraphs()) {
      const all = visited(text);
      // Rejects every other match it is asked about, so that rejections fall between visited matches.
      let asked = 0;
      const rejected: string[] = [];
      const filter: MatchFilter = {
        mayReject: () => true,
        rejects: (start, end) => {
          asked++;
          if (asked % 2 === 0) return false;
          rejected.push(`${start}-${end}`);
          return true;
        },
      };
      const kept = visited(text, filter);
      assert.equal(kept.length + rejected.length, all.length, text.slice(0, 120));
      for (const match of kept) assert.ok(all.includes(match));
    }
  });

  it('never asks whether to reject a match that it was told cannot be rejected', () => {
    const filter: MatchFilter = {
      mayReject: () => false,
      rejects: () => assert.fail('rejects was called'),
    };
    for (const text of sampleParagraphs()) assert.deepEqual(visited(text, filter), visited(text));
  });
});

/** The cue starts that the single alternation of both cue kinds finds, as the scan was written before. */
function combinedCueStarts(text: string): number[] {
  const combined = new RegExp(`${MONTH_ANY}(?![a-z])|\\b\\d{1,4}[/.]\\d{1,2}[/.]\\d{2,4}\\b`, 'g');
  return [...text.matchAll(combined)].map((m) => m.index);
}

// Month names whole, cut and glued, digits and joints, so that random strings put month cues and
// numeric cues right next to each other: "Dec.12/3/2025", "JAN1.2.33", "xMarch".
const CUE_PIECES = [
  'Jan', 'JAN', 'January', 'Sept', 'SEP', 'May', 'MAY', 'Dec.', 'uary', 'O', 'ct', 'Mar', 'ch', 'x', 'X', '_',
  '.', '/', '-', ' ', '1', '12', '2025', '3', '0', '.5',
];

describe('the loose date cues for chrono', () => {
  it('are the cues of the single alternation of month names and numeric dates, in text order', () => {
    const random = seededRandom(2026);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += CUE_PIECES[Math.floor(random() * CUE_PIECES.length)];
      assert.deepEqual(looseCueStarts(text, []), combinedCueStarts(text), JSON.stringify(text));
    }
  });

  it('leave out the cues that a found date explains', () => {
    const text = 'Signed on 12 March 2025, reviewed 1/2/2024 and again in April.';
    const start = text.indexOf('12 March 2025');
    const taken: Candidate[] = [{ start, end: start + '12 March 2025'.length, precision: 'day', relative: false, reason: '', source: 'pattern' }];
    assert.deepEqual(looseCueStarts(text, taken), [text.indexOf('1/2/2024'), text.indexOf('April')]);
  });
});
