import type { Article } from '../../lib/extraction/article';
import { titleFromText } from '../../lib/extraction/article-title';
import { contentHash } from '../../lib/extraction/content-hash';
import { Prng } from './prng';
import { makeVersion, type StoryBody } from './story-versions';
import { inventStem, StoryVocabulary } from './story-vocabulary';
import type { StoryLanguage, TemplateDoc, TemplatePool } from './template-pool';

export const DEFAULT_SEED = 'parallax-bench-v1';

/** Story languages in the proportions a reader of ru/uk/en news might save. */
const LANGUAGE_WEIGHTS: readonly [StoryLanguage, number][] = [
  ['ru', 0.35],
  ['uk', 0.25],
  ['en', 0.4],
];
/** Share of stories only one outlet covers; the rest get 2–6 versions (siblings). */
const SINGLE_VERSION = 0.4;
const MAX_VERSIONS = 6;
const MIN_BASE_SENTENCES = 6;
const MAX_BASE_SENTENCES = 18;
/** Share of a story's uncommon content words replaced by invented ones (see StoryVocabulary). */
const REPLACED_RARE_WORDS = 1;
const OUTLETS_PER_LANGUAGE = 30;
const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAYS = 540;
const DAY_MS = 86_400_000;

const OUTLET_WORDS: Record<StoryLanguage, string[]> = {
  ru: ['Новости', 'Вести', 'Инфо', 'Курьер', 'Обозреватель'],
  uk: ['Новини', 'Вісті', 'Інфо', "Кур'єр", 'Оглядач'],
  en: ['News', 'Times', 'Post', 'Daily', 'Herald'],
};

export interface SyntheticDocument {
  id: string;
  story: number;
  article: Article;
}

interface StoryPlan {
  lang: StoryLanguage;
  /** Versions stored in the corpus; version `versions` is the held-out query version. */
  versions: number;
}

interface StoryBase {
  body: StoryBody;
  vocabulary: StoryVocabulary;
  day: number;
}

/**
 * A reproducible corpus of synthetic news stories built from real sentences.
 *
 * Each story takes a run of 6–18 sentences from one real article (seeds, corpus-dev, test pages) and
 * splices in 1–3 sentences from other articles of the same language (recombination); then its own
 * StoryVocabulary keeps the vocabulary common across the language's articles and renames the specific
 * words (rare names and content words, every number), so two stories that reuse a template sentence
 * still differ the way two unrelated news stories on a similar subject do. 60% of stories are covered by
 * 2–6 outlets: each version is the same story reworded by makeVersion (sentences dropped and
 * reordered, words cut, a figure changed, an outlet's own sentence added). Every choice comes from a
 * PRNG stream labelled with the seed, story and version, so any document can be rebuilt on its own.
 */
export class SyntheticCorpus {
  private readonly plan: StoryPlan[] = [];
  private readonly outlets: Record<StoryLanguage, string[]>;
  private cached: { story: number; base: StoryBase } | null = null;

  constructor(
    private readonly pool: TemplatePool,
    /** Number of stored documents. */
    readonly size: number,
    private readonly seed = DEFAULT_SEED,
  ) {
    const rng = new Prng(`${seed}:plan`);
    let docs = 0;
    while (docs < size) {
      const lang = pickWeighted(rng, LANGUAGE_WEIGHTS);
      const versions = Math.min(size - docs, rng.chance(SINGLE_VERSION) ? 1 : rng.int(2, MAX_VERSIONS));
      this.plan.push({ lang, versions });
      docs += versions;
    }
    this.outlets = { ru: [], uk: [], en: [] };
    // A fixed set of outlets per language, so outlet names recur across stories as they do in the news.
    for (const lang of Object.keys(this.outlets) as StoryLanguage[]) {
      const names = new Set<string>();
      for (let i = 0; names.size < OUTLETS_PER_LANGUAGE; i++) {
        const stem = inventStem(`${seed}:outlet:${lang}:${i}`, lang === 'en' ? 'latin' : lang, rng.int(4, 7));
        names.add(`${stem.charAt(0).toUpperCase()}${stem.slice(1)} ${rng.pick(OUTLET_WORDS[lang])}`);
      }
      this.outlets[lang] = [...names];
    }
  }

  get stories(): number {
    return this.plan.length;
  }

  static idOf(story: number, version: number): string {
    return `syn:${story}-${version}`;
  }

  /** Ids of the stored versions of a story: the planted siblings a query on it should find. */
  versionIds(story: number): string[] {
    const plan = this.plan[story];
    return plan ? Array.from({ length: plan.versions }, (_, v) => SyntheticCorpus.idOf(story, v)) : [];
  }

