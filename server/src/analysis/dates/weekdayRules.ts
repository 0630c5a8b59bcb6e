/**
 * Rules for weekdays: a bare or modified weekday ("on Monday", "next Friday", "this past Sunday") and
 * a weekday tied to a week ("Monday last week", "last week on Tuesday", "Monday next week"), which is
 * that weekday of the calendar week named, not the weekday nearest the document date.
 */

import { addDays, formatDay, resolveWeekday, resolveWeekdayInWeek, WEEKDAY_NAMES } from '../dateResolution';
import { capitalised, re, type DateRule } from './absoluteRules';
import type { Candidate } from './candidate';
import { group, span } from './ruleMatch';
import { WEEKDAY, WEEKDAY_WORDS, weekdayNumber } from './lexicon';

// A lower-case past-tense verb (optionally after "also") right after a weekday.
const WIRE_VERB_AFTER = /^\s+(?:also\s+|again\s+|jointly\s+)?(?:[a-z]{2,}ed|said|met|told|held|made|gave|took|began|spoke|sent|won|led|left|struck|vowed|signed)\b/;

const WEEK_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** The weekday rules, in the order they held among the relative rules. */
export const WEEKDAY_RULES: readonly DateRule[] = [
  {
    name: 'weekday',
    anchors: {
      words: [
        ...WEEKDAY_WORDS,
        'this coming',
        'this past',
        ...['last', 'next', 'this', 'coming', 'past'].flatMap((rel) => WEEKDAY_WORDS.map((w) => `${rel} ${w}`)),
      ],
      gate: [WEEKDAY_WORDS],
    },
    pattern: re(String.raw`\b(?:(?<rel>last|next|this(?:\s+(?:coming|past))?|coming|past)\s+)?(?<w>${WEEKDAY})(?![a-z])`),
    build(m, ctx) {
      const token = m.groups?.['w'];
      const weekday = capitalised(token) ? weekdayNumber(token ?? '') : undefined;
      if (weekday === undefined) return undefined;
      const [s, e] = span(m);
      const rel = group(m, 'rel');
      // "every Monday" and "each Friday" are frequencies, not dates.
      if (/\b(?:every|each|on\s+alternate)\s+$/i.test(ctx.before(s, 16))) return undefined;
      // Without "on" or a modifier, a weekday glued to a capitalised word is part of a name
      // ("Good Friday Agreement", "the Sunday Times").
      if (rel === undefined && !/\b(?:on|by|until|till|since|from|before|after|of|and|or|to)\s+$/i.test(ctx.before(s, 8))) {
        const nameAfter = /^\s+[A-Z][a-z]/.test(ctx.after(e, 3)) && !/^\s+[A-Z][a-z]+\.?\s+\d/.test(ctx.after(e, 14));
        // "signed an agreement in Istanbul Thursday": a place after "in" is not the start of a name with the weekday.
        const nameBefore =
          /[A-Z][a-z]*\s+$/.test(ctx.before(s, 12)) && !/(?:^|[.!?]\s+)[A-Z][a-z]*\s+$/.test(ctx.before(s, 12)) && !/\b(?:in|at|from)\s+[A-Z][a-z]+\s+$/.test(ctx.before(s, 24));
        // Wire style puts the day between the subject and its past-tense verb ("Shinzo Abe Monday pledged").
        const verbAfter = WIRE_VERB_AFTER.test(ctx.after(e, 24));
        if (nameAfter || (nameBefore && !verbAfter)) return undefined;
      }
      const name = WEEKDAY_NAMES[weekday] ?? '';
      let candidate: Candidate;
      if (rel === 'next') {
        candidate = ctx.relative(s, e, 'day', `"next ${name}" read as ${name} of the week after the document's week`, (doc) =>
          formatDay(resolveWeekdayInWeek(weekday, doc, 1)),
        );
      } else if (rel === 'last' || rel === 'this past' || rel === 'past') {
        candidate = ctx.relative(s, e, 'day', `"${rel} ${name}" read as the most recent ${name} before the document date`, (doc) =>
          formatDay(resolveWeekday(weekday, addDays(doc, -1), 'past')),
        );
      } else if (rel === 'this coming' || rel === 'coming') {
        candidate = ctx.relative(s, e, 'day', `"${rel} ${name}" read as the first ${name} after the document date`, (doc) =>
          formatDay(resolveWeekday(weekday, addDays(doc, 1), 'future')),
        );
      } else {
        candidate = ctx.relativeLater(s, e, 'day', () => {
          const tense = ctx.tense(s, e, false) ?? 'past';
          const what =
            tense === 'future'
              ? `relative weekday in a clause that looks ahead, resolved to the first ${name} on or after the document date`
              : `relative weekday resolved to the most recent ${name} on or before the document date`;
          return { what, resolve: (doc) => formatDay(resolveWeekday(weekday, doc, tense)) };
        });
      }
      // The candidate was made just above and is not shared, so it takes the weekday itself instead of
      // being copied; the field still comes last, as it did in a spread copy.
      candidate.weekday = weekday;
      return candidate;
    },
  },
  {
    // Before, "Monday last week" was two dates, the Monday nearest the document date and the week, and
    // "last week on Tuesday" gave the Tuesday of the document's own week.
    name: 'weekday-of-week',
    anchors: {
      words: [...WEEKDAY_WORDS, 'last week', 'next week', 'this week'],
      gate: [WEEKDAY_WORDS, ['week']],
    },
    pattern: re(
      String.raw`\b(?:(?<w>${WEEKDAY})(?:,?\s+of)?\s+(?<rel>last|next|this)\s+week\b|(?<rel2>last|next|this)\s+week\s+on\s+(?<w2>${WEEKDAY})(?![a-z]))`,
    ),
    build(m, ctx) {
      const token = m.groups?.['w'] ?? m.groups?.['w2'];
      const weekday = capitalised(token) ? weekdayNumber(token ?? '') : undefined;
      const rel = group(m, 'rel') ?? group(m, 'rel2') ?? '';
      const shift = WEEK_SHIFT[rel];
      if (weekday === undefined || shift === undefined) return undefined;
      const [s, e] = span(m);
      const name = WEEKDAY_NAMES[weekday] ?? '';
      const candidate = ctx.relative(s, e, 'day', `${name} of ${rel} week, counted in calendar weeks from the document date`, (doc) =>
        formatDay(resolveWeekdayInWeek(weekday, doc, shift)),
      );
      candidate.weekday = weekday;
      return candidate;
    },
  },
];
