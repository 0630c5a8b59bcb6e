import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath, sharedRoot } from '../support/paths';
import { dedent } from '../support/text';

/** A named document for grammar tests. */
export interface NamedDocument {
  readonly name: string;
  readonly text: string;
}

/** Reads a source seed from the shared folder, or undefined when the folder is not beside the repo. */
export function sharedSeed(prefix: string): string | undefined {
  const dir = join(sharedRoot, 'seeds');
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return file === undefined ? undefined : readFileSync(join(dir, file), 'utf8');
}

/** Puts a small annotation front matter above a plain-text seed, as an analyst's file would have. */
export function withFrontMatter(body: string, title: string, date: string): string {
  return `---\ntitle: ${title}\ndate: ${date}\nsource: seed\n---\n${body.replace(/^\n+/, '')}`;
}

/** The two shared seeds wrapped as policy documents, skipping any that are missing. */
export function seedDocuments(): NamedDocument[] {
  const out: NamedDocument[] = [];
  const news = sharedSeed('000_');
  if (news !== undefined) out.push({ name: 'seed-000', text: withFrontMatter(news, 'Japan and Vietnam agree on a 2+2', '2025-04-29') });
  const release = sharedSeed('003_');
  if (release !== undefined) out.push({ name: 'seed-003', text: withFrontMatter(release, 'Japan-Viet Nam vice-ministerial 2+2', '2025-12-04') });
  return out;
}

/** The final `seeds/*.policy.md` files of the repository, when someone has written them. */
export function repoSeedDocuments(): NamedDocument[] {
  const dir = repoPath('seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.policy.md'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** A backtick, spliced in because `dedent` reads its template raw and would keep a `\` escape. */
const BT = '`';

/** An inline document that exercises every cue and every Markdown construct the cues must respect. */
export const cuesDocument: NamedDocument = {
  name: 'grammar-cues',
  text: dedent`
    ---
    title: Japan-Viet Nam 2+2
    date: 2025-12-04  # the dateline
    people: [NAMAZU Hiroyuki, KANO Koji]
    ---
    April 29, 2025
    HANOI – Mr. NAMAZU Hiroyuki met Prime Minister Shigeru Ishiba on 4 December 2025, and H.E Mr. Nguyen Minh Vu on 2025-12-31.

    1. Both sides confirmed the “Free and Open Indo-Pacific” and the "Comprehensive Strategic Partnership for Peace," on December 4.
    2. “Japan will work to realize a free and open Indo-Pacific,” Ishiba said; the Prime Minister said so on Dec. 5.

    ---

    # Summit of 22 February
    See ${BT}Mr. Code 2025-01-01${BT}, **Dr. Jane Roe, 3rd of March 2026**, and [Minister Iwaya](https://example.invalid/2025-01-01).

    ${BT.repeat(3)}
    Mr. Fenced on 2025-01-01
    ${BT.repeat(3)}
  `,
};
