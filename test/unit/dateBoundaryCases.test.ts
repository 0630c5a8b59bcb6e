import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/index';
import { recognizeDates } from '../../server/src/analysis/recognizers/dates';

// Wrong values found by probing documents dated around year ends (session 10), one test per case.
// The guidelines: "a day-month without a year takes the document's year unless the context puts it
// in another year".

/** The dates found in a paragraph, as [text, value] pairs in order. */
function found(paragraph: string, documentDate: string): [string, string | undefined][] {
  return recognizeDates(paragraph, { documentDate }).map((e) => [e.text, e.value]);
}

describe('dates around the turn of the year', () => {
  it('half of a month follows the tense, as a month alone does', () => {
    // Before: 2025-01-01/2025-01-15 and 2026-12-16/2026-12-31.
    assert.deepEqual(found('The ministers will meet in the first half of January.', '2025-12-15'), [['the first half of January', '2026-01-01/2026-01-15']]);
    assert.deepEqual(found('The ministers met in the second half of December.', '2026-01-10'), [['the second half of December', '2025-12-16/2025-12-31']]);
  });

  it('a range across the new year with no tense is the one nearest the document date', () => {
    // Before: 2026-12-29/2027-01-02 in both.
    assert.deepEqual(found('The forum ran from December 29 to January 2.', '2026-01-05'), [['December 29 to January 2', '2025-12-29/2026-01-02']]);
    assert.deepEqual(found('The forum, from 29 December to 2 January, drew 500 delegates.', '2026-01-10'), [['29 December to 2 January', '2025-12-29/2026-01-02']]);
    // In a December article the coming one is nearer.
    assert.deepEqual(found('The forum, from 29 December to 2 January, is open to all.', '2025-12-10'), [['29 December to 2 January', '2025-12-29/2026-01-02']]);
  });

  it('irregular past verbs put a year-less date in the past', () => {
    // Before: 2026-12-18 and 2026-12, after the document date.
    assert.deepEqual(found('Vietnam won the vote on December 18.', '2026-01-10'), [['December 18', '2025-12-18']]);
    assert.deepEqual(found('The leaders sent a joint letter in December.', '2026-01-10'), [['December', '2025-12']]);
    assert.deepEqual(found('Trade grew 5% in December.', '2026-01-10'), [['December', '2025-12']]);
    // "-led" and the currency are not verbs.
    assert.deepEqual(found('A US-led mission will arrive on December 18.', '2026-01-10'), [['December 18', '2026-12-18']]);
  });

  it('29 February in a year that has none gets no value rather than an impossible day', () => {
    // Before: 2025-02-29.
    assert.deepEqual(found('The agreement was signed on February 29.', '2025-03-10'), [['February 29', undefined]]);
    assert.deepEqual(found('The agreement was signed on February 29.', '2024-03-10'), [['February 29', '2024-02-29']]);
  });

  it('"By March," opening a clause in the past perfect is a past date, and a deadline otherwise', () => {
    // Before: 2026-03 and 2026-03-10.
    assert.deepEqual(found('By March, exports had already risen 5%.', '2025-04-29'), [['By March', '2025-03']]);
    assert.deepEqual(found('By March 10, the two sides had met three times.', '2025-04-29'), [['By March 10', '2025-03-10']]);
    assert.deepEqual(found('They agreed to finish the talks by March, as had been planned.', '2025-04-29'), [['by March', '2026-03']]);
  });
});

describe('until', () => {
  it('a state that lasts "until" a month is ahead unless the clause is in the past', () => {
    // Before: 2025-03, a month already over in an April article.
    assert.deepEqual(found('The sanctions remain in place until March.', '2025-04-29'), [['until March', '2026-03']]);
    assert.deepEqual(found('The sanctions remained in place until March.', '2025-04-29'), [['until March', '2025-03']]);
  });
});

describe('this <month>', () => {
  it('is the coming month when it has passed in the document year and the clause looks ahead', () => {
    // Before: 2025-01, eleven months before a December article.
    assert.deepEqual(found('The ministers will meet this January.', '2025-12-10'), [['this January', '2026-01']]);
    assert.deepEqual(found('The ministers met this January.', '2025-12-10'), [['this January', '2025-01']]);
    assert.deepEqual(found('The ministers will meet this December.', '2025-03-10'), [['this December', '2025-12']]);
  });
});

