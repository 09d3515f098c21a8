import { readFileSync } from 'node:fs';
import { splitParagraphs, splitSentences } from './lib/text/sentences';
import { tokenize } from './lib/text/tokenize';
import { claimTerms } from './lib/claims/terms';
import { loadLexiconFromDisk } from './lib/claims/load-lexicon-from-disk';
import { EMPTY_LEXICON } from './lib/claims/lexicon';
const lex = loadLexiconFromDisk();
const sents = (f: string) => { const raw = readFileSync('seeds/'+f,'utf8'); const text = raw.replace(/^\s*date\s+\S+\s+/, '');
  const out: string[] = []; for (const p of splitParagraphs(text)) for (const s of splitSentences(text, p.start, p.end)) out.push(text.slice(s.start, s.end)); return out; };
const uk = sents('003_86fc445a369e6c3e.txt');
const ru = [...sents('002_11f65d7f125b6a49.txt').map(s=>'2|'+s), ...sents('004_fff0361c4270e2c0.txt').map(s=>'4|'+s)];
const jac = (a: Set<string>, b: Set<string>) => { let i=0; for (const x of a) if (b.has(x)) i++; return i/(a.size+b.size-i||1); };
for (const [name, L] of [['none', EMPTY_LEXICON], ['lex', lex]] as const) {
  console.log('====', name);
  const ruT = ru.map(s => new Set(claimTerms(tokenize(s.slice(2)), 'ru', L)));
  uk.forEach((s, i) => { const t = new Set(claimTerms(tokenize(s), 'uk', L));
    const scored = ruT.map((r, j) => [jac(t, r), j] as const).sort((a,b)=>b[0]-a[0]).slice(0,2);
    console.log(i, s.slice(0,60), '\n    ', scored.map(([sc,j]) => sc.toFixed(2)+' '+ru[j]!.slice(0,70)).join('\n     '));
  });
}
const t = new Set(claimTerms(tokenize(uk[4]!), 'uk', lex)); console.log([...t].join(' '));
const r = new Set(claimTerms(tokenize(ru.find(s=>s.includes('Дипломаты и официальные'))!.slice(2)), 'ru', lex)); console.log([...r].join(' '));
