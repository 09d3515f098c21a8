import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface UkEnEntry {
  headword: string;
  /** English glosses by sense (`<li>`), each sense's comma- or semicolon-separated phrases in order. */
  senses: string[][];
}

export interface UkEnDictionary {
  entries: UkEnEntry[];
  /** Inflected and stressed forms (stress marks stripped) → index into `entries`. */
  forms: Map<string, number[]>;
}

const STRESS = /\u0301/g;

/** Plain text of one `<li>` gloss: tags and stress marks removed. */
const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(STRESS, '')
    .replace(/\s+/g, ' ')
    .trim();

function withoutNotes(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\([^()]*\)/g, ' ');
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Reads the StarDict Ukrainian→English dictionary (idx + dictzip + syn) of kaikki.org's Wiktionary extract. */
export function readWiktionaryUkEn(dir: string): UkEnDictionary {
  const idx = readFileSync(join(dir, 'uk-en.idx'));
  const dict = gunzipSync(readFileSync(join(dir, 'uk-en.dict.dz')));
  const entries: UkEnEntry[] = [];
  for (let i = 0; i < idx.length; ) {
    const end = idx.indexOf(0, i);
    const headword = idx.toString('utf8', i, end).replace(STRESS, '');
    const offset = idx.readUInt32BE(end + 1);
    const size = idx.readUInt32BE(end + 5);
    i = end + 9;
    const html = dict.toString('utf8', offset, offset + size);
    // Notes in parentheses hold commas of their own (`to die (lose one's life, especially …)`): drop
    // them before splitting a sense into its glosses.
    const senses = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      withoutNotes(plain(m[1] ?? ''))
        .split(/\s*[;,]\s*/)
        .filter(Boolean),
    );
    entries.push({ headword, senses });
  }
  const syn = readFileSync(join(dir, 'uk-en.syn'));
  const forms = new Map<string, number[]>();
  for (let i = 0; i < syn.length; ) {
    const end = syn.indexOf(0, i);
    const form = syn.toString('utf8', i, end).replace(STRESS, '');
    const entry = syn.readUInt32BE(end + 1);
    i = end + 5;
    const list = forms.get(form);
    if (!list) forms.set(form, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
  return { entries, forms };
}
