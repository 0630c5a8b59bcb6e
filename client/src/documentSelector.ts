import type { DocumentSelector } from 'vscode-languageclient/node';

/** The `policy` language, opted-in Markdown globs, and the officials registry files. */
export function documentSelector(include: readonly string[], registryGlob: string): DocumentSelector {
  return [
    { language: 'policy' },
    ...include.map((pattern) => ({ language: 'markdown', pattern })),
    { language: 'yaml', pattern: registryGlob },
  ];
}
