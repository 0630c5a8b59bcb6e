import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/index';
import { recognizeCommitments, type CommitmentContext } from '../../server/src/analysis/recognizers/commitments';
import { splitSentences } from '../../server/src/analysis/commitments/sentences';
import type { Commitment, Entity } from '../../server/src/analysis/types';
import { sharedRoot } from '../support/paths';
import { spanOf } from '../support/text';

const EMPTY: CommitmentContext = { dates: [], entities: [] };

/** A hand-made date entity for `needle` in `paragraph`. */
function date(paragraph: string, needle: string, value: string): Entity {
  return { kind: 'date', span: spanOf(paragraph, needle), text: needle, value, source: 'parser', reason: 'hand-made test date' };
}

/** A hand-made place entity for `needle` in `paragraph`. */
function place(paragraph: string, needle: string, occurrence = 0): Entity {
  return { kind: 'place', span: spanOf(paragraph, needle, occurrence), text: needle, source: 'gazetteer', reason: 'hand-made test place' };
}

/** The texts of the commitments found in `paragraph`. */
function texts(paragraph: string, ctx: CommitmentContext = EMPTY): string[] {
  return recognizeCommitments(paragraph, ctx).map((c) => c.text);
}

/** The single commitment whose text starts with `prefix`; fails when there is none. */
function one(found: readonly Commitment[], prefix: string): Commitment {
  const c = found.find((x) => x.text.startsWith(prefix));
  assert.ok(c, `no commitment starting with "${prefix}" in ${JSON.stringify(found.map((x) => x.text))}`);
  return c;
}

const april = readFileSync(join(sharedRoot, 'seeds', '000_dd5102b55469b375.txt'), 'utf8').split('\n');
const december = readFileSync(join(sharedRoot, 'seeds', '003_1218f11686f30d15.txt'), 'utf8').split('\n');

/** The seed paragraph that contains `needle`. */
function paragraphWith(paragraphs: readonly string[], needle: string): string {
  const p = paragraphs.find((x) => x.includes(needle));
  assert.ok(p, `no paragraph contains "${needle}"`);
  return p;
}

test('the April seed’s two-plus-two agreement is one span over both coordinated infinitives, with actor and deadline', () => {
  const p = paragraphWith(april, 'two-plus-two');
  const ctx: CommitmentContext = {
    dates: [date(p, 'by the end of the year', '2025-12-31'), date(p, 'Monday', '2025-04-28')],
    entities: [place(p, 'HANOI'), place(p, 'Japan'), place(p, 'Vietnam')],
  };
  const found = recognizeCommitments(p, ctx);
  assert.equal(found.length, 1);
  const c = found[0] as Commitment;
  const expected =
    'agreed to establish a new framework for a vice-ministerial level foreign and defense “two-plus-two” meeting and to hold its first meeting in Japan by the end of the year';
  assert.deepEqual(c.span, spanOf(p, expected));
  assert.equal(c.text, expected);
  assert.equal(c.trigger, 'agreed to');
  assert.equal(c.actor, 'Japan and Vietnam');
  assert.equal(c.deadline, '2025-12-31');
  assert.deepEqual(c.deadlineSpan, spanOf(p, 'by the end of the year'));
  assert.equal(c.source, 'pattern');
  assert.match(c.reason, /"agreed to" with a future action; actor "Japan and Vietnam"/);
});

test('a trailing "during a summit between …" belongs to the agreement, not to its object', () => {
  const p = paragraphWith(april, 'two-plus-two');
  const [c] = recognizeCommitments(p, EMPTY);
  assert.ok(c !== undefined && !c.text.includes('during'));
});

test('"The leaders aim to" ends before "at a time when"', () => {
  const p = paragraphWith(april, 'The leaders aim to');
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => c.text), ['aim to strengthen cooperation in the areas of diplomacy and security']);
  assert.equal(found[0]?.actor, 'The leaders');
});

test('a quoted "Japan will work to …" keeps both infinitives and stops before the closing comma and quote', () => {
  const p = paragraphWith(april, 'Japan will work');
  const found = recognizeCommitments(p, { dates: [], entities: [place(p, 'Japan'), place(p, 'Indo-Pacific')] });
  const c = one(found, 'will work');
  assert.equal(c.text, 'will work to realize a free and open Indo-Pacific and to strengthen Japan-Vietnam relations');
  assert.equal(c.trigger, 'will');
  assert.equal(c.actor, 'Japan');
});

test('reported "Vietnam will actively consider …" ends before the relative clause and "would be the first time" is not a commitment', () => {
  const p = paragraphWith(april, 'will actively consider');
  const found = recognizeCommitments(p, { dates: [], entities: [place(p, 'Vietnam'), place(p, 'Japan'), place(p, 'Tokyo')] });
  assert.deepEqual(found.map((c) => c.text), [
    'will actively consider strengthening security cooperation with Japan through Tokyo’s Official Security Assistance program',
  ]);
  assert.equal(found[0]?.actor, 'Vietnam');
});

test('a hope about someone else ("he hopes Japan will contribute") is not a commitment', () => {
  const p = paragraphWith(april, 'hopes Japan will contribute');
  assert.deepEqual(texts(p, { dates: [], entities: [place(p, 'Japan')] }), []);
});

test('"confirmed cooperation in areas …" has no future action verb and is not a commitment', () => {
  for (const p of april.filter((x) => x.includes('confirmed cooperation'))) assert.deepEqual(texts(p), []);
});

test('"acknowledged the need to work together" is not a commitment', () => {
  assert.deepEqual(texts(paragraphWith(april, 'acknowledged the need')), []);
});

test('the economic-field agreement runs through its coordinated objects and stops before "in light of"', () => {
  const p = paragraphWith(april, 'In the economic field');
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => c.text), [
    'agreed to cooperate toward maintaining and strengthening a free and open international order based on the rule of law and a multilateral free trade system',
  ]);
  assert.equal(found[0]?.actor, 'Ishiba and Chinh');
});

test('"agreed to cooperate in promoting human resource development" stops before ", considering"', () => {
  const found = recognizeCommitments(paragraphWith(april, 'human resource development'), EMPTY);
  assert.deepEqual(found.map((c) => c.text), ['agreed to cooperate in promoting human resource development']);
  assert.equal(found[0]?.actor, 'the leaders');
});

