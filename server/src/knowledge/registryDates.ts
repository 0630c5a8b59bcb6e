/** Registry dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the days a partial one covers. */

const REGISTRY_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a registry date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a day that exists. */
export function isRegistryDate(value: string): boolean {
  const m = REGISTRY_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one, in UTC so that no time zone shifts it.
  return day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/**
 * The first or last day (YYYY-MM-DD) a possibly partial registry date covers: "2024" starts on
 * 2024-01-01 and ends on 2024-12-31, so that a year-precise term compares correctly with a day.
 */
export function dateBound(value: string, bound: 'start' | 'end'): string {
  const m = REGISTRY_DATE.exec(value);
  if (!m) return value;
  if (m[3] !== undefined) return value;
  if (m[2] !== undefined) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${bound === 'start' ? '01' : String(last).padStart(2, '0')}`;
  }
  return `${m[1]}-${bound === 'start' ? '01-01' : '12-31'}`;
}
