import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { recognizePeople } from '../../server/src/analysis/recognizers/people';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { repoPath } from '../support/paths';

const registry = OfficialsRegistry.empty();
const names = (paragraph: string): string[] => recognizePeople(paragraph, { registry }).map((e) => e.text);

test('the generated given-name list is what scripts/generate-given-names.mjs makes from the installed packages', () => {
  const out = execFileSync(process.execPath, [repoPath('scripts', 'generate-given-names.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /is current/);
});

test('given names of other languages make untitled names, but not places that share them', () => {
  assert.deepEqual(names('Hakan Fidan said Türkiye would host the talks.'), ['Hakan Fidan']);
  assert.deepEqual(names('He met Retno Marsudi in Jakarta.'), ['Retno Marsudi']);
  assert.deepEqual(names('Sierra Leone said it would join.'), []);
});