test('the memorandum agreement in a paragraph without a final full stop carries the end-of-year deadline', () => {
  const p = paragraphWith(april, 'memorandum of understanding');
  const found = recognizeCommitments(p, { dates: [date(p, 'by the end of the year', '2025-12-31')], entities: [] });
  const c = one(found, 'agreed to pursue');
  assert.equal(
    c.text,
    'agreed to pursue the creation of a memorandum of understanding on cooperation regarding a training and employment program by the end of the year',
  );
  assert.equal(c.deadline, '2025-12-31');
  assert.equal(c.actor, 'Ishiba and Chinh');
});

test('the April seed yields exactly the seven expected commitments', () => {
  const all = april.flatMap((p) => texts(p));
  assert.equal(all.length, 7, JSON.stringify(all, null, 1));
});

test('the December seed’s confirmed commitment ends inside the quoted name, without the comma and quote, and before "and discussed"', () => {
  const p = paragraphWith(december, 'confirmed their commitment');
  const found = recognizeCommitments(p, EMPTY);
  assert.equal(found.length, 1);
  const c = found[0] as Commitment;
  assert.equal(
    c.text,
    'confirmed their commitment to concretizing advancing cooperation in security under the “Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World',
  );
  assert.equal(c.trigger, 'confirmed their commitment to');
  assert.equal(c.actor, 'Both sides');
});

test('"confirmed the importance of realizing …" is not a commitment', () => {
  assert.deepEqual(texts(paragraphWith(december, 'confirmed the importance')), []);
});

test('spans are relative to the paragraph and every text equals its slice', () => {
  for (const p of [...april, ...december]) {
    for (const c of recognizeCommitments(p, EMPTY)) assert.equal(p.slice(c.span.start, c.span.end), c.text);
  }
});

test('reported speech keeps its tense: "Abe announced that Japan would supply …" ends before ", which"', () => {
  const p = 'In Vietnam, Abe announced that Japan would supply six new patrol boats to Vietnam, which too is locked in a dispute.';
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => c.text), ['would supply six new patrol boats to Vietnam']);
  assert.equal(found[0]?.actor, 'Japan');
});

test('"agreed that both countries should …" is a commitment; "agreed the security … is indivisible" is not', () => {
  assert.deepEqual(texts('The leaders agreed that both countries should continue consultations.'), [
    'agreed that both countries should continue consultations',
  ]);
  assert.deepEqual(texts('The ministers agreed the security of Europe and the Indo-Pacific is indivisible.'), []);
});

test('reinforced or reaffirmed commitments and resolve are commitments, but not the importance of something', () => {
  assert.deepEqual(texts('The Ministers and Secretaries reinforced our countries’ commitment to striving for a region that is open.'), [
    'reinforced our countries’ commitment to striving for a region that is open',
  ]);
  assert.deepEqual(texts('The Foreign Ministers reaffirmed their resolve to combat terrorism.'), ['reaffirmed their resolve to combat terrorism']);
  assert.deepEqual(texts('The ministers reaffirmed the importance of freedom of navigation.'), []);
});

test('a participle phrase that belongs to the object stays inside the span', () => {
  const p = 'Australia and the Philippines committed to work in partnership to preserve an international order, governed by international law.';
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => c.text), ['committed to work in partnership to preserve an international order, governed by international law']);
  assert.equal(found[0]?.actor, 'Australia and the Philippines');
});

test('an entity-named coordinated subject is preferred as the actor', () => {
  const p = 'The Foreign Ministers shared the view that Japan and Australia would also work closely to urge North Korea to exercise restraint.';
  const ctx: CommitmentContext = { dates: [], entities: [place(p, 'Japan'), place(p, 'Australia'), place(p, 'North Korea')] };
  const found = recognizeCommitments(p, ctx);
  assert.deepEqual(found.map((c) => c.text), ['would also work closely to urge North Korea to exercise restraint']);
  assert.equal(found[0]?.actor, 'Japan and Australia');
});

test('a closing parenthesis opened inside the object and a final adverb are kept', () => {
  const p = 'They will coordinate toward holding Japan-Australia Consultations (Japan-Australia "2 plus 2" talks) promptly.';
  assert.deepEqual(texts(p), ['will coordinate toward holding Japan-Australia Consultations (Japan-Australia "2 plus 2" talks) promptly']);
});

test('wishes, invitations, appeals and schedules are not commitments', () => {
  for (const p of [
    'He would like to visit Tokyo.',
    'Minister Gemba stated that he would like to work closely with Minister Carr.',
    'They called on all parties to commit to a ceasefire.',
    'China urged Japan to commit to peace.',
    'Prime Minister Modi also invited PM Chinh to undertake an official visit to India.',
    'Abe is scheduled to meet Trump on Sunday.',
    'Japan is expected to agree to the deal.',
    'He expressed hope that the two countries would expand trade.',
    'The leaders look forward to meeting again.',
  ]) {
    assert.deepEqual(texts(p), [], p);
  }
});

test('predictions, effects and embedded questions are not commitments', () => {
  for (const p of [
    'This will further advance bilateral ties.',
    'They shared the view that a launch of a missile by North Korea will constitute a breach of the resolutions.',
    'He expressed confidence that the partnership will continue to become stronger under his guidance.',
    'If realized, it would be the first time for Vietnam to use the program.',
    'There is uncertainty over what policy change Donald Trump will bring as U.S. president.',
    'The new law will enter into force in 2026.',
    'The leaders showed the political will to resolve disputes.',
  ]) {
    assert.deepEqual(texts(p), [], p);
  }
});

test('norms about others and nominal references to commitments are not commitments', () => {
  for (const p of [
    'The ministers reaffirmed the obligation of all states to comply with the resolutions.',
    'All states must remain steadfast in their support.',
    'Recognizing the U.S. commitment to the region, the ministers welcomed the visit.',
    'It demonstrates the commitment of the ISSG to a political transition.',
    'Vietnam’s decision to deploy peacekeepers was welcomed.',
    'The plan to build a port was discussed.',
    'The measures intended to deter aggression were discussed.',
  ]) {
    assert.deepEqual(texts(p), [], p);
  }
});

test('a negative commitment ends before a "while" clause', () => {
  assert.deepEqual(texts('The U.S. will not sit by while its allies are threatened.'), ['will not sit by']);
});

