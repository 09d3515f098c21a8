import { useState } from 'preact/hooks';
import type { Translate } from '../../report/translate';
import { Feeds } from './feeds';
import { KeepReading } from './keep-reading';
import { LibrarySection } from './library-section';
import type { OptionsClient } from './options-client';
import { SiteAccess } from './site-access';

export function Options({ client, t, locale }: { client: OptionsClient; t: Translate; locale: string }) {
  // Bumped when feeds bring or expire articles, so the library list and counts reload.
  const [libraryVersion, setLibraryVersion] = useState(0);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <LibrarySection client={client} t={t} locale={locale} version={libraryVersion} />
      <Feeds client={client} t={t} locale={locale} onLibraryChanged={() => setLibraryVersion((v) => v + 1)} />
      <KeepReading client={client} t={t} />
      <SiteAccess client={client} t={t} />
    </main>
  );
}
