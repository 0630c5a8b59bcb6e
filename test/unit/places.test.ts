import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizePlaces } from '../../server/src/analysis/recognizers/places';
import { recognizePlacesAndOrganizations } from '../../server/src/analysis/recognizers/namedEntities';
import { placeGazetteer } from '../../server/src/knowledge/gazetteer';
import { spanOf } from '../support/text';

/** The place texts recognised in a paragraph, in order. */
function places(paragraph: string): string[] {
  return recognizePlacesAndOrganizations(paragraph)
    .filter((e) => e.kind === 'place')
    .map((e) => e.text);
}

void test('"Socialist Republic of Viet Nam" is one place with code VN', () => {
  const text = 'Deputy Minister of Foreign Affairs of the Socialist Republic of Viet Nam';
  const found = recognizePlaces(text);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.span, spanOf(text, 'Socialist Republic of Viet Nam'));
  assert.equal(found[0]?.canonical, 'VN');
  assert.equal(found[0]?.source, 'gazetteer');
});

void test('"Viet Nam", "Vietnam" and "Socialist Republic of Vietnam" all resolve to VN', () => {
  const found = recognizePlaces('Viet Nam, Vietnam and the Socialist Republic of Vietnam');
  assert.deepEqual(found.map((e) => e.canonical), ['VN', 'VN', 'VN']);
});

void test('"Vietnamese" is not a place', () => {
  assert.deepEqual(places('Vietnamese Prime Minister Pham Minh Chinh and 600,000 Vietnamese residing abroad'), []);
});

void test('"Japanese", "Philippine" and "North Korean" are not places', () => {
  assert.deepEqual(places('the Japanese side, the Philippine military and North Korean missiles'), []);
});

void test('"Paracel Islands" and "South China Sea" are places', () => {
  assert.deepEqual(places('China’s expansion into the Paracel Islands in the South China Sea'), [
    'China',
    'Paracel Islands',
    'South China Sea',
  ]);
});

void test('"East and South China Seas" is one place', () => {
  assert.deepEqual(places('tensions in the East and South China Seas'), ['East and South China Seas']);
});

void test('"Japan’s" is the place "Japan" without the possessive', () => {
  const text = 'Japan’s proposed cooperation platform';
  assert.deepEqual(recognizePlaces(text)[0]?.span, spanOf(text, 'Japan'));
});

void test('"Tokyo’s" is the place "Tokyo"', () => {
  assert.deepEqual(places('through Tokyo’s Official Security Assistance program'), ['Tokyo']);
});

void test('"the Philippines" is the place "Philippines" without the determiner', () => {
  const found = recognizePlaces('Australia and the Philippines committed to work in partnership');
  assert.deepEqual(found.map((e) => [e.text, e.canonical]), [['Australia', 'AU'], ['Philippines', 'PH']]);
});

void test('"Japan-Vietnam relations" holds two places', () => {
  assert.deepEqual(places('to strengthen Japan-Vietnam relations'), ['Japan', 'Vietnam']);
});

void test('"U.S.-Japan Alliance" holds the places "U.S." and "Japan"', () => {
  const found = recognizePlaces('the U.S.-Japan Alliance');
  assert.deepEqual(found.map((e) => [e.text, e.canonical]), [['U.S.', 'US'], ['Japan', 'JP']]);
});

void test('an en dash joins country pairs and regions as well as a hyphen', () => {
  assert.deepEqual(places('Sixth Philippines–Australia Ministerial Meeting on the Indo–Pacific'), [
    'Philippines',
    'Australia',
    'Indo–Pacific',
  ]);
});

void test('"Indo-Pacific" is one region, not "Pacific"', () => {
  assert.deepEqual(places('a free and open Indo-Pacific and the Asia-Pacific region'), ['Indo-Pacific', 'Asia-Pacific']);
});

void test('"North Korea" is one place, and "Korean Peninsula" is not "Korea"', () => {
  assert.deepEqual(places('North Korea near the Korean Peninsula'), ['North Korea', 'Korean Peninsula']);
});

