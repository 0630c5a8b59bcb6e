/** A progress bar on stderr for long runs; silent unless stderr is a terminal. */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/**
 * Starts a progress bar over `total` steps. It redraws at most ten times a second, so that
 * drawing never costs more than the work it reports.
 */
export function startProgress(total: number, title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  let count = 0;
  let lastDraw = 0;
  const started = Date.now();
  const draw = (label: string): void => {
    const width = 24;
    const filled = Math.round((count / total) * width);
    const elapsed = ((Date.now() - started) / 1000).toFixed(1);
    const columns = stream.columns || 80;
    const line = `${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${elapsed}s ${label}`;
    stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}\x1b[K`);
  };
  return {
    tick(label = '') {
      count++;
      const now = Date.now();
      if (now - lastDraw >= 100 || count === total) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