  /** The stored documents, story by story. */
  *documents(): Generator<SyntheticDocument> {
    for (let story = 0; story < this.plan.length; story++) {
      const plan = this.plan[story] as StoryPlan;
      for (let v = 0; v < plan.versions; v++) yield this.version(story, v);
    }
  }

  /**
   * Held-out versions (one more outlet's take, not stored) of `count` stories that have siblings in
   * the corpus, spread evenly over the corpus: the articles a reader opens and compares.
   */
  queries(count: number): SyntheticDocument[] {
    const candidates = this.plan.flatMap((p, story) => (p.versions >= 2 ? [story] : []));
    const step = Math.max(1, candidates.length / count);
    const out: SyntheticDocument[] = [];
    for (let i = 0; i < count && Math.floor(i * step) < candidates.length; i++) {
      const story = candidates[Math.floor(i * step)] as number;
      const doc = this.version(story, (this.plan[story] as StoryPlan).versions);
      out.push({ ...doc, id: `query:${story}` });
    }
    return out;
  }

  private version(story: number, v: number): SyntheticDocument {
    const plan = this.plan[story] as StoryPlan;
    const base = this.base(story);
    const rng = new Prng(`${this.seed}:story:${story}:v:${v}`);
    const outletNumber = rng.int(0, this.outlets[plan.lang].length - 1);
    const outlet = this.outlets[plan.lang][outletNumber] as string;
    const body = makeVersion(base.body, rng, {
      lang: plan.lang,
      outlet,
      extra: () => base.vocabulary.rewrite(rng.pick(this.sentencesOf(rng.pick(this.pool.docs[plan.lang])))),
    });
    const text = body.map((p) => p.join(' ')).join('\n');
    const published = new Date(FIRST_DAY + (base.day + rng.int(0, 1)) * DAY_MS).toISOString().slice(0, 10);
    const url = `https://outlet-${plan.lang}-${outletNumber}.example/news/${story}-${v}`;
    return {
      id: SyntheticCorpus.idOf(story, v),
      story,
      article: {
        title: titleFromText(text),
        byline: null,
        outlet,
        url,
        canonicalUrl: url,
        published,
        lang: plan.lang,
        text,
        excerpt: body[0]?.join(' ') ?? null,
        contentHash: contentHash(text),
      },
    };
  }

  private base(story: number): StoryBase {
    if (this.cached?.story === story) return this.cached.base;
    const plan = this.plan[story] as StoryPlan;
    const rng = new Prng(`${this.seed}:story:${story}`);
    const templates = this.pool.docs[plan.lang];
    const primary = rng.pick(templates);
    // A run of sentences of one article, with its paragraph breaks.
    const flat = primary.paragraphs.flatMap((p, pi) => p.map((s) => ({ s, pi })));
    const length = Math.min(flat.length, rng.int(MIN_BASE_SENTENCES, MAX_BASE_SENTENCES));
    const start = rng.int(0, flat.length - length);
    const body: StoryBody = [];
    // Articles repeat their headline as the first paragraph, and a spliced sentence may already be there.
    const used = new Set<string>();
    let last = -1;
    for (const { s, pi } of flat.slice(start, start + length)) {
      if (used.has(s)) continue;
      used.add(s);
      if (pi !== last) body.push([]);
      (body[body.length - 1] as string[]).push(s);
      last = pi;
    }
    // Recombination: sentences from other articles of the language, each as its own paragraph.
    for (let i = rng.int(1, 3); i > 0; i--) {
      const s = rng.pick(this.sentencesOf(rng.pick(templates)));
      if (used.has(s)) continue;
      used.add(s);
      body.splice(rng.int(1, body.length), 0, [s]);
    }
    const vocabulary = new StoryVocabulary(
      `${this.seed}:vocab:${story}`,
      plan.lang,
      this.pool.common[plan.lang],
      REPLACED_RARE_WORDS,
    );
    const base = {
      body: body.map((p) => p.map((s) => vocabulary.rewrite(s))),
      vocabulary,
      day: rng.int(0, DAYS),
    };
    this.cached = { story, base };
    return base;
  }

  private sentencesOf(doc: TemplateDoc): string[] {
    return doc.paragraphs.flat();
  }
}

function pickWeighted<T>(rng: Prng, weights: readonly [T, number][]): T {
  let x = rng.next() * weights.reduce((n, [, w]) => n + w, 0);
  for (const [value, w] of weights) {
    x -= w;
    if (x < 0) return value;
  }
  return (weights[weights.length - 1] as [T, number])[0];
}
