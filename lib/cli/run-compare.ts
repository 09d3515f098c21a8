// Node-only: the `compare` command behind bin/compare.ts.
import { join } from 'node:path';
import { analyze } from '../claims/analyze';
import { loadLexiconFromDisk } from '../claims/load-lexicon-from-disk';
import { errorMessage } from '../error-message';
import type { Comparison } from '../matching/comparison';
import { MemoryCorpus } from '../matching/memory-corpus';
import { InputError } from './article-from-file';
import { readArticle, readCorpus } from './load-documents';
import { parseArgs, USAGE } from './parse-args';
import { renderReport } from './render-report';
import { printable, printableDeep, terminalJson } from './terminal-text';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

export interface CompareRun {
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
  seedsDir = SEEDS_DIR,
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
  return { comparison, skipped, corpusSize: corpus.size };
}

/** Runs `compare` with its arguments; returns the exit code. Errors are messages on stderr, never stack traces. */
export async function runCompare(argv: readonly string[], io: CommandIo, seedsDir = SEEDS_DIR): Promise<number> {
  // Everything printed may carry text from the inputs (names, titles, claims): no control characters pass.
  const say = (text: string) => io.stderr(`compare: ${printable(text)}\n`);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`compare: ${printable(parsed.message)}\n\n${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const run = await compareFile(args.file, args.corpus, args.seeds, seedsDir);
    for (const message of run.skipped) say(message);
    io.stdout(
      args.json
        ? `${terminalJson(run.comparison)}\n`
        : renderReport(printableDeep(run.comparison), { color: io.color }),
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      say(error.message);
      return 1;
    }
    say(`unexpected error: ${errorMessage(error)}`);
    return 70;
  }
}
