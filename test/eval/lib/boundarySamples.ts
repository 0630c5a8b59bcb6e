import { analyzeDocument, analyzeParagraph } from '../../../server/src/analysis/index';
import { findParagraphs } from '../../../server/src/analysis/bodyRegions';
import { endCandidates, type EndCandidate } from './boundaryModel';
import { commitmentBoundaryInputs } from '../../../server/src/analysis/recognizers/commitments';
import { OfficialsRegistry } from '../../../server/src/knowledge/officialsRegistry';
import type { GoldDocument, GoldEntity } from './corpus';

/** One commitment the rules predicted in a document, with its candidate ends in document offsets. */
export interface BoundarySample {
  readonly start: number;
  readonly ruleEnd: number;
  readonly triggerEnd: number;
  readonly candidates: readonly EndCandidate[];
  /** Index of the gold end among the candidates, when a gold span shares this commitment's start or trigger and its end is a candidate. */
  readonly target: number | undefined;
  /** True when some gold span matches this commitment (by start or trigger), whether or not its end is a candidate. */
  readonly matched: boolean;
  /** That gold span, when there is one. */
  readonly gold?: { readonly start: number; readonly end: number };
}

/** A development document with the rules' commitments as boundary samples and its gold commitments. */
export interface SampledDocument {
  readonly name: string;
  readonly samples: readonly BoundarySample[];
  readonly gold: readonly GoldEntity[];
  /** The commitment spans `analyzeDocument` returned, to check that the samples reproduce the core. */
  readonly coreSpans: readonly { start: number; end: number }[];
}

const NO_OFFICIALS = OfficialsRegistry.empty();

/** The gold commitment a predicted one is trained towards: same start first, else one that holds its trigger. */
function goldFor(gold: readonly GoldEntity[], start: number, triggerEnd: number): GoldEntity | undefined {
  const sameStart = gold.find((g) => g.start === start);
  if (sameStart !== undefined) return sameStart;
  return gold.find((g) => g.start < triggerEnd && g.end > triggerEnd && g.start >= start - 40);
}

/**
 * Runs the core on one document as the CLI does (empty registry, the gold document date) and turns
 * each commitment the rules predict into a boundary sample. The candidate ends are computed on the
 * paragraph text exactly as the recogniser sees it, then moved into document offsets.
 */
export function sampleDocument(doc: GoldDocument): SampledDocument {
  const analysis = analyzeDocument(doc.content, { registry: NO_OFFICIALS, documentDate: doc.documentDate });
  const date = analysis.documentDate?.value;
  const gold = doc.entities.filter((e) => e.type === 'commitment');
  const samples: BoundarySample[] = [];
  for (const paragraph of findParagraphs(doc.content, analysis.bodyStart)) {
    const offset = paragraph.span.start;
    const result = analyzeParagraph(paragraph.prose, NO_OFFICIALS, date);
    const dates = result.entities.filter((e) => e.kind === 'date');
    const entities = result.entities.filter((e) => e.kind !== 'date');
    const ctx = { dates, entities };
    for (const input of commitmentBoundaryInputs(paragraph.prose, ctx)) {
      const candidates = endCandidates(paragraph.prose, input, ctx).map((c) => ({ end: c.end + offset, features: c.features }));
      const g = goldFor(gold, input.start + offset, input.triggerEnd + offset);
      const index = g === undefined ? -1 : candidates.findIndex((c) => c.end === g.end);
      samples.push({
        start: input.start + offset,
        ruleEnd: input.ruleEnd + offset,
        triggerEnd: input.triggerEnd + offset,
        candidates,
        target: index >= 0 ? index : undefined,
        matched: g !== undefined,
        ...(g === undefined ? {} : { gold: { start: g.start, end: g.end } }),
      });
    }
  }
  return { name: doc.name, samples, gold, coreSpans: analysis.commitments.map((c) => ({ start: c.span.start, end: c.span.end })) };
}
