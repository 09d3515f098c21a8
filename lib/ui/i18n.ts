/**
 * The extension pages' strings come from `_locales` through the browser (`i18n.getMessage`); what they
 * word with them (dates, counts, figures, differences, anomalies) lives in lib/report, shared with the
 * CLI and the exports.
 */
import type { Translate } from '../report/translate';

/** The browser's i18n API as the pages use it (WXT types its keys; the UI passes plain strings). */
export interface BrowserI18n {
  getMessage(key: never, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/**
 * The strings and locale of an extension page, from the browser's language; the page's `lang` is set
 * to it so screen readers read the UI in that language. A missing string shows its key, never a blank.
 */
export function pageLocale(i18n: BrowserI18n, doc: Document): { t: Translate; locale: string } {
  const locale = i18n.getUILanguage();
  doc.documentElement.lang = locale;
  const getMessage = i18n.getMessage as (key: string, subs?: string | string[]) => string;
  return { t: (key, subs) => getMessage(key, subs) || key, locale };
}

export function languageName(tag: string, locale: string): string {
  if (tag === 'und') return '?';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Plural categories the locale files give a count message in (`popupSharedClaims_one`, `…_few`…). */
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * A message with a count in it, in the plural form the count takes in the strings' language
 * (`1 claim`, `2 утверждения`, `5 тверджень`): the locale file gives `key_one`, `key_few`, `key_many`,
 * `key_other` as that language needs, and names its language in `messagesLocale`, since the browser may
 * fall back to English strings for a UI language Parallax has no strings for. The count is written in
 * the UI locale (`1 000` in Russian) and is the first substitution, followed by `rest`.
 */
export function countMessage(t: Translate, locale: string, key: string, count: number, ...rest: string[]): string {
  const language = t('messagesLocale');
  const category = pluralCategory(language === 'messagesLocale' ? locale : language, count);
  const substitutions = [new Intl.NumberFormat(locale).format(count), ...rest];
  const exact = `${key}_${category}`;
  const text = t(exact, substitutions);
  return text === exact ? t(`${key}_other`, substitutions) : text;
}
