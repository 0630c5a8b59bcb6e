import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file access the workspace needs, injected so tests can use an in-memory workspace. */
export interface FileSystem {
  /** The text of a file:// URI. */
  readFile(uri: string): Promise<string>;
  /** URIs of the files under a folder URI whose root-relative path (with `/`) satisfies `accept`. */
  findFiles(folderUri: string, accept: (relativePath: string) => boolean): Promise<string[]>;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);

/** True when a root-relative path (with `/`) lies in a folder the workspace scan never enters. */
export function inSkippedFolder(relativePath: string): boolean {
  return relativePath.split('/').slice(0, -1).some((segment) => SKIPPED_FOLDERS.has(segment));
}

/** Reads the real disk; never follows symbolic links, so cyclic links cannot trap the scan. */
export const nodeFileSystem: FileSystem = {
  async readFile(uri) {
    const path = fileURLToPath(uri);
    // Only regular files: reading a named pipe (or a device) would block one of the few threads that
    // every file read shares, until something writes to it.
    if (!(await fs.stat(path)).isFile()) throw new Error(`${path} is not a regular file`);
    // The editor drops a byte order mark when it loads a file, so positions computed with one kept
    // would be a character off on the first line, against what the analyst sees.
    const text = await fs.readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  },
  async findFiles(folderUri, accept) {
    const root = fileURLToPath(folderUri);
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path);
        } else if (entry.isFile() && accept(relative(root, path).split(sep).join('/'))) {
          found.push(pathToFileURL(path).href);
        }
      }
    };
    await walk(root);
    return found.sort();
  },
};

/** A canonical form of a file URI so that the editor's and the disk scan's spellings compare equal. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** `decodeURIComponent`, or the text as it is when it holds a stray '%' (a client may send one). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The last segment of a URI, decoded, for labels and messages. */
export function fileNameOf(uri: string): string {
  return safeDecode(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
}
