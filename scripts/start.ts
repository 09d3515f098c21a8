/**
 * `npm start` (after the build): serves seed 002 as a local news page and opens it in Chromium with
 * Parallax loaded. Without a display it says so and prints the command-line comparison instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startFixtureServer } from '../test/e2e/support/fixture-server';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = 'seeds/002_11f65d7f125b6a49.txt';

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(
      'No display here, so no browser window: this is what Parallax finds for seed 002 on the command line.\n',
    );
    const cli = join(ROOT, 'bin', 'compare.ts');
    if (existsSync(cli)) spawnSync('npx', ['tsx', cli, SEED], { cwd: ROOT, stdio: 'inherit' });
    console.log(
      `\nLoad the extension by hand: Chrome → chrome://extensions → Developer mode → Load unpacked → ${BUILD}`,
    );
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Chromium not found at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\`.`);
    process.exitCode = 1;
    return;
  }
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  await browser.installExtension(BUILD);
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(`${server.origin}/seed/002.html`);
  console.log(`Parallax is loaded. The demo article is at ${server.origin}/seed/002.html — click the Parallax icon.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
