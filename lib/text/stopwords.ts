import { wordsOfEveryPack } from '../languages';

// Function words of every language pack (lib/languages/<code>/stopwords.json), one set: texts mix languages
// (a Russian article quotes an English statement), and a word is a function word in whichever it is.
export const STOPWORDS: ReadonlySet<string> = new Set(wordsOfEveryPack((p) => p.stopwords.words));
