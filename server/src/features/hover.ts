import type { Connection, Hover, ServerCapabilities } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/index';
import type { Commitment, Entity } from '../analysis/types';
import { locateQuotes } from '../workspace/commitmentStatus';
import { toOffset, toRange } from '../lsp/convert';
import { runSafe } from '../lsp/runSafe';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ambiguousPersonCard, commitmentCard, dateCard, namedEntityCard, officialCard, unknownPersonCard } from './hoverCards';
import { officialCardContext } from './officialContext';
import { officialTargetAt, resolveMention } from './officialTargets';
import { registryHover } from './registryDocument';
import { frontMatterHover, inFrontMatter } from './frontMatterHover';
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
      if (!document) return null;
      const offset = toOffset(document, params.position);
      if (services.isRegistry(document.uri)) {
        const card = registryHover(document, offset, services);
        return card ? { contents: { kind: 'markdown', value: card.markdown }, range: card.range } : null;
      }
      const analysis = services.analyses.get(document);
      if (inFrontMatter(analysis, offset)) { const keyHover = frontMatterHover(document, analysis, offset); if (keyHover) return keyHover; }
      const entity = entityAt(analysis, offset);
      if (entity) {
        return { contents: { kind: 'markdown', value: entityCard(entity, analysis, document, services) }, range: toRange(document, entity.span) };
      }
      // An official's id in the front matter gets the same card as a mention in the body. Ids, actors and
      // listed mentions all live in the front matter, and in the body no entity is under the cursor, so
      // the body is not searched again (a linear scan of every entity in a large document).
      const target = offset < analysis.bodyStart ? officialTargetAt(document, offset, services) : undefined;
      const official = target?.ids.length === 1 ? services.registries.registry.get(target.ids[0]!) : undefined;
      if (target && official) {
        const card = officialCard(official, { ...officialCardContext(official, services, { document, analysis }), reason: 'registry id in the front matter' });
        return { contents: { kind: 'markdown', value: card }, range: toRange(document, target.span) };
      }
      const commitment = commitmentAt(analysis, offset);
      if (commitment) {
        // Annotated means what it means for the problems and the commitments view: the annotation's
        // quote is found in the body where it overlaps this clause (a quote may be longer or shorter).
        const text = document.getText();
        const annotations = analysis.annotations.commitments;
        const quoted = locateQuotes(text, analysis.bodyStart, annotations.map((c) => c.quote?.value));
        const annotated = annotations.find((_, i) => {
          const span = quoted[i];
          return span !== undefined && span.start < commitment.span.end && commitment.span.start < span.end;
        });
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

function entityCard(entity: Entity, analysis: DocumentAnalysis, document: TextDocument, services: Services): string {
  switch (entity.kind) {
    case 'person': {
      const resolution = resolveMention(entity, analysis, services.registries.registry);
      if (resolution.kind === 'unknown') return unknownPersonCard(entity);
      if (resolution.kind === 'ambiguous') {
        return ambiguousPersonCard(entity.text, resolution.disambiguation, analysis.documentDate?.value, services.today(), entity.reason);
      }
      const { official, disambiguation } = resolution;
      return officialCard(official, {
        ...officialCardContext(official, services, { document, analysis }),
        reason: entity.reason,
        ...(disambiguation ? { ambiguity: { text: entity.text, disambiguation } } : {}),
      });
    }
    case 'date':
      return dateCard(entity, analysis);
    default:
      return namedEntityCard(entity);
  }
}
