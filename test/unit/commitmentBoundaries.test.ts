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
