export interface CliOptions {
  json: boolean;
  /** Corpus sizes, each measured in turn (metrics suffixed by size: `_10k`, `_50k`). */
  sizes: number[];
  browser: boolean;
  quick: boolean;
}

export const DEFAULT_SIZES = [10_000, 50_000];
export const QUICK_DOCS = 200;
/** The real documents (5 seeds + 60 corpus-dev) are always stored; synthetic stories fill the rest. */
export const MIN_DOCS = 100;

export const USAGE = `Usage: npm run bench -- [--json] [--n <docs>[,<docs>…]] [--quick] [--browser]
  --json      one JSON object per line: {"metric", "value", "unit"[, "note"]}
  --n <docs>  corpus sizes for the matching metrics (default ${DEFAULT_SIZES.join(',')}; each at least ${MIN_DOCS})
  --quick     tiny run for a smoke check: ${QUICK_DOCS} documents, a few pages, one repetition
  --browser   also time the popup in real Chromium with the largest corpus stored (needs \`npm run build\`
              and /usr/bin/chromium)`;

/** Parses the command line; throws with the usage text on anything it does not understand. */
export function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, sizes: DEFAULT_SIZES, browser: false, quick: false };
  let nGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--browser') options.browser = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--n' || arg?.startsWith('--n=')) {
      const raw = arg === '--n' ? argv[++i] : arg.slice(4);
      const sizes = (raw ?? '').split(',').map(Number);
      if (sizes.some((n) => !Number.isInteger(n) || n < MIN_DOCS)) {
        throw new Error(`--n needs whole numbers ≥ ${MIN_DOCS}\n${USAGE}`);
      }
      options.sizes = [...new Set(sizes)];
      nGiven = true;
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  if (options.quick && !nGiven) options.sizes = [QUICK_DOCS];
  return options;
}
