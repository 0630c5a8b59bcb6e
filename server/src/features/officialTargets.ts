import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readAnnotations, type Annotations } from '../analysis/annotations';
import { splitFrontMatter } from '../analysis/frontMatter';
import type { DocumentAnalysis } from '../analysis/index';
import { LineIndex } from '../analysis/lineIndex';
import type { Entity, Span } from '../analysis/types';
import { disambiguate, type Disambiguation } from '../knowledge/disambiguation';
import type { Official, OfficialsRegistry } from '../knowledge/officialsRegistry';
import { toRange } from '../lsp/convert';
import { normalizeUri, type FileSystem } from '../workspace/fileSystem';
import { isWorkingCopy } from '../workspace/workspaceMembership';
import type { Services } from './services';

/**
 * The shared ground of the navigation features (definition, references, rename, highlights, hover):
 * which official the cursor is on, and where an official's id and mentions occur in the workspace.
 */

/** Services plus file access, for features that read closed documents. */
export interface NavigationServices extends Services {
  readonly fileSystem: FileSystem;
}

/** How a person mention resolves against the registry. */
export type MentionResolution =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'official'; readonly official: Official; readonly disambiguation?: Disambiguation }
  | { readonly kind: 'ambiguous'; readonly disambiguation: Disambiguation };

/**
 * Resolves a person mention: its registry official, or, when several officials share the written
 * name, the one the document's own evidence singles out (front-matter listing, countries, title, date).
 */
export function resolveMention(entity: Entity, analysis: DocumentAnalysis, registry: OfficialsRegistry): MentionResolution {
  if (entity.kind !== 'person' || !entity.officialId) return { kind: 'unknown' };
  const candidates = (entity.alternatives ?? []).flatMap((id) => registry.get(id) ?? []);
  if (candidates.length < 2) {
    const official = registry.get(entity.officialId);
    return official ? { kind: 'official', official } : { kind: 'unknown' };
  }
  const a = analysis.annotations;
  const disambiguation = disambiguate(candidates, {
    ...(analysis.documentDate ? { date: analysis.documentDate.value } : {}),
    countries: a.countries.map((c) => c.value.toUpperCase()),
    listed: a.officials.flatMap((o) => (o.id ? [o.id.value] : [])),
    ...(entity.role ? { role: entity.role } : {}),
  });
  return disambiguation.chosen ? { kind: 'official', official: disambiguation.chosen, disambiguation } : { kind: 'ambiguous', disambiguation };
}

/** Where an official's id or name occurs, and in what role. */
export type OccurrenceKind = 'mention' | 'frontMatterId' | 'actor' | 'registryId';

/** What the cursor is on: one or more official ids (several only for an unresolved ambiguous name). */
export interface OfficialTarget {
  readonly ids: readonly string[];
  /** The span under the cursor: the name, the id value, or the registry entry's id. */
  readonly span: Span;
  readonly kind: OccurrenceKind;
  readonly entity?: Entity;
  readonly resolution?: MentionResolution;
}

/** The official under an offset of an open document (policy document or registry file). */
export function officialTargetAt(document: TextDocument, offset: number, services: Services): OfficialTarget | undefined {
  const registry = services.registries.registry;
  if (services.isRegistry(document.uri)) {
    const official = registryEntryAt(registry, normalizeUri(document.uri), offset);
    return official ? { ids: [official.id], span: official.idSpan, kind: 'registryId' } : undefined;
  }
  const analysis = services.analyses.get(document);
  const entity = personAt(analysis, offset);
  if (entity) {
    const resolution = resolveMention(entity, analysis, registry);
    if (resolution.kind === 'official') return { ids: [resolution.official.id], span: entity.span, kind: 'mention', entity, resolution };
    if (resolution.kind === 'ambiguous') {
      return { ids: resolution.disambiguation.candidates.map((c) => c.official.id), span: entity.span, kind: 'mention', entity, resolution };
    }
    return undefined;
  }
  const a = analysis.annotations;
  const listed = new Set(a.officials.flatMap((o) => (o.id ? [o.id.value] : [])));
  for (const o of a.officials) {
    if (o.id && contains(o.id.span, offset)) return { ids: [o.id.value], span: o.id.span, kind: 'frontMatterId' };
    // A listed official's `mention:` is the name the body uses for them, so it navigates as that name does.
    if (o.id && o.mention && contains(o.mention.span, offset)) return { ids: [o.id.value], span: o.mention.span, kind: 'mention' };
  }
  for (const c of a.commitments) {
    for (const actor of c.actors) {
      // Actors are official ids or country codes; only ids the registry or the front matter knows are officials.
      if (contains(actor.span, offset) && (registry.get(actor.value) || listed.has(actor.value))) {
        return { ids: [actor.value], span: actor.span, kind: 'actor' };
      }
    }
  }
  return undefined;
}

