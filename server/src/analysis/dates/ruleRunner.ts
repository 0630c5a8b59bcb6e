/**
 * Runs every date rule over a paragraph. Instead of scanning the whole paragraph once per rule,
 * one pass finds the words and digit runs the rules can start with ({@link AnchorVocabulary}), and
 * each rule's pattern is tried, as a sticky RegExp, only at those offsets. Because every offset
 * where a pattern can match is among them, and offsets are visited in order from the end of the
 * previous match, this finds exactly the matches a global scan finds.
 */

import { ABSOLUTE_RULES, type DateRule } from './absoluteRules';
import { AnchorVocabulary, type AnchorSet, type AnchorSpec, type ParagraphAnchors } from './anchors';
import { RELATIVE_RULES } from './relativeRules';

/** Every date rule, most specific first; earlier rules win ties between overlapping finds. */
export const DATE_RULES: readonly DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES];

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
 * Calls `visit` with every match of every rule's pattern in the paragraph, rule by rule and in text
 * order within a rule: the same matches, with the same groups, as a global scan of each pattern.
 */
export function forEachMatch(paragraph: ParagraphAnchors, visit: (rule: DateRule, match: RegExpExecArray) => void): void {
  const text = paragraph.text;
  for (const { rule, sticky, anchors } of COMPILED) {
    if (!paragraph.passes(anchors)) continue;
    if (anchors.scan) {
      const pattern = rule.pattern;
      // The compiled global patterns are shared; resetting lastIndex makes every scan start afresh.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) visit(rule, m);
      continue;
    }
    // A match never starts before the end of the previous one, as in a global scan.
    let from = 0;
    for (const start of paragraph.starts(anchors)) {
      if (start < from) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      // An offset listed twice (a word and a pair starting there) is tried only once.
      from = start + 1;
      if (match === null) continue;
      from = start + Math.max(1, match[0].length);
      visit(rule, match);
    }
  }
}
