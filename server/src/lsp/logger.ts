/** Levelled logging; the server writes to the client's output channel, tests use the silent one. */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/** A logger that drops everything. */
export const silentLogger: Logger = { error() {}, warn() {}, info() {}, debug() {} };

/** A logger writing through an LSP connection's console (the client's output channel). */
export function connectionLogger(console: {
  error(m: string): void;
  warn(m: string): void;
  info(m: string): void;
  log(m: string): void;
}): Logger {
  const stamp = (m: string): string => `[${new Date().toISOString().slice(11, 23)}] ${m}`;
  return {
    error: (m) => console.error(stamp(m)),
    warn: (m) => console.warn(stamp(m)),
    info: (m) => console.info(stamp(m)),
    debug: (m) => console.log(stamp(m)),
  };
}