test('the full stop of a sentence-final "U.S." stays in the span', () => {
  assert.deepEqual(texts('Japan and Australia agreed to cooperate closely with the U.S.'), ['agreed to cooperate closely with the U.S.']);
});

test('a second subject after a conjunction starts a second commitment', () => {
  const found = recognizeCommitments('Japan agreed to provide aid, and Vietnam will open its ports.', EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    ['agreed to provide aid', 'Japan'],
    ['will open its ports', 'Vietnam'],
  ]);
});

test('an auxiliary belongs to the commitment verb phrase', () => {
  assert.deepEqual(texts('The two sides have agreed to hold the next round of talks in Manila.'), [
    'have agreed to hold the next round of talks in Manila',
  ]);
  assert.deepEqual(texts('Both countries are determined to defend the rules-based order.'), ['are determined to defend the rules-based order']);
});

test('"today" and "in 2022" inside the clause are deadlines; a date before the trigger is not', () => {
  const p1 = 'Japan said it will sign the agreement today.';
  const [c1] = recognizeCommitments(p1, { dates: [date(p1, 'today', '2025-04-29')], entities: [place(p1, 'Japan')] });
  assert.equal(c1?.deadline, '2025-04-29');
  const p2 = 'The two sides agreed to complete the negotiations in 2022.';
  const [c2] = recognizeCommitments(p2, { dates: [date(p2, '2022', '2022')], entities: [] });
  assert.equal(c2?.deadline, '2022');
  const p3 = 'In 2022, India will host the summit.';
  const [c3] = recognizeCommitments(p3, { dates: [date(p3, '2022', '2022')], entities: [place(p3, 'India')] });
  assert.equal(c3?.text, 'will host the summit');
  assert.equal(c3?.deadline, undefined);
});

test('sentence splitting keeps "Mr.", initials, "Jr." and an inner "U.S." inside one sentence', () => {
  const p = 'Mr. Gemba met Ferdinand R. Marcos Jr. in the U.S. capital. They agreed to meet again.';
  const sentences = splitSentences(p).map((s) => p.slice(s.start, s.end));
  assert.deepEqual(sentences, ['Mr. Gemba met Ferdinand R. Marcos Jr. in the U.S. capital.', 'They agreed to meet again.']);
});

test('a sentence-final "U.S." before an obvious sentence opener ends the sentence', () => {
  const p = 'The leaders met in the U.S. They agreed to hold talks in Tokyo.';
  assert.deepEqual(texts(p), ['agreed to hold talks in Tokyo']);
  assert.equal(splitSentences(p).length, 2);
});

test('a reporting tag after the object (", the ministry said") is not part of the span', () => {
  assert.deepEqual(texts('Japan will host the next meeting, the ministry said.'), ['will host the next meeting']);
  assert.deepEqual(texts('Japan will provide 10 billion yen in loans, Kishida told reporters.'), ['will provide 10 billion yen in loans']);
});

test('a verb coordinated with an earlier one takes the clause’s first subject as its actor', () => {
  const found = recognizeCommitments('The two leaders welcomed the signing of the agreement and agreed to further deepen cooperation.', EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [['agreed to further deepen cooperation', 'The two leaders']]);
});

test('"with Australia and Japan will …" splits into two commitments with their own subjects', () => {
  const found = recognizeCommitments('The Philippines will work with Australia and Japan will cooperate with the U.S. on maritime issues.', EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    ['will work with Australia', 'The Philippines'],
    ['will cooperate with the U.S. on maritime issues', 'Japan'],
  ]);
});

test('"Japan said it will …" takes the reporting verb’s subject as the actor', () => {
  const p = 'Japan said it will sign the agreement.';
  assert.equal(recognizeCommitments(p, { dates: [], entities: [place(p, 'Japan')] })[0]?.actor, 'Japan');
});

test('"That is why I intend to …" is a commitment, because the clause after a cleft "why" is asserted', () => {
  const p = 'That is why I also intend to talk to our European friends about how we can strengthen our climate partnerships.';
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    ['intend to talk to our European friends about how we can strengthen our climate partnerships', 'I'],
  ]);
  assert.deepEqual(texts('That’s why Japan will host the talks.'), ['will host the talks']);
});

test('a question word that really embeds the clause still rules the modal out', () => {
  assert.deepEqual(texts('Nobody knows why Japan will host the talks.'), []);
  assert.deepEqual(texts('It is unclear when they will meet again.'), []);
});

test('a relative "when" after a comma and a date opens an asserted clause about that time', () => {
  const p = 'The potential for success starts here in Addis Ababa in July, when we will gather for a pivotal Financing for Development Conference.';
  assert.deepEqual(texts(p), ['will gather for a pivotal Financing for Development Conference']);
});

test('a short phrase after a colon that ends the sentence completes the object and stays in the span', () => {
  const p = 'From day one, I will give climate policy the place it deserves on the diplomatic agenda: right at the top.';
  assert.deepEqual(texts(p), ['will give climate policy the place it deserves on the diplomatic agenda: right at the top']);
});

test('a long tail or a new clause after a colon stays out of the span', () => {
  assert.deepEqual(texts('They will focus on one goal: strengthening maritime security cooperation between the two countries in the years to come.'), [
    'will focus on one goal',
  ]);
  assert.deepEqual(texts('Japan will act: we cannot wait.'), ['will act']);
});

test('"agreed" with a weekday and "not" before its infinitive is one negative commitment from the verb on', () => {
  const p = 'Foreign ministers from Indonesia, Malaysia and Singapore agreed on Tuesday not to involve other countries in securing the strait.';
  const entities = [place(p, 'Indonesia'), place(p, 'Malaysia'), place(p, 'Singapore')];
  const found = recognizeCommitments(p, { dates: [], entities });
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    [
      'agreed on Tuesday not to involve other countries in securing the strait',
      'Foreign ministers from Indonesia, Malaysia and Singapore',
    ],
  ]);
  assert.deepEqual(texts('The ministers decided not to extend the sanctions.'), ['decided not to extend the sanctions']);
  assert.deepEqual(texts('The ministers did not agree to extend the sanctions.'), []);
});

