/**
 * `npm run bench` (tsx test/bench/run.ts): the benchmark suite of issue 8. Prints a table, or with
 * --json one JSON object per line. Progress goes to stderr. Budget misses are reported, never fatal:
 * this is a measurement, not a test.
 */
import { runBench } from './bench';
import { parseCli, USAGE } from './options';
import { formatJsonLines, formatTable } from './report';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let options: ReturnType<typeof parseCli>;
try {
  options = parseCli(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const result = await runBench({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
if (options.json) {
  process.stdout.write(`${formatJsonLines(result)}\n`);
  for (const s of result.skipped) process.stderr.write(`skipped ${s.metric}: ${s.reason}\n`);
} else {
  process.stdout.write(`${formatTable(result)}\n`);
}
