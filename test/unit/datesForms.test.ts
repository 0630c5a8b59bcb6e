import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeDates } from '../../server/src/analysis/recognizers/dates';

/** The dates found in a paragraph, as [text, value] pairs in order. */
function found(paragraph: string, documentDate: string): [string, string | undefined][] {
  return recognizeDates(paragraph, { documentDate }).map((e) => [e.text, e.value]);
}

// Tuesday 29 April 2025, the document date of the examples in the brief.
const TUESDAY = '2025-04-29';

describe('recognizeDates: ranges of months across two years', () => {
  it('reads "March 2023 to April 2024" as one range from the first day of March to the last of April', () => {
    // Before: two dates, "March 2023" (2023-03) and "April 2024" (2024-04).
    const range: [string, string][] = [['March 2023 to April 2024', '2023-03-01/2024-04-30']];
    assert.deepEqual(found('The programme ran from March 2023 to April 2024.', TUESDAY), range);
    assert.deepEqual(found('The programme ran March 2023 to April 2024.', TUESDAY), range);
    assert.deepEqual(found('The programme ran March 2023–April 2024.', TUESDAY), [['March 2023–April 2024', '2023-03-01/2024-04-30']]);
    assert.deepEqual(found('The term runs from Sept. 2024 through Feb. 2025.', TUESDAY), [['Sept. 2024 through Feb. 2025', '2024-09-01/2025-02-28']]);
  });

  it('keeps two dates when the second month does not come after the first', () => {
    assert.deepEqual(found('Compare April 2024 to March 2023.', TUESDAY), [
      ['April 2024', '2024-04'],
      ['March 2023', '2023-03'],
    ]);
  });
});

describe('recognizeDates: two days coordinated with "and"', () => {
  it('reads "3 and 4 May" and "May 3 and 4" as one range, placed in a year by the tense', () => {
    // Before: "on 3 and 4 May" gave only "4 May", and "May 3 and 4" only "May 3".
    assert.deepEqual(found('The talks were held on 3 and 4 May.', TUESDAY), [['3 and 4 May', '2024-05-03/2024-05-04']]);
    assert.deepEqual(found('The talks were held May 3 and 4.', TUESDAY), [['May 3 and 4', '2024-05-03/2024-05-04']]);
    assert.deepEqual(found('The talks will be held on 3 and 4 May.', TUESDAY), [['3 and 4 May', '2025-05-03/2025-05-04']]);
    assert.deepEqual(found('The summit will take place on June 3rd and 4th in Hanoi.', TUESDAY), [['June 3rd and 4th', '2025-06-03/2025-06-04']]);
    assert.deepEqual(found('The meeting took place on 22 and 23 July 2020.', TUESDAY), [['22 and 23 July 2020', '2020-07-22/2020-07-23']]);
  });

  it('leaves a number that counts, and a day of another month, alone', () => {
    assert.deepEqual(found('On May 3 and 4 ministers met.', TUESDAY), [['May 3', '2024-05-03']]);
    assert.deepEqual(found('They met on May 3 and 4 June.', TUESDAY), [
      ['May 3', '2024-05-03'],
      ['4 June', '2024-06-04'],
    ]);
  });
});

