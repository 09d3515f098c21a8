import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../error-message';
import { WEB_PAGES } from '../../protocol/feed-limits';
import { siteHost } from '../../protocol/feed-settings';
import type { Settings } from '../../protocol/messages';
import type { Translate } from '../../report/translate';
import type { OptionsClient } from './options-client';

/** "Keep what I read": off by default; turning it on asks for access to pages; a never-keep list. */
export function KeepReading({ client, t }: { client: OptionsClient; t: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.getSettings().then(setSettings, (e: unknown) => setError(errorMessage(e)));
  }, [client]);

  const save = async (change: Partial<Settings>) => {
    setError(null);
    try {
      setSettings(await client.setSettings(change));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const toggle = () => {
    if (!settings) return;
    if (settings.keepReading) {
      void save({ keepReading: false });
      return;
    }
    // Asked inside the click: reading pages as they load needs access to every web page.
    const asked = client.requestOrigins(WEB_PAGES);
    void asked.then(
      (ok) => (ok ? save({ keepReading: true }) : setError(t('keepDenied'))),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    if (!settings) return;
    const host = siteHost(site);
    if (!host) {
      setError(t('keepBadSite'));
      return;
    }
    setSite('');
    void save({ neverKeep: [...settings.neverKeep, host] });
  };

  return (
    <section class="card keep" aria-labelledby="keep-title">
      <h2 id="keep-title">{t('keepTitle')}</h2>
      <p>{t('keepExplain')}</p>
      <p data-testid="keep-state">{settings === null ? '…' : settings.keepReading ? t('keepOn') : t('keepOff')}</p>
      <button type="button" data-testid="keep-toggle" disabled={settings === null} onClick={toggle}>
        {settings?.keepReading ? t('keepTurnOff') : t('keepTurnOn')}
      </button>
      <h3>{t('keepNeverTitle')}</h3>
      <form class="keep-never" onSubmit={addSite}>
        <label>
          <span class="visually-hidden">{t('keepNeverAdd')}</span>
          <input
            type="text"
            placeholder="bank.example"
            value={site}
            data-testid="never-keep-input"
            onInput={(e) => setSite((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" data-testid="never-keep-add" disabled={settings === null || site.trim() === ''}>
          {t('keepNeverAdd')}
        </button>
      </form>
      {settings && settings.neverKeep.length > 0 && (
        <ul class="never-keep" data-testid="never-keep-list">
          {settings.neverKeep.map((host) => (
            <li key={host} data-testid="never-keep-site">
              {host}{' '}
              <button
                type="button"
                class="link"
                aria-label={t('keepNeverRemoveOne', host)}
                onClick={() => void save({ neverKeep: settings.neverKeep.filter((h) => h !== host) })}
              >
                {t('keepNeverRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{t('keepPrivate')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
