import type { Claim } from '../claims/claim';
import type { Article } from '../extraction/article';
import { alignClaims, type ClaimPair } from './align-claims';
import type { AlignConfig } from './align-config';
import { findAnomalies } from './anomalies';
import { sourceChains } from './attribution-sources';
import type { AlignedClaim, Comparison, StoryMatch } from './comparison';
import type { CorpusIndex } from './corpus-index';
import { findDifferences, nameVariants } from './differences';
import { documentCountry } from './document-country';
import { figureRows } from './figure-rows';
import { beyondStoryWindow, isSameStory, type StoryEvidence, storyEvidence, storyScore } from './same-story';
import { isStatement } from './statement';
import type { StoryConfig } from './story-config';
import { MATCHER_TUNABLES } from './tunables';

// Why each has its value: tunables.ts.
const { candidates: candidateLimit, maxComparedClaims } = MATCHER_TUNABLES.retrieve;
const { furtherSense } = MATCHER_TUNABLES.claimScores;

/** A stored document as the engine needs it: the article and its analysed claims. */
export interface CorpusDocument {
  article: Article;
  claims: Claim[];
}

/**
 * Where candidate documents come from. The service worker reads them from IndexedDB, so the getter may
 * be async and the engine never holds the whole corpus in memory.
 */
export interface CorpusSource {
  getDoc(id: string): CorpusDocument | undefined | Promise<CorpusDocument | undefined>;
  /** Told every candidate at once before they are asked for one by one, so storage can read them in one go. */
  prefetch?(ids: readonly string[]): Promise<void>;
}

export interface CompareOptions {
  /** Candidates fetched and aligned; the index ranks other outlets' articles near the top. */
  candidates?: number;
  /** Called with every candidate's evidence, same story or not (for calibration and diagnostics). */
  onEvidence?: (docId: string, evidence: StoryEvidence, same: boolean) => void;
  /** The calibrated decisions unless a calibration tries others. */
  align?: AlignConfig;
  story?: StoryConfig;
}

const capped = <T>(claims: T[]): T[] =>
  claims.length > maxComparedClaims ? claims.slice(0, maxComparedClaims) : claims;
const round = (x: number): number => Math.round(x * 1000) / 1000;

function alignedClaims(
  pairs: readonly ClaimPair[],
  here: Claim[],
  hereArticle: Article,
  hereCountry: string | undefined,
  there: CorpusDocument,
) {
  const out: AlignedClaim[] = [];
  const thereCountry = documentCountry(there.claims);
  for (const p of pairs) {
    const a = here[p.hereIndex] as Claim;
    const b = there.claims[p.thereIndex] as Claim;
    const differences = p.same
      ? findDifferences(
          { claim: a, outlet: hereArticle.outlet, published: hereArticle.published, country: hereCountry },
          { claim: b, outlet: there.article.outlet, published: there.article.published, country: thereCountry },
        )
      : [];
    out.push({
      here: a.text,
      there: b.text,
      hereIndex: a.index,
      thereIndex: b.index,
      score: round(p.score),
      verdict: !p.same ? 'related' : differences.length > 0 ? 'differs' : 'agrees',
      differences,
      variants: p.same ? nameVariants(a, b) : [],
      sources: { here: sourceChains(a), there: sourceChains(b) },
    });
  }
  return out;
}

/**
 * Compares an article with the corpus: finds same-story documents through the index, aligns their
 * claims with the article's, and reports differences, anomalies and the claims no one else makes.
 */
export async function compare(
  article: Article,
  allClaims: Claim[],
  index: CorpusIndex,
  corpus: CorpusSource,
  options: CompareOptions = {},
): Promise<Comparison> {
  const claims = capped(allClaims);
  const candidates = index.search(claims, {
    limit: options.candidates ?? candidateLimit,
    excludeHash: article.contentHash,
  });
  await corpus.prefetch?.(candidates.map((c) => c.docId));
  const stories: StoryMatch[] = [];
  const confirmed = new Set<number>();
  const storyClaims = new Map<string, Claim[]>();
  // The article's own country, read once for every story's differences.
  const hereCountry = documentCountry(claims);
  for (const candidate of candidates) {
    const stored = await corpus.getDoc(candidate.docId);
    if (!stored || stored.article.contentHash === article.contentHash) continue;
    const doc = { article: stored.article, claims: capped(stored.claims) };
    // Too far apart in time to be one story: not worth aligning, unless the caller records all evidence.
    if (
      !options.onEvidence &&
      beyondStoryWindow(claims, doc.claims, article.published, doc.article.published, options.story)
    ) {
      continue;
    }
    const pairs = alignClaims(claims, doc.claims, index, options.align);
    const evidence = storyEvidence(
      claims,
      doc.claims,
      pairs,
      article.published,
      doc.article.published,
      [article.lang, doc.article.lang],
      index,
    );
    const same = isSameStory(evidence, options.story);
    options.onEvidence?.(candidate.docId, evidence, same);
    if (!same) continue;
    // Once the story is known, claims are aligned again reading their words' further senses across
    // scripts: evidence enough to pair two sentences of one story, too loose to decide the story.
    const shown = furtherSense > 0 ? alignClaims(claims, doc.claims, index, options.align, furtherSense) : pairs;
    for (const p of shown) if (p.same) confirmed.add(p.hereIndex);
    storyClaims.set(candidate.docId, doc.claims);
    stories.push({
      id: candidate.docId,
      outlet: doc.article.outlet,
      title: doc.article.title,
      lang: doc.article.lang,
      published: doc.article.published,
      score: round(storyScore(evidence, options.story)),
      claims: alignedClaims(shown, claims, article, hereCountry, doc),
    });
  }
  stories.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const { anomalies, counts } = findAnomalies(article, claims, index);
  const summary = {
    title: article.title,
    lang: article.lang,
    published: article.published,
    outlet: article.outlet,
    claims: allClaims.length,
  };
  return {
    article: summary,
    stories,
    anomalies,
    anomalyCounts: counts,
    onlyHere: claims.filter((c) => isStatement(c) && !c.heading && !confirmed.has(c.index)).map((c) => c.text),
    figures: figureRows({ article: summary, stories }, claims, storyClaims),
  };
}
