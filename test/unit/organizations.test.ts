import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findAcronymDefinitions,
  recognizeAcronymMentions,
  recognizeOrganizations,
} from '../../server/src/analysis/recognizers/organizations';
import { recognizePlacesAndOrganizations } from '../../server/src/analysis/recognizers/namedEntities';
import type { Entity } from '../../server/src/analysis/types';
import { spanOf } from '../support/text';
import { organizationEntries } from '../../server/src/knowledge/gazetteer/organizations';
import { countryEntries } from '../../server/src/knowledge/gazetteer/countries';
import { cityEntries, regionEntries, subdivisionEntries } from '../../server/src/knowledge/gazetteer/places';

/** `kind:text` for every entity of a paragraph, in order. */
function tagged(paragraph: string): string[] {
  return recognizePlacesAndOrganizations(paragraph).map((e: Entity) => `${e.kind}:${e.text}`);
}

void test('"Japan Ministry of Defense" is one organization, not a place', () => {
  assert.deepEqual(tagged('Japan Ministry of Defense'), ['organization:Japan Ministry of Defense']);
});

void test('"(MOFA)" after "Ministry of Foreign Affairs of Japan" is an organization', () => {
  const text = 'the Ministry of Foreign Affairs of Japan (MOFA) said';
  assert.deepEqual(tagged(text), ['organization:Ministry of Foreign Affairs of Japan', 'organization:MOFA']);
});

void test('"(MOFA)" and "(MOD)" after ministers’ titles are organizations, the titles are not', () => {
  const text =
    'Mr. NAMAZU Hiroyuki, Senior Deputy Minister for Foreign Affairs of Japan (MOFA), and Mr. KANO Koji, Vice-Minister of Defense for International Affairs (MOD), with officials from MOFA and MOD on the Japan side';
  assert.deepEqual(tagged(text), [
    'place:Japan',
    'organization:MOFA',
    'organization:MOD',
    'organization:MOFA',
    'organization:MOD',
    'place:Japan',
  ]);
});

void test('"Minister of Foreign Affairs" is a title, and only "Ministry of Public Security" is an organization', () => {
  const text =
    'officials from Minister of Foreign Affairs, Minister of National Defence and Ministry of Public Security on the Viet Nam side';
  assert.deepEqual(tagged(text), ['organization:Ministry of Public Security', 'place:Viet Nam']);
});

void test('"Communist Party" is an organization even without the country', () => {
  assert.deepEqual(tagged('ruling Communist Party leader Nguyen Phu Trong'), ['organization:Communist Party']);
});

void test('"Self-Defense Forces" after "the Japanese" is an organization without the demonym', () => {
  const found = recognizeOrganizations('the Japanese Self-Defense Forces');
  assert.deepEqual(found.map((e) => e.text), ['Self-Defense Forces']);
});

void test('a news agency in a dateline ("(Reuters)") is an organization', () => {
  const text = 'HANOI, Vietnam (Reuters) — Japanese Prime Minister';
  const reuters = recognizeOrganizations(text)[0];
  assert.deepEqual(reuters?.span, spanOf(text, 'Reuters'));
  assert.equal(reuters?.reason, 'news agencies list');
});

void test('"UN Security Council" and a bare "Security Council" are organizations', () => {
  assert.deepEqual(tagged('fellow-members of the UN Security Council'), ['organization:UN Security Council']);
  assert.deepEqual(tagged('the relevant Security Council Resolutions'), ['organization:Security Council']);
});

void test('"ASEAN" inside "ASEAN Outlook on the Indo-Pacific" is an organization and the region a place; "(AOIP)" is nothing', () => {
  assert.deepEqual(tagged('in coordination with the ASEAN Outlook on the Indo-Pacific (AOIP), amid'), [
    'organization:ASEAN',
    'place:Indo-Pacific',
  ]);
});

void test('"ASEAN-led" and "the Quad’s" hold the organizations "ASEAN" and "Quad"', () => {
  assert.deepEqual(tagged('an inclusive ASEAN-led architecture. They welcomed the Quad’s steadfast support'), [
    'organization:ASEAN',
    'organization:Quad',
  ]);
});

void test('meetings, agreements and frameworks are not organizations', () => {
  const text =
    'the Philippines–Australia Ministerial Meeting (PAMM), the Reciprocal Access Agreement, IPEF, the Global Combat Air Programme and OSA (Official Security Assistance)';
  assert.deepEqual(
    recognizeOrganizations(text).map((e) => e.text),
    [],
  );
});

