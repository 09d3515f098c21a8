import type { Claim } from '../../lib/claims/claim';
import type { Article } from '../../lib/extraction/article';
import type { CompareOptions } from '../../lib/matching/compare';
import type { Comparison } from '../../lib/matching/comparison';
import { MemoryCorpus } from '../../lib/matching/memory-corpus';
import type { StoryEvidence } from '../../lib/matching/same-story';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
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
  const library = new MemoryCorpus(loadLexiconFromDisk().background);
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

/** Settings where the library knows little: the seeds alone, as a new reader's library is. */
export interface SmallLibraryRun {
  /** Each seed and each of our same-names negatives compared with a library of the five seeds (and that negative). */
  seeds: PairEvidence[];
  /** Each real page of test/pages (Readability's test suite) compared with the five seeds. */
  pages: PairEvidence[];
  pagesCompared: number;
}

export async function runSmallLibraries(
  documents: EvalDocument[],
  pages: { id: string; article: Article; claims: Claim[] }[],
  options: CompareOptions = {},
): Promise<SmallLibraryRun> {
  const seeds = documents.filter((d) => d.corpus === 'seeds' && !d.negativeOf);
  const negatives = documents.filter((d) => d.corpus === 'seeds' && d.negativeOf);
  const out: SmallLibraryRun = { seeds: [], pages: [], pagesCompared: pages.length };
  const compareIn = async (
    library: MemoryCorpus,
    id: string,
    article: Article,
    claims: Claim[],
    into: PairEvidence[],
  ): Promise<void> => {
    await library.compare(article, claims, {
      ...options,
      onEvidence: (there, evidence, same) => into.push({ here: id, there, evidence, same }),
    });
  };
  const seedLibrary = new MemoryCorpus(loadLexiconFromDisk().background);
  for (const s of seeds) seedLibrary.add(s.id, s.article, s.claims);
  for (const s of seeds) await compareIn(seedLibrary, s.id, s.article, s.claims, out.seeds);
  for (const n of negatives) {
    // Both ways: the negative opened with the seeds stored, and a seed opened with the negative stored too.
    await compareIn(seedLibrary, n.id, n.article, n.claims, out.seeds);
    const library = new MemoryCorpus(loadLexiconFromDisk().background);
    for (const d of [...seeds, n]) library.add(d.id, d.article, d.claims);
    for (const d of seeds) {
      const into: PairEvidence[] = [];
      await compareIn(library, d.id, d.article, d.claims, into);
      // Seed pairs are already counted above; here only the pairs with the negative.
      out.seeds.push(...into.filter((p) => p.there === n.id));
    }
  }
  for (const p of pages) await compareIn(seedLibrary, p.id, p.article, p.claims, out.pages);
  return out;
}