test('"vowed" or "pledged" with a noun object is a commitment, but the nouns "vow" and "pledge" are not', () => {
  const p =
    "Top diplomats from the Group of Seven wealthy democracies vowed a unified front against Chinese threats to Taiwan and Russia's war of aggression in Ukraine, saying at the close of their meetings that they were committed to enforcing sanctions.";
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.trigger]), [
    ["vowed a unified front against Chinese threats to Taiwan and Russia's war of aggression in Ukraine", 'vowed'],
    ['were committed to enforcing sanctions', 'committed to'],
  ]);
  assert.equal(found[0]?.actor, 'Top diplomats from the Group of Seven wealthy democracies');
  assert.deepEqual(texts('Japan pledged $5 million for reconstruction.'), ['pledged $5 million for reconstruction']);
  assert.deepEqual(texts('They recalled the vow of the founders and the pledge made in 2015.'), []);
});

test('"pledged that X would …" is one span over the that-clause, and a that-clause without a modal is not a commitment', () => {
  const p = 'He pledged that the US would continue to be a reliable and long-term supplier of energy to India, the White House said in a readout of the call.';
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.trigger, c.actor]), [
    ['pledged that the US would continue to be a reliable and long-term supplier of energy to India', 'pledged that', 'He'],
  ]);
  assert.deepEqual(texts('He pledged that the report was accurate.'), []);
  const noun = recognizeCommitments('Their pledge that the US would help was welcomed.', EMPTY);
  assert.ok(noun.every((c) => !c.trigger.startsWith('pledge')));
});

test('a reporting tag with its own adjuncts up to the end of the sentence is not part of the span', () => {
  assert.deepEqual(texts('Japan will host the next meeting, the ministry said in a statement on its website.'), ['will host the next meeting']);
});

test('"will remain" with a relation noun such as allies or partners is the actor’s own stance, but "will remain strong" is not', () => {
  const p = 'In efforts to promote prosperity, the United States and the Philippines will remain the closest of allies, working together to deliver a better future.';
  const entities = [place(p, 'United States'), place(p, 'Philippines')];
  const found = recognizeCommitments(p, { dates: [], entities });
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [['will remain the closest of allies', 'United States and the Philippines']]);
  assert.deepEqual(texts('Relations will remain strong.'), []);
});

test('an adverbial participle after a comma ends the object, but a gerund list inside the object does not', () => {
  assert.deepEqual(texts('Japan will expand its aid to the region, building on the success of earlier programmes.'), [
    'will expand its aid to the region',
  ]);
  assert.deepEqual(texts('The ministers remain committed to intensifying sanctions, coordinating and fully enforcing them.'), [
    'remain committed to intensifying sanctions, coordinating and fully enforcing them',
  ]);
});

test('a reaffirmed commitment may name its holder with a longer possessive phrase and keeps a noun object', () => {
  const p = 'President Biden reaffirms the United States’ ironclad alliance commitments to the Philippines, underscoring that an attack would invoke them.';
  assert.deepEqual(texts(p), ['reaffirms the United States’ ironclad alliance commitments to the Philippines']);
});

test('"expressed their determination or intention to …" restates a commitment', () => {
  assert.deepEqual(texts('The Ministers also expressed their determination to work towards a decisive role for the United Nations.'), [
    'expressed their determination to work towards a decisive role for the United Nations',
  ]);
  assert.deepEqual(texts('He expressed his intention to visit Hanoi.'), ['expressed his intention to visit Hanoi']);
});

test('a second commitment verb coordinated with "and" ends the first span and starts its own', () => {
  const p = 'They reaffirmed their commitment to the principles of the Group and determined to strengthen the unity of the Group.';
  assert.deepEqual(texts(p), ['reaffirmed their commitment to the principles of the Group', 'determined to strengthen the unity of the Group']);
});

test('"and, in this regard, underscored …" is a new verb of the subject and ends the object', () => {
  const p = 'The Ministers pledged to work towards a clearer definition of strategies and, in this regard, underscored the importance of the summit.';
  assert.deepEqual(texts(p), ['pledged to work towards a clearer definition of strategies']);
});

test('"promises to" is a trigger, and a joint statement that promises speaks for its signatories', () => {
  const p = 'The two leaders adopted a joint statement that also promises to strengthen the partnership and to closely work together on regional issues.';
  const found = recognizeCommitments(p, EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [
    ['promises to strengthen the partnership and to closely work together on regional issues', 'a joint statement'],
  ]);
  assert.deepEqual(texts('The promise to reform was welcomed.'), []);
  assert.deepEqual(texts('They signed an agreement that will allow more exports.'), []);
});

test('"agree on" a joint course of action is a commitment that ends before the talks in which it was agreed', () => {
  assert.deepEqual(texts('Park and Sang agree on wider economic cooperation in their first summit talks in Hanoi'), ['agree on wider economic cooperation']);
  assert.deepEqual(texts('They agreed on the details of the visit.'), []);
  assert.deepEqual(texts('They agreed to hold consultations in their next meeting.'), ['agreed to hold consultations in their next meeting']);
});

test('"agree in principle to" is a commitment', () => {
  assert.deepEqual(texts('The ministers agree in principle to upgrade relations to a Strategic Partnership.'), [
    'agree in principle to upgrade relations to a Strategic Partnership',
  ]);
});

test('"It" can be the actor of an explicit commitment verb but not of a bare "will"', () => {
  const p = 'It reaffirmed its commitment to strengthen relations across all areas of mutual interest, as outlined in the Plan of Action.';
  assert.deepEqual(recognizeCommitments(p, EMPTY).map((c) => [c.text, c.actor]), [
    ['reaffirmed its commitment to strengthen relations across all areas of mutual interest', 'It'],
  ]);
  assert.deepEqual(texts('It will take time to rebuild trust.'), []);
});

test('a preambular participle without a comma ends the object', () => {
  assert.deepEqual(texts('The two prime ministers decided to intensify exchanges recognising the special quality of their engagement.'), [
    'decided to intensify exchanges',
  ]);
});

test('"commit to:" followed by list items takes the items as its object, across blank lines', () => {
  const p = 'We commit to:\n\na. Accelerate inclusive growth.\n\nb. Deliver on the goals; and\n\nc. Reform institutions.\nThe next section follows.';
  assert.deepEqual(texts(p), ['commit to:\n\na. Accelerate inclusive growth.\n\nb. Deliver on the goals; and\n\nc. Reform institutions']);
  assert.deepEqual(texts('We commit to:'), []);
});

