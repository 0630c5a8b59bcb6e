import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A registry of one official, Shigeru Ishiba, for workspaces made on disk by a test. */
export const ISHIBA_REGISTRY = 'officials:\n  - id: ishiba-shigeru\n    name: Shigeru Ishiba\n    country: JP\n';

/** A policy document with the id `id` that mentions Prime Minister Shigeru Ishiba. */
export function ishibaDocument(id: string): string {
  return `---\nid: ${id}\ndate: 2025-04-29\n---\nPrime Minister Shigeru Ishiba spoke.\n`;
}

/**
 * A fresh folder holding `officials.yaml` (the one-official registry), `a.policy.md` (id doc-a) and,
 * with `briefs`, the Markdown file `briefs/b.md` (id doc-b) that only an `include` glob makes a document.
 */
export function ishibaWorkspace(prefix: string, options: { briefs?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'officials.yaml'), ISHIBA_REGISTRY);
  writeFileSync(join(dir, 'a.policy.md'), ishibaDocument('doc-a'));
  if (options.briefs) {
    mkdirSync(join(dir, 'briefs'));
    writeFileSync(join(dir, 'briefs', 'b.md'), ishibaDocument('doc-b'));
  }
  return dir;
}
