import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { nodeFileSystem } from '../workspace/fileSystem';

/** Parsed command line of a subcommand (the same shape `cli.ts` builds). */
export interface CliOptions {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** A usage or input error: printed on stderr, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** A string flag's value, or undefined; `--flag` given without a value is an error. */
export function stringFlag(options: CliOptions, name: string): string | undefined {
  const value = options.flags.get(name);
  if (value === true) throw new CliError(`${name} needs a value`);
  return value;
}

/** The value of `--format`, checked against the allowed ones. */
export function formatFlag<T extends string>(options: CliOptions, allowed: readonly T[], fallback?: T): T {
  const value = stringFlag(options, '--format') ?? fallback;
  if (value === undefined) throw new CliError(`--format is required: ${allowed.join('|')}`);
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`--format is ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
  return value as T;
}

/** Absolute paths of the files named, folders expanded to their `.policy.md` files (sorted). */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new CliError(`no such file or folder: ${p}`);
    if (statSync(p).isDirectory()) {
      const uris = await nodeFileSystem.findFiles(pathToFileURL(resolve(p)).href, (rel) => rel.endsWith('.policy.md'));
      files.push(...uris.map((u) => decodeURIComponent(new URL(u).pathname)));
    } else files.push(resolve(p));
  }
  return [...new Set(files)];
}

/** Reads a UTF-8 file or fails with a clear message. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The path of the registry given with --registry, else the nearest officials.yaml at or above `near`. */
export function findRegistry(flag: string | undefined, near: string): string | undefined {
  if (flag !== undefined) return resolve(flag);
  let dir = resolve(near);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, 'officials.yaml');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

/** Loads a registry file (or the empty registry when there is none). */
export function loadRegistry(path: string | undefined): OfficialsRegistry {
  if (path === undefined) return OfficialsRegistry.empty();
  return OfficialsRegistry.fromYaml(readText(path), pathToFileURL(path).href).registry;
}

/** Today for overdue checks: `POLICY_LENS_TODAY` when set (tests, reproducible reports), else the clock. */
export function today(): string {
  const forced = process.env['POLICY_LENS_TODAY'];
  return forced && /^\d{4}-\d{2}-\d{2}$/.test(forced) ? forced : new Date().toISOString().slice(0, 10);
}
