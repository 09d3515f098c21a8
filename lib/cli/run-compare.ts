// Node-only: the `compare` command behind bin/compare.ts.
import { basename, join } from 'node:path';
import { errorMessage } from '../error-message';
import { fileKind, InputError } from './input-error';
import { parseArgs, USAGE } from './parse-args';
import { probeInput } from './read-input';
import { printable, printableDeep, terminalJson } from './terminal-text';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
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
    // Refused before the engine and the lexicon are even loaded, so a wrong input is answered at once.
    probeInput(args.file, fileKind(basename(args.file)) ?? 'text');
    const [{ compareFile }, { renderReport }, { buildReport }] = await Promise.all([
      import('./compare-file'),
      import('./render-report'),
      import('../report/report'),
    ]);
    const run = await compareFile(args.file, args.corpus, args.seeds, seedsDir);
    for (const message of run.skipped) say(message);
    io.stdout(
      args.json
        ? `${terminalJson(run.comparison)}\n`
        : renderReport(printableDeep(buildReport(run.article, run.comparison)), { color: io.color }),
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
