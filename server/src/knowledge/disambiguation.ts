/**
 * Telling apart officials who share a written name ("Kim", "Nguyen"): the evidence is what the
 * document itself says — the officials its front matter lists, its countries, the title the text
 * attaches to the mention — and who held a post on the document's date.
 */
import { countryName, mentionsCountry } from './countries';
import { roleOn, type Official } from './officialsRegistry';
import { normalizeName } from './nameMatching';

/** What a document says that can tell officials with the same name apart. */
export interface DisambiguationContext {
  /** The document date (YYYY-MM-DD). */
  readonly date?: string;
  /** ISO country codes listed in the front matter. */
  readonly countries?: readonly string[];
  /** Registry ids listed under `officials:` in the front matter. */
  readonly listed?: readonly string[];
  /** The title the text attaches to the mention ("Australian Ambassador"). */
  readonly role?: string;
}

/** One candidate with the evidence for it. */
export interface ScoredCandidate {
  readonly official: Official;
  readonly score: number;
  /** Short clauses, e.g. "listed in the front matter", "held a post on 2025-04-29". */
  readonly evidence: readonly string[];
}

/** The outcome: the candidates best first, and the chosen one when the evidence singles it out. */
export interface Disambiguation {
  readonly candidates: readonly ScoredCandidate[];
  /** Undefined when two or more candidates are equally likely. */
  readonly chosen?: Official;
}

// The analyst's listing outweighs everything else; the text's own title and countries come next.
const WEIGHT = { listed: 8, roleCountry: 4, roleTitle: 2, documentCountry: 2, heldOnDate: 2 } as const;

/**
 * Ranks the officials a mention may denote by the document's evidence.
 * @returns `chosen` only when one candidate scores strictly higher than every other
 */
export function disambiguate(officials: readonly Official[], ctx: DisambiguationContext): Disambiguation {
  const role = ctx.role ? normalizeName(ctx.role) : undefined;
  const scored = officials.map((official): ScoredCandidate => {
    const evidence: string[] = [];
    let score = 0;
    if (ctx.listed?.includes(official.id)) {
      score += WEIGHT.listed;
      evidence.push('listed in the front matter');
    }
    if (official.country && ctx.role && mentionsCountry(ctx.role, official.country)) {
      score += WEIGHT.roleCountry;
      evidence.push(`the text calls them "${ctx.role}"`);
    }
    const held = roleOn(official, ctx.date);
    if (ctx.date && held) {
      score += WEIGHT.heldOnDate;
      evidence.push(`held a post on ${ctx.date}`);
      if (role && role.includes(normalizeName(held.title))) {
        score += WEIGHT.roleTitle;
        evidence.push(`the text gives their title "${held.title}"`);
      }
    }
    if (official.country && ctx.countries?.includes(official.country)) {
      score += WEIGHT.documentCountry;
      evidence.push(`${countryName(official.country) ?? official.country} is among the document's countries`);
    }
    return { official, score, evidence };
  });
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  const chosen = first && (!second || first.score > second.score) ? first.official : undefined;
  return { candidates: scored, ...(chosen ? { chosen } : {}) };
}
