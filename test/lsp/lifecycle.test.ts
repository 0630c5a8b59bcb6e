import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
import { initializeParams } from '../support/lspInitialize';
import { startServerProcess, stopServerProcess } from '../support/serverProcess';

// The protocol's lifecycle: nothing is answered before `initialize`, `initialize` is answered once, and
// nothing but `exit` after `shutdown`. The exit code tells the editor whether the stop was orderly.

const HOVER = { textDocument: { uri: 'file:///nowhere/a.policy.md' }, position: { line: 0, character: 0 } };

async function errorCodeOf(connection: MessageConnection, method: string, params?: object): Promise<number | undefined> {
  try {
    await connection.sendRequest(method, params);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `${method} failed with ${String(error)}`);
    return error.code;
  }
}

function exitCode(child: { once(event: 'exit', listener: (code: number | null) => void): unknown }): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', resolve));
}

test('requests before initialize are refused with ServerNotInitialized, and notifications then are dropped', async () => {
  const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
  try {
    assert.equal(await errorCodeOf(connection, 'textDocument/hover', HOVER), -32002);
    assert.equal(await errorCodeOf(connection, 'policyLens/status'), -32002);
    // A document opened before initialize is not one the server holds afterwards.
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///nowhere/early.policy.md', languageId: 'policy', version: 1, text: '---\nid: early\n---\nPrime Minister Ishiba visited Hanoi on Monday.\n' },
    });
    await connection.sendRequest('initialize', initializeParams(undefined));
    await connection.sendNotification('initialized', {});
    const status = await connection.sendRequest<{ documents: number }>('policyLens/status');
    assert.equal(status.documents, 0);
    const tokens = await connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere/early.policy.md' } });
    assert.deepEqual(tokens.data, []);
  } finally {
    await stopServerProcess(child, connection);
  }
});

test('a second initialize is refused, and the server goes on answering', async () => {
  const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
  try {
    await connection.sendRequest('initialize', initializeParams(undefined));
    await connection.sendNotification('initialized', {});
    assert.equal(await errorCodeOf(connection, 'initialize', initializeParams(undefined)), -32600);
    assert.equal(await errorCodeOf(connection, 'policyLens/status'), undefined);
  } finally {
    await stopServerProcess(child, connection);
  }
});

test('after shutdown every request is refused with InvalidRequest, and exit then ends the process with 0', async () => {
  const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
  const exited = exitCode(child);
  try {
    await connection.sendRequest('initialize', initializeParams(undefined));
    await connection.sendNotification('initialized', {});
    assert.equal(await errorCodeOf(connection, 'textDocument/hover', HOVER), undefined);
    await connection.sendRequest('shutdown');
    assert.equal(await errorCodeOf(connection, 'textDocument/hover', HOVER), -32600);
    assert.equal(await errorCodeOf(connection, 'shutdown'), -32600);
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    // A failed assertion leaves the process running; it must not keep the test runner waiting.
    child.kill();
    connection.dispose();
  }
});

test('exit without shutdown ends the process with 1', async () => {
  const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
  const exited = exitCode(child);
  try {
    await connection.sendRequest('initialize', initializeParams(undefined));
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('exit');
    assert.equal(await exited, 1);
  } finally {
    child.kill();
    connection.dispose();
  }
});

test('the server sends only the refresh requests the client declared it answers', async () => {
  const asked: string[] = [];
  const { child, connection } = startServerProcess({ today: '2025-06-01', log: () => undefined });
  // These handlers replace the defaults of startServerProcess and record what the server asks.
  for (const method of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
    connection.onRequest(method, () => {
      asked.push(method);
      return null;
    });
  }
  try {
    const params = initializeParams(undefined);
    // A client that answers diagnostic refreshes only.
    await connection.sendRequest('initialize', { ...params, capabilities: { workspace: { diagnostics: { refreshSupport: true } } } });
    await connection.sendNotification('initialized', {});
    // The end of the initial scan refreshes every view the client supports; the status waits for it.
    for (let i = 0; i < 200 && !asked.includes('workspace/diagnostic/refresh'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await connection.sendRequest('policyLens/status');
    assert.deepEqual([...new Set(asked)], ['workspace/diagnostic/refresh']);
  } finally {
    await stopServerProcess(child, connection);
  }
});
