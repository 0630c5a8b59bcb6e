/**
 * Commitment spans where the written guidelines (../shared/annotation-guidelines.md, section
 * `commitment`) decide the case explicitly: the span runs from the commitment verb phrase ("be
 * determined to", "remain committed to" …) to the end of that verb's object, coordinated objects
 * included, one span per commitment verb, the subject outside. Each case comes from a dev-corpus error
 * where the system broke one of those rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeCommitments, type CommitmentContext } from '../../server/src/analysis/recognizers/commitments';

const EMPTY: CommitmentContext = { dates: [], entities: [] };

/** The texts of the commitments found in `paragraph`. */
function texts(paragraph: string): string[] {
  return recognizeCommitments(paragraph, EMPTY).map((c) => c.text);
}

test('the last item of a coordinated object (", and quantum technologies") stays in the span when the next sentence opens with "They noted"', () => {
  assert.deepEqual(
    texts('The two sides committed to step up cooperation on technologies such as 5G and 6G, artificial intelligence, cybersecurity, and quantum technologies. They noted that research matters.'),
    ['committed to step up cooperation on technologies such as 5G and 6G, artificial intelligence, cybersecurity, and quantum technologies'],
  );
  // A named subject with its own verb after ", and" still ends the object.
  assert.deepEqual(texts('The leaders agreed to expand trade, and Minister França expressed his support.'), ['agreed to expand trade']);
});

test('"be determined to" and "remain committed to" open the span even when a quotation opens between their words', () => {
  assert.deepEqual(texts('The heads said that they remained ‘committed to take action at a national level to advance the integration agenda’.'), [
    'remained ‘committed to take action at a national level to advance the integration agenda',
  ]);
  // The closing mark after "process" closes the quotation the span opened; it is no plural possessive.
  assert.deepEqual(texts('The heads were ‘determined to ensure the equitable distribution of the gains realised through the integration process’.'), [
    'were ‘determined to ensure the equitable distribution of the gains realised through the integration process',
  ]);
});

test('a quotation opened inside the trigger phrase closes inside the object, which goes on to its end', () => {
  assert.deepEqual(texts('Both sides are “determined to actively seek a political settlement” of the vexed issue.'), [
    'are “determined to actively seek a political settlement” of the vexed issue',
  ]);
  assert.deepEqual(texts('They also agreed "to extend the deadline for submitting the draft by the end of January" in order to be eligible for EU funding.'), [
    'agreed "to extend the deadline for submitting the draft by the end of January" in order to be eligible for EU funding',
  ]);
  // A quotation opened in the object still ends the span at its closing mark, which stays outside.
  assert.deepEqual(texts('They vowed to “further upgrade and expand this cooperation”.'), ['vowed to “further upgrade and expand this cooperation']);
});

test('a closing guillemet ends a quoted object like a closing curly mark, before the reporting clause', () => {
  assert.deepEqual(texts('« We commit to exchanging information and conducting joint operations », commented the Ghanaian president.'), [
    'commit to exchanging information and conducting joint operations',
  ]);
});

test('an object that ends in a colon before list items takes the items as its coordinated objects, up to a line of another kind', () => {
  assert.deepEqual(texts('The leaders agreed that discussions should take into consideration :\n\na. energy security\n\nb. climate change\n\n5. To this end, they met.'), [
    'agreed that discussions should take into consideration :\n\na. energy security\n\nb. climate change',
  ]);
  assert.deepEqual(texts('The Ministers concurred to continue defence cooperation, including to:\n- Further elevate defence cooperation;\n- Increase cooperation in space.'), [
    'concurred to continue defence cooperation, including to:\n- Further elevate defence cooperation;\n- Increase cooperation in space',
  ]);
  // With nothing before the colon the items are clauses with their own subjects and commitments.
  assert.deepEqual(texts('The Heads of State have agreed that:\n1. We will continue to act in the spirit of unity.'), ['will continue to act in the spirit of unity']);
});