describe('the document date', () => {
  it('a front-matter date that is no day of the calendar gives way to the dateline', () => {
    // Before: the document date was 2025-02-30 and "yesterday" had no value.
    const text = '---\nid: t\ndate: 2025-02-30\n---\nApril 29, 2025\nHANOI – The ministers met yesterday in Hanoi.\n';
    const analysis = analyzeDocument(text);
    assert.equal(analysis.documentDate?.value, '2025-04-29');
    assert.equal(analysis.entities.find((e) => e.text === 'yesterday')?.value, '2025-04-28');
  });
});

describe('a date the analyst adds under corrections.add', () => {
  it('gets the value the date rules give the same words', () => {
    // Before, it had no value: its hover said "unresolved" and it had no inlay hint.
    const text = '---\nid: c\ndate: 2025-09-02\ncorrections:\n  add:\n    - text: Monday\n      type: date\n---\nThe council met on Monday.\n';
    const added = analyzeDocument(text).entities.find((e) => e.text === 'Monday' && e.kind === 'date');
    assert.equal(added?.source, 'annotation');
    assert.equal(added?.value, '2025-09-01');
  });
});

// Defects from the second date hunt (.perf/hunt-dates2/REPORT.md), one test per defect.

describe('counted periods alone in their paragraph', () => {
  it('"within 30 days", "the next 30 days" and "the last 10 days" are found without another date word', () => {
    // Before: no date at all; the paragraph filter knew "day" but not "days", and not "last".
    assert.deepEqual(found('Iran must comply within 30 days.', '2025-04-29'), [['within 30 days', '2025-04-29/2025-05-29']]);
    assert.deepEqual(found('The report will be adopted over the next 30 days.', '2025-04-29'), [['the next 30 days', '2025-04-29/2025-05-29']]);
    assert.deepEqual(found('Shelling intensified over the last 10 days.', '2025-04-29'), [['the last 10 days', '2025-04-19/2025-04-29']]);
  });
});

describe('"the last <unit> of" something', () => {
  it('is a part of that thing, not the period that ends on the document date', () => {
    // Before: "the last month" 2025-03-30/2025-04-29, "the last week" 2025-04-23/2025-04-29,
    // "the last year" 2024-04-30/2025-04-29 and "the next year" 2026.
    assert.deepEqual(found('The deal was struck in the last month of 2019.', '2025-04-29'), [['2019', '2019']]);
    assert.deepEqual(found('The summit was held in the last week of March.', '2025-04-29'), [['March', '2025-03']]);
    assert.deepEqual(found('Obama visited Hanoi in the last year of his presidency.', '2025-04-29'), []);
    assert.deepEqual(found('In 2019, the parties agreed on a plan for the next year of talks.', '2025-04-29'), [['2019', '2019']]);
    // Without "of", they still count from the document date.
    assert.deepEqual(found('Exports rose over the last month.', '2025-04-29'), [['the last month', '2025-03-30/2025-04-29']]);
    assert.deepEqual(found('The talks were held in March 2019 and resumed the next year.', '2025-04-29'), [['March 2019', '2019-03'], ['the next year', '2020']]);
  });
});

describe('"not before" and "not until"', () => {
  it('give the earliest time, so the preposition is no deadline and stays out of the span', () => {
    // Before: "before 2027", annotated as a deadline.
    assert.deepEqual(found('Sanctions will be lifted not before 2027.', '2025-04-29'), [['2027', '2027']]);
    assert.deepEqual(found('It was not until 2019 that talks resumed.', '2025-04-29'), [['2019', '2019']]);
    assert.deepEqual(found('Sanctions will be lifted before 2027.', '2025-04-29'), [['before 2027', '2027']]);
  });
});

describe('the season "fall"', () => {
  it('is autumn, as the season rule reads it', () => {
    // Before: no date for "this fall", and only "2025" in "the fall of 2025".
    assert.deepEqual(found('The minister will visit Washington this fall.', '2025-04-29'), [['this fall', '2025-09-01/2025-11-30']]);
    assert.deepEqual(found('Talks resumed last fall.', '2025-04-29'), [['last fall', '2024-09-01/2024-11-30']]);
    assert.deepEqual(found('The summit is planned for the fall of 2026.', '2025-04-29'), [['the fall of 2026', '2026-09-01/2026-11-30']]);
    // The noun and the verb are no season.
    assert.deepEqual(found('Prices may fall further after the fall of the regime.', '2025-04-29'), []);
  });
});

