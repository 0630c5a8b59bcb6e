/**
 * Word lists used by the commitment recogniser. They are closed-class words or small, curated
 * lists of the verbs and nouns that diplomatic prose uses around commitments.
 */

/** Determiners and possessives: after "agreed to" they mark a noun object, not a future action. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  'each', 'every', 'any', 'no', 'such', 'some', 'all',
]);

/** Words that, right before "aim/plan/pledge/resolve … to", show a noun rather than a verb. */
export const NOUN_MARKERS = new Set([...DETERMINERS, 'with', 'new', 'joint', 'firm', 'strong', 'shared']);

/** Adverbs that may sit between a subject and its verb, or between a modal and its verb. */
export const ADVERBS = new Set([
  'also', 'further', 'actively', 'jointly', 'together', 'fully', 'firmly', 'strongly', 'again', 'still',
  'then', 'now', 'thus', 'hereby', 'formally', 'officially', 'unanimously', 'therefore', 'likewise',
  'similarly', 'even', 'already', 'both', 'all', 'each', 'closely', 'continuously', 'consistently',
  'not', 'never', 'soon', 'immediately', 'swiftly', 'promptly', 'constantly', 'always', 'readily',
  'earlier', 'previously', 'recently', 'initially', 'subsequently', 'later', 'once',
]);

// Lower-case "-ly" words are adverbs; capitalised ones may be names ("Italy").
const LY_ADVERB = /^\p{Ll}\p{L}{2,}ly$/u;

/** True for an adverb that may sit inside a verb phrase: a listed one or a lower-case "-ly" word. */
export function isAdverb(text: string, lower: string): boolean {
  // LY_ADVERB needs at least five characters ending in "ly", a check that spares most RegExp calls.
  return ADVERBS.has(lower) || (text.length >= 5 && text.endsWith('ly') && LY_ADVERB.test(text));
}

/** Auxiliaries that may precede a commitment verb ("have agreed", "are committed", "remain determined"). */
export const AUXILIARIES = new Set([
  'have', 'has', 'had', 'are', 'is', 'am', 'were', 'was', 'be', 'been', 'remain', 'remains', 'remained',
  'do', 'does', 'did', 'will', 'would', 'shall',
]);

/** Subject pronouns that denote an actor. */
export const ACTOR_PRONOUNS = new Set(['they', 'we', 'he', 'she', 'i', 'you', 'both']);

/** Pronouns and relatives that make a modal a prediction or a description, not a commitment. */
export const NON_ACTOR_PRONOUNS = new Set([
  'it', 'this', 'that', 'these', 'those', 'there', 'which', 'what', 'who', 'whom', 'whose', 'such',
]);

/** Head nouns of noun phrases that can be actors ("the two leaders", "both countries"). */
export const ACTOR_NOUNS = new Set([
  'leader', 'leaders', 'side', 'sides', 'country', 'countries', 'nation', 'nations', 'minister', 'ministers',
  'secretary', 'secretaries', 'government', 'governments', 'party', 'parties', 'state', 'states', 'member',
  'members', 'partner', 'partners', 'president', 'premier', 'chancellor', 'ministry', 'ministries',
  'delegation', 'delegations', 'participants', 'signatories', 'heads', 'envoy', 'envoys', 'official',
  'officials', 'counterpart', 'counterparts', 'ally', 'allies', 'administration', 'cabinet', 'council',
  'agency', 'forces', 'navy', 'army', 'company', 'companies', 'bank', 'union', 'organization',
  'organisation', 'parliament', 'congress', 'mission', 'embassy', 'team', 'spokesperson', 'spokesman',
  'spokeswoman', 'chair', 'chairman', 'king', 'queen', 'emperor', 'ambassador', 'ambassadors', 'people',
  'authorities', 'coalition', 'alliance', 'group', 'commission', 'committee', 'board', 'senator', 'mayor',
  'diplomat', 'diplomats', 'representative', 'representatives', 'negotiator', 'negotiators', 'lawmakers',
  'legislators', 'chiefs', 'navies', 'armies', 'militaries', 'military', 'teams', 'agencies', 'banks', 'coast', 'guards',
  'experts', 'specialists', 'presidents', 'premiers', 'governors', 'mayors', 'cities', 'provinces', 'regions', 'institutions',
  'universities', 'businesses', 'firms', 'secretariat', 'co-chairs', 'chairs', 'secretary-general', 'leadership',
  'economy', 'economies', 'democracies', 'neighbours', 'neighbors', 'powers',
]);

/** Nouns of documents that can carry a commitment for their signatories ("a joint statement that promises …"). */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'declaration', 'communique', 'communiqué', 'memorandum', 'agreement', 'accord', 'treaty',
  'charter', 'resolution', 'document', 'readout',
]);

/** Verbs after a modal that make a prediction, an effect or a state rather than an actor's own action. */
export const NON_ACTION_VERBS = new Set([
  'be', 'become', 'constitute', 'mean', 'like', 'love', 'prefer', 'need', 'seem', 'appear', 'cause',
  'lead', 'result', 'affect', 'depend', 'happen', 'occur', 'fall', 'rise', 'increase', 'decrease', 'grow',
  'last', 'come', 'get', 'go', 'benefit', 'suffer', 'face', 'expire', 'enter', 'bring',
  // Calendar facts: "the two countries will celebrate the 30th anniversary of their relations".
  'celebrate', 'mark', 'turn',
]);

/** Verbs after "continue to" that describe a trend, not an action ("will continue to become stronger"). */
export const TREND_VERBS = new Set([
  'be', 'become', 'grow', 'remain', 'rise', 'increase', 'improve', 'expand', 'decline', 'face', 'have',
  'develop', 'deepen', 'evolve', 'thrive', 'flourish',
]);

