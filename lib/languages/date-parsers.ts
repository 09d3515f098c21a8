import * as chrono from 'chrono-node';
import { languagePack, OTHER_LANGUAGES } from './index';

/**
 * chrono-node's parsers of dates by locale, for the `dateParser` a language pack (or another language of
 * other-languages.json) names. Listed one by one so that bundles carry only these locales.
 */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
};

/** The parser a language's data names, or undefined for a name this table does not hold. */
export function dateParserNamed(name: string): chrono.Chrono | undefined {
  return Object.hasOwn(PARSERS, name) ? PARSERS[name] : undefined;
}

/** The parser of dates written in a language: its pack's, or the one other-languages.json names; else undefined. */
export function dateParserOf(lang: string): chrono.Chrono | undefined {
  const name =
    languagePack(lang)?.dateParser ??
    (Object.hasOwn(OTHER_LANGUAGES, lang) ? OTHER_LANGUAGES[lang]?.dateParser : undefined);
  return name === undefined ? undefined : dateParserNamed(name);
}
