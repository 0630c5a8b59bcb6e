// Types of codeServer.cjs, for the TypeScript end-to-end test.
import type { ChildProcess } from 'node:child_process';

/** Paths of the Node 24 runtime and code-server entry installed by setup.sh. */
export interface CachePaths {
  readonly cache: string;
  readonly nodeBinDir: string;
  readonly node: string;
  readonly entry: string;
}

/** A fresh, throw-away editor profile. */
export interface Profile {
  readonly dir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly configFile: string;
  readonly xdgDir: string;
  readonly logFile: string;
}

/** A running code-server. */
export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  readonly logFile: string;
  stop(): Promise<void>;
}

/** The repository root. */
export const repoRoot: string;
/** Settings that keep a fresh profile quiet, offline and deterministic for screenshots. */
export const quietSettings: Readonly<Record<string, unknown>>;
/** Where setup.sh put Node 24 and code-server. */
export function cachePaths(root?: string): CachePaths;
/** True when setup.sh has installed both Node 24 and code-server. */
export function isInstalled(paths?: CachePaths): boolean;
/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number>;
/** Creates a profile under `dir` with `settings`; `keepSettings` leaves an existing settings file alone. */
export function prepareProfile(
  dir: string,
  settings?: Readonly<Record<string, unknown>>,
  options?: { keepSettings?: boolean },
): Profile;
/** Installs a .vsix into the profile; throws with code-server's output on failure. */
export function installExtension(paths: CachePaths, profile: Profile, vsix: string): string;
/** Starts code-server on 127.0.0.1:`port` serving `folder`; resolves once it listens. */
export function startCodeServer(options: {
  paths?: CachePaths;
  profile: Profile;
  port: number;
  folder: string;
  timeoutMs?: number;
  /** More code-server arguments, such as `--vscode-option log=trace`. */
  extraArgs?: readonly string[];
}): Promise<RunningCodeServer>;
