import { FEED_LIMITS, SETTING_BOUNDS } from './feed-limits';
import { isObject } from './is-object';

/** The reader's choices for following and keeping; stored in the library's settings store. */
export interface Settings {
  /** Minutes between two automatic refreshes of the followed feeds. */
  refreshMinutes: number;
  /** Days a followed article is kept; saved pages and pages kept while reading stay until deleted. */
  retentionDays: number;
  /** "Keep what I read": opt-in, off by default. */
  keepReading: boolean;
  /** Sites never kept (host names; a name covers its subdomains). */
  neverKeep: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  refreshMinutes: SETTING_BOUNDS.refreshMinutes.default,
  retentionDays: SETTING_BOUNDS.retentionDays.default,
  keepReading: false,
  neverKeep: [],
};

const clampInt = (value: unknown, bounds: { default: number; min: number; max: number }): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(bounds.max, Math.max(bounds.min, Math.round(value)))
    : bounds.default;

/**
 * A host name from what a reader typed: `https://www.bank.example/login`, `bank.example` or
 * `*.bank.example` all give `bank.example` (a leading `www.` is dropped: the list covers subdomains).
 */
export function siteHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return null;
  const host = new URL(withScheme).hostname.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length <= 253 ? host : null;
}

/** Settings read back from storage or sent by the options page: unknown fields dropped, numbers clamped. */
export function parseSettings(value: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  if (!isObject(value)) return { ...base };
  const neverKeep = Array.isArray(value.neverKeep)
    ? [
        ...new Set(
          value.neverKeep
            .filter((s): s is string => typeof s === 'string' && s.length <= 300)
            .map(siteHost)
            .filter((h): h is string => h !== null),
        ),
      ].slice(0, FEED_LIMITS.maxNeverKeep)
    : base.neverKeep;
  return {
    refreshMinutes:
      'refreshMinutes' in value ? clampInt(value.refreshMinutes, SETTING_BOUNDS.refreshMinutes) : base.refreshMinutes,
    retentionDays:
      'retentionDays' in value ? clampInt(value.retentionDays, SETTING_BOUNDS.retentionDays) : base.retentionDays,
    keepReading: typeof value.keepReading === 'boolean' ? value.keepReading : base.keepReading,
    neverKeep,
  };
}

/** Whether `url`'s host is on the never-keep list (the host itself or a subdomain of a listed one). */
export function isNeverKeep(url: string, neverKeep: readonly string[]): boolean {
  if (!URL.canParse(url)) return true;
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  return neverKeep.some((site) => host === site || host.endsWith(`.${site}`));
}
