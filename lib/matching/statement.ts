import type { Claim } from '../claims/claim';
import { STOPWORDS } from '../text/stopwords';

/** Fewer content words than this is page chrome or a caption (`Комментарии 1`, `Видео дня`), not a statement. */
const MIN_STATEMENT_WORDS = 3;
const NAME_SKELETON = /^[~≈]/;
const WORD = /[\p{L}]{2,}/gu;

/**
 * Whether some word of the claim is neither a person's name nor a stopword: `Андрей Ермак и Владимир
 * Зеленский.` is a photo caption. Only people are blanked out: a title-case headline (`Russia, Ukraine Swap
 * 1,000 Prisoners`) reads as a run of names of other kinds.
 */
function saysSomething(claim: Claim): boolean {
  const people = claim.entities.filter((e) => e.kind === 'person');
  // Terms are never stopwords, so without a person every term is such a word.
  if (people.length === 0) return true;
  for (const m of claim.text.matchAll(WORD)) {
    const at = claim.start + m.index;
    if (people.some((e) => at >= e.start && at < e.end)) continue;
    if (!STOPWORDS.has(m[0].toLowerCase())) return true;
  }
  return false;
}

function statement(claim: Claim): boolean {
  if (claim.reportingOnly) return false;
  // `Десятеро постраждалих.`: a count with what happened to the counted is a statement in two words.
  if (claim.figures.some((f) => f.role !== undefined && !f.ordinal)) return true;
  let words = 0;
  for (const term of claim.terms) {
    if (!NAME_SKELETON.test(term) && ++words >= MIN_STATEMENT_WORDS) return saysSomething(claim);
  }
  return false;
}

// Asked for every claim of every candidate on each comparison; claims do not change once analysed.
const cache = new WeakMap<Claim, boolean>();

/** Claims that state something: not page chrome, not a caption of names, and not a sentence that only credits a source (`Об этом сообщает Reuters.`). */
export function isStatement(claim: Claim): boolean {
  let known = cache.get(claim);
  if (known === undefined) {
    known = statement(claim);
    cache.set(claim, known);
  }
  return known;
}
