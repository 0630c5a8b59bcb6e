/**
 * Where a commitment's object stops: the words that, after a comma or a space, open something
 * other than the committed action (a relative or adverbial clause, a circumstance of the agreement,
 * a reporting tag, a new clause with its own subject). `objectEnd` in clause.ts tries them.
 */

// -ing words after a comma that are prepositions or describe the object ("…, including …", "…, covering …")
// rather than open an adverbial participle clause of the actor.
// "…, ensuring the humane treatment of migrants" says how the committed action is done.
export const NON_ADJUNCT_ING = 'including|during|following|regarding|concerning|according|involving|covering|spanning|encompassing|comprising|ranging|ensuring|beginning|starting';

// Verbs of reporting tags (", the ministry said", ", their foreign ministers declared on Thursday").
export const REPORTING_VERBS = 'said|says|told|added|stated|noted|announced|explained|stressed|emphasi[sz]ed|declared|confirmed|reported|indicated|insisted|asserted|remarked|disclosed|revealed|wrote|tweeted|read|reads';

const OWN_HEDGE = String.raw`\s+(?:appropriate|possible|necessary|needed|required|feasible)\b`;

// After a comma these words open material that is not the object: a relative or adverbial clause,
// a circumstance of the agreement itself, or a new clause with its own subject.
export const AFTER_COMMA = new RegExp(
  // Hedges of the committed action itself (", as appropriate", ", where possible", ", if necessary",
  // ", as soon as possible") belong to the object, so those openers are excepted.
  String.raw`\s*(?:(?:at|in|by|under|through|during|for|from|with|on|to)\s+(?:which|whom)|(?:all|some|most|each|many|none|both)\s+of\s+(?:which|whom)|which|who|whom|whose|where(?!${OWN_HEDGE}|\s+(?:they\s+are|it\s+is)\s+(?:most\s+)?needed\b)|while|whereas|although|though|but|as(?!\s+well\s+as|\s+soon\s+as|\s+early\s+as|\s+quickly\s+as|\s+(?:planned|agreed|scheduled|envisaged|foreseen|previously\s+agreed)\b|${OWN_HEDGE})|because|since|considering|given|noting|` +
    String.raw`recogni[sz]ing|citing|saying|adding|according|amid|amidst|without|the\s+(?:capital|largest\s+city)\s+of|after\s+the\s+(?:celebration|conclusion|end|close|holding)\s+of|` +
    // Participles of speaking, which open a remark of the actor rather than another item of the object.
    // A further commitment in a participle ("…, committing to handle …") is a span of its own.
    String.raw`committing\s+to|pledging\s+to|vowing\s+to|reiterating|stressing|underlining|welcoming|recalling|acknowledging|expressing|voicing|reaffirming|calling|urging|describing|referring|affirming|in\s+light\s+of|in\s+view\s+of|against\s+the\s+backdrop|` +
    String.raw`on\s+the\s+sidelines|in\s+the\s+face\s+of|stating|emphasi[sz]ing|underscoring|highlighting|said|says|if(?!${OWN_HEDGE})|when(?!${OWN_HEDGE})|` +
    String.raw`he|she|they|we|it|and\s+(?:they|we|he|she|it|the\s+(?:two|leaders|ministers|sides))|` +
    // A further commitment of the same subject without "and" ("…, will evaluate the progress …").
    String.raw`will|would|shall|` +
    // A new clause with its own subject after an opening participle ("Reaffirming …, the leaders recommitted …").
    String.raw`the\s+(?:two\s+|three\s+|[\p{L}-]+\s+)?(?:leaders|ministers|side|sides|parties|countries|presidents|prime\s+ministers|foreign\s+ministers)\s+(?!of\b|and\b|to\b)\p{Ll}+(?:ed|d)\b|` +
    // A participle with an adverb or preposition that never follows a list item ("…, working together to …").
    String.raw`(?!(?:${NON_ADJUNCT_ING})\b)\p{Ll}{2,}ing\s+(?:together|closely|jointly|hand\s+in\s+hand|toward|towards|upon|at|up|forward|alongside|across)|building\s+on)\b` +
    // A second verb of the subject without "and" ("affirmed their commitment to …, issued a stern warning …").
    String.raw`|\s*(?:issued|expressed|reaffirmed|reiterated|stressed|welcomed|noted|underscored|discussed|exchanged|signed|condemned|urged|emphasi[sz]ed|highlighted|praised|thanked|vowed|pledged|announced)\s+(?:a|an|the|their|its|his|her|our|that)\b` +
    // The main verb after a subject's relative clause ("The leaders, who reiterated …, also promised …"), or
    // a participle of the actor ("…, also developing a joint programme").
    String.raw`|\s*also\s+\p{Ll}{3,}(?:ed|es|ing)\b` +
    // A non-restrictive apposition that describes the object (", an institutional mechanism which …").
    String.raw`|\s*(?:a|an)\s+(?:[\p{L}\-]+\s+){1,4}?(?:which|that|whose|who)\b` +
    // A reporting tag after the quoted or reported words (", Kishida told reporters", ", the ministry said").
    // Its words stay on the line and only initials end in a dot, so a tag never reaches into the next sentence.
    String.raw`|\s*(?:(?:(?:\p{Lu}\.)+|[\p{L}’'\-]+)[^\S\n]+){1,8}(?:${REPORTING_VERBS})` +
    // The tag may go on with its own adjuncts up to the end of the sentence (", the White House said in a readout of …").
    // Quotation marks may occur there (", X said while describing the talks as “productive”").
    // It may also end at a comma that opens the speaker's participle (", Erdogan said, noting that …").
    String.raw`(?:\s+[^,;:!?\n]*?)?(?=[.!?](?:[\s”"’]|$)|$|,\s+\p{Ll}{2,}ing\b)` +
    // A main clause that reports what comes next (", Duda said Poland … needed to …"): the speaker and the verb suffice.
    String.raw`|\s*(?:[\p{L}’'\-]+[^\S\n]+){1,3}(?:said|says|told)[^\S\n]+(?:that\b|\p{L})`,
  'iyu',
);