test('"We commit to:" with its list item after a blank line is one commitment over the colon and the item', () => {
  assert.deepEqual(texts('As Leaders of G20, we resolve to act. We commit to:\n\na. Accelerate strong, sustainable, balanced and inclusive growth.'), [
    'resolve to act',
    'commit to:\n\na. Accelerate strong, sustainable, balanced and inclusive growth',
  ]);
});

test('an adverbial participle after a comma ("…, marking a new chapter") ends the object, while gerunds listed in the object stay', () => {
  assert.deepEqual(texts('The leaders decided to upgrade relations to a Comprehensive Strategic Partnership, marking a new chapter in bilateral ties.'), [
    'decided to upgrade relations to a Comprehensive Strategic Partnership',
  ]);
  assert.deepEqual(texts('The sides agreed to expand cooperation in trade, shipping, training and tourism.'), [
    'agreed to expand cooperation in trade, shipping, training and tourism',
  ]);
});

test('a list run into the sentence after "agreed to:" is one commitment up to the sentence end', () => {
  assert.deepEqual(texts('The two sides agreed to: (i) establish a working group; (ii) hold annual consultations; and (iii) expand scholarships.'), [
    'agreed to: (i) establish a working group; (ii) hold annual consultations; and (iii) expand scholarships',
  ]);
});

test('commitment phrases of readouts: purpose "to reiterate their commitment", "stressed/shared their commitment", "recommitted", "is ready/willing to"', () => {
  assert.deepEqual(texts('Today, the Prime Minister met the President to reiterate their commitment to deepening the partnership.'), [
    'reiterate their commitment to deepening the partnership',
  ]);
  assert.deepEqual(texts('The President is expected to reaffirm his commitment to the alliance.'), []);
  assert.deepEqual(texts('The leaders stressed their unwavering commitment to continue supporting Ukraine.'), [
    'stressed their unwavering commitment to continue supporting Ukraine',
  ]);
  assert.deepEqual(texts('The Prime Minister noted his commitment to supporting inclusive growth.'), ['noted his commitment to supporting inclusive growth']);
  assert.deepEqual(texts('The leaders recommitted to the Roadmap to 2035.'), ['recommitted to the Roadmap to 2035']);
  assert.deepEqual(texts('Singapore is ready to work closely with Malaysia.'), ['is ready to work closely with Malaysia']);
  assert.deepEqual(texts('China is willing to work with Thailand to push forward the railway.'), ['is willing to work with Thailand to push forward the railway']);
  assert.deepEqual(texts('Both sides expressed their readiness to expand trade.'), ['expressed their readiness to expand trade']);
});

test('"agreed on" a nominalised action is a commitment, and "in the face of" without a comma stays in the object', () => {
  assert.deepEqual(texts('The two sides agreed on the re-opening of the trade point.'), ['agreed on the re-opening of the trade point']);
  assert.deepEqual(texts('They agreed to maintain unity in the face of aggression.'), ['agreed to maintain unity in the face of aggression']);
});

test('a second verb of the same subject after "and" ends the object: "… and will mobilise …" is its own commitment, "… and sought …" is a report', () => {
  assert.deepEqual(texts('The EU is committed to working with Viet Nam on energy and will mobilise €15.5 billion over five years.'), [
    'is committed to working with Viet Nam on energy',
    'will mobilise €15.5 billion over five years',
  ]);
  assert.deepEqual(texts('The Prime Minister explained that Japan will promote a free and open order and sought Viet Nam’s cooperation.'), [
    'will promote a free and open order',
  ]);
});

test('an adverb between the auxiliary and the verb stays in the span ("had earlier agreed to")', () => {
  assert.deepEqual(texts('The ministers had earlier agreed to resume the dialogue.'), ['had earlier agreed to resume the dialogue']);
});

test('a hard-wrapped sentence is read across its line breaks, while a headline line still ends its sentence', () => {
  assert.deepEqual(texts('The two leaders agreed to hold the next\nmeeting in Hanoi and to expand\ntrade.'), ['agreed to hold the next\nmeeting in Hanoi and to expand\ntrade']);
  assert.deepEqual(splitSentences('Leaders agree to boost ties\nThe ministers met.').length, 2);
});

test('"will increase trade" is an action of its subject, "trade will increase by 10 percent" a prediction; a comma adjunct may separate "agreed" and "to"', () => {
  assert.deepEqual(texts('Both countries will increase trade to $15 billion.'), ['will increase trade to $15 billion']);
  assert.deepEqual(texts('Trade will increase by 10 percent. Exports will grow further.'), []);
  assert.deepEqual(texts('The two Ministers also agreed, as a next step, to hold the next meeting in Canberra.'), [
    'agreed, as a next step, to hold the next meeting in Canberra',
  ]);
});

test('readout forms: a time adjunct before the verb, "shared the view to", "go forward with", a passive "was agreed", a preambular "Bearing in mind that … will"', () => {
  assert.deepEqual(texts('The two leaders on Tuesday agreed to increase trade.'), ['agreed to increase trade']);
  assert.deepEqual(texts('The two Ministers shared the view to cooperate closely, and Minister França expressed his understanding.'), [
    'shared the view to cooperate closely',
  ]);
  assert.deepEqual(texts('We will go forward with the suspension of the sanctions.'), ['will go forward with the suspension of the sanctions']);
  assert.deepEqual(texts('It was agreed to establish a joint committee.'), ['agreed to establish a joint committee']);
  assert.deepEqual(texts('Bearing in mind that Japan will serve on the Security Council from next year, the Ministers confirmed that they will coordinate closely.'), [
    'will coordinate closely',
  ]);
  assert.deepEqual(texts('The two countries will celebrate the 30th anniversary of their relations this year.'), []);
});

test('hedges of the committed action after a comma (", as appropriate", ", where possible", ", if necessary", ", as soon as possible") stay in the object', () => {
  assert.deepEqual(texts('The sides agreed to hold consultations, as appropriate, and to exchange information, where possible.'), [
    'agreed to hold consultations, as appropriate, and to exchange information, where possible',
  ]);
  assert.deepEqual(texts('Japan will provide assistance, as soon as possible.'), ['will provide assistance, as soon as possible']);
  assert.deepEqual(texts('The ministers agreed to meet, as the situation demands.'), ['agreed to meet']);
});