describe('recognizeDates: days listed with a full date', () => {
  it('gives each listed day its own date, in the month and year of the day written with the month', () => {
    // Before: "3 and 10 May" gave only "10 May", and "May 3 and 10" only "May 3".
    assert.deepEqual(found('Talks were held on 3 and 10 May.', TUESDAY), [
      ['3', '2024-05-03'],
      ['10 May', '2024-05-10'],
    ]);
    assert.deepEqual(found('Talks will be held on May 3 and 10.', TUESDAY), [
      ['May 3', '2025-05-03'],
      ['10', '2025-05-10'],
    ]);
    assert.deepEqual(found('Rounds on 2, 4, and 8 July 2025.', TUESDAY), [
      ['2', '2025-07-02'],
      ['4', '2025-07-04'],
      ['8 July 2025', '2025-07-08'],
    ]);
    assert.deepEqual(found('They will meet on May 3, 5 and 10.', TUESDAY), [
      ['May 3', '2025-05-03'],
      ['5', '2025-05-05'],
      ['10', '2025-05-10'],
    ]);
    assert.deepEqual(found('They will meet on May 3 , 5 and 10.', TUESDAY).map(([text]) => text), ['May 3', '5', '10']);
    assert.deepEqual(found('A vote on 3 or 4 July.', TUESDAY), [
      ['3', '2025-07-03'],
      ['4 July', '2025-07-04'],
    ]);
    assert.deepEqual(found('Held on the 1st and 15th of August 2024.', TUESDAY), [
      ['1st', '2024-08-01'],
      ['15th of August 2024', '2024-08-15'],
    ]);
  });

  it('finds the listed days when a line break comes before the written date', () => {
    // Before: "3 and\n10 May" gave only "10 May" (a list was looked for only after a space).
    assert.deepEqual(found('Talks will be held on 3 and\n10 May.', TUESDAY), [
      ['3', '2025-05-03'],
      ['10 May', '2025-05-10'],
    ]);
    assert.deepEqual(found('Talks will be held on 2, 4 and\r\n8 July 2025.', TUESDAY).map(([text]) => text), ['2', '4', '8 July 2025']);
    assert.deepEqual(found('The window runs between 3 and\n10 May.', TUESDAY), [['3 and\n10 May', '2025-05-03/2025-05-10']]);
  });

  it('finds every day of a long list, before or after the written date', () => {
    // Before: a list longer than about 45 characters lost all its listed days, in either order.
    const days = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27];
    const values = [...days, 29].map((d) => `2025-05-${String(d).padStart(2, '0')}`);
    const dayFirst = found(`Sessions will be held on ${days.join(', ')} and 29 May.`, TUESDAY);
    assert.deepEqual(dayFirst.map(([, value]) => value), values);
    assert.deepEqual(dayFirst.at(-1), ['29 May', '2025-05-29']);
    const monthFirst = found(`Sessions will be held on May ${days.join(', ')} and 29.`, TUESDAY);
    assert.deepEqual(monthFirst.map(([, value]) => value), values);
    assert.deepEqual(monthFirst[0], ['May 1', '2025-05-01']);
    // With ordinals, up to the last day of the month.
    const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
    const odd = Array.from({ length: 15 }, (_, i) => ordinal(2 * i + 1)).join(', ');
    assert.equal(found(`The office will be open on the ${odd} and 31st of May.`, TUESDAY).length, 16);
  });

  it('reads "between 3 and 10 May" as one range', () => {
    assert.deepEqual(found('The window runs between 3 and 10 May.', TUESDAY), [['3 and 10 May', '2025-05-03/2025-05-10']]);
  });

  it('leaves numbers that count, a year after the list and days out of order alone', () => {
    assert.deepEqual(found('Articles 3 and 10 May apply.', TUESDAY), [['10 May', '2025-05-10']]);
    assert.deepEqual(found('Under paragraphs 3 and 10 May 2025 is the date.', TUESDAY), [['10 May 2025', '2025-05-10']]);
    assert.deepEqual(found('It costs $3 and 10 May is the date.', TUESDAY), [['10 May', '2025-05-10']]);
    assert.deepEqual(found('They met on May 3 and 10 ministers came.', TUESDAY), [['May 3', '2024-05-03']]);
    assert.deepEqual(found('They will meet on May 3 and 10, 2026.', TUESDAY).map(([text]) => text), ['May 3', '2026']);
    assert.deepEqual(found('They met on 12 and 10 May.', TUESDAY), [['10 May', '2024-05-10']]);
    // A dash after a number makes the first listed day the end of a range ("1–3"), not a day of its own,
    // as a hyphen already did. Before: "Meetings on 1–3 and 10 May" gave "3" as 3 May.
    assert.deepEqual(found('Meetings on 1-3 and 10 May.', TUESDAY), [['10 May', '2025-05-10']]);
    assert.deepEqual(found('Meetings on 1–3 and 10 May.', TUESDAY), [['10 May', '2025-05-10']]);
    assert.deepEqual(found('Meetings on 1 – 3, 5 and 10 May.', TUESDAY), [['10 May', '2025-05-10']]);
    assert.deepEqual(found('Deadlines – 15 and 30 June.', TUESDAY).map(([text]) => text), ['15', '30 June']);
    // A listed number that is no day of the month is no date.
    assert.deepEqual(found('They will meet on June 3 and 31.', TUESDAY), [['June 3', '2025-06-03']]);
  });
});

describe('recognizeDates: a weekday tied to a week', () => {
  it('reads "Monday last week", "last week on Tuesday" and "Monday next week" as that day of that calendar week', () => {
    // Before: the Monday nearest the document date and the week as a second date; "last week on Tuesday" gave the 29th.
    assert.deepEqual(found('They met on Monday last week.', TUESDAY), [['Monday last week', '2025-04-21']]);
    assert.deepEqual(found('They met on Monday of last week.', TUESDAY), [['Monday of last week', '2025-04-21']]);
    assert.deepEqual(found('They met last week on Tuesday.', TUESDAY), [['last week on Tuesday', '2025-04-22']]);
    assert.deepEqual(found('They will meet Monday next week.', TUESDAY), [['Monday next week', '2025-05-05']]);
    assert.deepEqual(found('They will meet on Friday this week.', TUESDAY), [['Friday this week', '2025-05-02']]);
  });

  it('reads "the following Monday" as the first Monday after the date before it', () => {
    // Before: "Monday" alone, the Monday on or before the document date.
    assert.deepEqual(found('The talks opened on 9 April 2025 and resumed the following Monday.', TUESDAY), [
      ['9 April 2025', '2025-04-09'],
      ['the following Monday', '2025-04-14'],
    ]);
    assert.deepEqual(found('The talks opened on 9 April 2025; a draft was tabled the previous Friday.', TUESDAY), [
      ['9 April 2025', '2025-04-09'],
      ['the previous Friday', '2025-04-04'],
    ]);
  });
});