// "…, and Minister França expressed …": a new clause with a named subject. Case-sensitive, unlike AFTER_COMMA:
// under the "i" flag \p{Lu} matches any letter, and "…, cybersecurity, and quantum technologies. They noted …"
// read as a named subject ran the last item of a coordinated object into the next sentence.
export const AND_NAMED_REPORT =
  /\s*and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:expressed|said|stated|noted|welcomed|explained|stressed|emphasi[sz]ed|agreed|added|thanked|called|asked|underlined|highlighted|invited|congratulated)\b/uy;

// Without a comma: circumstances of the agreement ("during a summit between …", "at a time when …"),
// a contrast, a preambular participle, a spaced dash, or "and" followed by a new verb of the subject
// ("… and discussed matters").
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const AFTER_SPACE = new RegExp(
  // "during" opens the meeting in which the agreeing happened, not a time of the action ("during the first half of August").
  String.raw`\s+(?:(?<!\b(?:concluded|signed|reached|agreed|made|adopted|announced|achieved)\s+)during(?!\s+(?:the\s+)?(?:first|second|latter|last|next|coming|following|same|current|\d)|\s+(?:the\s+)?(?:${MONTH_NAMES})\b)|in\s+light\s+of|in\s+view\s+of|at\s+a\s+time\s+(?:when|of)|on\s+the\s+sidelines\s+of|` +
    // "in the face of" is left to the comma rule: without a comma it usually belongs to the action
    // ("to maintain unity in the face of Russia’s disregard for …").
    String.raw`against\s+the\s+backdrop\s+of|whereas|but(?!\s+also|\s+(?:later\s+)?\p{Ll}{3,}ed\b)|in\s+an\s+apparent\s+(?:move|bid|attempt)\s+to|` +
    // "while" with a clause ends the object, and so does "while" with the meeting's own activity ("while
    // reviewing their cooperation"); "while" with another participle is the manner of the committed action
    // ("to act with transparency while maintaining a close dialogue").
    String.raw`while(?!\s+(?:also\s+)?(?!(?:reviewing|discussing|meeting|holding|visiting|attending|exchanging|speaking|talking|addressing|describing)\b)\p{Ll}{2,}ing\b)|` +
    // "… meeting in 2020 after first being launched in 2015": a participle about something else.
    String.raw`after\s+(?:first\s+)?(?:being|having)|` +
    // "… after it received a briefing": a clause about what preceded the agreement.
    String.raw`after\s+(?:it|they|he|she|we|the\s+(?:two\s+)?(?:leaders|ministers|sides|presidents|prime\s+ministers)(?:\s+of\s+the\s+two\s+countries)?)\s+\p{Ll}{3,}ed\b|` +
    // The talks in which the agreeing happened ("in their first summit talks"); a future meeting is
    // where the committed action happens ("in their next meeting") and stays in the object.
    String.raw`in\s+(?:their|the|its|his|her)\s+(?:(?!(?:to|of|for|next|upcoming|coming|future|following)\b)[\p{L}\-]+\s+){0,3}?` +
    String.raw`(?:summit|talks|meeting|visit|telephone\s+(?:call|talks?|conversation)|phone\s+call)|` +
    // A preambular participle of the actor without a comma ("… exchanges recognising the special quality …").
    // ("… beginning with welcoming …": after a preposition the -ing word is a gerund of the object.)
    String.raw`(?<!\b(?:with|by|in|of|for|on)\s+)(?:recogni[sz]ing|noting|acknowledging|reaffirming|welcoming|recalling|underscoring|stressing|emphasi[sz]ing))\b` +
    String.raw`|\s+[–—-]\s` +
    String.raw`|\s+and\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:discussed|exchanged|welcomed|noted|expressed|confirmed|reaffirmed|` +
    String.raw`agreed|committed|stressed|emphasi[sz]ed|underscored|highlighted|reviewed|held|signed|attended|met|said|called|urged|` +
    String.raw`recogni[sz]ed|acknowledged|affirmed|reiterated|decided|pledged|thanked|congratulated|invited|condemned|concurred|` +
    String.raw`announced|determined\s+to|resolved\s+to|undertook|(?:are|were|is|was)\s+[‘'“"]?(?:determined|committed|ready|resolved|prepared)|vowed|promised|shared\s+(?:the|their)|share\s+(?:a|the|their|our)\s+(?:commitment|view|concern|desire|vision|goal)|they|we|he|she|` +
    // "… in the alliance and I have determined …": a clause with its own subject; "… exercises and also showed
    // commitment to …": a past-tense verb cannot continue an infinitive or modal object, so it is a second
    // predicate of the subject. Neither is the object of the commitment verb.
    String.raw`I(?=\s+(?:have|had|will|would|am|was|\p{Ll}+ed)\b)|also\s+\p{Ll}{3,}ed|` +
    // Present-tense main verbs of statements in the first person ("… and call for all countries to …").
    String.raw`call|calls|urge|urges|welcome|welcomes|condemn|condemns|note|notes|` +
    String.raw`remain|remains|reaffirm|reaffirms|reiterate|reiterates|recommit|recommits|underline|underlines|underscore|underscores|` +
    String.raw`stress|stresses|emphasi[sz]e|emphasi[sz]es|recogni[sz]e|recogni[sz]es|acknowledge|acknowledges|express|expresses|` +
    // A second verb of the same subject: another commitment ("… and will mobilise …") or a report ("… and sought …").
    String.raw`will|would|shall|sought|asked|requested|explained|stated|conveyed|mentioned|indicated|proposed|suggested|briefed|offered|presented|` +
    // A wish coordinated with the commitment ("… and looked forward to working together").
    String.raw`looked\s+forward|look\s+forward|looks\s+forward|appreciate|commend|intend(?=\s+to\b))\b` +
    // The same, with a comma-enclosed adjunct after "and" ("… and, in this regard, underscored …").
    String.raw`|\s+and,\s+[^,;]{1,40},\s+(?:discussed|welcomed|noted|expressed|confirmed|reaffirmed|agreed|stressed|emphasi[sz]ed|` +
    String.raw`underscored|highlighted|decided|pledged|reiterated|affirmed|called|urged|recogni[sz]ed|acknowledged)\b`,
  'iyu',
);

