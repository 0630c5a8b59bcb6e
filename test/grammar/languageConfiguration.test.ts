import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoPath } from '../support/paths';

interface LanguageConfiguration {
  comments?: { lineComment?: string; blockComment?: [string, string] };
  brackets?: [string, string][];
  autoClosingPairs?: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs?: [string, string][];
  wordPattern?: { pattern: string; flags?: string };
}

const config = JSON.parse(readFileSync(repoPath('language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** All words of a line as VS Code finds them: it adds the `g` flag to the configured pattern. */
function words(line: string): string[] {
  const pattern = config.wordPattern;
  assert.ok(pattern, 'wordPattern is declared');
  return line.match(new RegExp(pattern.pattern, `${pattern.flags ?? ''}g`)) ?? [];
}

test('the language configuration declares HTML block comments and no line comment', () => {
  assert.deepEqual(config.comments, { blockComment: ['<!--', '-->'] });
});

test('curly quotes auto-close and surround a selection', () => {
  assert.ok(config.autoClosingPairs?.some((p) => p.open === '“' && p.close === '”'));
  assert.ok(config.surroundingPairs?.some(([open, close]) => open === '“' && close === '”'));
  // A straight apostrophe starts possessives and names like O'Brien, so it must never auto-close.
  assert.equal(config.autoClosingPairs?.some((p) => p.open === "'"), false);
});

test('a word keeps hyphens and apostrophes inside names but not around them', () => {
  assert.deepEqual(words("Indo-Pacific O'Brien Tokyo’s NAMAZU Hiroyuki, Viet Nam (2+2) Đà Nẵng -x- 'quoted'"), [
    'Indo-Pacific', "O'Brien", 'Tokyo’s', 'NAMAZU', 'Hiroyuki', 'Viet', 'Nam', '2', '2', 'Đà', 'Nẵng', 'x', 'quoted',
  ]);
});