describe('recognizeDates: slashed numeric dates', () => {
  it('finds a slashed date after a weekday, and the weekday takes its day', () => {
    // Before: chrono's find began at the weekday, already taken, so the slashed date was dropped.
    assert.deepEqual(found('They met on Monday, 28/04/2025.', TUESDAY), [
      ['Monday', '2025-04-28'],
      ['28/04/2025', '2025-04-28'],
    ]);
    assert.deepEqual(found('They met on Friday 04/25/2025.', TUESDAY), [
      ['Friday', '2025-04-25'],
      ['04/25/2025', '2025-04-25'],
    ]);
    // The weekday picks the reading that falls on it, and then borrows that day.
    assert.deepEqual(found('The summit opened on Monday 05/05/2025.', TUESDAY), [
      ['Monday', '2025-05-05'],
      ['05/05/2025', '2025-05-05'],
    ]);
    assert.deepEqual(found('The summit will open on Friday 02/05/2025.', TUESDAY), [
      ['Friday', '2025-05-02'],
      ['02/05/2025', '2025-05-02'],
    ]);
  });

  it('reads an ambiguous date day first when month first would be after the document date in a past clause', () => {
    // Before: 2025-05-04, after the document date, in a clause in the past tense.
    assert.deepEqual(found('The deal was signed on 05/04/2025.', TUESDAY), [['05/04/2025', '2025-04-05']]);
    // Month first stays when it is not in the future, or when the clause looks ahead.
    assert.deepEqual(found('The deal was signed on 04/03/2025.', TUESDAY), [['04/03/2025', '2025-04-03']]);
    assert.deepEqual(found('The deal will be signed on 05/04/2025.', TUESDAY), [['05/04/2025', '2025-05-04']]);
    assert.deepEqual(found('The deal was signed on 16/06/2018.', TUESDAY), [['16/06/2018', '2018-06-16']]);
  });
});

describe('recognizeDates: counted and anaphoric periods', () => {
  it('reads "in two weeks" as the day fourteen days after the document date in a clause that looks ahead', () => {
    assert.deepEqual(found('They will meet again in two weeks.', TUESDAY), [['in two weeks', '2025-05-13']]);
    assert.deepEqual(found("The report will be published in a week's time.", TUESDAY), [["in a week's time", '2025-05-06']]);
    assert.deepEqual(found('The road was built in two months.', TUESDAY), []);
    assert.deepEqual(found('Ministers meet twice in a month.', TUESDAY), []);
    assert.deepEqual(found('The ministries will hold talks once in six months.', TUESDAY), []);
    assert.deepEqual(found('The council recalled its decision to form a government in 100 days.', TUESDAY), []);
  });

  it('values "earlier in the year" as the year of the date before it, as "earlier this year" is valued', () => {
    assert.deepEqual(found('Exports rose earlier in the year.', TUESDAY), [['earlier in the year', '2025']]);
    assert.deepEqual(found('In 2019 the talks stalled; earlier in the year they had made progress.', TUESDAY), [
      ['2019', '2019'],
      ['earlier in the year', '2019'],
    ]);
  });

  it('reads "the following week" as the calendar week after the date before it', () => {
    assert.deepEqual(found('The talks opened on 9 April 2025 and ended the following week.', TUESDAY), [
      ['9 April 2025', '2025-04-09'],
      ['the following week', '2025-04-14/2025-04-20'],
    ]);
    assert.deepEqual(found('They will meet the following week.', TUESDAY), [['the following week', '2025-05-05/2025-05-11']]);
  });
});

describe('recognizeDates: fiscal years', () => {
  it('spans the fiscal words with the year and values the plain year, or both years when two are written', () => {
    assert.deepEqual(found('The budget for fiscal year 2025 rose.', TUESDAY), [['fiscal year 2025', '2025']]);
    assert.deepEqual(found('The budget for Fiscal Year 2024 rose.', TUESDAY), [['Fiscal Year 2024', '2024']]);
    assert.deepEqual(found('The budget for FY2025 rose.', TUESDAY), [['FY2025', '2025']]);
    assert.deepEqual(found('The budget for fiscal 2024 rose.', TUESDAY), [['fiscal 2024', '2024']]);
    assert.deepEqual(found('The budget for FY 2025-26 rose.', TUESDAY), [['FY 2025-26', '2025-01-01/2026-12-31']]);
  });
});

