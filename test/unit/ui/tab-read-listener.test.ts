import { describe, expect, it } from 'vitest';
import { tabReadListener } from '../../../lib/ui/panel/tab-read-listener';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const background = { id: ID, url: `${ORIGIN}background.js` };

function listen() {
  const heard: number[] = [];
  return { heard, listener: tabReadListener(ID, ORIGIN, (tabId) => heard.push(tabId)) };
}

describe('the side panel’s message listener', () => {
  it('hears "tab-read" from the extension’s background', () => {
    const { heard, listener } = listen();
    expect(listener({ type: 'tab-read', payload: { tabId: 12 } }, background)).toBeUndefined();
    expect(heard).toEqual([12]);
  });

  it('leaves every other message to its receiver, without answering it', () => {
    const { heard, listener } = listen();
    expect(
      listener({ type: 'read-tab', payload: { tabId: 12 } }, { id: ID, url: `${ORIGIN}popup.html` }),
    ).toBeUndefined();
    expect(listener(null, background)).toBeUndefined();
    expect(listener('tab-read', background)).toBeUndefined();
    expect(heard).toEqual([]);
  });

  it('ignores "tab-read" from a content script, another extension or a foreign origin', () => {
    const { heard, listener } = listen();
    const message = { type: 'tab-read', payload: { tabId: 3 } };
    listener(message, { ...background, tab: { id: 3 } });
    listener(message, { id: 'another', url: `${ORIGIN}background.js` });
    listener(message, { id: ID, url: 'https://news.example/' });
    listener(message, { id: ID });
    expect(heard).toEqual([]);
  });

  it('ignores a malformed "tab-read"', () => {
    const { heard, listener } = listen();
    listener({ type: 'tab-read', payload: { tabId: -1 } }, background);
    listener({ type: 'tab-read', payload: { tabId: '3' } }, background);
    listener({ type: 'tab-read' }, background);
    expect(heard).toEqual([]);
  });
});