void test('generic references ("the Government", "the Council", "the two ministries") are not organizations', () => {
  assert.deepEqual(recognizeOrganizations('the Government and people of Vietnam; the Council; the two ministries'), []);
});

void test('"International Syria Support Group (ISSG)" gives the group and the acronym as separate mentions', () => {
  const text = 'The International Syria Support Group (ISSG) met. The ISSG agreed.';
  assert.deepEqual(recognizeOrganizations(text).map((e) => e.text), ['International Syria Support Group', 'ISSG', 'ISSG']);
});

void test('an acronym defined after an unlisted body is an organization wherever it appears in the paragraph', () => {
  const text = 'The Lower Mekong Water Security Council (LMWSC) met, and the LMWSC agreed.';
  const found = recognizeOrganizations(text);
  assert.deepEqual(found.map((e) => e.text), ['Lower Mekong Water Security Council', 'LMWSC', 'LMWSC']);
  assert.equal(found[2]?.reason, 'acronym defined in this paragraph');
  assert.equal(found[2]?.canonical, 'Lower Mekong Water Security Council');
});

void test('acronym definitions are exposed for document-wide propagation', () => {
  const definitions = findAcronymDefinitions('the Japan International Cooperation Agency (JICA) and the Ministry of Foreign Affairs (MOFA)');
  assert.equal(definitions.get('JICA'), 'Japan International Cooperation Agency');
  assert.equal(definitions.get('MOFA'), 'Ministry of Foreign Affairs');
  const later = 'Experts of JICA arrived; JICAS is another word.';
  assert.deepEqual(recognizeAcronymMentions(later, definitions).map((e) => e.span), [spanOf(later, 'JICA')]);
});

void test('named bodies absorb the countries inside their names', () => {
  assert.deepEqual(tagged('the U.S.-Japan Economic Policy Consultative Committee and the EU-Vietnam Joint Committee'), [
    'organization:U.S.-Japan Economic Policy Consultative Committee',
    'organization:EU-Vietnam Joint Committee',
  ]);
});

void test('"Office of the Special Envoy for Syria" is one organization', () => {
  assert.deepEqual(tagged('the Office of the Special Envoy for Syria said'), [
    'organization:Office of the Special Envoy for Syria',
  ]);
});

void test('a possessive country stays a place before a ministry ("Vietnam’s Ministry of Public Security")', () => {
  assert.deepEqual(tagged('Vietnam’s Ministry of Public Security'), ['place:Vietnam', 'organization:Ministry of Public Security']);
});

void test('an enumerated ministry name ends before "and" plus a country', () => {
  assert.deepEqual(tagged('the Ministry of Economy, Trade and Industry and the Ministry of Defense and Vietnam'), [
    'organization:Ministry of Economy, Trade and Industry',
    'organization:Ministry of Defense',
    'place:Vietnam',
  ]);
});

void test('"G20" inside "G20 Summit" is an organization, the summit is not', () => {
  assert.deepEqual(tagged('leaders attended the G20 Summit'), ['organization:G20']);
});

void test('a ministry name does not run into a weekday ("Ministry of Foreign Affairs on Tuesday")', () => {
  assert.deepEqual(tagged('the Ministry of Foreign Affairs on Tuesday'), ['organization:Ministry of Foreign Affairs']);
});

void test('pattern organisations explain themselves in the reason', () => {
  const [ministry] = recognizeOrganizations('Ministry of Industry and Trade');
  assert.equal(ministry?.source, 'pattern');
  assert.equal(ministry?.reason, "pattern 'Ministry of …'");
});

test('two known bodies joined by a hyphen stay two, a named joint body stays one, "and" joins modifiers, ordinals stay out', () => {
  const orgs = (paragraph: string): string[] => tagged(paragraph).filter((t) => t.startsWith('organization:')).map((t) => t.slice('organization:'.length));
  assert.deepEqual(orgs('The 10th European Union-African Union Commission-to-Commission meeting took place.'), ['European Union', 'African Union']);
  assert.deepEqual(orgs('The EU-Vietnam Joint Committee met and agreed to set up a Joint Trade and Investment Committee.'), [
    'EU-Vietnam Joint Committee',
    'Joint Trade and Investment Committee',
  ]);
  assert.deepEqual(orgs('Singapore backs the Asean chairmanship.'), ['Asean']);
});

test('a committee takes its remit with "on", and its acronym in brackets follows; a council "on" a topic does not', () => {
  const found = tagged('They convened the Joint Committee on Trade and Investment (JCTI) in Manila.');
  assert.ok(found.includes('organization:Joint Committee on Trade and Investment'), found.join(' | '));
  assert.ok(found.includes('organization:JCTI'), found.join(' | '));
  assert.ok(tagged('He briefed the Security Council on Ukraine.').includes('organization:Security Council'));
});