/** Words after "remain" (following a modal) that keep it a commitment ("will remain committed to"). */
export const REMAIN_COMMITTED = new Set(['committed', 'steadfast', 'engaged', 'determined', 'ready', 'firm']);

/** Nouns of a relation between actors: "will remain the closest of allies" is a commitment to that relation. */
export const RELATION_NOUNS = new Set(['ally', 'allies', 'partner', 'partners', 'friend', 'friends']);

/** Head nouns after "agree(d) on" that name a joint course of action rather than a fact or a text. */
export const JOINT_ACTION_NOUNS = new Set([
  'cooperation', 'collaboration', 'coordination', 'measures', 'steps', 'action', 'actions', 'efforts',
  'plan', 'plans', 'roadmap', 'road', 'programme', 'program', 'projects', 'exchanges', 'directions', 'orientations', 'priorities',
  // Nominalised actions: "agreed on the establishment of …", "on the re-opening of …".
  'establishment', 'resumption', 'launch', 'creation', 'opening', 're-opening', 'reopening', 'holding',
  'implementation', 'expansion', 'formation', 'setting-up', 'convening', 'signing', 'conclusion', 'development',
  'talks', 'negotiations', 'dialogue', 'consultations', 'mechanism', 'mechanisms', 'framework', 'modalities', 'timeline', 'fight', 'campaign', 'agenda', 'supply', 'supplies',
]);

/** Words after "be" (following a modal) that keep it a commitment ("will be ready to"). */
export const BE_COMMITTED = new Set(['committed', 'ready', 'determined', 'prepared']);

/** Verbs accepted after "confirm(ed) to", which is otherwise usually "confirmed to reporters". */
export const CONFIRM_TO_VERBS = new Set([
  'continue', 'further', 'work', 'cooperate', 'strengthen', 'promote', 'maintain', 'enhance', 'deepen',
  'expand', 'hold', 'advance', 'pursue', 'make', 'take', 'explore', 'consider', 'collaborate', 'coordinate',
  'accelerate', 'support', 'jointly', 'closely', 'steadily', 'also', 'develop', 'establish', 'launch',
  'start', 'begin', 'resume', 'increase', 'boost', 'step', 'provide', 'keep', 'implement',
]);

/** Words that make what follows a hope, expectation, worry or an appeal to others. */
export const HEDGE_WORDS = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'hopeful', 'wish', 'wishes', 'wished', 'expect', 'expects',
  'expected', 'expectation', 'expectations', 'believe', 'believes', 'believed', 'belief', 'confident', 'optimism', 'optimistic', 'convinced',
  'confidence', 'predict', 'predicts', 'predicted', 'prediction', 'anticipate', 'anticipates',
  'anticipated', 'fear', 'fears', 'feared', 'concerned', 'worry', 'worries',
  'worried', 'doubt', 'doubts', 'likely', 'unlikely', 'possible', 'possibility', 'uncertainty',
  'uncertain', 'speculation', 'speculated', 'want', 'wants', 'wanted', 'assume', 'assumed', 'urge',
  'urged', 'urges', 'urging', 'called', 'invite', 'invited', 'invites',
  'encourage', 'encouraged', 'encourages', 'ask', 'asked', 'asks', 'request', 'requested', 'requests',
  'demand', 'demanded', 'demands', 'unclear', 'whether', 'questioned', 'warned', 'warn',
  'warns', 'insisted', 'perhaps', 'maybe', 'may', 'might', 'could', 'if', 'unless',
]);

/** Reporting verbs that pass an actor's own statement on ("said that", "shared the view that"). */
export const NEUTRAL_REPORTING = new Set([
  'said', 'says', 'say', 'stated', 'states', 'announced', 'announces', 'told', 'tells', 'added', 'adds',
  'noted', 'notes', 'explained', 'emphasized', 'emphasised', 'stressed', 'underlined', 'underscored',
  'view', 'views', 'agreed', 'agree', 'agrees', 'confirmed', 'affirmed', 'reaffirmed', 'pledged',
  'declared', 'promised', 'assured', 'reiterated', 'indicated', 'revealed', 'responded', 'replied',
  'conveyed', 'explains', 'vowed', 'decided', 'clarified', 'mentioned', 'highlighted', 'recalled',
]);

/** Words that, just before a subject, turn a modal into an embedded question or condition. */
export const WH_WORDS = new Set(['what', 'whether', 'how', 'why', 'when', 'where', 'which', 'whatever', 'if', 'unless']);

/** Prepositions: an entity right after one of these is not a subject. */
export const PREPOSITIONS = new Set([
  'by', 'of', 'with', 'for', 'from', 'in', 'on', 'at', 'to', 'between', 'among', 'against', 'under', 'over',
  'into', 'toward', 'towards', 'through', 'than', 'like', 'about', 'including', 'via', 'amid', 'during',
]);

/** Words that close a subject noun phrase when walking backwards from a verb. */
export const NP_STOPS = new Set([
  'that', 'said', 'says', 'say', 'stated', 'announced', 'told', 'added', 'noted', 'when', 'while', 'if',
  'because', 'as', 'but', 'so', 'where', 'who', 'which', 'what', 'whether', 'how', 'after', 'before',
  'during', 'since', 'although', 'though', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'than', 'why',
  'responded', 'replied', 'stressed', 'emphasized', 'emphasised', 'explained', 'view', 'hopes', 'hope',
  'believes', 'expects',
]);
