import type { Connection } from 'vscode-languageserver';
import type { OfficialsRegistry } from '../knowledge/officialsRegistry';
import { runSafe } from '../lsp/runSafe';
import { TIMELINE_REQUEST, type TimelineCommitment, type TimelineData, type TimelineDocument } from '../protocol';
import { commitmentRows } from '../workspace/commitmentStatus';
import type { DocumentFacts } from '../workspace/workspaceIndex';
import { tokenIn, toCommitmentItem } from './commitments';
import type { Services } from './services';

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** The timeline of a set of documents: each document, each commitment made/due/fulfilled, with countries and officials. */
export function timelineOf(documents: readonly DocumentFacts[], registry: OfficialsRegistry, today: string): TimelineData {
  const officials: Record<string, { name: string; country?: string }> = {};
  const noteOfficial = (id: string): boolean => {
    const official = registry.get(id);
    if (!official) return false;
    officials[id] = { name: official.name, ...(official.country ? { country: official.country } : {}) };
    return true;
  };
  const timelineDocuments: TimelineDocument[] = documents.map((facts) => {
    const ids = [...new Set([...facts.listedOfficials, ...facts.officialMentions.keys()])].filter(noteOfficial).sort();
    return {
      uri: facts.uri,
      ...(facts.id !== undefined ? { id: facts.id } : {}),
      ...(facts.title !== undefined ? { title: facts.title } : {}),
      ...(facts.date !== undefined ? { date: facts.date } : {}),
      countries: [...facts.countries],
      officials: ids,
    };
  });
  const commitments: TimelineCommitment[] = commitmentRows(documents, today).map((row) => {
    const actorOfficials = row.actors.filter(noteOfficial);
    // An official actor brings their country: "Ishiba will…" involves Japan even when the actor list says only his id.
    const actorCountries = row.actors.flatMap((a) => (COUNTRY_CODE.test(a) ? [a] : officials[a]?.country ? [officials[a]!.country!] : []));
    const fulfilledOn = row.status === 'fulfilled' ? row.fulfilledByFacts?.date : undefined;
    return {
      ...toCommitmentItem(row),
      ...(row.facts.date !== undefined ? { made: row.facts.date } : {}),
      ...(fulfilledOn !== undefined ? { fulfilledOn } : {}),
      countries: [...new Set([...row.facts.countries, ...actorCountries])].sort(),
      officials: actorOfficials,
    };
  });
  return { today, documents: timelineDocuments, commitments, officials };
}

/** Registers `policyLens/timeline`, the data of the timeline webview and of "Mark fulfilled by…". */
export function registerTimelineData(connection: Connection, services: Services): void {
  const empty: TimelineData = { today: '', documents: [], commitments: [], officials: {} };
  connection.onRequest(TIMELINE_REQUEST, (...args: unknown[]) =>
    runSafe<TimelineData>(services.logger, 'timeline', tokenIn(args), empty, () =>
      timelineOf(services.index.all(), services.registries.registry, services.today()),
    ),
  );
}