void test('a dateline in capitals ("HANOI") is a place', () => {
  const found = recognizePlaces('HANOI, Vietnam (Reuters) — Japanese Prime Minister');
  assert.deepEqual(found.map((e) => [e.text, e.canonical]), [['HANOI', 'Hanoi'], ['Vietnam', 'VN']]);
});

void test('two-letter capitals such as "IN", "AS", "IT" and "TO" are not countries, but "U.S.", "UK" and "ROK" are', () => {
  assert.deepEqual(places('IN THE END, AS IT IS TO BE, the U.S., the UK and the ROK'), ['U.S.', 'UK', 'ROK']);
});

void test('official long forms of China, Korea and the United Kingdom are single places', () => {
  const found = recognizePlaces(
    "the People's Republic of China, the Republic of Korea and the United Kingdom of Great Britain and Northern Ireland",
  );
  assert.deepEqual(found.map((e) => e.canonical), ['CN', 'KR', 'GB']);
});

void test('"Indian Ocean Region" is one place and "New Delhi" is a city', () => {
  assert.deepEqual(places('a rules-based Indian Ocean Region. New Delhi'), ['Indian Ocean Region', 'New Delhi']);
});

void test('a country name used as a first name ("Chad Smith") is not a place', () => {
  assert.deepEqual(places('Chad Smith visited Chad'), ['Chad']);
});

void test('names glued to other letters are not matched ("Japanese", "Chinatown")', () => {
  assert.deepEqual(places('Japanese Chinatown Omani'), []);
});

void test('the gazetteer reports the longest name at an offset', () => {
  const text = 'in the South China Sea';
  assert.equal(placeGazetteer().matchAt(text, text.indexOf('South'))?.entry.name, 'South China Sea');
  assert.equal(placeGazetteer().matchAt(text, text.indexOf('outh')), undefined);
});

void test('place spans are relative to the paragraph and equal the paragraph text at that span', () => {
  const text = 'Vietnam is the last leg of his six-day Asia-Pacific tour.';
  for (const e of recognizePlaces(text)) assert.equal(text.slice(e.span.start, e.span.end), e.text);
});

test('a Vietnamese dateline in capitals with diacritics is a place, and a lone two-letter word is not', () => {
  assert.deepEqual(recognizePlaces('HÀ NỘI — Việt Nam attaches importance to ties.').map((e) => e.text).sort(), ['HÀ NỘI', 'Việt Nam']);
  assert.deepEqual(recognizePlaces('UN — the body met.').map((e) => e.text), []);
});

test('an unlisted locality is a place when a listed country follows it or a listed place is coordinated with it', () => {
  const kinds = (p: string): string[] => recognizePlaces(p).map((e) => e.text);
  assert.ok(kinds('The retreat was held in Langkawi, Malaysia, last year.').includes('Langkawi'));
  assert.deepEqual(kinds('They met in Cha-Am and Hua Hin, Thailand.').sort(), ['Cha-Am', 'Hua Hin', 'Thailand']);
  assert.ok(kinds('The summit was held in Kuala Lumpur and Langkawi on 27 April 2015.').includes('Langkawi'));
  assert.ok(!kinds('A letter from Penny Wong, Australia’s foreign minister.').includes('Penny Wong'));
  assert.ok(!kinds('She met officials in Hanoi and Vietnamese executives later.').includes('Vietnamese'));
});

test('"Trans-Pacific" is no place; an administrative word after a place and a compass word before a region belong to it', () => {
  const texts = recognizePlaces('The Trans-Pacific Partnership, Okinawa Prefecture, the Western Indian Ocean and the North-Atlantic.').map((e) => e.text).sort();
  assert.deepEqual(texts, ['North-Atlantic', 'Okinawa Prefecture', 'Western Indian Ocean']);
});

test('"S. Korea", "NZ" and "Niger Republic" are countries', () => {
  assert.deepEqual(recognizePlaces('S. Korea, NZ and Niger Republic signed.').map((e) => e.text).sort(), ['NZ', 'Niger Republic', 'S. Korea']);
});

