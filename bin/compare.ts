// `npm run compare -- FILE [--corpus DIR_OR_JSONL]... [--no-seeds] [--json]`; the logic is in lib/cli.
import { runCompare } from '../lib/cli/run-compare';

const code = await runCompare(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
