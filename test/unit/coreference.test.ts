import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, ParagraphCache } from '../../server/src/analysis/index';

/** The people found in a body-only document, as "text@start". */
function people(body: string): string[] {
  return analyzeDocument(`---\ndate: 2015-08-28\n---\n${body}`)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.text);
}

test('later short mentions take the family name: the last name of Western and Vietnamese names, the first of Chinese ones, even with two letters', () => {
  assert.deepEqual(people('Pham Minh Chinh met Xi Jinping.\n\nChinh thanked Xi for the talks.'), ['Pham Minh Chinh', 'Xi Jinping', 'Chinh', 'Xi']);
});

test('a two-letter word that is not a family name written first is never a short form', () => {
  assert.deepEqual(people('Prime Minister Jacinda Ardern met Premier Li Qiang.\n\nOn the agenda were climate and trade; Li and Ardern agreed.'), [
    'Jacinda Ardern',
    'Li Qiang',
    'Li',
    'Ardern',
  ]);
});

test('a short form that a subdivision list also knows ("Kerry", an Irish county) is the person named in full', () => {
  assert.deepEqual(people('Secretary of State John Kerry arrived.\n\nKerry, invited by Wang, met officials.'), ['John Kerry', 'Kerry']);
});

test('a surname named after a title links its later bare mentions, and a full name given later takes over', () => {
  assert.deepEqual(people('President Marcos met the Prime Minister.\n\nMarcos said the talks went well.'), ['Marcos', 'Marcos']);
  const both = analyzeDocument('---\ndate: 2025-01-01\n---\nPresident Trump spoke.\n\nDonald Trump said that Trump agreed.\n').entities.filter((e) => e.kind === 'person');
  assert.ok(both.some((e) => e.source === 'coreference' && e.reason.includes('short form of "Donald Trump"')), JSON.stringify(both.map((e) => e.reason)));
});

test('"al-Jubeir" is also written "Jubeir"', () => {
  assert.deepEqual(people('Foreign Minister Adel al-Jubeir arrived.\n\nJubeir said so.'), ['Adel al-Jubeir', 'Jubeir']);
});

test('a titled Malay name is shortened to its given name, an English one never is', () => {
  assert.deepEqual(people('Prime Minister Anwar Ibrahim met the press. Anwar said the talks went well.'), ['Anwar Ibrahim', 'Anwar']);
  assert.deepEqual(people('President Emmanuel Macron met the press. Later Emmanuel smiled.'), ['Emmanuel Macron']);
});

test('a full name repeated where its context does not reveal a person is linked whole, not split into parts', () => {
  assert.deepEqual(people('Prime Minister Shinzo Abe spoke first. The visit came at the invitation of Shinzo Abe.'), ['Shinzo Abe', 'Shinzo Abe']);
});

test('a Mongolian name with its initial glued on ("U.Khurelsukh") is one name, and its later "Khurelsukh" links to it', () => {
  assert.deepEqual(people('Mongolian Prime Minister U.Khurelsukh met the press. Khurelsukh said the talks went well.'), ['U.Khurelsukh', 'Khurelsukh']);
});

test('a compound family name is linked as its last two words ("Pena Nieto", "Lula da Silva"), the last word alone still linked', () => {
  assert.deepEqual(people('President Enrique Pena Nieto met Stephen Harper.\n\nPena Nieto said so. Nieto agreed.'), ['Enrique Pena Nieto', 'Stephen Harper', 'Pena Nieto', 'Nieto']);
  assert.deepEqual(people('President Luiz Inácio Lula da Silva spoke.\n\nLula da Silva said so.'), ['Luiz Inácio Lula da Silva', 'Lula da Silva']);
});

test('an edit that keeps every paragraph’s name candidates reuses the document’s short names, and one that changes a name relinks', () => {
  const cache = new ParagraphCache();
  const doc = (middle: string): string => `---\ndate: 2015-08-28\n---\nPresident Enrique Pena Nieto met Stephen Harper.\n\n${middle}\n\nNieto and Harper spoke.`;
  const people = (text: string): string[] => analyzeDocument(text, { paragraphCache: cache }).entities.filter((e) => e.kind === 'person').map((e) => e.text);
  assert.deepEqual(people(doc('The talks went well.')), ['Enrique Pena Nieto', 'Stephen Harper', 'Nieto', 'Harper']);
  const source = cache.shortNameSource;
  assert.deepEqual(people(doc('The talks went very well.')), ['Enrique Pena Nieto', 'Stephen Harper', 'Nieto', 'Harper']);
  assert.equal(cache.shortNameSource, source);
  assert.deepEqual(people(doc('Prime Minister Justin Trudeau joined.')), ['Enrique Pena Nieto', 'Stephen Harper', 'Justin Trudeau', 'Nieto', 'Harper']);
  assert.notEqual(cache.shortNameSource, source);
});

test('a generational suffix ("III", "Jr.") is never the short form: "Lloyd Austin III" is later "Austin", the city notwithstanding', () => {
  assert.deepEqual(people('US Secretary of Defense Lloyd Austin III met him.\n\nAustin said the two agreed.'), ['Lloyd Austin III', 'Austin']);
  assert.deepEqual(people('President Ferdinand Marcos Jr. met him.\n\nMarcos said so.'), ['Ferdinand Marcos Jr.', 'Marcos']);
});

test('a Korean given name of two hyphenated syllables puts the family name first: "Yun Byung-se" is later "Yun"', () => {
  assert.deepEqual(people('Foreign Minister Yun Byung-se met his counterpart.\n\nYun stressed cooperation.'), ['Yun Byung-se', 'Yun']);
  // A Western hyphenated given name ("Jean-Luc") keeps the family name last.
  assert.deepEqual(people('Minister Jean-Luc Moreau met him.\n\nMoreau said so.'), ['Jean-Luc Moreau', 'Moreau']);
});

test('a titled hyphenated given name may stand for its bearer, as other given names do ("Sahle-Work Zewde" → "Sahle-Work")', () => {
  assert.deepEqual(people('Ethiopian President Sahle-Work Zewde met him.\n\nThe ties are strong, Sahle-Work said.'), ['Sahle-Work Zewde', 'Sahle-Work']);
});
