// Node-only: compares FILE with the seeds and `--corpus` documents (loaded by run-compare once the input passed its checks).
import { analyze } from '../claims/analyze';
import type { Article } from '../extraction/article';
import type { Comparison } from '../matching/comparison';
import { MemoryCorpus } from '../matching/memory-corpus';
import { loadLexiconFromDisk } from '../node/load-lexicon-from-disk';
import { InputError } from './input-error';
import { readArticle, readCorpus } from './load-documents';

export interface CompareRun {
  /** FILE as read (cut to the length compared). */
  article: Article;
  comparison: Comparison;
  /** What was left out (unreadable corpus files, bad export lines, the end of a long text), one sentence each. */
  skipped: string[];
  corpusSize: number;
}

/** Compares FILE with the seeds and `--corpus` documents; throws InputError for unusable input. */
export async function compareFile(
  file: string,
  corpusPaths: readonly string[],
  withSeeds: boolean,
  seedsDir: string,
): Promise<CompareRun> {
  // The input is checked before anything else is loaded, so a refusal comes at once.
  const article = readArticle(file);
  const lexicon = loadLexiconFromDisk();
  const claims = analyze(article, lexicon);
  if (claims.length === 0) throw new InputError(`${file}: no sentences to compare were found in the text`);
  const skipped: string[] = [];
  if (article.truncated) {
    skipped.push(`${file}: only the first ${article.text.length.toLocaleString('en')} characters were compared`);
  }
  const documents = [
    ...(withSeeds ? readCorpus(seedsDir, skipped) : []),
    ...corpusPaths.flatMap((p) => readCorpus(p, skipped)),
  ];
  const corpus = new MemoryCorpus(lexicon.background);
  const seen = new Set<string>([article.contentHash]);
  for (const doc of documents) {
    // The compared article itself (and repeated copies of one text) is left out of the corpus.
    if (seen.has(doc.article.contentHash) || corpus.getDoc(doc.id)) continue;
    seen.add(doc.article.contentHash);
    corpus.add(doc.id, doc.article, analyze(doc.article, lexicon));
  }
  const comparison = await corpus.compare(article, claims);
  return { article, comparison, skipped, corpusSize: corpus.size };
}