test('numbered task forces are two names, each with its number', () => {
  const found = tagged('The Combined Task Force 153 and Combined Task Force 59 patrol the Red Sea.');
  assert.ok(found.includes('organization:Combined Task Force 153') && found.includes('organization:Combined Task Force 59'), found.join(' | '));
});

test('the agency credited in a dateline is an organisation, listed or not', () => {
  assert.ok(tagged('DOHA, Feb 16 (QNA) - The foreign ministers met in Munich.').includes('organization:QNA'));
  assert.ok(tagged('BALI, 09 July 2022, (TON): The ministers met.').includes('organization:TON'));
});

test('a spelled-out session ordinal is not part of the body; "Group on …" takes its remit; a person’s name ends before "and"', () => {
  assert.ok(tagged('The Seventh Mexico-India Joint Commission met.').includes('organization:Mexico-India Joint Commission'));
  assert.ok(tagged('The High Level Group on Trade, Investment and Cooperation met.').includes('organization:High Level Group on Trade, Investment and Cooperation'));
  const found = tagged('They met European Council President Donald Tusk and European Commission President Jean-Claude Juncker.');
  assert.ok(found.includes('organization:European Commission') && !found.some((f) => f.includes('Tusk')), found.join(' | '));
});

test('regional organisations of Africa, the Americas and the Gulf, and chambers and services, are organisations', () => {
  const found = tagged('The Economic Community of West African States, the GCC, CARICOM, Europol, the European External Action Service and the Vietnam Chamber of Commerce and Industry met.');
  for (const name of ['Economic Community of West African States', 'GCC', 'CARICOM', 'Europol', 'European External Action Service', 'Vietnam Chamber of Commerce and Industry']) {
    assert.ok(found.includes(`organization:${name}`), `${name} in ${found.join(' | ')}`);
  }
});

test('a demonym after "and" starts another phrase, and national news agencies are organisations', () => {
  const found = tagged('The Political Bureau of the Communist Party of China Central Committee and Chinese Foreign Minister Wang Yi met, EFE reported.');
  assert.ok(found.includes('organization:Political Bureau of the Communist Party of China Central Committee'), found.join(' | '));
  assert.ok(found.includes('organization:EFE'), found.join(' | '));
});

test('every listed organisation and place starts with a capital or a digit, so that scans only look at word starts of that kind', () => {
  const entries = [...organizationEntries(), ...countryEntries(), ...regionEntries(), ...cityEntries(), ...subdivisionEntries()];
  assert.deepEqual(entries.filter((e) => /^[a-z\p{P}]/u.test(e.name)).map((e) => e.name), []);
});

test('"and" joins one modifier of a body, never two names: companies, airlines and agencies side by side stay apart', () => {
  const found = tagged('Tokyo Electric Power Company and Vietnam Airlines signed deals with Samsung Electronics and Toyota Motor Corporation.');
  for (const name of ['Tokyo Electric Power Company', 'Vietnam Airlines', 'Toyota Motor Corporation']) assert.ok(found.includes(`organization:${name}`), `${name} in ${found.join(' | ')}`);
  assert.ok(tagged('The Trade and Investment Committee met.').includes('organization:Trade and Investment Committee'));
  const office = tagged('The Office of the United Nations High Commissioner for Refugees and Médecins Sans Frontières helped.');
  assert.ok(office.includes('organization:Office of the United Nations High Commissioner for Refugees'), office.join(' | '));
});

test('armed groups the genre names as actors are organisations', () => {
  const found = tagged('Boko Haram and Al-Shabaab attacked, while Hamas and Hezbollah issued statements.');
  for (const name of ['Boko Haram', 'Al-Shabaab', 'Hamas', 'Hezbollah']) assert.ok(found.includes(`organization:${name}`), `${name} in ${found.join(' | ')}`);
});

test('a name with its acronym in brackets inside it is one organisation, and the acronym still names it later', () => {
  const found = tagged('The Communist Party of China (CPC) Central Committee and the United Nations (UN) Security Council met. The CPC said so.');
  assert.ok(found.includes('organization:Communist Party of China (CPC) Central Committee'), found.join(' | '));
  assert.ok(found.includes('organization:United Nations (UN) Security Council'), found.join(' | '));
  assert.ok(found.includes('organization:CPC'), found.join(' | '));
  assert.ok(tagged('The Japan International Cooperation Agency (JICA) Board met.').includes('organization:JICA'));
});

