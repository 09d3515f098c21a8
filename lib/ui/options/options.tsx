import type { Translate } from '../i18n';
import { Library } from './library';
import type { OptionsClient } from './options-client';
import { SiteAccess } from './site-access';

export function Options({ client, t, locale }: { client: OptionsClient; t: Translate; locale: string }) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <Library client={client} t={t} locale={locale} />
      <SiteAccess client={client} t={t} />
    </main>
  );
}