/** The registry entry of a file that contains an offset. */
export function registryEntryAt(registry: OfficialsRegistry, uri: string, offset: number): Official | undefined {
  return registry.officials.find((o) => normalizeUri(o.source) === uri && o.span.start <= offset && offset <= o.span.end);
}

/** The person entity under an offset (end-inclusive, so a cursor right after a name still counts). */
export function personAt(analysis: DocumentAnalysis, offset: number): Entity | undefined {
  return analysis.entities.find((e) => e.kind === 'person' && e.span.start <= offset && offset <= e.span.end);
}

/** One occurrence of an official in a workspace file. */
export interface Occurrence {
  readonly officialId: string;
  readonly kind: OccurrenceKind;
  readonly span: Span;
}

/** A workspace file with everything needed to turn its spans into protocol ranges and edits. */
export interface WorkspaceFile {
  /** The URI as the editor spells it for open files, as the disk scan spells it otherwise. */
  readonly uri: string;
  readonly text: string;
  /** The open document's version; null for a file read from disk. */
  readonly version: number | null;
  readonly occurrences: readonly Occurrence[];
  range(span: Span): Range;
}

/** Which occurrences to collect. */
export interface CollectOptions {
  readonly mentions: boolean;
  readonly declarations: boolean;
}

/** Occurrences of the given officials in one policy document, from its analysis (open) or its annotations (closed). */
export function occurrencesInDocument(
  ids: ReadonlySet<string>,
  annotations: Annotations,
  mentions: readonly Occurrence[],
): Occurrence[] {
  const out: Occurrence[] = [...mentions];
  for (const o of annotations.officials) {
    if (o.id && ids.has(o.id.value)) out.push({ officialId: o.id.value, kind: 'frontMatterId', span: o.id.span });
  }
  for (const c of annotations.commitments) {
    for (const actor of c.actors) if (ids.has(actor.value)) out.push({ officialId: actor.value, kind: 'actor', span: actor.span });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The body mentions of the given officials in an analysed document, ambiguous names resolved as the hover
 * does; with `withUnresolved`, also the names left unresolved whose every candidate is among `ids`.
 */
export function mentionsInAnalysis(ids: ReadonlySet<string>, analysis: DocumentAnalysis, registry: OfficialsRegistry, withUnresolved = false): Occurrence[] {
  const out: Occurrence[] = [];
  for (const e of analysis.entities) {
    if (e.kind !== 'person' || !e.officialId) continue;
    const resolution = resolveMention(e, analysis, registry);
    if (resolution.kind === 'official' && ids.has(resolution.official.id)) {
      out.push({ officialId: resolution.official.id, kind: 'mention', span: e.span });
    } else if (withUnresolved && resolution.kind === 'ambiguous') {
      // An unresolved shared name belongs to a search for all of its candidates (one started on such a name).
      const candidates = resolution.disambiguation.candidates.map((c) => c.official.id);
      if (candidates.every((id) => ids.has(id))) out.push({ officialId: candidates[0]!, kind: 'mention', span: e.span });
    }
  }
  return out;
}

/**
 * Every file of the workspace where the given officials occur: open and closed policy documents
 * (closed ones are read through the injected file system) and the registry files.
 */
export async function collectOccurrences(ids: ReadonlySet<string>, services: NavigationServices, options: CollectOptions): Promise<WorkspaceFile[]> {
  const registry = services.registries.registry;
  const open = new Map<string, TextDocument>();
  for (const document of services.documents.all()) open.set(normalizeUri(document.uri), document);
  const files: WorkspaceFile[] = [];
  const policyUris = new Set<string>(services.index.all().map((f) => f.uri));
  // A snapshot (a diff's old side) is not the workspace, and an edit to one could not be applied.
  for (const [key, document] of open) if (!services.isRegistry(document.uri) && isWorkingCopy(document.uri)) policyUris.add(key);
  for (const key of [...policyUris].sort()) {
    const document = open.get(key);
    if (document) {
      const analysis = services.analyses.get(document);
      const mentions = options.mentions ? mentionsInAnalysis(ids, analysis, registry, true) : [];
      const occurrences = occurrencesInDocument(ids, analysis.annotations, mentions);
      if (occurrences.length > 0) files.push(openFile(document, occurrences));
      continue;
    }
    const text = await services.fileSystem.readFile(key).catch(() => undefined);
    if (text === undefined) continue;
    const annotations = readAnnotations(splitFrontMatter(text).frontMatter);
    const mentions: Occurrence[] = [];
    if (options.mentions) {
      const facts = services.index.get(key);
      for (const id of ids) {
        for (const span of facts?.officialMentions.get(id) ?? []) {
          // The index may predate an edit on disk; a span whose text no longer names the official is dropped.
          if (registry.lookup(text.slice(span.start, span.end)).some((o) => o.id === id)) mentions.push({ officialId: id, kind: 'mention', span });
        }
      }
      // As in an open document (`mentionsInAnalysis`): an unresolved shared name belongs to a search for all its candidates.
      for (const { span, candidates } of facts?.unresolvedMentions ?? []) {
        if (candidates.length > 0 && candidates.every((id) => ids.has(id)) && registry.lookup(text.slice(span.start, span.end)).length > 0) {
          mentions.push({ officialId: candidates[0]!, kind: 'mention', span });
        }
      }
    }
    const occurrences = occurrencesInDocument(ids, annotations, mentions);
    if (occurrences.length > 0) files.push(closedFile(key, text, occurrences));
  }
  if (options.declarations) {
    for (const uri of services.registries.uris()) {
      const occurrences: Occurrence[] = registry.officials
        .filter((o) => ids.has(o.id) && normalizeUri(o.source) === uri)
        .map((o) => ({ officialId: o.id, kind: 'registryId', span: o.idSpan }));
      if (occurrences.length === 0) continue;
      const document = open.get(uri);
      const text = document?.getText() ?? services.registries.textOf(uri);
      if (document) files.push(openFile(document, occurrences));
      else if (text !== undefined) files.push(closedFile(uri, text, occurrences));
    }
  }
  return files;
}

/** A range resolver for any workspace file: open documents convert through the document, others through a line index. */
export function rangeResolver(services: Services): (uri: string, span: Span) => Range | undefined {
  const lineIndexes = new Map<string, LineIndex>();
  return (uri, span) => {
    const document = services.documents.get(uri) ?? services.documents.all().find((d) => normalizeUri(d.uri) === uri);
    if (document) return toRange(document, span);
    let lines = lineIndexes.get(uri);
    if (!lines) {
      const text = services.registries.textOf(uri);
      lines = services.index.get(uri)?.lines ?? (text !== undefined ? new LineIndex(text) : undefined);
      if (!lines) return undefined;
      lineIndexes.set(uri, lines);
    }
    return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
  };
}

function openFile(document: TextDocument, occurrences: readonly Occurrence[]): WorkspaceFile {
  return { uri: document.uri, text: document.getText(), version: document.version, occurrences, range: (span) => toRange(document, span) };
}

function closedFile(uri: string, text: string, occurrences: readonly Occurrence[]): WorkspaceFile {
  const lines = new LineIndex(text);
  return { uri, text, version: null, occurrences, range: (span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) }) };
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
