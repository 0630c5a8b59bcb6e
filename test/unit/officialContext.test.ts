import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { CommitmentAnnotation } from '../../server/src/analysis/annotations';
import type { Span } from '../../server/src/analysis/types';
import { LINKED_DOCUMENTS, type CardCommitment } from '../../server/src/features/hoverCards';
import { officialCardContext } from '../../server/src/features/officialContext';
import type { Services } from '../../server/src/features/services';
import type { Official } from '../../server/src/knowledge/officialsRegistry';
import { byCodeUnits, WorkspaceIndex, type PortableFacts } from '../../server/src/workspace/workspaceIndex';

const OFFICIALS = ['a', 'b', 'c'];

const located = (value: string): { value: string; span: Span } => ({ value, span: { start: 0, end: 0 } });

/** A random document's facts: some dates shared, mentions of a few officials, commitments with actors. */
const factsArbitrary = (uri: string): fc.Arbitrary<PortableFacts> =>
  fc
    .record({
      date: fc.option(fc.constantFrom('2024-01-01', '2024-06-01', '2025-03-12'), { nil: undefined }),
      mentions: fc.array(fc.tuple(fc.constantFrom(...OFFICIALS), fc.nat(300)), { maxLength: 5 }),
      commitments: fc.array(fc.tuple(fc.subarray(OFFICIALS), fc.constantFrom('open', 'fulfilled', undefined)), { maxLength: 3 }),
    })
    .map(({ date, mentions, commitments }) => {
      const officialMentions = new Map<string, Span[]>();
      for (const [id, at] of mentions) officialMentions.set(id, [...(officialMentions.get(id) ?? []), { start: at, end: at + 3 }]);
      const annotations: CommitmentAnnotation[] = commitments.map(([actors, status], i) => ({
        id: located(`${uri}-c${i}`),
        quote: located(`quote ${i}`),
        // An actor listed twice must still list the commitment once.
        actors: [...actors, ...actors.slice(0, 1)].map(located),
        ...(status ? { status: located(status) } : {}),
        span: { start: 0, end: 0 },
      }));
      return {
        uri,
        ...(date ? { date } : {}),
        title: `Title of ${uri}`,
        officialMentions,
        unresolvedMentions: [],
        listedOfficials: [],
        commitments: annotations,
        quoteSpans: annotations.map(() => undefined),
        countries: [],
      };
    });

/** The card context as it was computed before the index kept ranked lists: every mention visited and sorted. */
function reference(index: WorkspaceIndex, id: string, currentUri: string | undefined): { uris: string[]; lines: number[]; count: number; commitments: CardCommitment[] } {
  const found = new Map<string, { uri: string; date?: string; line: number }>();
  for (const m of index.mentionsOf(id)) {
    if (m.uri === currentUri || found.has(m.uri)) continue;
    found.set(m.uri, { uri: m.uri, ...(m.facts.date ? { date: m.facts.date } : {}), line: m.facts.lines.positionAt(m.span.start).line });
  }
  const ordered = [...found.values()].sort((a, b) => byCodeUnits(b.date ?? '', a.date ?? '') || byCodeUnits(a.uri, b.uri));
  const commitments: CardCommitment[] = [];
  for (const facts of index.all()) {
    if (facts.uri === currentUri) continue;
    for (const c of facts.commitments) {
      if ((c.status?.value ?? 'open') === 'open' && c.actors.some((a) => a.value === id)) {
        commitments.push({ uri: facts.uri, quote: c.quote?.value ?? '', ...(c.id ? { id: c.id.value } : {}) });
      }
    }
  }
  const linked = ordered.slice(0, LINKED_DOCUMENTS);
  return { uris: linked.map((d) => d.uri), lines: linked.map((d) => d.line), count: ordered.length, commitments };
}

/** The mentioning documents of an official as a new index with the same documents lists them. */
function rebuilt(index: WorkspaceIndex, id: string): ReturnType<WorkspaceIndex['documentsMentioning']> {
  const fresh = new WorkspaceIndex();
  for (const facts of index.all()) fresh.put(facts, '', TEXT);
  return fresh.documentsMentioning(id).map((d) => ({ ...d, facts: index.get(d.facts.uri)! }));
}

