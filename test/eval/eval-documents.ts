import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/claims/analyze';
import type { Claim } from '../../lib/claims/claim';
import type { Article } from '../../lib/extraction/article';
import { extractArticle } from '../../lib/extraction/extract-article';
import { parseHtml } from '../../lib/extraction/parse-html';
import { articleFromSeed } from '../../lib/extraction/seed-article';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { CORPORA, type CorpusName, corpusArticles, corpusAvailable, corpusDir } from '../support/corpora';
import { SEEDS_DIR } from '../support/seeds';
import SPLITS from './splits.json';

/** Where a document of the evaluation comes from: the bundled seeds (with our own negatives) or a real corpus. */
export type EvalCorpus = 'seeds' | CorpusName;
export type Split = 'calibration' | 'validation' | 'seeds';

export interface EvalDocument {
  /** `seeds/002_….txt`, `corpus-dev2/061_….txt`: unique across corpora. */
  id: string;
  corpus: EvalCorpus;
  file: string;
  event: string;
  /** Set on hard negatives: the event they look like. */
  negativeOf?: string;
  split: Split;
  lang: string;
  article: Article;
  claims: Claim[];
}

export const SEED_EVENT = 'paris-coalition-meeting-2026-01';
const OWN_NEGATIVES_DIR = join(import.meta.dirname, '..', 'fixtures', 'matching');

/** The half an event belongs to; a hard negative follows the event it is built against. */
export function splitOf(event: string): Split {
  if ((SPLITS.calibration as string[]).includes(event)) return 'calibration';
  if ((SPLITS.validation as string[]).includes(event)) return 'validation';
  return 'seeds';
}

/** Event kinds (see splits.json): other events of one kind are our own hard negatives. */
export function kindOf(event: string): string | undefined {
  for (const [kind, events] of Object.entries(SPLITS.kinds)) if (events.includes(event)) return kind;
  return undefined;
}

export interface LoadedEvaluation {
  documents: EvalDocument[];
  /** Corpora not found beside the checkout (skipped, with a note in the report). */
  missing: string[];
}

/**
 * Every document the evaluation compares, analysed once: the five seeds and our three same-names
 * negatives for them (test/fixtures/matching/unrelated-*.txt), and every article of the real corpora in
 * ../shared that are present.
 */
export function loadEvaluation(): LoadedEvaluation {
  const lexicon = loadLexiconFromDisk();
  const documents: EvalDocument[] = [];
  const add = (doc: Omit<EvalDocument, 'claims' | 'lang'>): void => {
    documents.push({ ...doc, lang: doc.article.lang, claims: analyze(doc.article, lexicon) });
  };
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
    const article = articleFromSeed(file, readFileSync(join(SEEDS_DIR, file), 'utf8'));
    add({ id: `seeds/${file}`, corpus: 'seeds', file, event: SEED_EVENT, split: 'seeds', article });
  }
  for (const file of readdirSync(OWN_NEGATIVES_DIR).filter((f) => /^unrelated-.*\.txt$/.test(f))) {
    const article = articleFromSeed(file, readFileSync(join(OWN_NEGATIVES_DIR, file), 'utf8'));
    const event = `own-${file.replace(/\.txt$/, '')}`;
    add({ id: `seeds/${file}`, corpus: 'seeds', file, event, negativeOf: SEED_EVENT, split: 'seeds', article });
  }
  const missing: string[] = [];
  for (const corpus of CORPORA) {
    if (!corpusAvailable(corpus)) {
      missing.push(corpusDir(corpus));
      continue;
    }
    for (const { record, article } of corpusArticles(corpus)) {
      add({
        id: `${corpus}/${record.file}`,
        corpus,
        file: record.file,
        event: record.event,
        negativeOf: record.negativeOf,
        split: splitOf(record.negativeOf ?? record.event),
        article,
      });
    }
  }
  return { documents: documents.sort((a, b) => (a.id < b.id ? -1 : 1)), missing };
}

const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

/**
 * The real pages of Readability's test suite (test/pages, Apache-2.0) read through extraction, none of
 * them news about the seeds' event; the folders `seed-*` are the seeds themselves and are left out.
 */
export function loadUnrelatedPages(): { id: string; article: Article; claims: Claim[] }[] {
  if (!existsSync(PAGES_DIR)) return [];
  const lexicon = loadLexiconFromDisk();
  const out: { id: string; article: Article; claims: Claim[] }[] = [];
  for (const slug of readdirSync(PAGES_DIR).sort()) {
    const source = join(PAGES_DIR, slug, 'source.html');
    if (slug.startsWith('seed-') || !existsSync(source)) continue;
    const result = extractArticle(parseHtml(readFileSync(source, 'utf8'), 'https://example.org/'));
    if (result.ok) out.push({ id: `pages/${slug}`, article: result.article, claims: analyze(result.article, lexicon) });
  }
  return out;
}
