/** Calendar helpers for the checks: real-day validation and deadline normalisation. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string that names a real calendar day (2025-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for the shape YYYY-MM-DD, whether or not the day exists. */
export function looksLikeIsoDay(value: string): boolean {
  return ISO_DAY.test(value);
}

/**
 * The `due` value for a detected deadline: the last day it allows ("2025" → 2025-12-31,
 * "2025-06" → 2025-06-30, a range → its end), or undefined for vague references.
 */
export function dueFromDeadline(deadline: string | undefined): string | undefined {
  if (!deadline) return undefined;
  const value = deadline.includes('/') ? (deadline.split('/')[1] ?? '') : deadline;
  if (isCalendarDay(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${month[1]}-${month[2]}-${String(last).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  return undefined;
}
