import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Logger } from './logger';

/**
 * Runs a request handler so that it can never take the server down: exceptions are logged with
 * the label and turned into the fallback, and a cancelled request answers `RequestCancelled`.
 */
export async function runSafe<T>(
  logger: Logger,
  label: string,
  token: CancellationToken | undefined,
  fallback: T,
  handler: () => T | Promise<T>,
): Promise<T | ResponseError<never>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await handler();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    if (error instanceof ResponseError) return error as ResponseError<never>;
    logger.error(`${label} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}

/** Runs a notification handler, logging instead of throwing. */
export function runSafeNotification(logger: Logger, label: string, handler: () => void | Promise<void>): void {
  void runSafeTask(logger, label, handler);
}

/** `runSafeNotification` for a caller that waits for the handler: the promise never rejects. */
export function runSafeTask(logger: Logger, label: string, handler: () => void | Promise<void>): Promise<void> {
  return Promise.resolve()
    .then(handler)
    .catch((error: unknown) => {
      logger.error(`${label} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
}

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
