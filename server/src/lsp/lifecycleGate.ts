/**
 * The protocol's lifecycle rules, which vscode-languageserver leaves to each server: a request before
 * `initialize` is answered with ServerNotInitialized (-32002) and a notification then is dropped (except
 * `exit`); `initialize` is answered once; after `shutdown` every request is answered with InvalidRequest
 * and notifications other than `exit` are dropped.
 *
 * The gate sits in vscode-jsonrpc's message strategy, before any handler runs. A request it refuses is
 * passed on under a method of its own whose handler answers with the error, so the reply keeps the
 * request's id and goes through the connection's writer like any other.
 */
import { ErrorCodes, Message, ResponseError, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver';

/** The private methods a refused request is re-addressed to; never sent by a client. */
export const REFUSED_BEFORE_INITIALIZE = '$/policyLens/refused/notInitialized';
export const REFUSED_SECOND_INITIALIZE = '$/policyLens/refused/initializedTwice';
export const REFUSED_AFTER_SHUTDOWN = '$/policyLens/refused/shutDown';

type Phase = 'awaitingInitialize' | 'running' | 'shutDown';

/** Where in its life the connection is, and what it lets through. */
export class LifecycleGate implements MessageStrategy {
  private phase: Phase = 'awaitingInitialize';

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) next(this.admitRequest(message));
    else if (Message.isNotification(message)) {
      if (this.admitsNotification(message)) next(message);
    } else next(message);
  }

  private admitRequest(request: RequestMessage): RequestMessage {
    const refusedAs = (method: string): RequestMessage => ({ ...request, method });
    switch (this.phase) {
      case 'awaitingInitialize':
        if (request.method !== 'initialize') return refusedAs(REFUSED_BEFORE_INITIALIZE);
        this.phase = 'running';
        return request;
      case 'running':
        if (request.method === 'initialize') return refusedAs(REFUSED_SECOND_INITIALIZE);
        if (request.method === 'shutdown') this.phase = 'shutDown';
        return request;
      case 'shutDown':
        return refusedAs(REFUSED_AFTER_SHUTDOWN);
    }
  }

  private admitsNotification(notification: NotificationMessage): boolean {
    // `exit` always passes: the library ends the process with 0 after a shutdown and 1 without one.
    if (notification.method === 'exit') return true;
    // Cancellations and progress of requests in flight are harmless in any phase once running.
    return this.phase === 'running';
  }
}

/** The handlers that answer the refused requests, keyed by the methods the gate re-addresses them to. */
export const REFUSAL_HANDLERS: ReadonlyArray<readonly [string, () => never]> = [
  [
    REFUSED_BEFORE_INITIALIZE,
    () => {
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send `initialize` first.');
    },
  ],
  [
    REFUSED_SECOND_INITIALIZE,
    () => {
      throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized: `initialize` is sent once.');
    },
  ],
  [
    REFUSED_AFTER_SHUTDOWN,
    () => {
      throw new ResponseError(ErrorCodes.InvalidRequest, 'The server has shut down: only the `exit` notification is accepted.');
    },
  ],
];
