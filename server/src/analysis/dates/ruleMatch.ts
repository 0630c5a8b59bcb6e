/** Small readers of a date rule's RegExp match, shared by the rule files. */
import { isSpace } from './anchors';

/** The named group `name` of a match, lower-cased, with runs of white space collapsed to one space. */
export function group(match: RegExpExecArray, name: string): string | undefined {
  const token = match.groups?.[name]?.toLowerCase();
  return token === undefined || singleSpaced(token) ? token : token.replace(/\s+/g, ' ');
}

/** The named group `name` of a match as written (case kept: a month or weekday must be capitalised). */
export function writtenGroup(match: RegExpExecArray, name: string): string | undefined {
  return match.groups?.[name];
}

/** Whether every white space in `text` is a lone plain space, so that collapsing white space changes nothing. */
function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 32 || isSpace(text.charCodeAt(i + 1)))) return false;
  }
  return true;
}

/** The match's start and end offsets. */
export function span(match: RegExpExecArray): [number, number] {
  return [match.index, match.index + match[0].length];
}
