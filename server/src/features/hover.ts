import type { Connection, Hover, ServerCapabilities } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/index';
import type { Commitment, Entity } from '../analysis/types';
import { normalizeName } from '../knowledge/nameMatching';
import { toOffset, toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import { commitmentCard, dateCard, namedEntityCard, officialCard, unknownPersonCard } from './hoverCards';
import type { Services } from './services';

/** The capability fragment of this feature. */
export const hoverCapability: ServerCapabilities['hoverProvider'] = true;

/** The entity under an offset (end-inclusive, so a cursor right after a name still hovers it). */
export function entityAt(analysis: DocumentAnalysis, offset: number): Entity | undefined {
  let low = 0;
  let high = analysis.entities.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const e = analysis.entities[mid]!;
    if (offset < e.span.start) high = mid - 1;
    else if (offset > e.span.end) low = mid + 1;
    else return e;
  }
  return undefined;
}

/** The commitment clause containing an offset. */
export function commitmentAt(analysis: DocumentAnalysis, offset: number): Commitment | undefined {
  return analysis.commitments.find((c) => c.span.start <= offset && offset < c.span.end);
}

/** Registers hover cards on entities and commitments. */
export function registerHover(connection: Connection, services: Services): void {
  connection.onHover((params, token) =>
    runSafe<Hover | null>(services.logger, `hover ${params.textDocument.uri}`, token, null, () => {
      const document = services.documents.get(params.textDocument.uri);
      if (!document || services.isRegistry(document.uri)) return null;
      const analysis = services.analyses.get(document);
      const offset = toOffset(document, params.position);
      const entity = entityAt(analysis, offset);
      if (entity) {
        return { contents: { kind: 'markdown', value: entityCard(entity, analysis, services) }, range: toRange(document, entity.span) };
      }
      const commitment = commitmentAt(analysis, offset);
      if (commitment) {
        const quoteKey = normalizeName(commitment.text);
        const annotated = analysis.annotations.commitments.find((c) => c.quote && quoteKey.includes(normalizeName(c.quote.value)));
        const card = commitmentCard(
          commitment,
          annotated
            ? {
                ...(annotated.id ? { id: annotated.id.value } : {}),
                ...(annotated.status ? { status: annotated.status.value } : {}),
                ...(annotated.due ? { due: annotated.due.value } : {}),
                ...(annotated.fulfilledBy ? { fulfilledBy: annotated.fulfilledBy.value } : {}),
              }
            : undefined,
        );
        return { contents: { kind: 'markdown', value: card }, range: toRange(document, commitment.span) };
      }
      return null;
    }),
  );
}

function entityCard(entity: Entity, analysis: DocumentAnalysis, services: Services): string {
  switch (entity.kind) {
    case 'person': {
      const official = entity.officialId ? services.registries.registry.get(entity.officialId) : undefined;
      if (!official) return unknownPersonCard(entity);
      const openCommitments = services.index
        .all()
        .flatMap((facts) =>
          facts.commitments
            .filter((c) => (c.status?.value ?? 'open') === 'open' && c.actors.some((a) => a.value === official.id))
            .map((c) => ({ quote: c.quote?.value ?? c.id?.value ?? '', uri: facts.uri, ...(c.due ? { due: c.due.value } : {}) })),
        );
      return officialCard(official, entity, services.registries.registry, {
        ...(analysis.documentDate ? { documentDate: analysis.documentDate.value } : {}),
        today: services.today(),
        mentions: services.index.mentionsOf(official.id),
        openCommitments,
      });
    }
    case 'date':
      return dateCard(entity, analysis);
    default:
      return namedEntityCard(entity);
  }
}