test('an enumeration after a colon, its items separated by semicolons, spells out the object', () => {
  assert.deepEqual(texts('They affirmed that Japan and Australia will work together on three pillars: (1) security; (2) coordination with allies; and (3) climate change.'), [
    'will work together on three pillars: (1) security; (2) coordination with allies; and (3) climate change',
  ]);
  assert.deepEqual(texts('They agreed to meet again; the talks ended.'), ['agreed to meet again']);
});

test('"reached an agreement to …" and "is seeking to …" are commitments; a participle "seeking to" after a comma is not', () => {
  assert.deepEqual(texts('The two sides reached an agreement to establish a joint working group.'), ['reached an agreement to establish a joint working group']);
  assert.deepEqual(texts('Japan is seeking to expand its role.'), ['is seeking to expand its role']);
  assert.deepEqual(texts('The ministers met in Hanoi, seeking to deepen ties.'), []);
});

test('"agreed on" a gerund is a commitment to that action; "agreed on existing arrangements" is not', () => {
  assert.deepEqual(texts('The two Foreign Ministers agreed on further enhancing high-level interactions.'), ['agreed on further enhancing high-level interactions']);
  assert.deepEqual(texts('They agreed on existing arrangements.'), []);
});

test('an opening participle clause ends at the main clause\'s subject, and "recommitted their administrations to" is a trigger', () => {
  assert.deepEqual(
    texts('Reaffirming their commitment to building resilient value chains, the leaders recommitted their administrations to promoting technology sharing.'),
    ['Reaffirming their commitment to building resilient value chains', 'recommitted their administrations to promoting technology sharing'],
  );
});

test('a date inside the trigger phrase ("decided on Wednesday to") is when the decision was taken, not a deadline', () => {
  const paragraph = 'The two leaders decided on Wednesday to lift the relationship to a strategic partnership by 2025.';
  const found = recognizeCommitments(paragraph, { dates: [date(paragraph, 'Wednesday', '2019-11-20'), date(paragraph, 'by 2025', '2025')], entities: [] });
  assert.equal(one(found, 'decided on Wednesday').deadline, '2025');
  const noDeadline = 'The two leaders decided on Wednesday to lift the relationship.';
  assert.equal(one(recognizeCommitments(noDeadline, { dates: [date(noDeadline, 'Wednesday', '2019-11-20')], entities: [] }), 'decided').deadline, undefined);
});

test('"…; and to …" after a semicolon is a further object of the same verb, so it stays in the span', () => {
  assert.deepEqual(texts('They agreed to expand cooperation between their navies and coast guards; and to hold joint exercises.'), [
    'agreed to expand cooperation between their navies and coast guards; and to hold joint exercises',
  ]);
  assert.deepEqual(texts('They agreed to expand cooperation; the talks ended.'), ['agreed to expand cooperation']);
});

test('a date of a document the object mentions ("the Joint Statement issued in 2023") is not the deadline', () => {
  const paragraph = 'The leaders committed to deepen cooperation on critical minerals, in line with the Joint Statement issued in 2023.';
  const found = recognizeCommitments(paragraph, { dates: [date(paragraph, '2023', '2023')], entities: [] });
  assert.equal(one(found, 'committed to deepen').deadline, undefined);
  const dated = 'The leaders committed to hold the next summit in 2026.';
  assert.equal(one(recognizeCommitments(dated, { dates: [date(dated, '2026', '2026')], entities: [] }), 'committed to hold').deadline, '2026');
});

test('a modal followed by a comma-enclosed adjunct ("will, in the coming months, explore …") still governs the action', () => {
  assert.deepEqual(texts('Both sides will, in the coming months, explore ways to expand cooperation.'), ['will, in the coming months, explore ways to expand cooperation']);
  assert.deepEqual(texts('Trade will, in any case, rise.'), []);
});

test('"and call for …", "and urge …" in the present tense start a new statement after the object', () => {
  assert.deepEqual(texts('We reiterate our commitment to the UN Charter and call for all countries to uphold its principles.'), ['reiterate our commitment to the UN Charter']);
});

test('"during" a time of the action stays in the object; "during" the talks where it was agreed does not', () => {
  assert.deepEqual(texts('They agreed to convene the Ninth Binational Meeting in Santiago, Chile, during the first half of August 2018.'), [
    'agreed to convene the Ninth Binational Meeting in Santiago, Chile, during the first half of August 2018',
  ]);
  assert.deepEqual(texts('They agreed to expand trade during their talks in Hanoi.'), ['agreed to expand trade']);
});

test('a relative clause after a comma ("…, at which each Ministry will …") and an apposition ("…, an institutional mechanism which …") end the object', () => {
  assert.deepEqual(texts('They agreed to convene the meeting in August, at which each Ministry will present its plan.')[0], 'agreed to convene the meeting in August');
  assert.deepEqual(texts('They agreed to convene the Seventh Binational Meeting, an institutional mechanism which facilitates border integration.'), [
    'agreed to convene the Seventh Binational Meeting',
  ]);
});

test('a participle before a name and a second past-tense verb after a comma end the object', () => {
  assert.deepEqual(texts('Rubio affirmed the US commitment to the denuclearization of North Korea, affirming Seoul’s role as an ally.'), [
    'affirmed the US commitment to the denuclearization of North Korea',
  ]);
  assert.deepEqual(texts('They affirmed their firm commitment to the denuclearization of North Korea, issued a stern warning against provocations.'), [
    'affirmed their firm commitment to the denuclearization of North Korea',
  ]);
  assert.deepEqual(texts('They agreed to promote trade, shipping and tourism.'), ['agreed to promote trade, shipping and tourism']);
});

test('"agreed in bilateral talks in Munich, Germany, to …" is an agreement with a place adjunct before its infinitive', () => {
  assert.deepEqual(texts('The ministers agreed in bilateral talks in Munich, Germany, to strengthen close cooperation on North Korea.'), [
    'agreed in bilateral talks in Munich, Germany, to strengthen close cooperation on North Korea',
  ]);
});

test('"voiced firm determination to …" restates a commitment', () => {
  assert.deepEqual(texts('They also voiced firm determination to cement cooperation to develop defense capabilities.'), [
    'voiced firm determination to cement cooperation to develop defense capabilities',
  ]);
});

test('a noun phrase after a colon that restates the object stays in the span', () => {
  assert.deepEqual(texts('We recommit to advancing the vision leaders articulated in Hiroshima: a region that is peaceful and prosperous, and where disputes are settled peacefully.'), [
    'recommit to advancing the vision leaders articulated in Hiroshima: a region that is peaceful and prosperous, and where disputes are settled peacefully',
  ]);
});

