/** Options of {@link poll}. */
export interface PollOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
}

/**
 * Calls `probe` until it returns a value other than `undefined`, `null` or `false`, and resolves to
 * that value; rejects after the timeout with `what` and the last value or error that `probe` gave.
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 250 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = String(value);
    } catch (err) {
      // A probe may fail while the workbench re-renders; the next attempt usually succeeds.
      last = err instanceof Error ? err.message.split('\n')[0] ?? err.message : String(err);
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
