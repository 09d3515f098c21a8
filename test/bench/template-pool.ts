import type { Article } from '../../lib/extraction/article';
import { splitParagraphs, splitSentences } from '../../lib/text/sentences';
import { wordRoots } from './story-vocabulary';

export type StoryLanguage = 'ru' | 'uk' | 'en';
export const STORY_LANGUAGES: readonly StoryLanguage[] = ['ru', 'uk', 'en'];

/** A real article cut into sentences, paragraphs kept: the raw material synthetic stories are built from. */
export interface TemplateDoc {
  lang: StoryLanguage;
  paragraphs: string[][];
  sentences: number;
}

export interface TemplatePool {
  docs: Record<StoryLanguage, TemplateDoc[]>;
  /** Stems found in many of a language's articles: the shared vocabulary synthetic stories keep. */
  common: Record<StoryLanguage, Set<string>>;
}

/** An article the pool is built from, with the event it reports (each test page is its own). */
export interface TemplateSource {
  article: Article;
  group: string;
}

/**
 * A stem is common when articles on at least this share of the language's events use it (and 4): the
 * general news vocabulary (`президент`, `заявил`, `government`). Counting events rather than articles
 * keeps one event's own words (`Лувр`, `Кушнер`), which its several articles all repeat, specific.
 */
const COMMON_GROUP_SHARE = 0.4;
const COMMON_MIN_GROUPS = 4;

const MIN_CHARS = 30;
const MAX_CHARS = 400;
const MIN_WORDS = 5;
/** Statements only: headings, captions and list fragments make poor story sentences. */
const ENDS_LIKE_SENTENCE = /[.!?…]["»”)]?$/;
const MIN_SENTENCES = 3;

/** Prose starts with a letter, digit or quote; footnotes (`^ Smith…`), links and code do not read as news. */
const STARTS_LIKE_PROSE = /^["«„“(\p{L}\p{N}]/u;
const NOT_PROSE = /https?:|www\.|[{}<>|\\]|\$\w/;
const MIN_LETTER_SHARE = 0.7;

const usable = (s: string): boolean =>
  s.length >= MIN_CHARS &&
  s.length <= MAX_CHARS &&
  ENDS_LIKE_SENTENCE.test(s) &&
  STARTS_LIKE_PROSE.test(s) &&
  !NOT_PROSE.test(s) &&
  (s.match(/[\p{L}\s]/gu)?.length ?? 0) / s.length >= MIN_LETTER_SHARE &&
  s.split(/\s+/).length >= MIN_WORDS;

/** Sentences of the ru/uk/en articles, split with the engine's own splitter; others are left out. */
export function buildTemplatePool(sources: readonly TemplateSource[]): TemplatePool {
  const pool: TemplatePool = {
    docs: { ru: [], uk: [], en: [] },
    common: { ru: new Set(), uk: new Set(), en: new Set() },
  };
  // Per language: stem → events using it; and the events seen.
  const groupsOf = {
    ru: new Map<string, Set<string>>(),
    uk: new Map<string, Set<string>>(),
    en: new Map<string, Set<string>>(),
  };
  const groups = { ru: new Set<string>(), uk: new Set<string>(), en: new Set<string>() };
  for (const { article, group } of sources) {
    const lang = article.lang as StoryLanguage;
    if (!STORY_LANGUAGES.includes(lang)) continue;
    const { text } = article;
    const paragraphs: string[][] = [];
    for (const p of splitParagraphs(text)) {
      const sentences = splitSentences(text, p.start, p.end, lang)
        .map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
        .filter(usable);
      if (sentences.length > 0) paragraphs.push(sentences);
    }
    const sentences = paragraphs.reduce((n, p) => n + p.length, 0);
    if (sentences < MIN_SENTENCES) continue;
    pool.docs[lang].push({ lang, paragraphs, sentences });
    groups[lang].add(group);
    for (const root of wordRoots(text, lang)) {
      const users = groupsOf[lang].get(root) ?? new Set<string>();
      users.add(group);
      groupsOf[lang].set(root, users);
    }
  }
  for (const lang of STORY_LANGUAGES) {
    const min = Math.max(COMMON_MIN_GROUPS, COMMON_GROUP_SHARE * groups[lang].size);
    for (const [root, users] of groupsOf[lang]) if (users.size >= min) pool.common[lang].add(root);
  }
  return pool;
}

export function poolSentences(pool: TemplatePool, lang: StoryLanguage): number {
  return pool.docs[lang].reduce((n, d) => n + d.sentences, 0);
}