test('the modal of an "agreed that …" clause stays inside the agreement even after a comma-enclosed adjunct', () => {
  assert.deepEqual(texts('Both sides agreed that in the framework of the MSG, Indonesia and Papua New Guinea will prioritize cooperation in the economic fields.'), [
    'agreed that in the framework of the MSG, Indonesia and Papua New Guinea will prioritize cooperation in the economic fields',
  ]);
});

test('a first object joined to the actor’s own commitment ("reaffirm the support of … and our strong commitment to …") is one span', () => {
  assert.deepEqual(texts('We reaffirm the support of the Forum for Australia’s bid for COP31 and our strong commitment to host this engagement in 2026.'), [
    'reaffirm the support of the Forum for Australia’s bid for COP31 and our strong commitment to host this engagement in 2026',
  ]);
  assert.deepEqual(texts('They reaffirmed the obligation of all states to respect the law.'), []);
});

test('an adverbial participle with its own object ends the span, unless the object is itself a list of gerunds', () => {
  assert.deepEqual(texts('The EU will continue to support reforms of the partner countries, facilitating approximation towards the European Union.'), [
    'will continue to support reforms of the partner countries',
  ]);
  assert.deepEqual(texts('They reiterated their commitment to deepening cooperation in traditional pillars, expanding collaboration in new areas, and resolving issues amicably.'), [
    'reiterated their commitment to deepening cooperation in traditional pillars, expanding collaboration in new areas, and resolving issues amicably',
  ]);
});

test('"…, will …" is a further commitment of the same subject, and "…, and Belgium is …" a new clause', () => {
  assert.deepEqual(texts('They will update the bases of cooperation, will evaluate the progress made and will set new objectives.'), [
    'will update the bases of cooperation',
    'will evaluate the progress made',
    'will set new objectives',
  ]);
  assert.deepEqual(texts('China is willing to import more products, and Belgium is welcome to participate in the Expo.'), ['is willing to import more products']);
});

test('"… and remain focused on …" after a commitment noun starts a new statement; "their will to" is a commitment noun', () => {
  assert.deepEqual(texts('They expressed their firm commitment to the Arctic Council and remain focused on its work.'), ['expressed their firm commitment to the Arctic Council']);
  assert.deepEqual(texts('They expressed their will to strengthen culture as a means for integration.'), ['expressed their will to strengthen culture as a means for integration']);
});

test('"decided that X would …", a sum committed and "remain resolute in" are commitments', () => {
  assert.deepEqual(texts('It was decided that the working group would meet twice a year.'), ['decided that the working group would meet twice a year']);
  assert.deepEqual(texts('Canada commits $10 million to support the initiative.'), ['commits $10 million to support the initiative']);
  assert.deepEqual(texts('We remain resolute in our support for Ukraine.'), ['remain resolute in our support for Ukraine']);
  assert.deepEqual(texts('They decided that the talks were useful.'), []);
});

test('"their shared commitment" is an adjective, not "shared their commitment"; "reaffirmed to continue …" is a commitment', () => {
  assert.deepEqual(texts('They held talks, demonstrating their shared commitment to bolstering relations.'), []);
  assert.deepEqual(texts('The two leaders shared their commitment to bolstering relations.'), ['shared their commitment to bolstering relations']);
  assert.deepEqual(texts('The two leaders reaffirmed to continue their joint efforts to strengthen ties.'), ['reaffirmed to continue their joint efforts to strengthen ties']);
});

test('a subject’s relative clause speaks for the subject; a modal inside an opening quote keeps its subject; a closing dash list stays in the object', () => {
  assert.deepEqual(texts('The leaders, who reiterated their commitment to the eradication of terrorism, also promised support.'), ['reiterated their commitment to the eradication of terrorism']);
  assert.deepEqual(texts('They confirmed that the G7 “will continue to coordinate closely to impose sanctions.”'), ['will continue to coordinate closely to impose sanctions']);
  assert.deepEqual(texts('They reiterated their commitment to upholding the principles that underpin our partnership – democracy, human rights and the rule of law.'), [
    'reiterated their commitment to upholding the principles that underpin our partnership – democracy, human rights and the rule of law',
  ]);
  assert.deepEqual(texts('They agreed to cooperate on energy – which remains vital – and trade.'), ['agreed to cooperate on energy']);
  assert.deepEqual(texts('They expressed high ambition to deepen cooperation.'), ['expressed high ambition to deepen cooperation']);
});

test('an item number glued to the subject does not hide it; a short item before a comma keeps an -ing list item in the object; paired dashes enclose a list', () => {
  assert.deepEqual(texts('6.The two countries will update the bases, will evaluate the progress made.'), ['will update the bases', 'will evaluate the progress made']);
  assert.deepEqual(texts('They agreed to promote trade, shipping routes and tourism.'), ['agreed to promote trade, shipping routes and tourism']);
  assert.deepEqual(texts('The Ministers reiterated their commitment to upholding the principles of our partnership – democracy and the rule of law – which are central to it.'), [
    'reiterated their commitment to upholding the principles of our partnership – democracy and the rule of law',
  ]);
  assert.deepEqual(texts('They upheld the will to maintain peace along the border.'), ['upheld the will to maintain peace along the border']);
});

test('bare infinitives after semicolons stay under "agreed to"; "covering …" describes the object; "concurred on" a gerund agrees', () => {
  assert.deepEqual(texts('The two sides agreed to promote the Joint Statement; maintain high-level exchanges; and promote the role of the Steering Committee.'), [
    'agreed to promote the Joint Statement; maintain high-level exchanges; and promote the role of the Steering Committee',
  ]);
  assert.deepEqual(texts('They agreed to expand trade; relations remain good.'), ['agreed to expand trade']);
  assert.deepEqual(texts('They agreed to work towards strengthening engagement in maritime security, covering defence capabilities as well as training.'), [
    'agreed to work towards strengthening engagement in maritime security, covering defence capabilities as well as training',
  ]);
  assert.deepEqual(texts('The ministers concurred on holding another 2+2 meeting in 2020.'), ['concurred on holding another 2+2 meeting in 2020']);
});

