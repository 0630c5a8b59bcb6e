/** Checks against the rest of the workspace: duplicate document ids and `fulfilled-by` references. */
import type { Finding } from '../findings';
import { closest } from './textMatching';
import { trimSpan, type CheckInput } from './types';

/** The same front-matter `id` in another document of the workspace. */
export function checkDuplicateId(input: CheckInput): Finding[] {
  const { analysis, text, ctx } = input;
  const id = analysis.annotations.id;
  if (!id) return [];
  const others = ctx.workspace.byId(id.value).filter((d) => !sameUri(d.uri, ctx.uri));
  if (others.length === 0) return [];
  return [
    {
      code: 'frontMatter.id.duplicate',
      severity: 'error',
      span: trimSpan(id.span, text),
      message: `The id "${id.value}" is also used by ${others.length === 1 ? 'another document' : `${others.length} other documents`}; document ids must be unique in the workspace.`,
      related: others.map((d) => ({ uri: d.uri, span: d.idSpan ?? { start: 0, end: 0 }, message: 'The same id in another document' })),
    },
  ];
}

/**
 * `fulfilled-by` values that name no document of the workspace. A workspace that holds no other
 * document (a file opened on its own) cannot be checked, so nothing is reported then.
 */
export function checkFulfilledBy(input: CheckInput): Finding[] {
  const { analysis, text, ctx } = input;
  if (ctx.workspace.size <= 1) return [];
  const findings: Finding[] = [];
  for (const c of analysis.annotations.commitments) {
    const ref = c.fulfilledBy;
    if (!ref || ctx.workspace.byId(ref.value).length > 0) continue;
    const ids = ctx.workspace.all().flatMap((d) => (d.id && d.id !== analysis.annotations.id?.value ? [d.id] : []));
    const suggestion = closest(ref.value, ids, Math.max(3, Math.floor(ref.value.length / 4)));
    const span = trimSpan(ref.span, text);
    findings.push({
      code: 'frontMatter.commitment.fulfilledByUnknown',
      severity: 'warning',
      span,
      message: `No document of the workspace has the id "${ref.value}"${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
      ...(suggestion ? { fix: { kind: 'setScalar', span, value: suggestion, title: `Change to "${suggestion}"` } } : {}),
    });
  }
  return findings;
}

/** True when two URIs name the same file, whatever their percent-encoding. */
function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  const decode = (uri: string): string => {
    try {
      return decodeURIComponent(uri).replace(/^file:\/\/\/([a-z]):/i, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
    } catch {
      return uri;
    }
  };
  return decode(a) === decode(b);
}