test('coordinated parts of the object after a semicolon ("; as well as …", a series closed by "; or …") stay in the span', () => {
  assert.deepEqual(texts('They agreed to increase visits via all channels of Party, State, Government; as well as those between ministries and localities.'), [
    'agreed to increase visits via all channels of Party, State, Government; as well as those between ministries and localities',
  ]);
  assert.deepEqual(texts('The two countries will work toward policies that benefit all citizens, regardless of sex, gender, or sexual orientation; race, ethnicity, or religion; age; disability; or geography.'), [
    'will work toward policies that benefit all citizens, regardless of sex, gender, or sexual orientation; race, ethnicity, or religion; age; disability; or geography',
  ]);
  // A clause after the semicolon is not an item of the series.
  assert.deepEqual(texts('The two countries will work toward fair policies; and they will meet again.'), ['will work toward fair policies', 'will meet again']);
});

test('-ing items of a list opened by "such as" are coordinated parts of the object, not adjuncts of the actor', () => {
  assert.deepEqual(texts('They decided to discuss areas of cooperation, such as fighting deforestation and degradation, enhancing the bioeconomy, bolstering clean energy deployment and promoting low carbon agriculture.'), [
    'decided to discuss areas of cooperation, such as fighting deforestation and degradation, enhancing the bioeconomy, bolstering clean energy deployment and promoting low carbon agriculture',
  ]);
});

test('one span per commitment verb: a clause with its own subject or a second predicate of the subject ends the object', () => {
  assert.deepEqual(texts('New Zealand is committed to doing our share of heavy lifting in the alliance and I have determined that we will stay.'), [
    'is committed to doing our share of heavy lifting in the alliance',
    'will stay',
  ]);
  assert.deepEqual(texts('Both the countries have decided to hold more bilateral combat exercises and also showed commitment to collaborate in maritime security.'), [
    'have decided to hold more bilateral combat exercises',
  ]);
  // Coordinated infinitives under the same verb stay one span.
  assert.deepEqual(texts('They agreed to hold exercises and also to expand training.'), ['agreed to hold exercises and also to expand training']);
});

test('a participle clause that opens the sentence ends before the main clause’s subject and verb', () => {
  assert.deepEqual(texts('Promising to support an inclusive initiative in Kenya, May congratulated President Kenyatta for the reconciliation.'), [
    'Promising to support an inclusive initiative in Kenya',
  ]);
  assert.deepEqual(texts('Committed to enhance border defence cooperation, the two sides will meet annually.'), ['Committed to enhance border defence cooperation', 'will meet annually']);
});

test('excluded by the guidelines: a nominal reference to an existing commitment, and the effect of a subject that cannot commit', () => {
  // "its expressed commitment": an adjective before the noun, not a verb of the actor.
  assert.deepEqual(texts('The Ministers took note of its expressed commitment to contribute to the attainment of the forum’s goals.'), []);
  assert.deepEqual(texts('Sri Lanka expressed its commitment to contribute to the forum’s goals.'), ['expressed its commitment to contribute to the forum’s goals']);
  // The coordinated "will" shares the subject "The initiatives", which is no actor: an effect.
  assert.deepEqual(texts('The initiatives will build on partnerships between our agencies, and will contribute to strengthening border management.'), []);
  assert.deepEqual(texts('The leaders will build on partnerships between our agencies, and will contribute to strengthening border management.'), [
    'will build on partnerships between our agencies',
    'will contribute to strengthening border management',
  ]);
});

// Found by the fourteenth session's review of these rules.
test('a semicolon list without a final "and" or "or" ends the object at the first semicolon, however long the list', () => {
  // Before the fix, the series pattern could split a word anywhere: five items took 3.9 s and six never finished.
  const items = ['health care', 'basic education', 'clean energy', 'public infrastructure', 'digital transformation', 'climate resilience', 'water', 'roads', 'ports'];
  assert.deepEqual(texts(`Japan will provide funding for ${items.join('; ')}.`), ['will provide funding for health care']);
  assert.deepEqual(texts('The partners will cooperate on trade; age; disability; or geography.'), ['will cooperate on trade; age; disability; or geography']);
});

test('an object announced by "the following …:" or "as follows:" takes the list on the lines after it', () => {
  assert.deepEqual(texts('The two sides agreed to deepen cooperation in the following areas:\n- trade;\n- investment;\n- energy.'), [
    'agreed to deepen cooperation in the following areas:\n- trade;\n- investment;\n- energy',
  ]);
  assert.deepEqual(texts('They will cooperate as follows:\n- health;\n- education.'), ['will cooperate as follows:\n- health;\n- education']);
});