test('"relations between A and B will …" and "expressed optimism that X would …" are no commitments', () => {
  const relations = 'He affirmed that amicable relations between Indonesia and Australia will positively contribute to peace.';
  assert.deepEqual(texts(relations, { dates: [], entities: [place(relations, 'Indonesia'), place(relations, 'Australia')] }), []);
  assert.deepEqual(texts('He expressed optimism that Albanese would attend the G20 Summit in Bali next November.'), []);
});

test('sentences that lost their spaces split at "outcome.It"; remarks on a "first time" and "agreed that X must" are no commitments', () => {
  assert.deepEqual(texts('They agreed to release a document on the outcome.It is the first time in 17 years that the leaders will release such a document.'), [
    'agreed to release a document on the outcome',
  ]);
  // The country is recognised by the full analysis, which tells a third party from the agreeing parties.
  const commitmentsOf = (text: string): string[] => analyzeDocument(text).commitments.map((c) => c.text);
  assert.deepEqual(commitmentsOf('They agreed that North Korea must abandon all nuclear weapons.'), []);
  assert.deepEqual(commitmentsOf('It was agreed that Brazil must present a proposal by next Friday.'), ['agreed that Brazil must present a proposal by next Friday']);
});

test('"agreed at their summit … to", "agreed on the need for", "reiterated the U.S. commitment to" and a list of gerunds after a preposition', () => {
  assert.deepEqual(texts('The leaders agreed at their summit Friday evening to map out new areas of cooperation.'), ['agreed at their summit Friday evening to map out new areas of cooperation']);
  assert.deepEqual(texts('They agreed on the need for a joint response to shared challenges.'), ['agreed on the need for a joint response to shared challenges']);
  assert.deepEqual(texts('Trump reiterated the U.S. commitment to provide extended deterrence to the ROK.'), ['reiterated the U.S. commitment to provide extended deterrence to the ROK']);
  assert.deepEqual(texts('We agreed to step up efforts in responding to emerging challenges, ensuring peace and security, promoting development.'), [
    'agreed to step up efforts in responding to emerging challenges, ensuring peace and security, promoting development',
  ]);
});

test('a closing quotation mark ends outside the span, and a fronted adjunct before "we will" stays in a "decided that" span', () => {
  assert.deepEqual(texts('We decided to elevate our bilateral partnership to the level of ‘strategic partnership’.'), ['decided to elevate our bilateral partnership to the level of ‘strategic partnership']);
  assert.deepEqual(texts('We have decided that under the strategic partnership, we will develop a long-term framework of cooperation.'), [
    'have decided that under the strategic partnership, we will develop a long-term framework of cooperation',
  ]);
});

test('"agreed Fiji would …" is a that-clause without "that", and a named person before "who" is the actor', () => {
  assert.deepEqual(texts('Leaders agreed Fiji would be provided with early access to new technologies.'), ['agreed Fiji would be provided with early access to new technologies']);
  const p = 'He held talks with Chancellor Olaf Scholz who pledged to support the mission to Haiti.';
  const person: Entity = { kind: 'person', span: spanOf(p, 'Olaf Scholz'), text: 'Olaf Scholz', source: 'pattern', reason: 'hand-made test person' };
  assert.deepEqual(texts(p, { dates: [], entities: [person] }), ['pledged to support the mission to Haiti']);
});

test('"will continue to deepen the partnership" is an action, "relations will continue to deepen" a prediction; quotes and adverbs after a semicolon', () => {
  assert.deepEqual(texts('They will continue to deepen the partnership.'), ['will continue to deepen the partnership']);
  assert.deepEqual(texts('Relations will continue to deepen.'), []);
  assert.deepEqual(texts('They aimed to “enhance cooperation in security areas”.'), ['aimed to “enhance cooperation in security areas']);
  assert.deepEqual(texts('The two sides agreed on the need to support each other; and persistently follow the motto.'), [
    'agreed on the need to support each other; and persistently follow the motto',
  ]);
  assert.deepEqual(texts('They agreed to strengthen cooperation, involving the health authorities.'), ['agreed to strengthen cooperation, involving the health authorities']);
});

test('a reporting tag of up to eight words ends the object but never reaches into the next sentence; a summit the action organises keeps its sidelines', () => {
  assert.deepEqual(texts('They have agreed to redouble efforts against terrorism, a joint press statement from the leaders said today.'), ['have agreed to redouble efforts against terrorism']);
  assert.deepEqual(texts('They would continue to work for stability, including in Syria, Iraq and Yemen.\nSaudi Foreign Minister al-Jubeir said so.'), [
    'would continue to work for stability, including in Syria, Iraq and Yemen',
  ]);
  assert.deepEqual(texts('They agreed to organise the first Mekong-RoK Summit on the sidelines of the ASEAN-RoK Summit in Busan.'), [
    'agreed to organise the first Mekong-RoK Summit on the sidelines of the ASEAN-RoK Summit in Busan',
  ]);
  assert.deepEqual(texts('They agreed on the sidelines of the summit to expand trade.')[0], 'agreed on the sidelines of the summit to expand trade');
});

test('"agreed that in the time ahead, the Mekong countries and the RoK will …" runs from "agreed" through the coordinated verbs', () => {
  assert.deepEqual(texts('They agreed that in the time ahead, the Mekong countries and the RoK will continue the projects, enhance coordination, and encourage private investment.'), [
    'agreed that in the time ahead, the Mekong countries and the RoK will continue the projects, enhance coordination, and encourage private investment',
  ]);
});

test('"agreed on the necessity of …", "will be conducting …" and "announced plans to …" are commitments', () => {
  assert.deepEqual(texts('They agreed on the necessity of conducting periodical exercises.'), ['agreed on the necessity of conducting periodical exercises']);
  assert.deepEqual(texts('The coast guards will be conducting their exercises from June 5 to 7.'), ['will be conducting their exercises from June 5 to 7']);
  assert.deepEqual(texts('Ministers announced plans to pursue structured discussions.'), ['announced plans to pursue structured discussions']);
});

test('"reached a consensus on" a gerund agrees, and "during which they agreed" is a relative clause, not an embedded question', () => {
  assert.deepEqual(texts('They reached a consensus on stepping up cooperation.'), ['reached a consensus on stepping up cooperation']);
  assert.deepEqual(texts('They held talks on Wednesday, during which they agreed to maintain all-level exchanges.'), ['agreed to maintain all-level exchanges']);
});
