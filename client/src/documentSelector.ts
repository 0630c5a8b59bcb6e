import { WORKING_COPY_SCHEMES } from '../../server/src/protocol';

/**
 * The schemes of documents the analyst edits (shared with the server, which applies the same rule in
 * workspaceMembership.ts `isWorkingCopy`). Other schemes are read-only views of some version of a
 * file — the old side of a Source Control diff (`git:`), GitLens, a pull-request review — which would
 * otherwise be synced and taken for workspace documents: the working copy's id reported as a
 * duplicate, the old text in symbols, references and the views.
 */
export const DOCUMENT_SCHEMES = WORKING_COPY_SCHEMES;

/** One filter of the selector: always a scheme and a language (a `DocumentFilter` of vscode-languageclient). */
export interface SchemeFilter {
  readonly scheme: string;
  readonly language: string;
  readonly pattern?: string;
}

/** The `policy` language, opted-in Markdown globs, and the officials registry files, in working copies only. */
export function documentSelector(include: readonly string[], registryGlob: string): SchemeFilter[] {
  return DOCUMENT_SCHEMES.flatMap((scheme) => [
    { scheme, language: 'policy' },
    ...include.map((pattern) => ({ scheme, language: 'markdown', pattern })),
    { scheme, language: 'yaml', pattern: registryGlob },
  ]);
}
