import { spawnSync } from 'node:child_process';
import { isEntityType } from './corpus';
import type { TypedSpan } from './scoring';

/** What one run of `policy-lens analyze --json` gave for one document. */
export type CliResult =
  | { readonly ok: true; readonly entities: TypedSpan[]; readonly millis: number }
  | { readonly ok: false; readonly error: string; readonly millis: number };

/** Narrows one element of the CLI's `entities` array to a typed span, or undefined when malformed. */
function toSpan(raw: unknown): TypedSpan | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isEntityType(r['type']) || typeof r['start'] !== 'number' || typeof r['end'] !== 'number') return undefined;
  const span: TypedSpan = {
    type: r['type'],
    start: r['start'],
    end: r['end'],
    text: typeof r['text'] === 'string' ? r['text'] : '',
    ...(typeof r['value'] === 'string' ? { value: r['value'] } : {}),
  };
  return span;
}

/**
 * Runs the real CLI as a child process on one file and parses its JSON output.
 * @param cliPath absolute path of the bundled CLI (dist/cli.js)
 */
export function runCli(cliPath: string, cwd: string, file: string, documentDate: string): CliResult {
  const started = performance.now();
  const child = spawnSync(process.execPath, [cliPath, 'analyze', file, '--json', '--date', documentDate], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const millis = performance.now() - started;
  if (child.error) return { ok: false, error: child.error.message, millis };
  let parsed: unknown;
  try {
    parsed = JSON.parse(child.stdout);
  } catch (e) {
    // A non-zero exit with a JSON report is accepted (the CLI may signal findings that way); without one it is a crash.
    const why = child.status === 0 ? `output is not JSON (${(e as Error).message}): ${child.stdout.slice(0, 300)}` : `exit code ${child.status ?? child.signal}`;
    return { ok: false, error: `${why}; stderr: ${child.stderr.trim().slice(0, 2000)}`, millis };
  }
  const list = (parsed as { entities?: unknown }).entities;
  if (!Array.isArray(list)) return { ok: false, error: 'output has no "entities" array', millis };
  const entities: TypedSpan[] = [];
  for (const raw of list) {
    const span = toSpan(raw);
    if (!span) return { ok: false, error: `malformed entity ${JSON.stringify(raw).slice(0, 200)}`, millis };
    entities.push(span);
  }
  return { ok: true, entities, millis };
}
