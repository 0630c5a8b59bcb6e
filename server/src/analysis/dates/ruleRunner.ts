/**
 * Runs every date rule over a paragraph. Instead of scanning the whole paragraph once per rule,
 * one pass finds the words and digit runs the rules can start with ({@link AnchorVocabulary}), and
 * each rule's pattern is tried, as a sticky RegExp, only at those offsets. Because every offset
 * where a pattern can match is among them, and offsets are visited in order from the end of the
 * previous match, this finds exactly the matches a global scan finds.
 */

import { ABSOLUTE_RULES, type DateRule } from './absoluteRules';
import { YEAR_RULES } from './yearRules';
import { AnchorVocabulary, type AnchorSet, type AnchorSpec, type ParagraphAnchors } from './anchors';
import { NUMERIC_RULES } from './numericRules';
import { RANGE_RULES } from './rangeRules';
import { RELATIVE_RULES } from './relativeRules';

/** Every date rule, most specific first; earlier rules win ties between overlapping finds. */
export const DATE_RULES: readonly DateRule[] = [...ABSOLUTE_RULES, ...NUMERIC_RULES, ...RANGE_RULES, ...YEAR_RULES, ...RELATIVE_RULES];

interface CompiledRule {
  readonly rule: DateRule;
  /** The rule's pattern with the sticky flag instead of the global one, so it matches only where it is put. */
  readonly sticky: RegExp;
  readonly anchors: AnchorSet;
}

const vocabulary = new AnchorVocabulary();
const sets = new Map<AnchorSpec, AnchorSet>();

function compile(rule: DateRule): CompiledRule {
  let anchors = sets.get(rule.anchors);
  if (anchors === undefined) {
    anchors = vocabulary.compile(rule.anchors);
    sets.set(rule.anchors, anchors);
  }
  return { rule, sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'), anchors };
}

const COMPILED: readonly CompiledRule[] = DATE_RULES.map(compile);

/** Finds the anchor words and digit runs of a paragraph, for {@link forEachMatch}. */
export function scanAnchors(text: string): ParagraphAnchors {
  return vocabulary.scan(text);
}

/**
 * Lets the caller turn matches away before their match arrays are built. Most matches of the later
 * rules lie inside a longer date an earlier rule found ("March" inside "12 March 2025"), and their
 * arrays, with named groups, were the bulk of what date recognition allocated.
 */
export interface MatchFilter {
  /** True when a match starting at `start` might be turned away; only then is its end found first. */
  mayReject(start: number): boolean;
  /** True when the match `[start, end)` is turned away: `visit` is not called for it. */
  rejects(start: number, end: number): boolean;
}

/**
 * Calls `visit` with every match of every rule's pattern in the paragraph, rule by rule and in text
 * order within a rule: the same matches, with the same groups, as a global scan of each pattern.
 * With `filter`, a match the filter rejects is skipped, and the scan goes on exactly as if it had
 * been visited.
 */
export function forEachMatch(
  paragraph: ParagraphAnchors,
  visit: (rule: DateRule, match: RegExpExecArray) => void,
  filter?: MatchFilter,
): void {
  const text = paragraph.text;
  for (const { rule, sticky, anchors } of COMPILED) {
    if (!paragraph.passes(anchors)) continue;
    if (anchors.scan) {
      const pattern = rule.pattern;
      // The compiled global patterns are shared; resetting lastIndex makes every scan start afresh.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (filter === undefined || !filter.mayReject(m.index) || !filter.rejects(m.index, m.index + m[0].length)) visit(rule, m);
      }
      continue;
    }
    // A match never starts before the end of the previous one, as in a global scan.
    let from = 0;
    const starts = paragraph.starts(anchors);
    for (let k = 0; k < starts.length; k++) {
      const start = starts.offsets[k] ?? 0;
      if (start < from) continue;
      // An offset listed twice (a word and a pair starting there) is tried only once.
      from = start + 1;
      if (filter !== undefined && filter.mayReject(start)) {
        // `test` on a sticky pattern finds the same match as `exec` and leaves its end in
        // lastIndex, without building the match array that a rejected match would waste.
        sticky.lastIndex = start;
        if (!sticky.test(text)) continue;
        const end = sticky.lastIndex;
        if (filter.rejects(start, end)) {
          from = start + Math.max(1, end - start);
          continue;
        }
      }
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match === null) continue;
      from = start + Math.max(1, match[0].length);
      visit(rule, match);
    }
  }
}
