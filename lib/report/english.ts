import MESSAGES from '../../assets/_locales/en/messages.json';
import type { Translate } from './translate';

const messages = MESSAGES as Record<string, { message: string }>;

/**
 * The English UI strings as a Translate, for what is written in English whatever the reader's language:
 * the evidence exports and the command-line report. Wording stays in one place, the locale file.
 */
export const englishT: Translate = (key, substitutions) => {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const message = messages[key]?.message;
  if (message === undefined) return key;
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
};