void test('"DRC", the Great Lakes, the Amazon and Sharm El-Sheikh are places; "the Pacific Alliance" is no place', () => {
  assert.deepEqual(places('He visited the DRC and the Great Lakes region, the Amazon and Sharm El-Sheikh. The Pacific Alliance met.'), ['DRC', 'Great Lakes', 'Amazon', 'Sharm El-Sheikh']);
});

void test('Kiev, Trinidad, Darfur, Polynesia, the Turkish Straits, Doklam, the Brahmaputra and Weimar are places', () => {
  assert.deepEqual(places('He flew from Kiev to Trinidad, then Darfur, Polynesia, the Turkish Straits, Doklam, the Brahmaputra and Weimar.'), [
    'Kiev', 'Trinidad', 'Darfur', 'Polynesia', 'Turkish Straits', 'Doklam', 'Brahmaputra', 'Weimar',
  ]);
});

void test('names of several words in capitals are places even with two-letter words ("HA NOI", "HO CHI MINH CITY", "DA NANG")', () => {
  assert.deepEqual(places('HA NOI, April 29 (VNA) - The delegation left HO CHI MINH CITY for DA NANG.'), ['HA NOI', 'HO CHI MINH CITY', 'DA NANG']);
  // With diacritics, and in a paragraph that has diacritics elsewhere (the text is folded before the scan).
  assert.deepEqual(places('HÀ NỘI — Thủ tướng met officials from Hà Nội.'), ['HÀ NỘI', 'Hà Nội']);
  // A lone two-letter word in capitals is still no name, and runs of short words find nothing new.
  assert.deepEqual(places('IN TO AS IT'), []);
  assert.deepEqual(places('AN OFFICIAL SAID THE US AND UK WILL GO ON'), ['US', 'UK']);
});

void test('a name matched only as written is not taken in capitals when it is one word', () => {
  const gazetteer = placeGazetteer();
  // "Franca" (a Brazilian city) is matched only as written: "FRANCA" may be a surname in a byline.
  assert.equal(gazetteer.lookup('Franca')?.asWrittenOnly, true);
  assert.deepEqual(places('REPORTED BY FRANCA'), []);
  assert.deepEqual(places('Talks in Franca ended.'), ['Franca']);
});

test('a place that is also a personal name is a place inside the name of an agreement or a meeting ("Paris Agreement")', () => {
  assert.deepEqual(places('They support the Paris Agreement and the Washington Treaty.'), ['Paris', 'Washington']);
  // Beside a given name or another name word it is still a person's name.
  assert.deepEqual(places('George Washington and Paris Hilton arrived, the Washington Post said.'), []);
});

test('"City", "Republic", "City of", "Metro" and "Greater" that belong to a place’s name are part of its span', () => {
  assert.deepEqual(places('Dhaka City and Chengdu City, the City of Sevastopol, Benin Republic, Metro Manila and Greater Male.'), [
    'Dhaka City',
    'Chengdu City',
    'City of Sevastopol',
    'Benin Republic',
    'Metro Manila',
    'Greater Male',
  ]);
  // "Republic of …" after a country names another place, so the country is not widened over it.
  assert.deepEqual(places('Benin Republic of old and Cebu met.'), ['Benin', 'Cebu']);
});

test('"the North" and "the two Koreas" are places in a paragraph about the Korean Peninsula, and nowhere else', () => {
  assert.deepEqual(places('Seoul lifted sanctions on Pyongyang and began cooperation with the North. The North’s media said the two Koreas agreed.'), [
    'Seoul',
    'Pyongyang',
    'North',
    'North',
    'Koreas',
  ]);
  // "the North Korean envoy", "the North-South talks" and a paragraph without the peninsula leave "North" alone.
  assert.deepEqual(places('Seoul met the North Korean envoy before the North-South talks.'), ['Seoul']);
  assert.deepEqual(places('The North grew faster than the South, the report said.'), []);
});
