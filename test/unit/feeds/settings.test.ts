import { describe, expect, it } from 'vitest';
import { keepRefusal } from '../../../lib/background/feed-service';
import { createPacer } from '../../../lib/feeds/pacer';
import { DEFAULT_SETTINGS, isNeverKeep, parseSettings, siteHost } from '../../../lib/protocol/feed-settings';
import { normaliseFeedUrl, originPattern } from '../../../lib/protocol/web-url';

describe('settings', () => {
  it('defaults to refreshing every 30 minutes, keeping followed articles 30 days, keeping nothing read', () => {
    expect(parseSettings(undefined)).toEqual({
      refreshMinutes: 30,
      retentionDays: 30,
      keepReading: false,
      neverKeep: [],
    });
  });

  it('clamps numbers, drops unknown fields and normalises never-keep sites', () => {
    expect(
      parseSettings({
        refreshMinutes: 0.2,
        retentionDays: 1e9,
        keepReading: 'yes',
        neverKeep: ['https://www.Bank.example/login', '*.mail.example', 'not a host!', 7],
        evil: 1,
      }),
    ).toEqual({
      refreshMinutes: 5,
      retentionDays: 3650,
      keepReading: false,
      neverKeep: ['bank.example', 'mail.example'],
    });
    expect(parseSettings({ keepReading: true }, { ...DEFAULT_SETTINGS, retentionDays: 7 })).toMatchObject({
      keepReading: true,
      retentionDays: 7,
    });
    expect(siteHost('')).toBeNull();
  });

  it('matches a never-keep site and its subdomains, not look-alikes', () => {
    expect(isNeverKeep('https://online.bank.example/x', ['bank.example'])).toBe(true);
    expect(isNeverKeep('https://bank.example.evil.test/', ['bank.example'])).toBe(false);
    expect(isNeverKeep('https://notbank.example/', ['bank.example'])).toBe(false);
  });

  it('never keeps while off, in private windows, outside web pages or on never-keep sites', () => {
    const on = { ...DEFAULT_SETTINGS, keepReading: true, neverKeep: ['bank.example'] };
    const tab = { tabId: 1, url: 'https://news.example/a', incognito: false };
    expect(keepRefusal(tab, DEFAULT_SETTINGS)).toBe('off');
    expect(keepRefusal(tab, on)).toBeNull();
    expect(keepRefusal({ ...tab, incognito: true }, on)).toBe('private window');
    expect(keepRefusal({ ...tab, url: 'chrome://settings' }, on)).toBe('not a web page');
    expect(keepRefusal({ ...tab, url: undefined }, on)).toBe('not a web page');
    expect(keepRefusal({ ...tab, url: 'https://www.bank.example/' }, on)).toBe('never-keep site');
  });
});

describe('feed addresses', () => {
  it('follows http(s) addresses only, without fragments or credentials, and asks for their origin without the port', () => {
    expect(normaliseFeedUrl('news.example/rss#x')).toBe('https://news.example/rss');
    expect(normaliseFeedUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseFeedUrl('https://user:pw@news.example/rss')).toBeNull();
    expect(originPattern('http://127.0.0.1:8080/feed.xml')).toBe('http://127.0.0.1/*');
  });

  it('spaces requests to one origin, not to different ones', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = createPacer(1000, { now: () => now, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([
      pacer.wait('https://a.example/1'),
      pacer.wait('https://a.example/2'),
      pacer.wait('https://b.example/1'),
    ]);
    expect(waits).toEqual([1000]);
    now = 5000;
    await pacer.wait('https://a.example/3');
    expect(waits).toEqual([1000]);
  });
});
