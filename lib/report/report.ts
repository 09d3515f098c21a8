import type { Article } from '../extraction/article';
import { ANOMALY_KINDS } from '../matching/anomalies';
import { type ClaimRow, claimRows } from '../matching/claim-rows';
import type { AlignedClaim, Anomaly, AnomalyCounts, AnomalyKind, Comparison, StoryMatch } from '../matching/comparison';
import type { FigureRow } from '../matching/figure-rows';

/** Where each compared document can be found, for citations (a URL for stored pages, null for seeds). */
export type DocumentLinks = Record<string, { url: string | null; published: string | null }>;

/** Another document on the same story, with how many of its claims agree, differ or are only related. */
export interface ReportStory extends Omit<StoryMatch, 'claims'> {
  /** Its address, when the document has one (stored pages; seeds have none). */
  url: string | null;
  agreeing: number;
  differing: number;
  /** Claims on the same topic that state no same fact. */
  related: number;
  /** The claims that state the same fact as one of this article's (agreeing or differing), in the engine's order. */
  claims: AlignedClaim[];
}

/** The anomalies of one kind: how many the article has, the first few, and how many more. */
export interface AnomalyGroup {
  kind: AnomalyKind;
  count: number;
  listed: Anomaly[];
  more: number;
}

/**
 * A comparison as everything that reports it shows it: the CLI's text, the Markdown and the JSON
 * exports render this one model, each in its own format and words. Plain data.
 */
export interface Report {
  /** The compared article without its text. */
  article: Omit<Article, 'text'>;
  /** How many claims analysis found in it. */
  claimCount: number;
  /** Quantities this article and others report, value by value. */
  figures: FigureRow[];
  stories: ReportStory[];
  /** This article's claims that other documents state too, each with every document that does. */
  claims: ClaimRow[];
  /** Only kinds the article has, in the registry's order. */
  anomalies: AnomalyGroup[];
  /** Claims no other document makes. */
  onlyHere: string[];
  documents: DocumentLinks;
  /** The engine's data whole, for the JSON export. */
  comparison: Comparison;
}

/**
 * The anomalies by kind: the count of each (from `anomalyCounts`, or the listed items of a comparison
 * stored before there were counts), its listed items and how many are left unlisted.
 */
export function anomalyGroups(
  comparison: Pick<Comparison, 'anomalies'> & { anomalyCounts?: AnomalyCounts },
): AnomalyGroup[] {
  return ANOMALY_KINDS.flatMap((kind) => {
    const listed = comparison.anomalies.filter((a) => a.kind === kind);
    const count = Math.max(comparison.anomalyCounts?.[kind] ?? listed.length, listed.length);
    return count > 0 ? [{ kind, count, listed, more: count - listed.length }] : [];
  });
}

/** A story's claim pairs that state one fact (the related ones left out), and how many of them differ. */
export function storyCounts(story: Comparison['stories'][number]) {
  const claims = story.claims.filter((c) => c.verdict !== 'related');
  const differing = claims.filter((c) => c.verdict === 'differs').length;
  return { claims, differing };
}

function storyOf(story: Comparison['stories'][number], documents: DocumentLinks): ReportStory {
  const { claims, differing } = storyCounts(story);
  return {
    id: story.id,
    outlet: story.outlet,
    title: story.title,
    lang: story.lang,
    published: story.published,
    score: story.score,
    url: documents[story.id]?.url ?? null,
    agreeing: claims.length - differing,
    differing,
    related: story.claims.length - claims.length,
    claims,
  };
}

/** The report of comparing `article`: the one function the CLI and both exports build what they show from. */
export function buildReport(article: Article, comparison: Comparison, documents: DocumentLinks = {}): Report {
  const { text: _text, ...meta } = article;
  return {
    article: meta,
    claimCount: comparison.article.claims,
    figures: comparison.figures,
    stories: comparison.stories.map((story) => storyOf(story, documents)),
    claims: claimRows(comparison),
    anomalies: anomalyGroups(comparison),
    onlyHere: comparison.onlyHere,
    documents,
    comparison,
  };
}
