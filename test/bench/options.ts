export interface CliOptions {
  json: boolean;
  n: number;
  browser: boolean;
  quick: boolean;
}

export const DEFAULT_DOCS = 10_000;
export const QUICK_DOCS = 200;
/** The real documents (5 seeds + 60 corpus-dev) are always stored; synthetic stories fill the rest. */
export const MIN_DOCS = 100;

export const USAGE = `Usage: npm run bench -- [--json] [--n <docs>] [--quick] [--browser]
  --json      one JSON object per line: {"metric", "value", "unit"[, "note"]}
  --n <docs>  corpus size for the matching metrics (default ${DEFAULT_DOCS}; at least ${MIN_DOCS})
  --quick     tiny run for a smoke check: ${QUICK_DOCS} documents, a few pages, one repetition
  --browser   also time the popup in real Chromium (needs \`npm run build\` and /usr/bin/chromium)`;

/** Parses the command line; throws with the usage text on anything it does not understand. */
export function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, n: DEFAULT_DOCS, browser: false, quick: false };
  let nGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--browser') options.browser = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--n' || arg?.startsWith('--n=')) {
      const raw = arg === '--n' ? argv[++i] : arg.slice(4);
      const n = Number(raw);
      if (!Number.isInteger(n) || n < MIN_DOCS) throw new Error(`--n needs a whole number ≥ ${MIN_DOCS}\n${USAGE}`);
      options.n = n;
      nGiven = true;
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  if (options.quick && !nGiven) options.n = QUICK_DOCS;
  return options;
}
