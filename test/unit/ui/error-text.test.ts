import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, ProtocolError } from '../../../lib/protocol/messages';
import { errorText, lineErrorText, notArticleText } from '../../../lib/ui/error-text';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const table = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, 'assets', '_locales', lang, 'messages.json'), 'utf8'));
/** Like the browser's getMessage for one locale; a missing key shows as the key, as pageLocale does. */
const translator = (lang: string) => (key: string) => table(lang)[key]?.message ?? `MISSING:${key}`;

const CODES: ErrorCode[] = [
  'bad-request',
  'unknown-type',
  'forbidden',
  'not-article',
  'no-access',
  'storage',
  'page-changed',
  'disconnected',
  'internal',
];
const BROWSER_TEXT = 'Cannot access contents of url "about:blank". Extension manifest must request permission';

describe('errors as the reader sees them', () => {
  it.each(['en', 'ru', 'uk'])('are Parallax’s own sentences in %s, never the message they carry', (lang) => {
    const t = translator(lang);
    const shown = [
      ...CODES.map((code) => errorText(new ProtocolError(code, BROWSER_TEXT), t)),
      ...['quota-exceeded', 'closed', 'not-found', 'weird'].map((reason) =>
        errorText(new ProtocolError('storage', BROWSER_TEXT, reason), t),
      ),
      ...['not-article', 'empty', 'too-large', 'error', undefined].map((reason) => notArticleText(reason, t)),
      errorText(new Error('A listener indicated an asynchronous response… message channel closed'), t),
      errorText('thrown string', t),
      ...['not-json', 'invalid', 'storage', 'nonsense'].map((kind) => lineErrorText({ kind }, t)),
    ];
    for (const text of shown) {
      expect(text).not.toMatch(/^MISSING:/);
      expect(text).not.toContain('about:blank');
      expect(text).not.toContain('message channel');
      expect(text.length).toBeGreaterThan(10);
    }
    if (lang !== 'en') expect(shown.every((text) => /[а-яіїєґ]/i.test(text))).toBe(true);
  });
});
