import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Message, request } from '../../lib/messages';
import { createTranslate } from '../../lib/ui/i18n';
import { Reader } from '../../lib/ui/reader/reader';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const send = (message: Message) => browser.runtime.sendMessage(message);

document.documentElement.lang = browser.i18n.getUILanguage();

render(
  <Reader
    id={new URLSearchParams(location.search).get('id') ?? ''}
    load={(id) => request(send, 'get-document', { id })}
    t={createTranslate((key, subs) => browser.i18n.getMessage(key as MessageName, subs))}
    locale={browser.i18n.getUILanguage()}
  />,
  document.getElementById('app') as HTMLElement,
);
