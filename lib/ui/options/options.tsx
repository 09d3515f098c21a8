import type { Translate } from '../i18n';
import type { OptionsClient } from './options-client';
import { SiteAccess } from './site-access';

export function Options({ client, t }: { client: OptionsClient; t: Translate }) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPlaceholder')}</p>
      <SiteAccess client={client} t={t} />
    </main>
  );
}
