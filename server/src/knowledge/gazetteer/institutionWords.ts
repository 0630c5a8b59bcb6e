/**
 * Word lists behind the institution patterns: the head nouns that end (or start) an institution
 * name, and the capitalised words that can never be part of one.
 */

/**
 * Head nouns of institution names. "Programme" and "Program" are absent on purpose: the
 * guidelines exclude projects such as "Global Combat Air Programme", and known programmes that are
 * bodies ("World Food Programme") are in the organisations list.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'Ministry', 'Department', 'Office', 'Agency', 'Council', 'Committee', 'Commission', 'Forces', 'Force',
  'Guard', 'Party', 'Bank', 'Fund', 'Organization', 'Organisation', 'Union', 'Group', 'Institute', 'Court',
  'Parliament', 'Assembly', 'Navy', 'Army', 'Secretariat', 'Bureau', 'Authority', 'Congress', 'Senate',
  'Police', 'Command', 'Corporation', 'Tribunal', 'Cabinet Office', 'Chamber', 'Service', 'Directorate', 'Federation', 'Company', 'Airlines', 'Airways', 'Embassy', 'Consulate', 'Foundation', 'Centre', 'Center',
  'University', 'Cabinet',
];

const WEEKDAYS_AND_MONTHS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Titles and honorifics: a title is never part of an organisation name ("Minister of Foreign Affairs"). */
const TITLES = [
  'Minister', 'Ministers', 'Vice-Minister', 'President', 'Vice-President', 'Prime', 'Secretary', 'Secretary-General',
  'Senator', 'Ambassador', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Director-General', 'Deputy', 'Vice',
  'Senior', 'Lieutenant', 'Colonel', 'Admiral', 'Commander', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Dr', 'Dr.', 'H.E', 'H.E.', 'Hon', 'Hon.', 'Shri', 'Sir', 'Excellency',
  'Governor', 'Mayor', 'Premier', 'Chancellor', 'King', 'Queen', 'Emperor', 'Head', 'Chief',
];

/** Function words and sentence openers that are capitalised only because they start a sentence. */
const OPENERS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'Your', 'My',
  'Both', 'Each', 'Every', 'All', 'Some', 'Any', 'No', 'On', 'In', 'At', 'By', 'For', 'From', 'With', 'Of',
  'To', 'And', 'Or', 'But', 'As', 'Under', 'Between', 'Among', 'After', 'Before', 'During', 'Since',
  'Through', 'Into', 'While', 'When', 'Where', 'If', 'However', 'Meanwhile', 'Furthermore', 'Moreover',
  'Also', 'Today', 'Yesterday', 'Tomorrow', 'Former', 'Other', 'Several', 'Many', 'Two', 'Three', 'Said',
  'Relevant', 'Respective', 'Such', 'Neither', 'Either', 'Why', 'How', 'What', 'Which', 'Who', 'Although',
];

/** Capitalised words that stop an institution name when walking left from its head noun. */
export const LEFT_STOP_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS_AND_MONTHS, ...TITLES, ...OPENERS]);

/**
 * Capitalised words that stop an institution name when reading its "of …"/"for …" complement;
 * "Ministry" and "Department" are here so that "Ministry of X and Ministry of Y" stays two names.
 */
export const COMPLEMENT_STOP_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS_AND_MONTHS,
  ...TITLES,
  // "Permanent" opens a title after a complement ("Ministry of Foreign Affairs Permanent Secretary"),
  // while before a head it is part of the name ("Permanent Joint Commission"), so it stops only here.
  'Permanent',
  'Ministry', 'Department', 'Office', 'Agency', 'The', 'This', 'That', 'These', 'Those', 'Both', 'On', 'In',
  'At', 'By', 'For', 'From', 'With', 'Of', 'To', 'And',
]);

/** Stems whose possessive belongs to the name itself ("People's Liberation Army"). */
export const NAME_INTERNAL_POSSESSIVES: ReadonlySet<string> = new Set(['People', 'Peoples', 'Women', 'Workers', 'Farmers', 'Veterans']);
