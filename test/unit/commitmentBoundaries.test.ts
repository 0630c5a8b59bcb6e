/**
 * Where a commitment span ends: adjuncts of the agreeing event, reporting tags and relative clauses
 * after the object. Each case comes from a dev-corpus error of the kind named in its title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeCommitments, type CommitmentContext } from '../../server/src/analysis/recognizers/commitments';

const EMPTY: CommitmentContext = { dates: [], entities: [] };

/** The texts of the commitments found in `paragraph`. */
function texts(paragraph: string): string[] {
  return recognizeCommitments(paragraph, EMPTY).map((c) => c.text);
}

test('the summit at which the agreeing happened is not part of the object, but a future meeting or a venue of the action is', () => {
  assert.deepEqual(texts('South Korea and ASEAN agreed to support complete denuclearization in the Korean peninsula at the Asean-Republic of Korea (ROK) Commemorative Summit.'), [
    'agreed to support complete denuclearization in the Korean peninsula',
  ]);
  assert.deepEqual(texts('The ministers agreed to review progress at the next ministerial meeting.'), ['agreed to review progress at the next ministerial meeting']);
  assert.deepEqual(texts('The leaders agreed to raise the issue at the UN General Assembly session.'), ['agreed to raise the issue at the UN General Assembly session']);
});

test('a reporting tag whose comma is missing ("… institutions Foreign Minister Bui Thanh Son said on Tuesday") ends the object', () => {
  assert.deepEqual(texts('Viet Nam is ready to deepen the partnership on the basis of mutual respect for political institutions Foreign Minister Bui Thanh Son said on Tuesday.'), [
    'is ready to deepen the partnership on the basis of mutual respect for political institutions',
  ]);
  assert.deepEqual(texts('Japan will work with Viet Nam and the Philippines.'), ['will work with Viet Nam and the Philippines']);
});

test('a reporting tag with a quotation in its adjuncts ("… said while describing the talks as “productive”") ends the object', () => {
  assert.deepEqual(texts('The leaders decided to raise bilateral trade to USD 12 billion, Foreign Secretary Vinay Kwatra said while describing the talks as “extremely productive”.'), [
    'decided to raise bilateral trade to USD 12 billion',
  ]);
});

test('a relative clause opened by "to which" and a participle opened by "-ing at" after a comma end the object', () => {
  assert.deepEqual(texts('I expressed my intention to host the next summit in Japan, to which the President expressed his support.'), ['expressed my intention to host the next summit in Japan']);
  assert.deepEqual(texts('Cambodia and Viet Nam are committed to strengthening ties, expanding trade and cooperation in all fields, addressing at a bilateral meeting in Hanoi on Friday.'), [
    'are committed to strengthening ties, expanding trade and cooperation in all fields',
  ]);
});

test('a modal interrupted by a comma-enclosed adjunct ("will, as always, closely coordinate …") keeps its object', () => {
  assert.deepEqual(texts('Japan will, as always, closely coordinate its action with the United Nations.'), ['will, as always, closely coordinate its action with the United Nations']);
});

test('"will be in touch with" is the subject’s own action, while other "will be in" predicates are not', () => {
  assert.deepEqual(texts('We will be in touch with partners in the course of the day.'), ['will be in touch with partners in the course of the day']);
  assert.deepEqual(texts('We will be in Tokyo next week.'), []);
});

test('an economy named by description ("the world’s second-largest economy") can commit through "will"', () => {
  assert.deepEqual(texts('In the meantime, the world’s second-largest economy will work with Belgium to implement the memorandum.'), [
    'will work with Belgium to implement the memorandum',
  ]);
  assert.deepEqual(texts('In the meantime, the weather will work against the plan.'), []);
});

test('"offered to" with an action is an undertaking; "the offer to" is a noun', () => {
  assert.deepEqual(texts('India offered to take up construction of the railway link under Indian assistance.'), [
    'offered to take up construction of the railway link under Indian assistance',
  ]);
  assert.deepEqual(texts('The offer to host the talks was welcomed.'), []);
});

test('a parenthetical between the subject and the modal ("Uganda, it was agreed, would …") leaves the subject as the actor', () => {
  const found = recognizeCommitments('Uganda, it was agreed, would superintend the railway project. Kenya, on its part, would oversee electricity access.', EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    ['would superintend the railway project', 'Uganda'],
    ['would oversee electricity access', 'Kenya'],
  ]);
  assert.deepEqual(texts('The plan, it was agreed, would take effect soon.'), []);
});

test('"as" with a named subject and a past verb is the agreeing event, not the object', () => {
  assert.deepEqual(texts('Saudi Arabia and Oman agreed on Monday to establish a joint council as Sultan Haitham concluded a two-day visit to the kingdom.'), [
    'agreed on Monday to establish a joint council',
  ]);
  assert.deepEqual(texts('The ministers agreed to act as soon as possible.'), ['agreed to act as soon as possible']);
});

test('reporting tags with "declared" and tags right after a quotation that closes inside the object end the span', () => {
  assert.deepEqual(texts('Colombia and Venezuela will rebuild contact after years of hostility, their foreign ministers declared on Thursday.'), ['will rebuild contact after years of hostility']);
  assert.deepEqual(texts('They agreed to work together “in a manner that serves their interests,” it said.'), ['agreed to work together “in a manner that serves their interests']);
});

test('a preposition left at the end of a cut object is dropped', () => {
  assert.deepEqual(texts('They agreed to “accelerate negotiations on the delineation” of the maritime zones after emphasizing the importance of dialogue.'), [
    'agreed to “accelerate negotiations on the delineation” of the maritime zones',
  ]);
});

test('"be going to", a quoted action after "will", "ratified their willingness to" and "agreed on the formation of" are commitments', () => {
  assert.deepEqual(texts('“We are going to relaunch it,” Ampuero said. The economy is going to grow.'), ['are going to relaunch it']);
  assert.deepEqual(texts('Colombia and Venezuela will “boost security and peace” on their shared border.'), ['will “boost security and peace” on their shared border']);
  assert.deepEqual(texts('The ministers ratified their willingness to reinforce the bonds of friendship.'), ['ratified their willingness to reinforce the bonds of friendship']);
  assert.deepEqual(texts('The leaders agreed on the formation of a standing committee.'), ['agreed on the formation of a standing committee']);
});
