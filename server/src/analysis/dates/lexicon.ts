/**
 * Words and RegExp source fragments shared by the date rules and the dateline detector. Month and
 * weekday names are matched in Title Case or UPPER CASE only, so that the verbs "may" and "march"
 * are never read as months.
 */

const MONTHS: readonly (readonly [string, ...string[]])[] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];

const monthByName = new Map<string, number>();
MONTHS.forEach((names, index) => {
  for (const name of names) monthByName.set(name.toLowerCase(), index + 1);
});

const weekdayByName = new Map<string, number>();
['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].forEach((name, index) =>
  weekdayByName.set(name, index),
);

/** The full month names in lower case, as the anchor scan sees them. */
export const MONTH_FULL_WORDS: readonly string[] = MONTHS.map((m) => m[0].toLowerCase());

/** Every month name and abbreviation in lower case, as the anchor scan sees them. */
export const MONTH_WORDS: readonly string[] = MONTHS.flat().map((w) => w.toLowerCase());

function bothCases(words: readonly string[]): string {
  return words.flatMap((w) => [w, w.toUpperCase()]).join('|');
}

/** Full month names only (Title or UPPER case). */
export const MONTH_FULL = `(?:${bothCases(MONTHS.map((m) => m[0]))})`;

/** Full month names or abbreviations with an optional full stop ("Sept.", "Oct"). */
export const MONTH_ANY = `(?:${bothCases(MONTHS.map((m) => m[0]))}|(?:${bothCases(
  MONTHS.flatMap((m) => m.slice(1)),
)})\\.?)`;

/** Weekday names (Title or UPPER case). */
export const WEEKDAY = `(?:${bothCases(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])})`;

/** The weekday names in lower case, as the anchor scan sees them. */
export const WEEKDAY_WORDS: readonly string[] = [...weekdayByName.keys()];

/**
 * Weekday abbreviations as written in date stamps ("Wed, 03 Aug 2005"); the full names are in
 * {@link WEEKDAY}. Title or UPPER case only, so that "sun" and "sat" stay ordinary words.
 */
export const WEEKDAY_SHORT = `(?:${bothCases(['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'])})`;

/** The weekday abbreviations of {@link WEEKDAY_SHORT} in lower case. */
export const WEEKDAY_SHORT_WORDS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** A day of the month, optionally with an ordinal suffix, never followed by another digit or a colon. */
export const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])`;

/** A four-digit year from 1000 to 2199, not part of a longer number. */
export const YEAR = `(?:1\\d{3}|20\\d{2}|21\\d{2})(?!\\d|[.,]\\d)`;


/**
 * A dash or hyphen joining the two ends of a range, on the line of the first end: a dash that opens a
 * line is a list item's marker ("on⏎- 10 May⏎- 12 June" is two dates, not 10 May to 12 June).
 */
export const DASH = `[^\\S\\r\\n]*[-\\u2010-\\u2015]\\s*`;

/** The month names and abbreviations in lower case with their numbers, by the code of their first letter. */
const MONTHS_BY_LETTER: readonly (readonly (readonly [string, number])[])[] = Array.from({ length: 26 }, (_, k) =>
  [...monthByName].filter(([name]) => name.charCodeAt(0) === 97 + k),
);

/** The month number (1-12) of a month name or abbreviation, ignoring case and a trailing full stop. */
export function monthNumber(name: string): number | undefined {
  // The name is compared in place with the few names of its first letter, which spares the lower-case
  // copy and the hashing of a Map lookup. Names are ASCII, and lower-casing maps no other character
  // onto an ASCII letter of theirs, so a name with any other character is no month, as before.
  const length = name.charCodeAt(name.length - 1) === 46 ? name.length - 1 : name.length;
  const first = (name.charCodeAt(0) | 32) - 97;
  const candidates = first >= 0 && first < 26 ? MONTHS_BY_LETTER[first] : undefined;
  if (candidates === undefined) return undefined;
  for (const [month, number] of candidates) if (month.length === length && equalsLowerAscii(name, month)) return number;
  return undefined;
}

/** True when the first `lower.length` characters of `text` are `lower` (lower-case ASCII letters) in any ASCII case. */
function equalsLowerAscii(text: string, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(k);
    // Only an ASCII capital lowers onto a letter of `lower`: "| 32" alone would also map "@" to "`" and the like.
    if (c !== lower.charCodeAt(k) && !(c >= 65 && c <= 90 && (c | 32) === lower.charCodeAt(k))) return false;
  }
  return true;
}

/** The weekday number (Monday = 0) of a weekday name or abbreviation ("Wed", "Thurs."), ignoring case. */
export function weekdayNumber(name: string): number | undefined {
  const lower = (name.charCodeAt(name.length - 1) === 46 ? name.slice(0, -1) : name).toLowerCase();
  const full = weekdayByName.get(lower);
  if (full !== undefined || lower.length < 3) return full;
  // Every abbreviation is a prefix of exactly one weekday name.
  for (const [weekday, n] of weekdayByName) if (weekday.startsWith(lower)) return n;
  return undefined;
}

/** The day number of a day token such as "4", "04" or "21st". */
export function dayNumber(token: string): number {
  return Number.parseInt(token, 10);
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};

/** A count written as digits or as a small number word ("a", "three", "12"). */
export const COUNT = `(?:\\d{1,3}|${Object.keys(SMALL_NUMBERS).join('|')})`;

/** The value of a {@link COUNT} token, or undefined when it is not one. */
export function countValue(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  return SMALL_NUMBERS[token.toLowerCase()];
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22,
};

/** An ordinal written as digits with a suffix or as a word ("21st", "twenty-first"). */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The value of an {@link ORDINAL} token, or undefined when it is not one. */
export function ordinalValue(token: string): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)$/i.exec(token);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[token.toLowerCase()];
}

/** Singular calendar unit of a unit word ("weeks" → "week"). */
export function unitOf(word: string): 'day' | 'week' | 'month' | 'year' | 'decade' | undefined {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return singular === 'day' || singular === 'week' || singular === 'month' || singular === 'year' || singular === 'decade'
    ? singular
    : undefined;
}
