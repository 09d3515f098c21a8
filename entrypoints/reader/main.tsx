import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/protocol/messages';
import { pageLocale } from '../../lib/ui/i18n';
import { Reader } from '../../lib/ui/reader/reader';

const send = (message: Message) => browser.runtime.sendMessage(message);

const { t, locale } = pageLocale(browser.i18n, document);

render(
  <Reader
    id={new URLSearchParams(location.search).get('id') ?? ''}
    load={(id) => request(send, 'get-document', { id })}
    t={t}
    locale={locale}
  />,
  document.getElementById('app') as HTMLElement,
);
