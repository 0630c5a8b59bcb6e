import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectDateline } from '../../server/src/analysis/dateline';
import { sharedRoot } from '../support/paths';
import { spanOf } from '../support/text';

function seed(name: string): string {
  return readFileSync(join(sharedRoot, 'seeds', name), 'utf8');
}

describe('detectDateline', () => {
  it('reads "April 29, 2025" on the first line of the news seed', () => {
    const body = seed('000_dd5102b55469b375.txt');
    assert.deepEqual(detectDateline(body), { value: '2025-04-29', span: spanOf(body, 'April 29, 2025') });
  });

  it('skips blank lines and a "(Press Release)" line to find "December 4, 2025"', () => {
    const body = seed('003_1218f11686f30d15.txt');
    assert.deepEqual(detectDateline(body), { value: '2025-12-04', span: spanOf(body, 'December 4, 2025') });
  });

  it('accepts a day-month-year with a place before it', () => {
    const body = 'Tokyo, 3 May 2023\nThe ministers met.';
    assert.deepEqual(detectDateline(body), { value: '2023-05-03', span: spanOf(body, '3 May 2023') });
  });

  it('accepts "2 April 2012" and an ISO date alone on a line', () => {
    assert.equal(detectDateline('2 April 2012\nTitle')?.value, '2012-04-02');
    assert.equal(detectDateline('\n2012-04-02\n')?.value, '2012-04-02');
  });

  it('does not take "on Monday (January 16)" in a Reuters lead as a dateline', () => {
    const body = 'HANOI, Vietnam (Reuters) — Japanese Prime Minister Shinzo Abe received a state welcoming ceremony in Hanoi, Vietnam on Monday (January 16).';
    assert.equal(detectDateline(body), undefined);
  });

  it('does not take a date inside the first sentence of the prose', () => {
    assert.equal(detectDateline('Joint statement\n\n1. The ministers held the meeting in Adelaide on 10 October 2023.'), undefined);
    assert.equal(detectDateline('On 10 October 2023 the ministers met in Adelaide.'), undefined);
  });

  it('rejects days that do not exist and looks no further than the first five non-blank lines', () => {
    assert.equal(detectDateline('February 30, 2025\n'), undefined);
    assert.equal(detectDateline('a\nb\nc\nd\ne\nApril 29, 2025\n'), undefined);
  });

  it('reads a dotted numeric date day first, so "08.12.2021 - Press release" is 8 December 2021', () => {
    const body = 'Statement by the Foreign Minister\n\n08.12.2021 - Press release\n\nThe minister said.';
    assert.deepEqual(detectDateline(body), { value: '2021-12-08', span: spanOf(body, '08.12.2021') });
  });

  it('finds the date of a stamp led by an abbreviated weekday ("Wed, 03 Aug 2005")', () => {
    assert.equal(detectDateline('Wed, 03 Aug 2005\n\nMinisters agree')?.value, '2005-08-03');
  });

  it('returns nothing for an empty body', () => {
    assert.equal(detectDateline(''), undefined);
  });
});
