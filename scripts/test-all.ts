/**
 * `npm test`: every check in order — lint, typecheck, unit + engine tests, build, web-ext lint,
 * end-to-end in real browsers — then one plain summary line `N passed, N failed` (what CI reads).
 * Each non-vitest step counts as one check; vitest steps count their tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'test', 'artifacts');
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function vitest(project: string): void {
  const report = join(REPORTS, `vitest-${project}.json`);
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${project} tests (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { status: string; name: string }[];
  };
  // A suite that fails to load counts no tests; count it as a failure so it cannot pass silently.
  const brokenFiles = json.testResults.filter((r) => r.status === 'failed').length;
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests === 0 && brokenFiles > 0) failed += brokenFiles;
  if (!ok || json.numTotalTests === 0) {
    if (json.numFailedTests === 0 && brokenFiles === 0) failed += 1;
    failures.push(`${project} tests`);
  }
}

function ensureBrowsers(): boolean {
  const missing = ['/usr/bin/chromium', '/usr/bin/firefox-esr'].filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  if (process.getuid?.() === 0) {
    console.log(`Installing browsers from Debian (${missing.join(', ')} missing)…`);
    if (
      run('apt-get update', 'apt-get', ['update', '-qq']) &&
      run('install browsers', 'apt-get', ['install', '-y', '-qq', 'chromium', 'firefox-esr'])
    ) {
      return true;
    }
  }
  console.log('Browsers missing: run `sudo apt-get install -y chromium firefox-esr` and then `npm test` again.');
  return false;
}

check('lint', 'npx', ['biome', 'ci', '.']);
check('typecheck', 'npm', ['run', '-s', 'typecheck']);
vitest('unit');
// The quality report on the real corpora (test/eval): printed for the log; its floors are asserted by
// test/engine/quality-report.test.ts above.
check('quality report (npm run eval)', 'npm', ['run', '-s', 'eval']);
check('build', 'npm', ['run', 'build']);
check('web-ext lint (Firefox build)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--self-hosted',
]);
if (ensureBrowsers()) vitest('e2e');
else {
  failed += 1;
  failures.push('e2e (no browsers)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
