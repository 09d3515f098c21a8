import type { Article } from '../extraction/article';
import { claimRows } from '../matching/claim-rows';
import type { Comparison } from '../matching/comparison';
import type { ClaimCheck, ClaimMatch } from '../protocol/claim-check';
import { collapseSpaces } from '../text/normalise';

const squash = collapseSpaces;

/** Overlap of two texts: does one contain the other, or do they share a run of words long enough to be the same claim? */
function overlaps(claim: string, selection: string): boolean {
  const a = squash(claim).toLowerCase();
  const b = squash(selection).toLowerCase();
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const words = b.split(' ');
  // Six consecutive words of the selection inside the claim: a selection spanning two sentences.
  for (let i = 0; i + 6 <= words.length; i++) {
    if (a.includes(words.slice(i, i + 6).join(' '))) return true;
  }
  return false;
}

/** The sentence of `text` around the selection, so a half-selected claim is compared whole. */
export function sentenceAround(text: string, selection: string): string | null {
  const flat = squash(text);
  const needle = squash(selection);
  const at = flat.indexOf(needle);
  if (at < 0 || !needle) return null;
  const before = flat.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const afterAt = at + needle.length;
  const ends = ['. ', '! ', '? '].map((p) => flat.indexOf(p, afterAt - 1)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : flat.length;
  return flat.slice(start < 0 ? 0 : start + 2, end).trim();
}

/** Picks, from a whole-article comparison, the aligned claims that make the selected claim. */
export function claimCheckFrom(
  selection: string,
  article: Article | null,
  comparison: Comparison | null,
  now: number,
): ClaimCheck {
  const context = (article && sentenceAround(article.text, selection)) ?? squash(selection);
  const matches: ClaimMatch[] = [];
  for (const row of comparison ? claimRows(comparison) : []) {
    if (!overlaps(row.text, selection) && !overlaps(row.text, context)) continue;
    for (const { storyId, outlet, title, published, aligned } of row.echoes) {
      matches.push({ storyId, outlet, title, published, aligned });
    }
  }
  return { selection: squash(selection), context, outlet: article?.outlet ?? null, matches, createdAt: now };
}
