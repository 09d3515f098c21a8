import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/extraction/article';
import { articleFromSeed } from '../../lib/extraction/seed-article';

/**
 * The real development corpora live beside the checkout in ../shared (third-party text: read there,
 * never copied into the project). CI has them; a machine without them skips what needs them.
 */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');
export const CORPORA = ['corpus-dev', 'corpus-dev2'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** One record of a corpus's index.json (the fields the tests and the evaluation read). */
export interface CorpusRecord {
  file: string;
  outlet: string;
  lang: string;
  date: string;
  event: string;
  /** Set on hard negatives: the event they share people or places with but are not. */
  negativeOf?: string;
}

export const corpusDir = (name: CorpusName): string => join(SHARED_DIR, name);
export const corpusAvailable = (name: CorpusName): boolean => existsSync(join(corpusDir(name), 'index.json'));

export function corpusRecords(name: CorpusName): CorpusRecord[] {
  return JSON.parse(readFileSync(join(corpusDir(name), 'index.json'), 'utf8')) as CorpusRecord[];
}

export const corpusText = (name: CorpusName, file: string): string => readFileSync(join(corpusDir(name), file), 'utf8');

/** A corpus's articles with their index records; language and date come from the index, as a page would declare them. */
export function corpusArticles(name: CorpusName): { record: CorpusRecord; article: Article }[] {
  return corpusRecords(name).map((record) => {
    const article = articleFromSeed(record.file, corpusText(name, record.file));
    return { record, article: { ...article, lang: record.lang, published: record.date } };
  });
}
