import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../report/translate';
import type { OptionsClient } from './options-client';

/** The one optional permission: read pages without a click on the toolbar button each time. */
export function SiteAccess({ client, t }: { client: OptionsClient; t: Translate }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.hasAllSitesAccess().then(setGranted, () => setGranted(false));
  }, [client]);

  const toggle = async () => {
    setError(null);
    try {
      if (granted) {
        await client.revokeAllSitesAccess();
        setGranted(false);
      } else {
        const ok = await client.requestAllSitesAccess();
        setGranted(ok);
        if (!ok) setError(t('siteAccessDenied'));
      }
    } catch {
      setError(t('siteAccessError'));
    }
  };

  return (
    <section class="card" aria-labelledby="site-access-title">
      <h2 id="site-access-title">{t('siteAccessTitle')}</h2>
      <p>{t('siteAccessExplain')}</p>
      <p class="site-access-state" data-testid="site-access-state">
        {granted === null ? '…' : granted ? t('siteAccessOn') : t('siteAccessOff')}
      </p>
      <button type="button" data-testid="site-access-toggle" disabled={granted === null} onClick={() => void toggle()}>
        {granted ? t('siteAccessRevoke') : t('siteAccessGrant')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
