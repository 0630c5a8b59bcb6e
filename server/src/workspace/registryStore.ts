import type { Finding } from '../analysis/findings';
import { OfficialsRegistry } from '../knowledge/officialsRegistry';

interface RegistryFile {
  readonly text: string;
  readonly registry: OfficialsRegistry;
  readonly findings: readonly Finding[];
}

/**
 * Holds every officials registry file of the workspace and their merged view. Each change bumps
 * `version`, which is part of every analysis cache key, so all documents see the new registry.
 */
export class RegistryStore {
  private readonly files = new Map<string, RegistryFile>();
  private merged: OfficialsRegistry = OfficialsRegistry.empty();
  version = 0;

  /** The merged registry of all files; ids defined twice resolve to the first file in URI order. */
  get registry(): OfficialsRegistry {
    return this.merged;
  }

  /** Parses (or re-parses) one registry file; unchanged text is a no-op and keeps the version. */
  setFile(uri: string, text: string): boolean {
    if (this.files.get(uri)?.text === text) return false;
    const { registry, findings } = OfficialsRegistry.fromYaml(text, uri);
    this.files.set(uri, { text, registry, findings });
    this.rebuild();
    return true;
  }

  /** Forgets a deleted registry file. */
  removeFile(uri: string): boolean {
    if (!this.files.delete(uri)) return false;
    this.rebuild();
    return true;
  }

  /** The problems of one registry file. */
  findingsFor(uri: string): readonly Finding[] {
    return this.files.get(uri)?.findings ?? [];
  }

  /** The text of a registry file as last loaded, for ranges in hovers and definitions. */
  textOf(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  /** URIs of all known registry files. */
  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  private rebuild(): void {
    this.merged = OfficialsRegistry.merge(this.uris().map((u) => this.files.get(u)!.registry));
    this.version++;
  }
}
