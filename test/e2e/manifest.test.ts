import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/chromium';

/**
 * What the built extension asks the browser for, read from the manifests the build wrote: the
 * permission set is the product's promise (README, SECURITY.md), so any widening must fail here.
 */
const BUILDS = {
  chrome: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
} as const;

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | Record<string, string>;
};

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

const PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage'];

/** Every address in the built-in outlet list (lib/protocol/outlet-feeds.json): fetched only once the reader follows that outlet. */
const OUTLET_URLS = new Set(
  (
    JSON.parse(readFileSync(join(ROOT, 'lib', 'protocol', 'outlet-feeds.json'), 'utf8')) as {
      outlets: { feedUrl: string; origins: string[]; source: string }[];
    }
  ).outlets.flatMap((o) => [o.feedUrl, o.source, ...o.origins]),
);
/** Chrome's side panel needs its API permission (no host access, no install warning); Firefox's sidebar needs none. */
const BROWSER_PERMISSIONS: Record<keyof typeof BUILDS, string[]> = { chrome: ['sidePanel'], firefox: [] };

/** CSP source lists that would let code in from elsewhere or from strings. */
function unsafeSources(csp: string): string[] {
  return csp
    .split(';')
    .filter((directive) => /^\s*(script-src|object-src|default-src|worker-src)\b/.test(directive))
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => /unsafe-eval|unsafe-inline|^https?:|^\*$|^data:|^blob:|wasm-unsafe-eval/.test(source));
}

/**
 * Strings in the built JavaScript that could load or run code from outside the package. Each hit
 * found in a library is listed with the reason it is harmless; anything else fails the test.
 */
const CODE_LOADING = [
  /importScripts\s*\(/g,
  /\beval\s*\(/g,
  /new\s+Function\s*\(/g,
  /\bimport\s*\(\s*["'`]https?:/g,
  /["'`]https?:\/\/[^"'`\s]+\.m?js["'`]/g,
  /\.src\s*=\s*["'`]https?:/g,
];
const ALLOWED_URLS = new Map<RegExp, string>([
  [/^http:\/\/www\.w3\.org\//, 'XML namespace identifiers in Preact, never fetched'],
  [/^https:\/\/wxt\.dev\//, 'documentation link in a WXT development warning'],
  [/^https:\/\/github\.com\/wxt-dev\//, 'issue link in a WXT development warning'],
  [/^https?:\/\/\*\/\*$/, 'host permission patterns asked for by "Keep what I read" (http and https pages)'],
  [/^https:\/\/\$\{\w+\}$/, 'the scheme added to an address the reader typed without one'],
]);

describe.each(Object.entries(BUILDS))('built %s manifest', (browser, dir) => {
  const manifest = readManifest(dir);

  it('asks for activeTab, scripting, contextMenus, storage and alarms only (and sidePanel in Chrome)', () => {
    const expected = [...PERMISSIONS, ...BROWSER_PERMISSIONS[browser as keyof typeof BUILDS]].sort();
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expected);
  });

  it('declares the side panel (Chrome) or the sidebar (Firefox) on the same page, not opened at install', () => {
    if (browser === 'chrome') expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    else {
      expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    }
    expect(existsSync(join(dir, 'sidepanel.html'))).toBe(true);
  });

  it('has no host permissions, only <all_urls> as an opt-in', () => {
    expect(manifest.host_permissions).toBeUndefined();
    // In MV2, host patterns would sit among the permissions: none may.
    expect((manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    if (browser === 'chrome') {
      expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
      expect(manifest.optional_permissions).toBeUndefined();
    } else {
      expect(manifest.optional_permissions).toEqual(['<all_urls>']);
      expect(manifest.optional_host_permissions).toBeUndefined();
    }
  });

  it('declares, where the browser asks (Firefox), that it collects no data', () => {
    const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    if (browser === 'firefox') expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    else expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('declares no content scripts, no web-accessible resources and no external messaging', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('keeps the default content security policy, or one without eval or remote scripts', () => {
    const csp = manifest.content_security_policy;
    const policies = csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp);
    for (const policy of policies) expect(unsafeSources(policy), policy).toEqual([]);
    expect(policies).toEqual([]);
  });

  it('loads every page script from the package, none from the network', () => {
    for (const html of filesUnder(dir, '.html')) {
      const text = readFileSync(html, 'utf8');
      const sources = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(sources.length, relative(dir, html)).toBeGreaterThan(0);
      for (const src of sources) expect(src, relative(dir, html)).toMatch(/^\/[\w./-]+\.js$/);
      // No inline script: MV3 would refuse it, and the default policy is kept.
      expect(text, relative(dir, html)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('ships a content script without storage, library or worker code (the layers hold in the bundle)', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // Markers of the worker's code, present in its bundle, so their absence here means something.
    for (const marker of ['parallax-corpus', 'StorageError', 'quota-exceeded', 'feedItems']) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });

  it('contains no code that loads or evaluates code from outside the package', () => {
    const findings: string[] = [];
    const allowed: string[] = [];
    for (const file of filesUnder(dir, '.js')) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of CODE_LOADING) {
        for (const m of text.matchAll(pattern)) findings.push(`${relative(dir, file)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/https?:\/\/[^\s"'`)\\]+/g)) {
        const reason = OUTLET_URLS.has(m[0])
          ? 'built-in outlet feed list, fetched only after the reader follows that outlet'
          : [...ALLOWED_URLS].find(([re]) => re.test(m[0]))?.[1];
        if (reason) allowed.push(`${relative(dir, file)}: ${m[0]} (${reason})`);
        else findings.push(`${relative(dir, file)}: URL ${m[0]}`);
      }
    }
    console.log(`${browser}: URLs whitelisted in built code:\n  ${[...new Set(allowed)].join('\n  ')}`);
    expect(findings).toEqual([]);
  });

  it('sends nothing of its own over the network: its requests fetch its package files, or the feeds and articles the reader follows', () => {
    const calls: string[] = [];
    for (const file of filesUnder(dir, '.js')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(fetch|sendBeacon|XMLHttpRequest|WebSocket|EventSource)\s*\(([^)]{0,60})/g)) {
        calls.push(`${relative(dir, file)}: ${m[1]}(${m[2]}`);
      }
    }
    console.log(`${browser}: network calls in built code:\n  ${calls.join('\n  ')}`);
    for (const call of calls) {
      // The lexicon, read from the package; Vite's modulepreload polyfill, fetching the page's own <link> hrefs;
      // the worker's one fetch of followed feeds and their articles (lib/feeds/fetch-limited.ts: GET, no cookies,
      // no referrer, only origins the reader granted).
      expect(call).toMatch(
        /^background\.js: fetch\([\w$.]*runtime\.getURL\(`\/lexicon\/|: fetch\([\w$]+\.href,[\w$]+$|^background\.js: fetch\([\w$]+,[\w$]+$/,
      );
    }
  });
});