function servicesOf(index: WorkspaceIndex): Services {
  // Without a current document the card context reads only the index and the clock.
  return { index, today: () => '2026-01-15' } as unknown as Services;
}

const TEXT = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}`).join('\n');

describe('official card context from the workspace index', () => {
  test('lists the same documents, lines, count and open commitments as visiting every mention would', () => {
    const workspace = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }).chain((ns) =>
      fc.tuple(...[...new Set(ns)].map((n) => factsArbitrary(`file:///w/doc-${String(n).padStart(2, '0')}.policy.md`))),
    );
    fc.assert(
      fc.property(workspace, fc.boolean(), fc.nat(), fc.array(fc.tuple(fc.nat(), factsArbitrary('')), { maxLength: 4 }), (documents, prepared, pick, reindexed) => {
        const index = new WorkspaceIndex();
        for (const facts of documents) index.put(facts, JSON.stringify([facts.date, facts.commitments.length]), TEXT);
        if (prepared) index.prepare();
        // Re-indexing documents (with their date kept, as the open document's debounced update usually does)
        // after the lists were built must leave them as a fresh build would.
        for (const id of OFFICIALS) index.documentsMentioning(id);
        for (const [at, replacement] of reindexed) {
          const old = documents[at % documents.length]!;
          const { date: _date, ...rest } = replacement;
          const facts = { ...rest, uri: old.uri, ...(old.date ? { date: old.date } : {}) };
          index.put(facts, `reindexed ${at}`, TEXT);
        }
        // Half the time an indexed document is excluded, as the open document of a hover is.
        const currentUri = pick % 2 === 0 ? documents[pick % documents.length]!.uri : undefined;
        for (const id of OFFICIALS) {
          const expected = reference(index, id, currentUri);
          const services = servicesOf(index);
          const ctx = currentUri
            ? officialCardContextExcluding(services, id, currentUri)
            : officialCardContext({ id, name: id, roles: [] } as unknown as Official, services);
          assert.deepEqual(ctx.documents.map((d) => d.uri), expected.uris);
          assert.deepEqual(ctx.documents.map((d) => d.line), expected.lines);
          assert.equal(ctx.documentCount, expected.count);
          assert.deepEqual(index.documentsMentioning(id), rebuilt(index, id));
          assert.deepEqual(ctx.openCommitments, expected.commitments);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  test('a document re-indexed with new mentions shows up on the next card', () => {
    const index = new WorkspaceIndex();
    const facts = (uri: string, date: string, ids: string[]): PortableFacts => ({
      uri,
      date,
      officialMentions: new Map(ids.map((id) => [id, [{ start: 0, end: 1 }]])),
      unresolvedMentions: [],
      listedOfficials: [],
      commitments: [],
      quoteSpans: [],
      countries: [],
    });
    index.put(facts('file:///w/1.policy.md', '2025-01-01', ['a']), 's1', TEXT);
    index.put(facts('file:///w/2.policy.md', '2025-01-02', []), 's2', TEXT);
    index.prepare();
    const official = { id: 'a', name: 'A', roles: [] } as unknown as Official;
    assert.equal(officialCardContext(official, servicesOf(index)).documentCount, 1);
    index.put(facts('file:///w/2.policy.md', '2025-01-02', ['a']), 's2+a', TEXT);
    const ctx = officialCardContext(official, servicesOf(index));
    assert.equal(ctx.documentCount, 2);
    assert.equal(ctx.documents[0]?.uri, 'file:///w/2.policy.md');
  });
});

/**
 * The card context with an indexed document standing as the current one but mentioning nobody in its
 * analysis: the index entry of the current document must be neither listed nor counted.
 */
function officialCardContextExcluding(services: Services, id: string, currentUri: string): ReturnType<typeof officialCardContext> {
  const analysis = { entities: [], commitments: [], annotations: { commitments: [] } };
  const document = { uri: currentUri, positionAt: () => ({ line: 0, character: 0 }) };
  const withRegistry = { ...services, registries: { registry: undefined } } as unknown as Services;
  return officialCardContext({ id, name: id, roles: [] } as unknown as Official, withRegistry, { document, analysis } as unknown as Parameters<typeof officialCardContext>[2] & object);
}
