import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeForIndex } from '../../server/src/analysis/index';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { documentFacts } from '../../server/src/workspace/workspaceIndex';
import { dedent } from '../support/text';

const registry = OfficialsRegistry.fromYaml(
  dedent`
    officials:
      - id: nguyen-minh-vu
        name: Nguyen Minh Vu
        family-name: Nguyen
        country: VN
        roles: [{ title: Permanent Deputy Minister of Foreign Affairs, from: 2020-01-01 }]
      - id: nguyen-van-an
        name: Nguyen Van An
        family-name: Nguyen
        country: VN
        roles: [{ title: Minister of Industry and Trade, from: 2020-01-01 }]
  `,
  'memory://officials.yaml',
).registry;

const mentionsIn = (body: string, frontMatter = 'id: talks\ndate: 2026-01-10'): string[] => {
  const text = `---\n${frontMatter}\n---\n${body}\n`;
  return [...documentFacts('file:///talks.policy.md', analyzeForIndex(text, { registry }), text).facts.officialMentions.keys()];
};

test('a name that fits two officials equally is the mention of none of them in the index', () => {
  // Before, the first candidate got it: "Mentioned in 2 documents" on its card, and the timeline listed it.
  assert.deepEqual(mentionsIn('HANOI – Mr. Nguyen said on Friday that Vietnam will expand exports.'), []);
});

test('the listing in the front matter, or the full name, decides whose mention it is', () => {
  assert.deepEqual(mentionsIn('HANOI – Mr. Nguyen said on Friday that Vietnam will expand exports.', 'id: talks\ndate: 2026-01-10\nofficials:\n  - id: nguyen-van-an'), ['nguyen-van-an']);
  assert.deepEqual(mentionsIn('HANOI – Minister Nguyen Van An said on Friday that Vietnam will expand exports.'), ['nguyen-van-an']);
});
