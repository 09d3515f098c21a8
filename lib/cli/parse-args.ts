/** Options of `npm run compare -- FILE [--corpus DIR_OR_JSONL]... [--no-seeds] [--json]`. */
export interface CompareArgs {
  file: string;
  corpus: string[];
  seeds: boolean;
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run compare -- FILE [--corpus DIR_OR_JSONL]... [--no-seeds] [--json]

  FILE                  the article to compare: a seed-format .txt, an .html page or an exported .json article
  --corpus PATH         also compare with a folder of .txt/.html/.json files or a .jsonl export (repeatable)
  --no-seeds            leave the bundled seeds out of the corpus
  --json                print one JSON object instead of the readable report
  -h, --help            show this help`;

export type ParsedArgs = { ok: true; args: CompareArgs } | { ok: false; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CompareArgs = { file: '', corpus: [], seeds: true, json: false, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '--no-seeds') args.seeds = false;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      const value = arg === '--corpus' ? argv[++i] : arg.slice('--corpus='.length);
      if (!value) return { ok: false, message: '--corpus needs a folder or a .jsonl file' };
      args.corpus.push(value);
    } else if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `Unknown option ${arg}` };
    else files.push(arg);
  }
  if (args.help) return { ok: true, args };
  if (files.length === 0) return { ok: false, message: 'Missing FILE: the article to compare' };
  if (files.length > 1) return { ok: false, message: `Compare one FILE at a time (got ${files.join(', ')})` };
  args.file = files[0] as string;
  return { ok: true, args };
}