test('modifiers listed with commas before "and" belong to the body ("Economy, Trade and Industry Ministry")', () => {
  const found = tagged('They met the Economy, Trade and Industry Ministry and the Acquisition, Technology and Logistics Agency.');
  assert.ok(found.includes('organization:Economy, Trade and Industry Ministry') && found.includes('organization:Acquisition, Technology and Logistics Agency'), found.join(' | '));
});

test('plurilateral groupings without a head noun (Benelux, MIKTA, the Weimar Triangle) are organisations', () => {
  const found = recognizePlacesAndOrganizations('The Benelux countries, MIKTA and the Weimar Triangle met.').filter((e) => e.kind === 'organization');
  assert.deepEqual(found.map((e) => e.text), ['Benelux', 'MIKTA', 'Weimar Triangle']);
});

test('"AU", the ICGLR, the Five Eyes, the Pacific Alliance and the Lok Sabha are organisations', () => {
  assert.deepEqual(tagged('The AU and the ICGLR met. The Five Eyes partners, the Pacific Alliance and the Lok Sabha.'), [
    'organization:AU',
    'organization:ICGLR',
    'organization:Five Eyes',
    'organization:Pacific Alliance',
    'organization:Lok Sabha',
  ]);
});

test('the Emiri Diwan, UN missions, title-case bloc acronyms and "Asia Pacific Economic Cooperation" are organisations', () => {
  assert.deepEqual(tagged('The Emiri Diwan said UNAMID, Unasur, Celac and the Brics met at the Asia Pacific Economic Cooperation forum.'), [
    'organization:Emiri Diwan',
    'organization:UNAMID',
    'organization:Unasur',
    'organization:Celac',
    'organization:Brics',
    'organization:Asia Pacific Economic Cooperation',
  ]);
});

test('"Permanent" belongs to a body before its head ("Ghana-Nigeria Permanent Joint Commission") but not after a complement ("… Foreign Affairs Permanent Secretary")', () => {
  assert.deepEqual(tagged('The Ghana-Nigeria Permanent Joint Commission for Cooperation met.'), ['organization:Ghana-Nigeria Permanent Joint Commission for Cooperation']);
  assert.deepEqual(tagged('The Joint Permanent Commission for Cooperation met.'), ['organization:Joint Permanent Commission for Cooperation']);
  assert.deepEqual(tagged('The Ministry of Foreign Affairs Permanent Secretary met.'), ['organization:Ministry of Foreign Affairs']);
});

void test('universities, the office an official heads, councils and cabinets of ministers, and a country’s army or navy are organisations', () => {
  assert.deepEqual(tagged('Students at Souphanouvong University and Mae Fah Luang University met the Office of the Prime Minister.'), [
    'organization:Souphanouvong University',
    'organization:Mae Fah Luang University',
    'organization:Office of the Prime Minister',
  ]);
  assert.deepEqual(tagged('The Office of the Spokesperson said the Cabinet of Ministers and the Franco-German Council of Ministers agreed.'), [
    'organization:Office of the Spokesperson',
    'organization:Cabinet of Ministers',
    'organization:Franco-German Council of Ministers',
  ]);
  assert.deepEqual(tagged('cooperation between the Indian Army and the Nepal Army, and the Philippine Navy'), [
    'organization:Indian Army',
    'organization:Nepal Army',
    'organization:Philippine Navy',
  ]);
  // A cabinet without its complement is a government, a bare one a generic reference; a demonym before other heads stays out.
  assert.deepEqual(tagged('The Kishida Cabinet resigned, the Cabinet met and the Japanese Ministry of Defense agreed.'), ['organization:Ministry of Defense']);
  // A title after other heads still ends the name: the complement of "Ministry" is a portfolio, not an official.
  assert.deepEqual(tagged('the Ministry of the Prime Minister Kishida'), []);
});

void test('a further complement that is a country ends the name, and a known place of several words ends a modifier before "and"', () => {
  assert.deepEqual(tagged('the Council of Ministers of Saudi Arabia Musaid Al Aiban said'), ['organization:Council of Ministers of Saudi Arabia']);
  assert.deepEqual(tagged('students from Chiang Rai and Souphanouvong University'), ['place:Chiang Rai', 'organization:Souphanouvong University']);
  // The first complement may open with a country that is part of the name.
  assert.deepEqual(tagged('the Office of the United States Trade Representative said'), ['organization:Office of the United States Trade Representative']);
  assert.deepEqual(tagged('the Ministry of Foreign Affairs of the Republic of Korea said'), ['organization:Ministry of Foreign Affairs of the Republic of Korea']);
});
