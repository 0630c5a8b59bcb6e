import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { EventLoopUtilization } from 'node:perf_hooks';

/** Text of released documents (UTF-16 code units) that makes a collection in idle time worth it: 1 MB of text leaves 50–100 MB of garbage. */
const RELEASED_CHARS = 1_000_000;
/** The window over which the server's idleness is judged; it collects after the first quiet one. */
const WINDOW_MS = 100;
/** Event-loop utilisation above which a window counts as busy. */
const BUSY = 0.2;

/** Event-loop utilisation as `performance.eventLoopUtilization` measures it, injectable for tests. */
export type UtilizationMeter = (since?: EventLoopUtilization) => EventLoopUtilization;

/**
 * Collects the garbage of large released documents when the server looks idle. Without it, the analyses
 * of a closed 10 MB document stay in the heap until the next allocations, which are those of typing in
 * another document, and the full collection they trigger lands on a keystroke. A quiet window does not
 * promise that no request follows at once; the collection then delays that one request, as the
 * collection it replaces would have. The C/C++ extension collects on its own schedule the same way.
 */
export class IdleCollector {
  private released = 0;
  private timer: NodeJS.Timeout | undefined;
  private window: EventLoopUtilization | undefined;

  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly log: (message: string) => void,
    private readonly windowMs = WINDOW_MS,
    private readonly utilization: UtilizationMeter = (since) => performance.eventLoopUtilization(since),
  ) {}

  /** Notes that documents of this many code units were released (closed). */
  release(chars: number): void {
    if (!this.collect) return;
    this.released += chars;
    if (this.released >= RELEASED_CHARS) this.schedule();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.window = this.utilization();
    this.timer = setTimeout(() => this.tick(), this.windowMs);
    this.timer.unref();
  }

  private tick(): void {
    // Busy (answering, typing, a scan): wait for a quieter window rather than pause a request.
    if (this.utilization(this.window).utilization > BUSY) {
      this.schedule();
      return;
    }
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    this.collect?.();
    const released = this.released;
    this.released = 0;
    const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
    this.log(`Collected the garbage of ${mb(released * 2)} MB of released text in ${(performance.now() - started).toFixed(0)} ms while idle (heap ${mb(before)} → ${mb(process.memoryUsage().heapUsed)} MB).`);
  }
}

/**
 * V8's collector as a function: `gc` when Node runs with `--expose-gc`, else the same function exposed
 * through V8's flags in a fresh context (as the C/C++ extension does); undefined when neither works or
 * `POLICY_LENS_IDLE_GC=0`.
 */
export function garbageCollector(env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  if (env['POLICY_LENS_IDLE_GC'] === '0') return undefined;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return () => (exposed as () => void)();
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}