describe('a range of months without a year', () => {
  it('is one range placed by the tense, and keeps "March" and "May" after the dash', () => {
    // Before: "January" alone (March dropped as the noun), and "June" and "August" as two dates.
    assert.deepEqual(found('The mission ran January–March.', '2025-04-29'), [['January–March', '2025-01-01/2025-03-31']]);
    assert.deepEqual(found('Exports rose in April-May.', '2025-04-29'), [['April-May', '2025-04-01/2025-05-31']]);
    assert.deepEqual(found('Exports will rise in June–August.', '2025-04-29'), [['June–August', '2025-06-01/2025-08-31']]);
    assert.deepEqual(found('Exports rose from September to November.', '2025-04-29'), [['September to November', '2024-09-01/2024-11-30']]);
  });
});

describe('telephone and fax numbers', () => {
  it('give no year', () => {
    // Before: "2000" and "2015" as years.
    assert.deepEqual(found('Tel: +1 212 963 2000.', '2025-04-29'), []);
    assert.deepEqual(found('For information, fax +33 1 4568 2015.', '2025-04-29'), []);
    assert.deepEqual(found('Tel: (212) 963 2010', '2025-04-29'), []);
    assert.deepEqual(found('After the phone call, the treaty of 2019 was signed.', '2025-04-29'), [['2019', '2019']]);
  });
});

describe('end-of-period shorthand', () => {
  it('"by end-2025", "by year-end" and "by end-June" are the last days of their periods', () => {
    // Before: no date, and "June" alone for "by end-June".
    assert.deepEqual(found('Growth will recover by end-2025.', '2025-04-29'), [['by end-2025', '2025-12-31']]);
    assert.deepEqual(found('The review will be completed by year-end.', '2025-04-29'), [['by year-end', '2025-12-31']]);
    assert.deepEqual(found('The review will be completed by the year\u2019s end.', '2025-04-29'), [['by the year\u2019s end', '2025-12-31']]);
    assert.deepEqual(found('The review will be completed by end-June.', '2025-04-29'), [['by end-June', '2025-06-30']]);
    assert.deepEqual(found('The review will be completed by end-February 2028.', '2025-04-29'), [['by end-February 2028', '2028-02-29']]);
  });
});

describe('a present-tense clause after a past relative clause', () => {
  it('keeps a year-less date in the document year instead of the past verb\'s year', () => {
    // Before: 2024-05-01, 2024-05-02 and 2024-06, an end before its own start.
    assert.deepEqual(found('The agreement, signed in March, enters into force on 1 May.', '2025-04-29'), [
      ['March', '2025-03'],
      ['1 May', '2025-05-01'],
    ]);
    assert.deepEqual(found('The exercise, which began on 25 April, runs until 2 May.', '2025-04-29'), [
      ['25 April', '2025-04-25'],
      ['until 2 May', '2025-05-02'],
    ]);
    assert.deepEqual(found('Talks that began in March continue until June.', '2025-04-30'), [
      ['March', '2025-03'],
      ['until June', '2025-06'],
    ]);
    // A past main verb still puts the date in the past.
    assert.deepEqual(found('The sanctions remained in place until June.', '2025-04-30'), [['until June', '2024-06']]);
  });
});

describe('what the twelfth session\'s date fixes must leave alone (review)', () => {
  const DAY = '2025-06-15';
  it('"the past decade of conflict" still ends on the document date; only "the last … of" is another period\'s end', () => {
    assert.deepEqual(found('Over the past decade of conflict, talks stalled.', DAY), [['the past decade', '2015-06-16/2025-06-15']]);
    assert.deepEqual(found('The deal was struck in the last month of 2019.', DAY), [['2019', '2019']]);
  });

  it('a year after "ASEAN+3" or a "+2" in a table is a year; a telephone number is not', () => {
    assert.deepEqual(found('The ASEAN+3 2025 Summit was held in Kuala Lumpur.', DAY), [['2025', '2025']]);
    assert.deepEqual(found('Growth: +2 (2024).', DAY), [['2024', '2024']]);
    assert.deepEqual(found('Tel: +1 212 963 2000.', DAY), []);
    assert.deepEqual(found('Call +33 1 4568 2015 for details.', DAY), []);
  });

  it('"year-end" after a written year is not the document year', () => {
    assert.deepEqual(found('The 2024 year-end results were published.', DAY), [['2024', '2024']]);
    assert.deepEqual(found('Debt will fall by year-end.', DAY), [['by year-end', '2025-12-31']]);
  });
});
