import { recognizePeople } from '../../server/src/analysis/recognizers/people';
import { OfficialsRegistry } from '../../server/src/knowledge/officialsRegistry';
import { dedent } from './text';

/** A registry holding one official, Shigeru Ishiba, Prime Minister from 2024-10-01 to 2025-10-21. */
export const ishibaRegistry = OfficialsRegistry.fromYaml(
  dedent`
    officials:
      - id: ishiba-shigeru
        name: Shigeru Ishiba
        country: JP
        roles: [{ title: Prime Minister, from: 2024-10-01, to: 2025-10-21 }]
  `,
  'memory://officials.yaml',
).registry;

/** The people found in `text` with that registry on 2025-04-29, as [name, role or null] pairs. */
export function peopleWithRoles(text: string): [string, string | null][] {
  return recognizePeople(text, { registry: ishibaRegistry, documentDate: '2025-04-29' }).map((e) => [e.text, e.role ?? null]);
}
