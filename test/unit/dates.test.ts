import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDates } from '../../server/src/analysis/recognizers/dates';
import type { Entity } from '../../server/src/analysis/types';
import { sharedRoot } from '../support/paths';
import { spanOf } from '../support/text';

/** The dates found in a paragraph, as [text, value] pairs in order. */
function found(paragraph: string, documentDate?: string): [string, string | undefined][] {
  return recognizeDates(paragraph, documentDate ? { documentDate } : {}).map((e) => [e.text, e.value]);
}

/** The single date found in a paragraph; fails when there is not exactly one. */
function single(paragraph: string, documentDate?: string): Entity {
  const all = recognizeDates(paragraph, documentDate ? { documentDate } : {});
  assert.equal(all.length, 1, `expected one date in "${paragraph}", got ${JSON.stringify(all.map((e) => e.text))}`);
  const only = all[0];
  assert.ok(only);
  return only;
}

const TUESDAY = '2025-04-29';
const DEC4 = '2025-12-04';

describe('recognizeDates: weekdays', () => {
  it('resolves "on Monday" in a Tuesday 29 April 2025 article to 2025-04-28 with the span "Monday"', () => {
    const text = 'The leaders met in Hanoi on Monday.';
    const date = single(text, TUESDAY);
    assert.deepEqual(date.span, spanOf(text, 'Monday'));
    assert.equal(date.value, '2025-04-28');
    assert.equal(date.precision, 'day');
    assert.equal(date.relative, true);
    assert.match(date.reason, /most recent Monday on or before the document date 2025-04-29/);
  });

  it('resolves "will meet … on Sunday" to the next Sunday because of the future auxiliary', () => {
    assert.deepEqual(found('The two ministers will meet again in Tokyo on Sunday.', TUESDAY), [['Sunday', '2025-05-04']]);
    assert.deepEqual(found('The meeting is scheduled to take place on Sunday.', TUESDAY), [['Sunday', '2025-05-04']]);
    assert.deepEqual(found('The talks, to be held on Friday, will cover trade.', TUESDAY), [['Friday', '2025-05-02']]);
  });

  it('keeps the past reading of "on Monday" after an intention such as "agreed to hold"', () => {
    const seedLead =
      'HANOI – Japan and Vietnam agreed to establish a new framework and to hold its first meeting in Japan by the end of the year during a summit in Hanoi on Monday.';
    assert.deepEqual(found(seedLead, TUESDAY), [
      ['by the end of the year', '2025-12-31'],
      ['Monday', '2025-04-28'],
    ]);
  });

  it('looks ahead for a weekday after a present-tense intention, a present-tense main verb or a headline infinitive', () => {
    // Before: every one of these resolved to the past week (hunt-dates2 #1). Wednesday 30 April 2025.
    const WEDNESDAY = '2025-04-30';
    assert.deepEqual(found('The minister plans to visit Tokyo on Thursday.', WEDNESDAY), [['Thursday', '2025-05-01']]);
    assert.deepEqual(found('The two sides agree to resume talks on Friday.', WEDNESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('The two sides stand ready to resume talks on Friday.', WEDNESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('The vote takes place on Thursday.', WEDNESDAY), [['Thursday', '2025-05-01']]);
    assert.deepEqual(found('The vote is on Thursday.', WEDNESDAY), [['Thursday', '2025-05-01']]);
    assert.deepEqual(found('The agreement enters into force on Friday.', WEDNESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('The final round begins Friday in Doha.', WEDNESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('The minister is travelling to Tokyo on Thursday.', WEDNESDAY), [['Thursday', '2025-05-01']]);
    assert.deepEqual(found('Ministers to meet Friday in Geneva', TUESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('The leaders met ahead of a summit slated for Friday and Saturday.', WEDNESDAY), [
      ['Friday', '2025-05-02'],
      ['Saturday', '2025-05-03'],
    ]);
    // A day-month after "scheduled for" keeps its year: the vote may well have been postponed.
    assert.deepEqual(found('The vote, scheduled for 5 March, was postponed.', WEDNESDAY), [['5 March', '2025-03-05']]);
    assert.deepEqual(found('The exercise, which began on Monday, runs until Friday.', WEDNESDAY), [
      ['Monday', '2025-04-28'],
      ['until Friday', '2025-05-02'],
    ]);
    // A past verb before the infinitive keeps it a purpose of a past act; a past intention keeps the past.
    assert.deepEqual(found('The minister travelled to Tokyo to sign the deal on Monday.', WEDNESDAY), [['Monday', '2025-04-28']]);
    assert.deepEqual(found('The president urged ministers to meet on Friday.', WEDNESDAY), [['Friday', '2025-04-25']]);
    assert.deepEqual(found('The two sides agreed to resume talks during a summit on Monday.', WEDNESDAY), [['Monday', '2025-04-28']]);
    // A noun or adjective among the listed verbs is not a present tense.
    assert.deepEqual(found('The border was open on Monday.', WEDNESDAY), [['Monday', '2025-04-28']]);
    assert.deepEqual(found('The talks came to an end on Monday.', WEDNESDAY), [['Monday', '2025-04-28']]);
    assert.deepEqual(found('The conference kicked off for a three-day run on Friday.', WEDNESDAY), [['Friday', '2025-04-25']]);
  });

  it('splits "Monday (January 16)" into two dates of the same day', () => {
    const text = 'Abe received a state welcoming ceremony in Hanoi, Vietnam on Monday (January 16).';
    assert.deepEqual(found(text, '2017-01-16'), [
      ['Monday', '2017-01-16'],
      ['January 16', '2017-01-16'],
    ]);
  });

  it('reads "last Monday" and "next Monday" by the calendar week', () => {
    assert.deepEqual(found('They spoke last Monday and will speak next Monday.', TUESDAY), [
      ['last Monday', '2025-04-28'],
      ['next Monday', '2025-05-05'],
    ]);
  });

  it('does not take frequencies such as "every Monday" or plural "Mondays" as dates', () => {
    assert.deepEqual(found('They meet every Monday and on Mondays.', TUESDAY), []);
  });

  it('takes a weekday between a name and a past-tense verb as a date, wire style, but not a weekday inside a name', () => {
    assert.deepEqual(found('Prime Minister Narendra Modi and Shinzo Abe Monday pledged to deepen ties.', '2014-09-01'), [['Monday', '2014-09-01']]);
    assert.deepEqual(found('Officials from the Good Friday Agreement talks met.', TUESDAY), []);
    assert.deepEqual(found('Markets remember Black Monday sharply.', TUESDAY), []);
  });
});

describe('recognizeDates: deadlines and ends of periods', () => {
  it('includes "by" in "by the end of the year" and resolves it to the end of the document year', () => {
    const text = 'They agreed to hold its first meeting in Japan by the end of the year.';
    const date = single(text, TUESDAY);
    assert.deepEqual(date.span, spanOf(text, 'by the end of the year'));
    assert.equal(date.value, '2025-12-31');
    assert.equal(date.relative, true);
  });

  it('resolves "by the end of 2026" to 2026-12-31 without the document date', () => {
    const date = single('The plan will be completed by the end of 2026.');
    assert.equal(date.text, 'by the end of 2026');
    assert.equal(date.value, '2026-12-31');
    assert.equal(date.relative, false);
  });

  it('resolves "by the end of this month" and "by the end of next month" to the last days of those months', () => {
    assert.deepEqual(found('Drafts are due by the end of this month and reports by the end of next month.', TUESDAY), [
      ['by the end of this month', '2025-04-30'],
      ['by the end of next month', '2025-05-31'],
    ]);
  });

  it('keeps "the end of the year" without the introducing preposition "at"', () => {
    assert.deepEqual(found('The review starts at the end of the year.', TUESDAY), [['the end of the year', '2025-12-31']]);
  });

  it('resolves "within three years" to a range from the document date, with "within" in the span', () => {
    const date = single('Both sides will complete the project within three years.', TUESDAY);
    assert.equal(date.text, 'within three years');
    assert.equal(date.value, '2025-04-29/2028-04-29');
    assert.equal(date.precision, 'range');
  });

  it('includes "until" and "no later than" but not "since" or "in"', () => {
    assert.deepEqual(found('The ban stays until 2030; reports are due no later than 31 March 2026; talks ran since 2012 and in 2024.'), [
      ['until 2030', '2030'],
      ['no later than 31 March 2026', '2026-03-31'],
      ['2012', '2012'],
      ['2024', '2024'],
    ]);
  });
});

describe('recognizeDates: calendar dates', () => {
  it('resolves "December 4" in a 2025-12-04 document to 2025-12-04, not to the closest year', () => {
    const text = 'On December 4, the 1st Japan-Viet Nam Foreign and Defence Vice-Ministerial Consultation(2+2) was held in Tokyo.';
    const date = single(text, DEC4);
    assert.deepEqual(date.span, spanOf(text, 'December 4'));
    assert.equal(date.value, '2025-12-04');
  });

  it('resolves "April this year" in a December 2025 document to 2025-04, not to next April', () => {
    const text = 'This consultation was established following agreement reached at the summit meeting in April this year.';
    assert.deepEqual(found(text, DEC4), [['April this year', '2025-04']]);
  });

  it('finds "In 2024" as the year 2024 without the preposition and ignores 600,000', () => {
    const text = 'In 2024, there were 600,000 Vietnamese residing in Japan.';
    const date = single(text, TUESDAY);
    assert.deepEqual(date.span, spanOf(text, '2024'));
    assert.equal(date.value, '2024');
    assert.equal(date.precision, 'year');
    assert.equal(date.relative, false);
  });

  it('finds "(2015)" as 2015 and "year 2022" with the word "year"', () => {
    assert.deepEqual(found('the Joint Vision Statement (2015)'), [['2015', '2015']]);
    assert.deepEqual(found('Noting that year 2022 marked the 50th anniversary'), [['year 2022', '2022']]);
  });

  it('reads full dates, month-years and day-months in both orders', () => {
    assert.deepEqual(found('On April 2, 2012, in October 2015, on 22 February and on 8 September 2023.', '2023-10-10'), [
      ['April 2, 2012', '2012-04-02'],
      ['October 2015', '2015-10'],
      ['22 February', '2023-02-22'],
      ['8 September 2023', '2023-09-08'],
    ]);
  });

  it('reads "July 8-11" and "8-11 July 2025" as ranges of days', () => {
    assert.deepEqual(found('The exercise runs July 8-11; the forum is on 8-11 July 2025.', TUESDAY), [
      ['July 8-11', '2025-07-08/2025-07-11'],
      ['8-11 July 2025', '2025-07-08/2025-07-11'],
    ]);
  });

  it('reads ranges that cross a month or a year boundary', () => {
    assert.deepEqual(found('from 30 July - 2 August 2025 and December 30 - January 2, 2026'), [
      ['30 July - 2 August 2025', '2025-07-30/2025-08-02'],
      ['December 30 - January 2, 2026', '2025-12-30/2026-01-02'],
    ]);
  });

  it('reads "the 21st century" as 2001-01-01/2100-12-31 and "the 1990s" as a decade', () => {
    assert.deepEqual(found('Challenges of the 21st century differ from those of the 1990s.'), [
      ['the 21st century', '2001-01-01/2100-12-31'],
      ['the 1990s', '1990-01-01/1999-12-31'],
    ]);
  });

  it('reads "the 1800s" as the hundred years 1800–1899, not as a decade', () => {
    // Before: 1800-01-01/1809-12-31 (hunt-dates2 #11).
    assert.deepEqual(found('The border has existed since the 1800s.'), [['the 1800s', '1800-01-01/1899-12-31']]);
    assert.deepEqual(found('The port grew in the mid-1800s and again in the early 1900s.'), [
      ['the mid-1800s', '1800-01-01/1899-12-31'],
      ['the early 1900s', '1900-01-01/1999-12-31'],
    ]);
    // The 2000s and the 1910s stay decades.
    assert.deepEqual(found('Trade grew in the 2000s and the 1910s.'), [
      ['the 2000s', '2000-01-01/2009-12-31'],
      ['the 1910s', '1910-01-01/1919-12-31'],
    ]);
  });

  it('reads year ranges written with a dash or "to"', () => {
    assert.deepEqual(found('The 2024-2025 plan and the 2025–26 budget run from 2020 to 2030.'), [
      ['2024-2025', '2024-01-01/2025-12-31'],
      ['2025–26', '2025-01-01/2026-12-31'],
      ['2020 to 2030', '2020-01-01/2030-12-31'],
    ]);
  });

  it('leaves the verbs "may" and "march" and the modal "May" at the start of a sentence alone', () => {
    assert.deepEqual(found('May the talks succeed; they may march on.', TUESDAY), []);
    assert.deepEqual(found('The visit in May follows talks in May 2024.', TUESDAY), [
      ['May', '2025-05'],
      ['May 2024', '2024-05'],
    ]);
  });

  it('moves a year-less month back a year when the clause is past and the month is still ahead', () => {
    assert.deepEqual(found('They met in May.', TUESDAY), [['May', '2024-05']]);
    assert.deepEqual(found('They will meet again in January.', DEC4), [['January', '2026-01']]);
  });
});

describe('recognizeDates: relative expressions', () => {
  it('resolves today, yesterday and tomorrow against the document date', () => {
    assert.deepEqual(found('He called today, wrote yesterday and will visit tomorrow.', TUESDAY), [
      ['today', '2025-04-29'],
      ['yesterday', '2025-04-28'],
      ['tomorrow', '2025-04-30'],
    ]);
  });

  it('resolves "this year", "last year" and "next month" by the calendar', () => {
    assert.deepEqual(found('Trade grew this year after falling last year; talks resume next month.', TUESDAY), [
      ['this year', '2025'],
      ['last year', '2024'],
      ['next month', '2025-05'],
    ]);
  });

  it('puts "last December" in a March document in the previous year', () => {
    assert.deepEqual(found('The agreement signed last December entered into force.', '2025-03-10'), [['last December', '2024-12']]);
  });

  it('resolves "the same day" to the document date when no date precedes it in the paragraph', () => {
    const text = 'Abe is scheduled to meet with other top leaders on the same day.';
    assert.deepEqual(found(text, '2017-01-16'), [['the same day', '2017-01-16']]);
  });

  it('resolves "the same day" to the day of the previous date in the paragraph', () => {
    assert.deepEqual(found('The ministers met on 8 September 2023 and signed the accord the same day.', '2023-10-10'), [
      ['8 September 2023', '2023-09-08'],
      ['the same day', '2023-09-08'],
    ]);
  });

  it('still finds upper-case, abbreviated and bare months now that month rules wait for a month cue in the paragraph', () => {
    assert.deepEqual(found('Signed 5 MAY 2020 and reviewed on Sept. 9, 2020; talks resume in October.', '2020-06-15'), [
      ['5 MAY 2020', '2020-05-05'],
      ['Sept. 9, 2020', '2020-09-09'],
      ['October', '2020-10'],
    ]);
    assert.deepEqual(found('They may march on.', '2020-06-15'), []);
  });

  it('reads "a new century and millennium" as one span valued as the century that starts nearest to the document date', () => {
    assert.deepEqual(found('On the eve of a new century and millennium, the Ministers met.', '1999-09-24'), [
      ['a new century and millennium', '2001-01-01/2100-12-31'],
    ]);
    assert.deepEqual(found('The new century brings new tasks.', '2003-05-01'), [['The new century', '2001-01-01/2100-12-31']]);
  });

  it('resolves "three years ago" and "that year"', () => {
    assert.deepEqual(found('Three years ago the two sides met; that year trade doubled.', TUESDAY), [
      ['Three years ago', '2022'],
      ['that year', '2022'],
    ]);
  });
});

describe('recognizeDates: vague references', () => {
  it('marks "in recent weeks" as the past reference "recent weeks"', () => {
    const date = single('Tensions have risen in recent weeks.', TUESDAY);
    assert.equal(date.text, 'recent weeks');
    assert.equal(date.value, 'past_ref');
    assert.equal(date.precision, 'vague');
  });

  it('marks "the coming weeks", "the near future" and "an early suitable date" as future references', () => {
    assert.deepEqual(
      found('Talks continue in the coming weeks and in the near future; he invited him to visit at an early suitable date.', TUESDAY),
      [
        ['the coming weeks', 'future_ref'],
        ['the near future', 'future_ref'],
        ['an early suitable date', 'future_ref'],
      ],
    );
  });
});

describe('recognizeDates: numeric dates, date stamps and hyphenated years', () => {
  it('reads a dotted numeric date such as "08.12.2021" day first, as 8 December 2021', () => {
    const date = single('08.12.2021 - Press release', '2021-12-08');
    assert.equal(date.text, '08.12.2021');
    assert.equal(date.value, '2021-12-08');
    assert.equal(date.source, 'pattern');
    assert.deepEqual(found('Signed on 1.2.2020 in Berlin.'), [['1.2.2020', '2020-02-01']]);
  });

  it('keeps slashed numeric dates month first and leaves dotted version numbers alone', () => {
    assert.deepEqual(found('Signed on 04/02/2012; see version 1.2.3.2020 of the text.', '2012-04-10'), [['04/02/2012', '2012-04-02']]);
  });

  it('takes an abbreviated weekday and its comma into one span with the date stamp it leads', () => {
    assert.deepEqual(found('Wed, 03 Aug 2005', '2005-08-03'), [['Wed, 03 Aug 2005', '2005-08-03']]);
    assert.deepEqual(found('Mon., April 2, 2012', '2012-04-02'), [['Mon., April 2, 2012', '2012-04-02']]);
  });

  it('leaves out an abbreviated weekday that does not match the date it leads', () => {
    assert.deepEqual(found('Tue, 03 Aug 2005', '2005-08-03'), [['03 Aug 2005', '2005-08-03']]);
  });

  it('keeps a full weekday before a date a separate date, as in "Monday, April 2"', () => {
    assert.deepEqual(found('On Monday, April 2, the ministers spoke.', '2012-04-02'), [
      ['Monday', '2012-04-02'],
      ['April 2', '2012-04-02'],
    ]);
  });

  it('finds the year in "post-2015" and "pre-2000" without the prefix, but not in codes joined by a hyphen', () => {
    assert.deepEqual(found('We will adopt a post-2015 development agenda and review pre-2000 rules.', '2015-01-30'), [
      ['2015', '2015'],
      ['2000', '2000'],
    ]);
    assert.deepEqual(found('Resolution A-2015 was cited.', '2015-01-30'), []);
  });
});

describe('recognizeDates: tense of the clause around a year-less month', () => {
  it('reads a month in a present-tense "when" clause as the next such month', () => {
    const text = 'When France assumes the Presidency of the Council in January, it can count on our support.';
    assert.deepEqual(found(text, '2021-12-08'), [['January', '2022-01']]);
  });

  it('does not read a present passive such as "is adopted" as the past tense', () => {
    const text = 'I hope they will be represented when this agenda is adopted in New York in September.';
    assert.deepEqual(found(text, '2015-01-30'), [['September', '2015-09']]);
  });

  it('keeps a "when" clause in the past tense in the past', () => {
    assert.deepEqual(found('When the leaders gathered in Paris in September, they agreed.', '2015-01-30'), [['September', '2014-09']]);
    assert.deepEqual(found('The talks were held in September.', '2015-01-30'), [['September', '2014-09']]);
  });
});

describe('recognizeDates: last night and spans from the document date', () => {
  it('resolves "last night" to the day before the document date', () => {
    assert.deepEqual(found('Modi spoke with Trump last night to greet him.', '2017-08-15'), [['last night', '2017-08-14']]);
  });

  it('resolves "within a year" and "the next six months" to ranges that start at the document date', () => {
    const text = 'The next one is planned in the next six months or within a year at the latest.';
    assert.deepEqual(found(text, '2005-08-03'), [
      ['the next six months', '2005-08-03/2006-02-03'],
      ['within a year', '2005-08-03/2006-08-03'],
    ]);
  });
});

describe('recognizeDates: what is not a date', () => {
  const notDates = [
    'his six-day Asia-Pacific tour',
    'they talked for approximately 75 minutes',
    'after 25 years and five years of conflict',
    'goods pass through every year',
    'at 08:00 and at 7:10 p.m.',
    'the 50th anniversary of relations',
    'now, soon, recently, presently, promptly and thus far',
    'the vice-ministerial-level 2+2 meeting',
    '600,000 Vietnamese residents',
    'under Article 5 and at the G20',
    'UN Security Council Resolution 2231 and 2000 troops',
    'future aggression and recent developments',
  ];
  for (const text of notDates) {
    it(`finds no date in "${text}"`, () => {
      assert.deepEqual(found(text, TUESDAY), []);
    });
  }
});

describe('recognizeDates: without a document date', () => {
  it('still resolves absolute dates', () => {
    assert.deepEqual(found('Signed on April 2, 2012 and reviewed in October 2015.'), [
      ['April 2, 2012', '2012-04-02'],
      ['October 2015', '2015-10'],
    ]);
  });

  it('finds relative dates but leaves out the value and says why', () => {
    const date = single('The leaders met on Monday.');
    assert.equal(date.text, 'Monday');
    assert.equal(date.value, undefined);
    assert.equal(date.relative, true);
    assert.match(date.reason, /document date, which is unknown/);
  });
});

describe('recognizeDates: entity shape', () => {
  it('returns date entities whose text is the slice of the paragraph at their span', () => {
    const paragraph = 'On Monday, April 2, Mr. Koichiro Gemba held a telephone talk; by the end of the year, in 2024 and today.';
    const all = recognizeDates(paragraph, { documentDate: '2012-04-02' });
    assert.ok(all.length >= 5);
    for (const e of all) {
      assert.equal(e.kind, 'date');
      assert.equal(e.text, paragraph.slice(e.span.start, e.span.end));
      assert.ok(e.source === 'pattern' || e.source === 'parser');
      assert.ok(e.reason.length > 0);
      assert.ok(e.precision);
    }
  });

  it('uses chrono for dates that the rules do not cover', () => {
    // Slashed dates with a four-digit year ("04/02/2012") are the rules' own now (numericRules.ts).
    const date = single('The memorandum was signed on 2-Apr-2012 in Tokyo.', '2012-04-10');
    assert.equal(date.text, '2-Apr-2012');
    assert.equal(date.source, 'parser');
    assert.equal(date.value, '2012-04-02');
    const slashed = single('The memorandum was signed on 04/02/2012 in Tokyo.', '2012-04-10');
    assert.equal(slashed.source, 'pattern');
    assert.equal(slashed.value, '2012-04-02');
  });
});

describe('recognizeDates on the seeds and the corpus', () => {
  type Gold = { text: string; start: number; end: number; type: string; value?: string };

  /** Runs the recognizer line by line over a document and returns every date with absolute offsets. */
  function datesOf(text: string, documentDate: string): { start: number; end: number; value: string | undefined }[] {
    const out: { start: number; end: number; value: string | undefined }[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      for (const e of recognizeDates(line, { documentDate })) out.push({ start: offset + e.span.start, end: offset + e.span.end, value: e.value });
      offset += line.length + 1;
    }
    return out;
  }

  for (const name of [
    '01-mofa-japan-australia-fm-telephone-talk',
    '05-india-mea-modi-chinh-call',
    '10-reuters-abe-hanoi-visit',
    '13-au-ph-ministerial-meeting-joint-statement',
  ]) {
    it(`matches every gold date span and value in ${name}`, () => {
      const gold = JSON.parse(readFileSync(join(sharedRoot, 'corpus', `${name}.json`), 'utf8')) as {
        documentDate: string;
        entities: Gold[];
      };
      const text = readFileSync(join(sharedRoot, 'corpus', `${name}.txt`), 'utf8');
      const expected = gold.entities.filter((e) => e.type === 'date').map((e) => ({ start: e.start, end: e.end, value: e.value }));
      assert.deepEqual(datesOf(text, gold.documentDate), expected);
    });
  }

  it('finds the five dates of the news seed with their values', () => {
    const text = readFileSync(join(sharedRoot, 'seeds', '000_dd5102b55469b375.txt'), 'utf8');
    const values = datesOf(text, TUESDAY).map((d) => [text.slice(d.start, d.end), d.value]);
    assert.deepEqual(values, [
      ['April 29, 2025', '2025-04-29'],
      ['by the end of the year', '2025-12-31'],
      ['Monday', '2025-04-28'],
      ['2024', '2024'],
      ['by the end of the year', '2025-12-31'],
    ]);
  });

  it('finds the three dates of the defence ministry seed with their values', () => {
    const text = readFileSync(join(sharedRoot, 'seeds', '003_1218f11686f30d15.txt'), 'utf8');
    const values = datesOf(text, DEC4).map((d) => [text.slice(d.start, d.end), d.value]);
    assert.deepEqual(values, [
      ['December 4, 2025', '2025-12-04'],
      ['December 4', '2025-12-04'],
      ['April this year', '2025-04'],
    ]);
  });
});

describe('recognizeDates: halves of a month', () => {
  it('values "the first half of August 2018" as the 1st to the 15th and "the second half of February" as the 16th to the month’s end', () => {
    assert.deepEqual(found('They will meet during the first half of August 2018.', '2018-04-26'), [['the first half of August 2018', '2018-08-01/2018-08-15']]);
    assert.deepEqual(found('They will meet in the second half of February.', '2024-01-10'), [['the second half of February', '2024-02-16/2024-02-29']]);
  });
});

describe('recognizeDates: slashed day ranges and "for the future"', () => {
  it('reads "19/20 March 2009" as one two-day range and "for the future" as a future reference', () => {
    assert.deepEqual(found('The European Council of 19/20 March 2009 agreed on a vision for the future.', '2010-10-25'), [
      ['19/20 March 2009', '2009-03-19/2009-03-20'],
      ['the future', 'future_ref'],
    ]);
  });
});

describe('recognizeDates: a weekday after a place', () => {
  it('reads "in Istanbul Thursday" as a date while "the Sunday Times" stays a name', () => {
    assert.deepEqual(found('They signed an agreement in Istanbul Thursday to form a council.', '2016-04-14'), [['Thursday', '2016-04-14']]);
    assert.deepEqual(found('He told the Sunday Times so.', '2016-04-14'), []);
  });
});

describe('recognizeDates: the edge of a part of a year', () => {
  it('values "by the end of the first quarter of 2017" as the quarter’s last day, keeping "by"', () => {
    assert.deepEqual(found('They will establish it by the end of the first quarter of 2017.', '2016-11-03'), [['by the end of the first quarter of 2017', '2017-03-31']]);
    assert.deepEqual(found('Work starts at the beginning of the second half of 2026.', '2025-01-01'), [['the beginning of the second half of 2026', '2026-07-01']]);
  });
});

describe('recognizeDates: year/month/day and vague times', () => {
  it('reads "2022/9/9" as a day and "a suitable time" and "the time to come" as future references', () => {
    assert.deepEqual(found('Signed on 2022/9/9; they will meet at a suitable time and in the time to come.', '2022-09-09'), [
      ['2022/9/9', '2022-09-09'],
      ['a suitable time', 'future_ref'],
      ['the time to come', 'future_ref'],
    ]);
  });
});

describe('recognizeDates: more vague periods', () => {
  it('reads "in recent times" as a past reference and "the decades to come" and "an appropriate time" as future ones', () => {
    assert.deepEqual(found('In recent times ties grew; they will meet at an appropriate time and in the decades to come.', '2021-04-29'), [
      ['recent times', 'past_ref'],
      ['an appropriate time', 'future_ref'],
      ['the decades to come', 'future_ref'],
    ]);
  });
});

describe('seasons', () => {
  it('are ranges placed by the document date: "this summer", "last summer", "next spring", "the spring next year", "summer 2020"', () => {
    assert.deepEqual(found('This summer they meet; last summer they met; next spring, the spring next year and summer 2020 too.', '2024-06-26'), [
      ['This summer', '2024-06-01/2024-08-31'],
      ['last summer', '2023-06-01/2023-08-31'],
      ['next spring', '2025-03-01/2025-05-31'],
      ['the spring next year', '2025-03-01/2025-05-31'],
      ['summer 2020', '2020-06-01/2020-08-31'],
    ]);
  });
  it('leave "the Arab Spring" and the verb "fall" alone, and a winter runs into February', () => {
    assert.deepEqual(found('This winter will be cold. The Arab Spring began. Prices will fall.', '2024-06-26'), [['This winter', '2024-12-01/2025-02-28']]);
  });
});

describe('quarters without their year, and the last quarter', () => {
  it('places a year-less quarter by the clause tense, like a month', () => {
    assert.deepEqual(found('Growth slowed in the third quarter.', TUESDAY), [['the third quarter', '2024-07-01/2024-09-30']]);
    assert.deepEqual(found('Growth will recover in the third quarter.', TUESDAY), [['the third quarter', '2025-07-01/2025-09-30']]);
    assert.deepEqual(found('Exports fell in the final quarter.', TUESDAY), [['the final quarter', '2024-10-01/2024-12-31']]);
    assert.deepEqual(found('Exports fell in the last quarter of 2024.', TUESDAY), [['the last quarter of 2024', '2024-10-01/2024-12-31']]);
    assert.deepEqual(found('Growth slowed in Q3 of 2024.', TUESDAY), [['Q3 of 2024', '2024-07-01/2024-09-30']]);
  });

  it('leaves a quarter or half of something else, and a year-less half, undated', () => {
    assert.deepEqual(found('The first quarter of the match was tense.', TUESDAY), []);
    assert.deepEqual(found('The first half of the meeting was closed.', TUESDAY), []);
    assert.deepEqual(found('He scored in the second half.', TUESDAY), []);
    assert.deepEqual(found('They met in the first quarter-final.', TUESDAY), []);
  });
});
