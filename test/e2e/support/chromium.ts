import { existsSync, mkdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

/**
 * A copy of the Chrome build whose manifest already holds these host permissions, as if the reader
 * had accepted Chrome's permission prompt for them. Chrome's prompt is browser UI that neither
 * puppeteer nor the DevTools protocol can answer (no flag or CDP command grants an extension's
 * optional permission), and `permissions.request` resolves to true at once for permissions the
 * extension already has; so the page's own request path still runs, only the click on "Allow" is
 * done ahead. Firefox tests answer the real request (see firefox.ts).
 */
export async function chromeBuildWithHostAccess(patterns: string[]): Promise<{ dir: string; remove(): Promise<void> }> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'parallax-build-'));
  await cp(CHROME_BUILD, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = patterns;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Launches Debian's Chromium headless with the built extension (the harness never builds it), in the
 * given UI language (`en-US` unless a test reads the extension in another).
 */
export async function launchChromiumWithExtension(buildDir = CHROME_BUILD, lang = 'en-US'): Promise<ExtensionBrowser> {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'parallax-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
  });
  const extensionId = await browser.installExtension(buildDir);
  const worker = async (): Promise<WebWorker> => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    const w = await target.worker();
    if (!w) throw new Error('The extension service worker did not start.');
    return w;
  };
  await worker();
  return {
    browser,
    extensionId,
    worker,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Clicks the toolbar action for `page` as a user would (grants activeTab) and returns the real popup page. */
export async function openPopupFor(ext: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const extension = (await ext.browser.extensions()).get(ext.extensionId);
  if (!extension) throw new Error('The extension is not installed.');
  const popupTarget = ext.browser.waitForTarget((t) => t.url() === `chrome-extension://${ext.extensionId}/popup.html`, {
    timeout: 15_000,
  });
  await extension.triggerAction(page);
  const popup = await (await popupTarget).asPage();
  await popup.setViewport({ width: 480, height: 600 });
  return popup;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kills the extension's service worker as the browser does when it is idle or crashes, then lets
 * `wake` (a message from an extension page) start it again. The new worker starts paused for the
 * debugger puppeteer keeps attached, so it is told to run.
 */
export async function restartServiceWorker<T>(ext: ExtensionBrowser, wake: () => Promise<T>): Promise<T> {
  const cdp = await ext.browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
  );
  if (!sw) throw new Error('The extension has no running service worker to restart.');
  await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  await cdp.detach();
  const answer = wake();
  let done = false;
  void answer.finally(() => {
    done = true;
  });
  const worker = await ext.worker();
  for (let i = 0; i < 40 && !done; i++) {
    await worker.client.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    await sleep(250);
  }
  return answer;
}

/** What became of the worker after `stopServiceWorkers`: whether it stopped, and whether a new one ran since. */
export interface WorkerStop {
  stopped(): boolean;
  restarted(): boolean;
  /** Stops telling new workers to run, and detaches. */
  end(): Promise<void>;
}

/**
 * Stops the extension's service worker the way Chrome does when it decides to (DevTools'
 * ServiceWorker.stopAllWorkers), in the middle of whatever it is doing. Messages sent after it start a
 * new worker; as that one starts paused for the debugger puppeteer keeps attached, it is told to run
 * until `end()`.
 */
export async function stopServiceWorkers(ext: ExtensionBrowser, page: Page): Promise<WorkerStop> {
  const cdp = await page.createCDPSession();
  let stopped = false;
  let restarted = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
      if (version.runningStatus === 'stopped') stopped = true;
      if (stopped && version.runningStatus === 'running') restarted = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  let running = true;
  void (async () => {
    while (running) {
      const worker = await ext.worker().catch(() => null);
      await worker?.client.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
      await sleep(250);
    }
  })();
  return {
    stopped: () => stopped,
    restarted: () => restarted,
    end: async () => {
      running = false;
      await cdp.detach().catch(() => undefined);
    },
  };
}
