/**
 * Prefix of a concept term (`@kill`): a language-neutral concept from the lexicon, the one kind of
 * word term Russian, Ukrainian and English claims share. Name skeletons (`~sln`) cross scripts too.
 */
export const CONCEPT_PREFIX = '@';
