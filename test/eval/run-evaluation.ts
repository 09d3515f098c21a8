import type { CompareOptions } from '../../lib/matching/compare';
import type { Comparison } from '../../lib/matching/comparison';
import { MemoryCorpus } from '../../lib/matching/memory-corpus';
import type { StoryEvidence } from '../../lib/matching/same-story';
import type { EvalDocument } from './eval-documents';

/** The evidence of one compared pair of documents, whatever the decision (what calibration fits on). */
export interface PairEvidence {
  here: string;
  there: string;
  evidence: StoryEvidence;
  same: boolean;
}

export interface EvaluationRun {
  documents: EvalDocument[];
  byId: Map<string, EvalDocument>;
  /** Each document compared with the library of all the others, as the extension would. */
  comparisons: Map<string, Comparison>;
  evidence: PairEvidence[];
}

/**
 * One loop, as a reader's library would hold them: every document of every corpus is stored together,
 * then each is compared with that library (its own copy is left out by content hash).
 */
export async function runEvaluation(documents: EvalDocument[], options: CompareOptions = {}): Promise<EvaluationRun> {
  const library = new MemoryCorpus();
  for (const d of documents) library.add(d.id, d.article, d.claims);
  const comparisons = new Map<string, Comparison>();
  const evidence: PairEvidence[] = [];
  for (const d of documents) {
    const comparison = await library.compare(d.article, d.claims, {
      ...options,
      onEvidence: (there, e, same) => {
        evidence.push({ here: d.id, there, evidence: e, same });
        options.onEvidence?.(there, e, same);
      },
    });
    comparisons.set(d.id, comparison);
  }
  return { documents, byId: new Map(documents.map((d) => [d.id, d])), comparisons, evidence };
}
