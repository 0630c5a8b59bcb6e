/** How one check ended. */
export type Outcome = 'passed' | 'failed' | 'skipped';

/** A check's name, outcome and what it observed. */
export interface CheckResult {
  readonly name: string;
  readonly outcome: Outcome;
  readonly detail: string;
}

/** Runs named checks one after another, prints each outcome, and counts them. */
export class Report {
  readonly results: CheckResult[] = [];
  /** Called after a check fails, for example to save a screenshot of the moment. */
  onFailure: ((name: string, index: number) => Promise<void>) | undefined;

  /** Runs `body`; its resolved string is the detail printed with a pass, a thrown error fails the check. */
  async check(name: string, body: () => Promise<string>): Promise<boolean> {
    const started = Date.now();
    try {
      const detail = await body();
      this.record({ name, outcome: 'passed', detail: `${detail} (${Date.now() - started} ms)` });
      return true;
    } catch (err) {
      const detail = `${err instanceof Error ? err.message : String(err)} (${Date.now() - started} ms)`;
      this.record({ name, outcome: 'failed', detail });
      await this.onFailure?.(name, this.results.length).catch(() => undefined);
      return false;
    }
  }

  /** Records a check that could not apply, with the reason. */
  skip(name: string, reason: string): void {
    this.record({ name, outcome: 'skipped', detail: reason });
  }

  /** Counts of each outcome. */
  counts(): Record<Outcome, number> {
    const counts: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0 };
    for (const result of this.results) counts[result.outcome] += 1;
    return counts;
  }

  /** The closing line that CI reads: `N passed, M failed` (and skipped ones when there are any). */
  summaryLine(): string {
    const { passed, failed, skipped } = this.counts();
    return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  }

  private record(result: CheckResult): void {
    this.results.push(result);
    const mark = result.outcome === 'passed' ? 'ok  ' : result.outcome === 'failed' ? 'FAIL' : 'skip';
    console.log(`${mark} ${result.name}: ${result.detail}`);
  }
}
