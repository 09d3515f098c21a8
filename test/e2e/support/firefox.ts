import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './chromium';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'parallax@parallax.invalid';
// Pinned so tests know the moz-extension:// origin before the add-on starts.
const ADDON_UUID = '6f1f3d5e-0000-4000-8000-000000000001';
export const FIREFOX_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches Debian's Firefox ESR over WebDriver BiDi with the built add-on installed temporarily. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Headless Firefox cannot show the permission doorhanger; the request itself still needs a real click.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, close: () => browser.close() };
}

/**
 * Opens an extension page in a tab. `goto` on moz-extension:// never reports a load over BiDi,
 * so it is started without waiting and callers poll for content.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  options: { background?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({ background: options.background ?? false });
  const url = `${FIREFOX_ORIGIN}/${path}`;
  void page.goto(url).catch(() => undefined);
  // Until the navigation commits, evaluating in the page races with it; wait for our document.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // page.url() keeps saying about:blank over BiDi here, so ask the document itself.
    const ready = await page
      .evaluate(
        (expected) =>
          location.href === expected && document.readyState === 'complete' && document.getElementById('app') !== null,
        url,
      )
      .catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load within 20 s.`);
}

/**
 * Puppeteer cannot click Firefox's toolbar button, so the popup is opened as a background tab next to
 * the article (it compares the window's active tab, as it does when clicked); reading that tab needs
 * the opt-in all-sites access, granted here through the options page with a real click.
 */
export async function grantAllSitesAccess(browser: Browser): Promise<void> {
  const options = await openExtensionPage(browser, 'options.html');
  const toggle = await options.waitForSelector('[data-testid="site-access-toggle"]:not([disabled])', {
    timeout: 20_000,
  });
  const granted = () =>
    document.querySelector('[data-testid="site-access-state"]')?.textContent?.includes('any page') === true;
  await toggle?.click();
  // On a loaded machine the first click can land before the page handles it: one more, then give up.
  const ok = await pollInPage(options, granted, 15_000).then(
    () => true,
    () => false,
  );
  if (!ok) {
    await options.click('[data-testid="site-access-toggle"]:not([disabled])');
    await pollInPage(options, granted, 15_000);
  }
  await options.close();
}

/**
 * Waits until `predicate` holds in the page. Puppeteer's waitForFunction builds its poller with
 * `new Function`, which an extension page's CSP refuses in Firefox; a plain evaluate is allowed.
 */
export async function pollInPage(page: Page, predicate: () => boolean, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(predicate).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited ${timeout} ms in ${page.url()} for ${predicate.toString().slice(0, 120)}`);
}
