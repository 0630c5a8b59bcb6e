import { localDay } from './analysis/dateResolution';

/**
 * Today for overdue checks and days left, as YYYY-MM-DD: `POLICY_LENS_TODAY` when set to a day (tests,
 * reproducible reports), else the machine's local day (the analyst's day, not the day in UTC).
 */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const forced = env['POLICY_LENS_TODAY'];
  return forced && /^\d{4}-\d{2}-\d{2}$/.test(forced) ? forced : localDay(now);
}
