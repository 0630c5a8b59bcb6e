import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Text of released documents (UTF-16 code units) that makes a collection in idle time worth it: 1 MB of text leaves 50–100 MB of garbage. */
const RELEASED_CHARS = 1_000_000;
/** The window over which the server's idleness is judged; it collects after the first quiet one. */
const WINDOW_MS = 100;
/** Event-loop utilisation above which a window counts as busy. */
const BUSY = 0.2;

/**
 * Collects the garbage of large released documents while the server is idle. Without it, the analyses
 * of a closed 10 MB document stay in the heap until the next allocations, which are those of typing in
 * another document, and the full collection they trigger (60–120 ms on a busy core) lands on a
 * keystroke. The TypeScript server and the C/C++ extension schedule collections the same way.
 */
export class IdleCollector {
  private released = 0;
  private timer: NodeJS.Timeout | undefined;
  private window: ReturnType<typeof performance.eventLoopUtilization> | undefined;

  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly log: (message: string) => void,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Notes that documents of this many code units were released (closed, evicted, or read and dropped). */
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
    this.window = performance.eventLoopUtilization();
    this.timer = setTimeout(() => this.tick(), this.windowMs);
    this.timer.unref();
  }

  private tick(): void {
    // Busy (answering, typing, a scan): wait for a quieter window rather than pause a request.
    if (performance.eventLoopUtilization(this.window).utilization > BUSY) {
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
