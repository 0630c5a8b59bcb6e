/**
 * Where a commitment span ends: adjuncts of the agreeing event, reporting tags and relative clauses
 * after the object. Each case comes from a dev-corpus error of the kind named in its title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/analysis/index';
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

test('"remain ready to" with an action is a commitment', () => {
  assert.deepEqual(texts('We remain ready to reach arrangements with interested countries.'), ['remain ready to reach arrangements with interested countries']);
  assert.deepEqual(texts('The weather remains ready to change.'), []);
});

test('a headline event without an article, ", without …", and "as" clauses with pronoun or "the two sides" subjects end the object', () => {
  assert.deepEqual(texts('Ukraine and the EU agree to deepen ties, cooperation at joint summit.'), ['agree to deepen ties, cooperation']);
  assert.deepEqual(texts('We will continue our dialogue on regulatory issues, without compromising safety standards.'), ['will continue our dialogue on regulatory issues']);
  assert.deepEqual(texts('They were determined to take the relationship to the next level as the two sides signed four agreements.'), ['were determined to take the relationship to the next level']);
  assert.deepEqual(texts('They resolved to enhance their trade ties as they work towards a recovery.'), ['resolved to enhance their trade ties']);
  assert.deepEqual(texts('They agreed to act as well as to consult.'), ['agreed to act as well as to consult']);
});

test('"and share a commitment to" starts a second commitment; "during" after a participle of the object stays inside', () => {
  assert.deepEqual(texts('The leaders affirmed their commitment to close cooperation and share a commitment to continue to strengthen ties.'), [
    'affirmed their commitment to close cooperation',
    'share a commitment to continue to strengthen ties',
  ]);
  assert.deepEqual(texts('The two sides agreed to expedite all agreements reached in the past, including those concluded during the visit of Prime Minister Oli in March 2016.'), [
    'agreed to expedite all agreements reached in the past, including those concluded during the visit of Prime Minister Oli in March 2016',
  ]);
});

test('an apposition after a spaced hyphen may hold brackets and hyphenated words; an object resumes after a closing dash', () => {
  assert.deepEqual(texts('They agreed to advance their joint project - China-Pakistan Economic Corridor (CPEC).'), ['agreed to advance their joint project - China-Pakistan Economic Corridor (CPEC)']);
  assert.deepEqual(texts('They are determined to expand cooperation in research – dynamic core areas of the Indo-German Partnership – and to open up new areas of cooperation.'), [
    'are determined to expand cooperation in research – dynamic core areas of the Indo-German Partnership – and to open up new areas of cooperation',
  ]);
});

test('parentheticals "he said" and ", together with …," sit between the subject and the modal', () => {
  const found = recognizeCommitments('The two sides, he said, would pace up the railway project. The United States and the European Union, together with other donors, will continue to provide financing.', EMPTY);
  assert.deepEqual(found.map((c) => c.text), ['would pace up the railway project', 'will continue to provide financing']);
});

test('gerunds that continue a list after a comma stay in the object, but a participle of speaking ends it', () => {
  assert.deepEqual(texts('We will work with partners to stress the importance of protecting civilians, supporting those who are trying to get to safety, and facilitating access to food.'), [
    'will work with partners to stress the importance of protecting civilians, supporting those who are trying to get to safety, and facilitating access to food',
  ]);
  assert.deepEqual(texts('We commit to championing the needs of vulnerable countries, reiterating the vital importance of keeping 1.5C within reach.'), [
    'commit to championing the needs of vulnerable countries',
  ]);
});

test('"while" with a participle of the action stays in the object; "while" with the meeting’s own activity ends it', () => {
  assert.deepEqual(texts('Ghana was committed to acting with transparency while maintaining a close dialogue with its partners.'), [
    'was committed to acting with transparency while maintaining a close dialogue with its partners',
  ]);
  assert.deepEqual(texts('The leaders agreed to consolidate regional cooperation while reviewing the entire gamut of their cooperation.'), ['agreed to consolidate regional cooperation']);
  assert.deepEqual(texts('Japan will host the meeting while China will chair it.'), ['will host the meeting', 'will chair it']);
});

test('"is prepared to", "willingness and interest to" and "agreed in the meeting to" are commitments; a participle "intended to" after a noun is not', () => {
  assert.deepEqual(texts('India is prepared to increase cooperation in renewable energy.'), ['is prepared to increase cooperation in renewable energy']);
  assert.deepEqual(texts('The presidents expressed their willingness and interest to deepen economic cooperation.'), ['expressed their willingness and interest to deepen economic cooperation']);
  assert.deepEqual(texts('They had agreed in the meeting to "restore and normalize" trilateral cooperation.'), ['had agreed in the meeting to "restore and normalize" trilateral cooperation']);
  assert.deepEqual(texts('The leaders issued a declaration intended to enhance free movement. Japan intended to host the summit.'), ['intended to host the summit']);
});

test('parallel "as" phrases stay in the object; "and were determined to" starts a second commitment', () => {
  assert.deepEqual(texts('We declare our enduring resolve to support each other as neighbours, as partners, and as Pacific family.'), [
    'declare our enduring resolve to support each other as neighbours, as partners, and as Pacific family',
  ]);
  assert.deepEqual(texts('The leaders remained committed to take action at a national level and were determined to ensure the equitable distribution of the gains.'), [
    'remained committed to take action at a national level',
    'were determined to ensure the equitable distribution of the gains',
  ]);
});

test('a writer’s "in an apparent move to", a new clause of "the Chinese side" and a byline end the object', () => {
  assert.deepEqual(texts('They agreed that Japan and Mongolia will continue to attach importance to democracy in an apparent move to counter China.'), [
    'agreed that Japan and Mongolia will continue to attach importance to democracy',
  ]);
  assert.deepEqual(texts('They agreed to cooperate in a bid to cut emissions.'), ['agreed to cooperate in a bid to cut emissions']);
  assert.deepEqual(texts('China expressed its readiness to assist Mongolia, the Chinese side responded positively to the request.'), ['expressed its readiness to assist Mongolia']);
  assert.deepEqual(texts('South Korea, Russia agree on free trade talks, economic cooperation with North Korea By Park Ji-won\n\nMore text.'), [
    'agree on free trade talks, economic cooperation with North Korea',
  ]);
});

test('"have agreed on the following:" commits to the list it introduces; names in apposition sit between subject and modal', () => {
  assert.deepEqual(texts('The Ministers have agreed on the following:'), ['have agreed on the following']);
  assert.deepEqual(texts('The police and security agencies, North and South, will continue to work closely together.'), ['will continue to work closely together']);
});

test('a reporting tag may end at the speaker’s participle; "as planned" belongs to the object', () => {
  assert.deepEqual(texts('The two countries agreed to accelerate their relations in such fields as education and sports, Erdogan said, noting that he was pleased.'), [
    'agreed to accelerate their relations in such fields as education and sports',
  ]);
  assert.deepEqual(texts('We are determined to increase our trade volume to $5 billion, as planned.'), ['are determined to increase our trade volume to $5 billion, as planned']);
});

test('"are planning on" a gerund, "reached consensus in" and "agree on a mechanism" commit; "will end up with" does not', () => {
  assert.deepEqual(texts('The two countries are planning on signing an agreement to end smuggling.'), ['are planning on signing an agreement to end smuggling']);
  assert.deepEqual(texts('The sides reached consensus in the joint fight against organized crime.'), ['reached consensus in the joint fight against organized crime']);
  assert.deepEqual(texts('The ministers agree on a mechanism to monitor the borders.'), ['agree on a mechanism to monitor the borders']);
  assert.deepEqual(texts('The talks will end up with a treaty.'), []);
});

test('"…, all of which …" ends the object; "…, where they are most needed" is part of it', () => {
  assert.deepEqual(texts('We emphasise our commitment to notify the WTO of any measures taken, all of which will enable supply chains to function.'), [
    'emphasise our commitment to notify the WTO of any measures taken',
  ]);
  assert.deepEqual(texts('We will support the availability of medical supplies at affordable prices, where they are most needed, and as quickly as possible.'), [
    'will support the availability of medical supplies at affordable prices, where they are most needed, and as quickly as possible',
  ]);
});

test('a colon opening the purpose ("…: to coordinate …") continues the object; ", also developing …" ends it', () => {
  assert.deepEqual(texts('We will set up regular Cabinet meetings on security matters: to coordinate our support to Ukraine.'), [
    'will set up regular Cabinet meetings on security matters: to coordinate our support to Ukraine',
  ]);
  assert.deepEqual(texts('We will re-energize our defence projects to meet our needs, also developing a joint innovation program.'), ['will re-energize our defence projects to meet our needs']);
});

test('", ensuring …" and "but" with a participle of the object stay inside; "recall their commitment to" and "agreed on a comprehensive agenda" commit', () => {
  assert.deepEqual(texts('They intend to collaborate on migration flows, ensuring the humane treatment of migrants.'), ['intend to collaborate on migration flows, ensuring the humane treatment of migrants']);
  assert.deepEqual(texts('They would revive talks launched in 1990 on a free trade agreement but suspended in 2008.'), [
    'would revive talks launched in 1990 on a free trade agreement but suspended in 2008',
  ]);
  assert.deepEqual(texts('The leaders recall their commitment to the principles of the UN Charter.'), ['recall their commitment to the principles of the UN Charter']);
  assert.deepEqual(texts('We have agreed on a comprehensive agenda to reset our relationship.'), ['have agreed on a comprehensive agenda to reset our relationship']);
});

test('a reporting tag after a closing single quotation mark ends the object', () => {
  assert.deepEqual(texts('‘Both countries intend to collaborate on migration flows,’ the statement read.'), ['intend to collaborate on migration flows']);
});

test('"while also working to" and a semicolon list of gerunds stay in the object; ", beginning with welcoming …" too', () => {
  assert.deepEqual(texts('We are committed to helping end the pandemic while also working to prevent future emergencies.'), ['are committed to helping end the pandemic while also working to prevent future emergencies']);
  assert.deepEqual(texts('We will work together on protection of the ocean; decarbonizing the shipping sector; and promoting maritime security.'), [
    'will work together on protection of the ocean; decarbonizing the shipping sector; and promoting maritime security',
  ]);
  assert.deepEqual(texts('We have agreed to hold regular meetings, beginning with welcoming Prime Minister Bainimarama this year.'), [
    'have agreed to hold regular meetings, beginning with welcoming Prime Minister Bainimarama this year',
  ]);
  assert.deepEqual(texts('They agreed to cooperate; adding that it was important.'), ['agreed to cooperate']);
});

test('"are looking to", "agreed upon" measures, "decided on" a gerund, "asserted the determination to" and "consented to" commit', () => {
  assert.deepEqual(texts('They are also looking to organize a high-level summit.'), ['are also looking to organize a high-level summit']);
  assert.deepEqual(texts('The ministers agreed upon various measures to continue promoting collaboration.'), ['agreed upon various measures to continue promoting collaboration']);
  assert.deepEqual(texts('The ministers decided on setting up an Eminent Persons Group.'), ['decided on setting up an Eminent Persons Group']);
  assert.deepEqual(texts('The leaders asserted the determination to boost economic cooperation at their meeting on September 12 in Ha Noi.'), [
    'asserted the determination to boost economic cooperation',
  ]);
  assert.deepEqual(texts('The two sides consented to accelerate negotiations on the demarcation.'), ['consented to accelerate negotiations on the demarcation']);
});

test('a calendar day between subject and verb is skipped; "agreed to last September" is not a commitment; ", voicing …" ends the object', () => {
  const found = recognizeCommitments('Korea and Kazakhstan on June 12 agreed to strengthen cooperation in critical minerals.', EMPTY);
  assert.deepEqual(found.map((c) => [c.text, c.actor]), [['agreed to strengthen cooperation in critical minerals', 'Korea and Kazakhstan']]);
  assert.deepEqual(texts('They implemented the plan they agreed to last September.'), []);
  assert.deepEqual(texts('They have agreed to step up their cooperation, voicing "deep" concerns about the program.'), ['have agreed to step up their cooperation']);
});

test('"the following actions:" announces the actions; ", the capital of …" and "after it received …" end the object', () => {
  assert.deepEqual(texts('The leaders agreed to take the following actions: Within the shortest possible time, open two border posts in Dobley.'), [
    'agreed to take the following actions: Within the shortest possible time, open two border posts in Dobley',
  ]);
  assert.deepEqual(texts('They announced plans to re-launch direct flights between Nairobi and Mogadishu, the capital of Somalia.'), [
    'announced plans to re-launch direct flights between Nairobi and Mogadishu',
  ]);
  assert.deepEqual(texts('The leaders agreed to operationalize the task force which would conduct the operation after it received a briefing.'), [
    'agreed to operationalize the task force which would conduct the operation',
  ]);
  assert.deepEqual(texts('They agreed to meet after the summit ended.'), ['agreed to meet after the summit ended']);
});

test('"and committed to" starts a second commitment; "reiterated the pledge to", "renewed their disposition to" and "will remain fully committed to" commit', () => {
  assert.deepEqual(texts('They reaffirmed their commitment to a denuclearised peninsula and committed to fully implement the resolutions.'), [
    'reaffirmed their commitment to a denuclearised peninsula',
    'committed to fully implement the resolutions',
  ]);
  assert.deepEqual(texts('They reiterated the pledge to work collectively.'), ['reiterated the pledge to work collectively']);
  assert.deepEqual(texts('They renewed their disposition to coordinate the necessary tasks.'), ['renewed their disposition to coordinate the necessary tasks']);
  assert.deepEqual(texts('We will also remain fully committed to consolidate cooperation.'), ['will also remain fully committed to consolidate cooperation']);
  assert.deepEqual(texts('They reaffirmed their commitment to integration, after the celebration of the summit.'), ['reaffirmed their commitment to integration']);
});

test('"agreed joint steps on", "agreed on the supplies of" and "agreed in Durban Wednesday to" commit', () => {
  assert.deepEqual(texts('Russia and Belarus agreed joint steps on mutual support.'), ['agreed joint steps on mutual support']);
  assert.deepEqual(texts('They have agreed on the supplies of modern equipment.'), ['have agreed on the supplies of modern equipment']);
  assert.deepEqual(texts('China and Egypt agreed in Durban Wednesday to move forward their relations.'), ['agreed in Durban Wednesday to move forward their relations']);
  assert.deepEqual(texts('They agreed the plan was good.'), []);
});

test('"renewed their promise to", "signified our resolve to", "reasserted their commitment to" and "the commitment of both countries to" commit', () => {
  assert.deepEqual(texts('The ministers have renewed their promise to work closely together on climate change.'), ['have renewed their promise to work closely together on climate change']);
  assert.deepEqual(texts('We signified our resolve to sustain the momentum of our engagements.'), ['signified our resolve to sustain the momentum of our engagements']);
  assert.deepEqual(texts('The three leaders reasserted their commitment to strengthening cooperation.'), ['reasserted their commitment to strengthening cooperation']);
  assert.deepEqual(texts('Anwar and Prabowo expressed the strong commitment of both countries to accelerate cooperation.'), ['expressed the strong commitment of both countries to accelerate cooperation']);
  assert.deepEqual(texts('The ministers reaffirmed the commitment of all states to respect the law.'), []);
});

test('", and looked forward to" ends the object, and "This CSEP will …" is an effect of a programme, not a commitment', () => {
  assert.deepEqual(texts('The leaders agreed to maintain close security cooperation, and looked forward to working together.'), ['agreed to maintain close security cooperation']);
  assert.deepEqual(texts('This CSEP will drive cooperation between our countries. This Government will act.'), ['will act']);
});

test('"expressed their intent to", "Pledge their willingness to", "decided on the formation of" and an agreed that-clause with a comma adjunct before its modal commit', () => {
  assert.deepEqual(texts('The two leaders expressed their intent to work together toward reform.'), ['expressed their intent to work together toward reform']);
  assert.deepEqual(texts('8. Pledge their willingness to ensure provision of basic services.'), ['Pledge their willingness to ensure provision of basic services']);
  assert.deepEqual(texts('They decided on the formation of three committees.'), ['decided on the formation of three committees']);
  assert.deepEqual(texts('The leaders agreed that Guyana and Venezuela, directly or indirectly, will not threaten each other.'), [
    'agreed that Guyana and Venezuela, directly or indirectly, will not threaten each other',
  ]);
});

test('"goals agreed to by our peoples" and "the already agreed measures" are participles, not commitments', () => {
  assert.deepEqual(texts('We can work toward common goals agreed to by our two peoples.'), []);
  assert.deepEqual(texts('They must implement the already agreed measures for overcoming the crisis.'), []);
});

test('a participle after a comma, a stray comma after "I", a bracketed abbreviation and "according to him" leave the subject found', () => {
  assert.deepEqual(texts('The ministers agreed to cooperate closely, committing to handling the issue of arrested fishermen.'), [
    'agreed to cooperate closely',
    'committing to handling the issue of arrested fishermen',
  ]);
  assert.deepEqual(texts('President Lazarus Chakwera and I, have committed to fostering peace.'), ['have committed to fostering peace']);
  assert.deepEqual(texts('He said the Qatar Investment Authority (QIA) aimed to invest $3 billion in Pakistan.'), ['aimed to invest $3 billion in Pakistan']);
  assert.deepEqual(texts('Both countries, according to him, will explore new opportunities to cooperate.'), ['will explore new opportunities to cooperate']);
  assert.deepEqual(texts('Magufuli and I have said we are even ready to look for loans.'), ['are even ready to look for loans']);
});

test('"amid …" without a comma belongs to the object (six of seven dev spans include it), ", amid …" still ends it', () => {
  assert.deepEqual(texts('Russia and Belarus agreed joint steps on mutual support amid the sanction pressure.'), ['agreed joint steps on mutual support amid the sanction pressure']);
  assert.deepEqual(texts('The leaders agreed to prevent any further escalation, amid fears of a wider war.'), ['agreed to prevent any further escalation']);
});

test('a subject headed by a noun before "between" or "of" ("cooperation between the two countries", "the development of China and Ethiopia") is no actor', () => {
  assert.deepEqual(texts('Economic cooperation between the two countries will help in promoting peace.'), []);
  assert.deepEqual(texts('The development of China and Ethiopia will strengthen the developing countries.'), []);
  assert.deepEqual(texts('The leaders of the two countries will meet again next year.'), ['will meet again next year']);
});

test('"agreed with <someone> to/that …", "agreed \\"to …", "continues to be committed to" commit; "will probably" and "stressed that X’s commitment" do not', () => {
  assert.deepEqual(texts('He agreed with his Serbian colleague to jointly seek a solution for border crossings.'), ['agreed with his Serbian colleague to jointly seek a solution for border crossings']);
  assert.deepEqual(texts('We agreed with the heads of government that an agreement will be concluded by January.'), ['agreed with the heads of government that an agreement will be concluded by January']);
  assert.deepEqual(texts('The ministers agreed with the view that the situation was serious.'), []);
  assert.deepEqual(texts('They also agreed "to extend the deadline".'), ['agreed "to extend the deadline']);
  assert.deepEqual(texts('He announced that Hungary continues to be committed to supporting Serbia’s integration.'), ['continues to be committed to supporting Serbia’s integration']);
  assert.deepEqual(texts('“You will probably find some individuals who disagree.”'), []);
  assert.deepEqual(texts('He stressed that Australia’s commitment to the Quad had not changed.'), []);
});

test('the first comma after a fronted adjunct ("Amid the war against Kiev,") ends it, so the subject is what follows', () => {
  const actors = (body: string): (string | undefined)[] => analyzeDocument(`---\ndate: 2023-02-04\n---\n${body}`).commitments.map((c) => c.actor);
  assert.deepEqual(actors('Amid the war against Kiev, Ukraine and the European Union have agreed to deepen relations.'), ['Ukraine and the European Union']);
  assert.deepEqual(actors('China, Japan and Korea agreed to meet.'), ['China, Japan and Korea']);
});

test('"commitment for further enhancing", "agreed on key directions to", "and intend to"/"and appreciate" after the object, and "after the Presidents of the two countries expressed …"', () => {
  assert.deepEqual(texts('They reaffirmed their strong commitment for further enhancing their cooperation.'), ['reaffirmed their strong commitment for further enhancing their cooperation']);
  assert.deepEqual(texts('He reaffirmed his commitment for peace.'), []);
  assert.deepEqual(texts('The two sides agreed on key directions to further deepen bilateral cooperation.'), ['agreed on key directions to further deepen bilateral cooperation']);
  assert.deepEqual(texts('We affirm our strong commitment to democratic principles and intend to cooperate closely on security.'), [
    'affirm our strong commitment to democratic principles',
    'intend to cooperate closely on security',
  ]);
  assert.deepEqual(texts('We reaffirm our commitment to the Council and appreciate its contribution to our relations.'), ['reaffirm our commitment to the Council']);
  assert.deepEqual(texts('The sides have pledged to work towards stronger ties, after the Presidents of the two countries expressed satisfaction.'), ['have pledged to work towards stronger ties']);
});

test('a commitment in an "in which" clause ends before the sentence’s own verb; "promised" takes a noun object; ", Duda said Poland …" ends the object', () => {
  assert.deepEqual(texts('Another area in which the two countries will step up cooperation is wildfire suppression.'), ['will step up cooperation']);
  assert.deepEqual(texts('The two countries will step up cooperation that is long overdue.'), ['will step up cooperation that is long overdue']);
  assert.deepEqual(texts('Trudeau promised greater cooperation with regard to sustainable mining.'), ['promised greater cooperation with regard to sustainable mining']);
  assert.deepEqual(texts('President Biden promised "unwavering" support for Kyiv.'), ['promised "unwavering" support for Kyiv']);
  assert.deepEqual(texts('The promises by the two administrations were kept.'), []);
  assert.deepEqual(texts('Germany will send more aid to Kyiv, Scholz said Berlin would act quickly.'), ['will send more aid to Kyiv', 'would act quickly']);
});

test('"will provide/give (an additional) impetus to …" is an effect, not a commitment; "will inject new impetus" stays one', () => {
  assert.deepEqual(texts('According to Zuma, the BNC will provide the required impetus to relations.'), []);
  assert.deepEqual(texts('The project will give an additional impetus to trade.'), []);
  assert.deepEqual(texts('The two leaders will inject new impetus into the partnership.'), ['will inject new impetus into the partnership']);
});

test('"agreed to" a noun phrase ("agreed to a renewed engagement …") is a commitment, unless a time follows ("agreed to the week before")', () => {
  assert.deepEqual(texts('The leaders agreed to a renewed engagement to intensify relations.'), ['agreed to a renewed engagement to intensify relations']);
  assert.deepEqual(texts('Both countries have agreed to the terms of reference for setting up of the group.'), ['have agreed to the terms of reference for setting up of the group']);
  assert.deepEqual(texts('It is the plan they agreed to the week before.'), []);
});

test('"continue to" with two coordinated verbs shares their object ("deepen and broaden their partnership"); without one it is a trend', () => {
  assert.deepEqual(texts('They will continue to deepen and broaden their Strategic Partnership.'), ['will continue to deepen and broaden their Strategic Partnership']);
  assert.deepEqual(texts('Relations will continue to deepen and grow.'), []);
});

test('"agree on" a noun phrase with a plural possessive ("annual foreign ministers’ talks") names a joint action', () => {
  assert.deepEqual(texts('North Korea and Mongolia agree on annual foreign ministers’ talks.'), ['agree on annual foreign ministers’ talks']);
  assert.deepEqual(texts('The ministers agreed on the leaders’ views.'), []);
});

test('"are (also) agreed on" opens at "are" for a real subject; the impersonal "it was agreed to" keeps "was" out', () => {
  assert.deepEqual(texts('The two ministers are also agreed on the convening of the next round of consultations.'), ['are also agreed on the convening of the next round of consultations']);
  assert.deepEqual(texts('It was agreed to establish a joint committee.'), ['agreed to establish a joint committee']);
});

test('"agreed that" a party "must" or "may" act is a commitment', () => {
  assert.deepEqual(texts('It was agreed that Brazil must present a proposal for the project stages by next Friday.'), ['agreed that Brazil must present a proposal for the project stages by next Friday']);
  assert.deepEqual(texts('It has now been agreed that Dutch military helicopters may be deployed to fight wildfires in Belgium.'), ['agreed that Dutch military helicopters may be deployed to fight wildfires in Belgium']);
  assert.deepEqual(texts('The leaders agreed that the partnership is indivisible.'), []);
});

test('"committed to" and "determined to" commit without a named subject; "aims to" after a non-actor does not', () => {
  assert.deepEqual(texts('“Committed to enhance border defence cooperation, the two sides will meet annually.'), ['Committed to enhance border defence cooperation', 'will meet annually']);
  assert.deepEqual(texts('The Quad is a diplomatic network of four democracies committed to supporting a free and open Indo-Pacific.'), [
    'committed to supporting a free and open Indo-Pacific',
  ]);
  assert.deepEqual(texts('The trilateral maritime exercise aims to strengthen interoperability between the coast guards.'), []);
});
