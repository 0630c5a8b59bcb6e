import type { Finding } from '../analysis/findings';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { safeDecode } from './fileSystem';
import { readRegistryInWorker, REGISTRY_WORKER_MIN_CHARS } from './registryWorker';

interface RegistryFile {
  readonly text: string;
  readonly registry: OfficialsRegistry;
  readonly findings: readonly Finding[];
  /** True when the file could not be read and its entries are ignored, whatever its text. */
  readonly unread?: true;
}

/** A registry file being read in a worker thread. */
interface PendingLoad {
  readonly text: string;
  readonly result: Promise<boolean>;
  cancel(): void;
}

/** How the store reads large registry files. */
export interface RegistryStoreOptions {
  /** The bundled server file, which can read a registry in a worker thread; without it every read is in process. */
  readonly workerEntry?: string;
  /** Texts at least this long are read in a worker (default `REGISTRY_WORKER_MIN_CHARS`). */
  readonly workerMinChars?: number;
  /** Receives a line when a registry read in a worker has been applied or has failed. */
  readonly log?: (message: string) => void;
}

/**
 * Holds every officials registry file of the workspace and their merged view. Each change bumps
 * `version`, which is part of every analysis cache key, so all documents see the new registry.
 */
export class RegistryStore {
  private readonly files = new Map<string, RegistryFile>();
  private readonly loads = new Map<string, PendingLoad>();
  private merged: OfficialsRegistry = OfficialsRegistry.empty();
  version = 0;

  constructor(private readonly options: RegistryStoreOptions = {}) {}

  /** The merged registry of all files; ids defined twice resolve to the first file in URI order. */
  get registry(): OfficialsRegistry {
    return this.merged;
  }

  /** Parses (or re-parses) one registry file in process; unchanged text is a no-op and keeps the version. */
  setFile(uri: string, text: string): boolean {
    // A newer text supersedes a read still under way in a worker.
    this.cancelLoad(uri);
    if (this.files.get(uri)?.text === text) return false;
    const { registry, findings } = OfficialsRegistry.fromYaml(text, uri);
    this.files.set(uri, { text, registry, findings });
    this.rebuild();
    return true;
  }

  /**
   * Reads one registry file, in a worker thread when it is large, so that the server keeps answering
   * meanwhile; until it is read, the file's previous entries and findings stay in effect.
   * @returns true once the store changed; false for unchanged text or when a newer text superseded this one
   */
  loadFile(uri: string, text: string): Promise<boolean> {
    const entry = this.options.workerEntry;
    if (!entry || text.length < (this.options.workerMinChars ?? REGISTRY_WORKER_MIN_CHARS)) return Promise.resolve(this.setFile(uri, text));
    const pending = this.loads.get(uri);
    if (pending?.text === text) return pending.result;
    this.cancelLoad(uri);
    if (this.files.get(uri)?.text === text) return Promise.resolve(false);
    const started = Date.now();
    const builder = OfficialsRegistry.builder();
    // Each batch of entries is indexed as it arrives, in its own task, so no single step blocks for long.
    const read = readRegistryInWorker(entry, uri, text, (officials) => builder.add(officials));
    const isCurrent = (): boolean => this.loads.get(uri) === load;
    const result = read.findings.then(
      (findings) => {
        if (!isCurrent()) return false;
        this.loads.delete(uri);
        const registry = builder.finish();
        this.files.set(uri, { text, registry, findings });
        this.rebuild();
        this.options.log?.(`Read ${registry.officials.length} officials from ${uri} in a worker thread in ${Date.now() - started} ms.`);
        return true;
      },
      (error: unknown) => {
        if (!isCurrent()) return false;
        this.loads.delete(uri);
        // A registry that cannot be read is skipped with a diagnostic; the server goes on without it.
        const message = error instanceof Error ? error.message : String(error);
        const firstLine = text.indexOf('\n');
        this.files.set(uri, {
          text,
          unread: true,
          registry: OfficialsRegistry.empty(),
          findings: [
            {
              code: 'registry.yaml.invalid',
              severity: 'error',
              span: { start: 0, end: firstLine < 0 ? text.length : firstLine },
              message: `The registry could not be read (${message}); its entries are ignored.`,
            },
          ],
        });
        this.rebuild();
        this.options.log?.(`Could not read ${uri}: ${message}`);
        return true;
      },
    );
    const load: PendingLoad = { text, result, cancel: read.cancel };
    this.loads.set(uri, load);
    return result;
  }

  /** True while a registry file (or, without `uri`, any) is being read in a worker thread. */
  isLoading(uri?: string): boolean {
    return uri === undefined ? this.loads.size > 0 : this.loads.has(uri);
  }

  /** Forgets a deleted registry file. */
  removeFile(uri: string): boolean {
    this.cancelLoad(uri);
    if (!this.files.delete(uri)) return false;
    this.rebuild();
    return true;
  }

  /** The problems of one registry file, with its ids that an earlier file (in URI order) defines already. */
  findingsFor(uri: string): readonly Finding[] {
    const file = this.files.get(uri);
    if (!file) return [];
    const clashes: Finding[] = [];
    for (const official of file.registry.officials) {
      const kept = this.merged.get(official.id);
      if (kept === undefined || kept === official) continue;
      clashes.push({
        code: 'registry.id.duplicate',
        severity: 'error',
        span: official.idSpan,
        message: `The id "${official.id}" is already used by ${kept.name} in ${displayName(kept.source)}; this entry is ignored until one of the ids changes.`,
        related: [{ uri: kept.source, span: kept.idSpan, message: 'First definition' }],
      });
    }
    return clashes.length === 0 ? file.findings : [...file.findings, ...clashes];
  }

  /** The text of a registry file as last loaded, for ranges in hovers and definitions. */
  textOf(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  /** URIs of all known registry files. */
  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  /**
   * Every registry file's text, in the URI order the merge uses, for worker threads to rebuild the same
   * registry: a file that could not be read counts as empty, as it does in the merge.
   */
  texts(): { uri: string; text: string }[] {
    return this.uris().map((uri) => {
      const file = this.files.get(uri);
      return { uri, text: file && !file.unread ? file.text : '' };
    });
  }

  private cancelLoad(uri: string): void {
    const pending = this.loads.get(uri);
    if (!pending) return;
    this.loads.delete(uri);
    pending.cancel();
  }

  private rebuild(): void {
    this.merged = OfficialsRegistry.merge(this.uris().map((u) => this.files.get(u)!.registry));
    this.version++;
  }
}

/** The last two parts of a registry file's URI or path (folder and file), for messages. */
function displayName(source: string): string {
  const parts = source.split('/');
  return safeDecode(parts.length > 1 ? `${parts[parts.length - 2]}/${parts[parts.length - 1]}` : source);
}
