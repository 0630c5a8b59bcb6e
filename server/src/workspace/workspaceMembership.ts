import { Minimatch, type MinimatchOptions } from 'minimatch';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { WORKING_COPY_SCHEMES, type PolicyLensSettings } from '../protocol';
import { inSkippedFolder, normalizeUri, safeDecode } from './fileSystem';

/** What decides membership: the workspace folders and the settings, both of which the editor may change. */
export interface MembershipInputs {
  readonly folders: readonly WorkspaceFolder[];
  readonly settings: PolicyLensSettings;
}

/**
 * Which files the server treats as policy documents and which as officials registries, and which of
 * them belong to the workspace (the scan's rules, which watched-file events and closes follow too).
 */
export class WorkspaceMembership {
  // Every request asks whether its document is a registry; the answers are kept per URI for the glob
  // they were computed with.
  private readonly registryAnswers = new Map<string, boolean>();
  private answersGlob = '';

  constructor(private readonly inputs: () => MembershipInputs) {}

  /** Whether a URI names an officials registry (by the registry glob, wherever the file is). */
  isRegistry(uri: string): boolean {
    const glob = this.inputs().settings.registryGlob;
    if (this.answersGlob !== glob) {
      this.registryAnswers.clear();
      this.answersGlob = glob;
    }
    let answer = this.registryAnswers.get(uri);
    if (answer === undefined) {
      answer = matchesGlobAnywhere(safeDecode(uriPath(uri)), glob);
      this.registryAnswers.set(uri, answer);
    }
    return answer;
  }

  /** Forgets the memoised answer for a URI (its document was closed). */
  forget(uri: string): void {
    this.registryAnswers.delete(uri);
  }

  /** Whether a path relative to a workspace folder is a policy document: `.policy.md`, or a configured glob. */
  isDocumentPath(path: string): boolean {
    return path.endsWith('.policy.md') || this.inputs().settings.include.some((glob) => compiled(glob).match(path));
  }

  /** Whether the registry glob matches a path relative to a workspace folder. */
  isRegistryPath(path: string): boolean {
    return matchesGlobAnywhere(path, this.inputs().settings.registryGlob);
  }

  /**
   * Whether the workspace scan would enter a folder: it lies in a workspace folder, and neither it nor
   * a folder above it there is one the scan skips (node_modules, .git, out, …). A folder created by
   * `npm ci` or a build is then not walked when its creation is reported.
   */
  mayHoldMembers(folderUri: string): boolean {
    const key = normalizeUri(folderUri).replace(/\/?$/, '/');
    return this.inputs().folders.some((folder) => {
      const root = normalizeUri(folder.uri).replace(/\/?$/, '/');
      return key.startsWith(root) && !inSkippedFolder(safeDecode(key.slice(root.length)));
    });
  }

  /** Whether a URI is a document (or, with `registry`, a registry) that the workspace scan would read. */
  inWorkspace(uri: string, registry: boolean): boolean {
    const key = normalizeUri(uri);
    return this.inputs().folders.some((folder) => {
      const root = normalizeUri(folder.uri).replace(/\/?$/, '/');
      if (!key.startsWith(root)) return false;
      const path = safeDecode(key.slice(root.length));
      if (inSkippedFolder(path)) return false;
      return registry ? this.isRegistryPath(path) : this.isDocumentPath(path);
    });
  }
}

const WORKING_COPIES: ReadonlySet<string> = new Set(WORKING_COPY_SCHEMES);

/**
 * Whether a URI names a working copy, which may join the workspace index and the registry store. Any
 * other URI is a read-only view of some version of a file: the left side of a Source Control diff
 * (`git:/…/a.policy.md?{"ref":"~"}`), GitLens (`gitlens://…`), a pull-request review, a timeline
 * entry. Such a view names the same document id and officials as the working copy, so indexing it
 * would report the working copy's id as a duplicate and list the old text in symbols, references and
 * the commitments view. Editors mark those versions with a query (the ref), so a query alone also
 * makes a URI a snapshot, whatever its scheme; working copies never carry one.
 */
export function isWorkingCopy(uri: string): boolean {
  const match = /^([a-zA-Z][\w+.-]*):([^?#]*)(\?|#|$)/.exec(uri);
  return match !== null && WORKING_COPIES.has(match[1]!.toLowerCase()) && match[3] !== '?';
}

/** The path of a URI: without its scheme, authority, query and fragment (still percent-encoded). */
function uriPath(uri: string): string {
  return uri.replace(/^[a-zA-Z][\w+.-]*:(\/\/[^/?#]*)?/, '').replace(/[?#].*$/s, '');
}

/**
 * minimatch with the options of Node's `path.matchesGlob`, which this replaced: that API is missing
 * from the Node of the VS Code releases package.json allows (1.91–1.94 bundle Node 20.9) and prints an
 * ExperimentalWarning on every start where it exists. Backslashes in a pattern are separators (a
 * Windows user's `briefs\*.md`), and case is ignored where the file system ignores it.
 */
const GLOB_OPTIONS: MinimatchOptions = {
  windowsPathsNoEscape: true,
  nonegate: true,
  nocomment: true,
  optimizationLevel: 2,
  nocase: process.platform === 'win32' || process.platform === 'darwin',
  nocaseMagicOnly: true,
  platform: 'linux',
};

/** Compiled globs: a scan or a burst of watched-file events asks about the same few patterns many times. */
const compiledGlobs = new Map<string, Minimatch>();

function compiled(glob: string): Minimatch {
  let matcher = compiledGlobs.get(glob);
  if (!matcher) {
    // Settings are few, but a client could keep changing them: the cache never grows without bound.
    if (compiledGlobs.size >= 64) compiledGlobs.clear();
    matcher = new Minimatch(glob, GLOB_OPTIONS);
    compiledGlobs.set(glob, matcher);
  }
  return matcher;
}

/**
 * Whether a glob matches the path or the part of it after any `/`: the glob is written relative to a
 * folder the editor does not say. This also lets `**` reach into dot-folders, which a glob's `**`
 * never enters: "/home/a/.notes/officials.yaml" does not match the default registry glob.
 */
export function matchesGlobAnywhere(path: string, glob: string): boolean {
  const matcher = compiled(glob);
  if (matcher.match(path)) return true;
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    if (matcher.match(path.slice(slash + 1))) return true;
  }
  return false;
}