describe('recognizeDates: a weekday after an intention to meet', () => {
  it('reads the weekday after "agreed to meet" or "decided to hold talks" as the coming one', () => {
    // Before: the most recent such weekday, as for a past act.
    assert.deepEqual(found('The two sides agreed to resume talks on Friday.', TUESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('They agreed to meet on Friday.', TUESDAY), [['Friday', '2025-05-02']]);
    assert.deepEqual(found('They decided to hold talks in Geneva on Monday.', TUESDAY), [['Monday', '2025-05-05']]);
    assert.deepEqual(found('They met on Friday and agreed to meet again on Monday.', TUESDAY), [
      ['Friday', '2025-04-25'],
      ['Monday', '2025-05-05'],
    ]);
  });

  it('keeps the past when the weekday is when the intention was stated', () => {
    assert.deepEqual(found('They met on Friday and agreed to expand trade.', TUESDAY), [['Friday', '2025-04-25']]);
    assert.deepEqual(found('The two sides agreed to resume talks during a summit on Monday.', TUESDAY), [['Monday', '2025-04-28']]);
    assert.deepEqual(found('The leaders agreed to strengthen ties on Monday.', TUESDAY), [['Monday', '2025-04-28']]);
    assert.deepEqual(found('They had agreed to meet on Friday, but the talks were cancelled.', TUESDAY), [['Friday', '2025-04-25']]);
  });
});

describe('recognizeDates: listed days, as the fourteenth session\'s review found them', () => {
  it('keeps the first days of a list after a colon or a comma', () => {
    assert.deepEqual(found('Deadlines: 15 and 30 June.', TUESDAY), [
      ['15', '2025-06-15'],
      ['30 June', '2025-06-30'],
    ]);
    assert.deepEqual(found('The ministers met on Tuesday, 3 and 10 June.', TUESDAY).map(([text]) => text), ['Tuesday', '3', '10 June']);
  });

  it('reads "between May 3 and 10" and "between the 3rd and 10th of July" as ranges', () => {
    assert.deepEqual(found('Talks run between May 3 and 10.', TUESDAY), [['May 3 and 10', '2025-05-03/2025-05-10']]);
    assert.deepEqual(found('Talks run between the 3rd and 10th of July.', TUESDAY), [['3rd and 10th of July', '2025-07-03/2025-07-10']]);
  });

  it('takes a number followed by a verb or "of" for a count', () => {
    assert.deepEqual(found('Protests began on May 3 and 12 were killed.', TUESDAY), [['May 3', '2024-05-03']]);
    assert.deepEqual(found('On May 3 and 12 of them left.', TUESDAY).map(([text]) => text), ['May 3']);
  });
});

describe('weekends', () => {
  it('"this", "last", "next" and "the coming" weekend are the Saturday and Sunday of a calendar week, counted from the document date', () => {
    const text = 'They met last weekend and will meet this weekend, next weekend and the coming weekend.';
    assert.deepEqual(found(text, TUESDAY), [
      ['last weekend', '2025-04-26/2025-04-27'],
      ['this weekend', '2025-05-03/2025-05-04'],
      ['next weekend', '2025-05-03/2025-05-04'],
      ['the coming weekend', '2025-05-03/2025-05-04'],
    ]);
    // Written on a Sunday, this weekend is the current one and the next is a week later.
    assert.deepEqual(found('This weekend was quiet; next weekend will not be.', '2025-05-04'), [
      ['This weekend', '2025-05-03/2025-05-04'],
      ['next weekend', '2025-05-10/2025-05-11'],
    ]);
  });
});

describe('vague references and parts of the day', () => {
  it('a suitable, appropriate or early time and the times ahead are future references, wherever the paragraph has no other date word', () => {
    for (const [paragraph, text] of [
      ['The President will visit Vietnam at the appropriate time.', 'the appropriate time'],
      ['They agreed to sign at the earliest possible time.', 'the earliest possible time'],
      ['They will cooperate in the coming time.', 'the coming time'],
      ['They looked forward to working closely in the times ahead.', 'the times ahead'],
      ['They will meet in the very near future.', 'the very near future'],
      ['A summit is to be held at an early juncture.', 'an early juncture'],
      ['He will meet the parties over coming days.', 'coming days'],
    ] as const) {
      assert.deepEqual(found(paragraph, TUESDAY), [[text, 'future_ref']], paragraph);
    }
  });

  it('"this morning", "this afternoon" and "this evening" are the document’s own day', () => {
    assert.deepEqual(found('He arrived this morning and left this evening.', TUESDAY), [
      ['this morning', TUESDAY],
      ['this evening', TUESDAY],
    ]);
  });
});
