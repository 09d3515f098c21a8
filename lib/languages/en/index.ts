import { stemmer } from '@orama/stemmers/english';
import { definePack, type LanguageIdentity } from '../language-pack';
import attribution from './attribution.json';
import dates from './dates.json';
import entities from './entities.json';
import grammar from './grammar.json';
import language from './language.json';
import numbers from './numbers.json';
import outlets from './outlets.json';
import quantities from './quantities.json';
import sentences from './sentences.json';
import stopwords from './stopwords.json';

export const en = definePack('en', {
  ...(language as LanguageIdentity),
  stem: stemmer,
  stopwords,
  sentences,
  numbers,
  quantities,
  grammar,
  attribution,
  dates,
  entities,
  outlets,
});
