import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../analysis/lineIndex';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { nodeFileSystem } from '../workspace/fileSystem';
import { appendAll } from '../analysis/arrays';

/** Parsed command line of a subcommand (the same shape `cli.ts` builds). */
export interface CliOptions {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/**
 * An error the user can act on: printed on stderr without a stack, exit code 2 by default. `usage`
 * says whether the usage text helps (a bad flag) or not (a file that cannot be read or written).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly usage = true,
  ) {
    super(message);
  }
}

/** An input or output failure: exit code 2, no usage text. */
export function ioError(what: string, error: unknown): CliError {
  return new CliError(`${what}: ${error instanceof Error ? error.message : String(error)}`, 2, false);
}

/**
 * Checks a command line against the flags a command takes (`--help` aside) and the number of
 * positional arguments it reads, so that a misspelt flag or a second FILE is not silently ignored.
 * @param valueFlags flags that take a value; every other allowed flag is a switch, which takes none
 */
export function checkCommandLine(command: string, options: CliOptions, valueFlags: readonly string[], switches: readonly string[], maxPositional = Number.POSITIVE_INFINITY): void {
  for (const [name, value] of options.flags) {
    if (valueFlags.includes(name)) continue;
    if (!switches.includes(name)) throw new CliError(`${command} does not take ${name}`);
    if (value !== true) throw new CliError(`${name} takes no value`);
  }
  if (options.positional.length > maxPositional) throw new CliError(`${command} takes ${maxPositional === 1 ? 'one file' : `${maxPositional} arguments`}; also given: ${options.positional.slice(maxPositional).join(' ')}`);
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
      appendAll(files, uris.map((u) => decodeURIComponent(new URL(u).pathname)));
    } else files.push(resolve(p));
  }
  return [...new Set(files)];
}

/** Reads a UTF-8 file or fails with a clear message. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw ioError(`cannot read ${path}`, error);
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

const loadedRegistries = new Map<string, OfficialsRegistry>();

/**
 * Loads a registry file (or the empty registry when there is none), once per path; its errors are
 * reported on stderr, since a registry that cannot be read leaves every official unknown.
 */
export function loadRegistry(path: string | undefined, options: { readonly quiet?: boolean } = {}): OfficialsRegistry {
  if (path === undefined) return OfficialsRegistry.empty();
  const loaded = loadedRegistries.get(path);
  if (loaded) return loaded;
  const text = readText(path);
  const { registry, findings } = OfficialsRegistry.fromYaml(text, pathToFileURL(path).href);
  const errors = options.quiet ? [] : findings.filter((f) => f.severity === 'error');
  const lines = new LineIndex(text);
  for (const f of errors.slice(0, 5)) {
    const at = lines.positionAt(f.span.start);
    process.stderr.write(`policy-lens: warning: ${path}:${at.line + 1}:${at.character + 1} ${f.message} [${f.code}]\n`);
  }
  if (errors.length > 5) process.stderr.write(`policy-lens: warning: ${path}: ${errors.length - 5} more error(s); \`policy-lens lint ${path}\` lists them all\n`);
  loadedRegistries.set(path, registry);
  return registry;
}

/** The registry of one file: `--registry` when given, else the nearest officials.yaml at or above the file. */
export function registryFor(flag: string | undefined, file: string): OfficialsRegistry {
  return loadRegistry(findRegistry(flag, file));
}
