/** LSP's FileChangeType values (kept local: this module is pure, so it is unit-tested without VS Code). */
export const FILE_CREATED = 1 as const;
export const FILE_DELETED = 3 as const;

/** One watched-file event as `workspace/didChangeWatchedFiles` carries it. */
export interface FileEvent {
  readonly uri: string;
  readonly type: typeof FILE_CREATED | typeof FILE_DELETED;
}

/** What the forwarder needs from the editor and the client. */
export interface FolderEventSink {
  /** Whether a URI names a folder (false when it cannot be told, e.g. it is gone already). */
  isFolder(uri: string): Promise<boolean>;
  /** Sends a batch of events to the server. */
  send(changes: FileEvent[]): void;
}

/**
 * Forwards folder events that the client's file watchers (`**\/*.policy.md`, the registry glob) miss.
 * VS Code reports a folder deleted, renamed or moved as one event for the folder's path, none for the
 * files in it (microsoft/vscode#109754), and that path matches no file glob: the server, which handles
 * folder events, never heard of them and kept the old paths. So a watcher of every path sends here;
 * a deletion is forwarded as it is (it cannot be told from a file's once it is gone; the server
 * ignores a path it does not know), a creation only when it is a folder, whose files the server then
 * scans. Events are batched, so a checkout that deletes many files costs the server one notification.
 */
export class FolderEventForwarder {
  private pending: FileEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checks: Promise<void> = Promise.resolve();

  constructor(
    private readonly sink: FolderEventSink,
    private readonly delayMs = 100,
  ) {}

  deleted(uri: string): void {
    this.add({ uri, type: FILE_DELETED });
  }

  created(uri: string): void {
    // Checked in order, so that a folder deleted and created again reaches the server in that order.
    this.checks = this.checks.then(async () => {
      if (await this.sink.isFolder(uri).catch(() => false)) this.add({ uri, type: FILE_CREATED });
    });
  }

  /** Resolves once every creation seen so far has been checked (for tests). */
  settled(): Promise<void> {
    return this.checks;
  }

  /** Sends what is pending now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const changes = this.pending;
    this.pending = [];
    this.sink.send(changes);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pending = [];
  }

  private add(event: FileEvent): void {
    this.pending.push(event);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }
}
