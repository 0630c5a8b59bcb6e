import type { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeUri } from './fileSystem';

/** The open documents as the synchronisation reads them (vscode-languageserver's `TextDocuments`). */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

// A document's normalised URI, computed once: the scan asks about every file of the workspace.
const keys = new WeakMap<TextDocument, string>();

/**
 * The open document of a URI however it is spelt. The editor percent-encodes `( ) ' ! @ & = + , ; $`
 * in a file URI and Node's `pathToFileURL`, which the scan and the index use, does not, so a lookup by
 * the scan's spelling misses a file open in the editor and would let the disk's text replace the
 * editor's unsaved text.
 */
export function openDocument(documents: OpenDocuments, uri: string): TextDocument | undefined {
  const exact = documents.get(uri);
  if (exact) return exact;
  const key = normalizeUri(uri);
  for (const document of documents.all()) {
    let documentKey = keys.get(document);
    if (documentKey === undefined) {
      documentKey = normalizeUri(document.uri);
      keys.set(document, documentKey);
    }
    if (documentKey === key) return document;
  }
  return undefined;
}
