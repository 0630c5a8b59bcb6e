import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this bundle that holds package.json. */
export const repoRoot: string = (() => {
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

/** An absolute path inside the repository. */
export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

/** The shared folder beside the repository (source seeds, guidelines, starter corpus). */
export const sharedRoot: string = join(repoRoot, '..', 'shared');
