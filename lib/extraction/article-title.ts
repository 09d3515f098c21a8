import { collapseSpaces } from '../text/normalise';

const ALL_SEPARATORS = / [|\-–—\\/>»] /g;
const DASH_SEPARATOR = / [–—] /;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;
/** Metas Readability takes a title from before it falls back to `<title>`. */
const TITLE_METAS =
  'meta[property~="og:title" i], meta[name="twitter:title" i], meta[property~="twitter:title" i], meta[name="title" i], meta[name="dc:title" i], meta[name="dc.title" i], meta[property~="dc:title" i], meta[name="dcterm:title" i], meta[name="parsely-title" i], meta[name^="weibo:" i][name$=":title" i]';

const wordCount = (s: string): number => s.trim().split(/\s+/).length;
const collapse = collapseSpaces;

/** Whether the page states this title in its metadata, so Readability did not derive it from `<title>`. */
function titleFromMetadata(doc: Document, title: string): boolean {
  for (const meta of Array.from(doc.querySelectorAll(TITLE_METAS))) {
    if (collapse(meta.getAttribute('content') ?? '') === title) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (collapse(script.textContent ?? '').includes(title)) return true;
  }
  return false;
}

/**
 * Readability 0.6 splits `<title>` on `|`, `-`, `/`, `>` and `»` but not on the en and em dashes
 * that most Russian and Ukrainian sites use (`Заголовок — РБК-Украина`), so their titles keep
 * the site name. When Readability's title is the raw `<title>` text with such a dash, this redoes
 * its separator rule with dashes included (as later Readability versions do): drop the last
 * segment, unless that leaves four words or fewer. Titles a site gives in its metadata are kept.
 */
export function refineTitle(readabilityTitle: string, doc: Document): string {
  const title = collapse(readabilityTitle);
  const original = collapse(doc.title ?? '');
  if (!DASH_SEPARATOR.test(title) || !original.includes(title) || titleFromMetadata(doc, title)) return title;
  const separators = Array.from(original.matchAll(ALL_SEPARATORS));
  const last = separators[separators.length - 1];
  if (!last || last.index === undefined) return title;
  let candidate = original.slice(0, last.index);
  if (wordCount(candidate) < 3) candidate = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  candidate = candidate.trim();
  const hierarchical = HIERARCHICAL_SEPARATOR.test(original);
  const words = wordCount(candidate);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) {
    return original;
  }
  return candidate;
}

/** Longest headline made from body text; news headlines rarely exceed it. */
const MAX_TEXT_TITLE = 140;

/** A headline for text that has none: its first sentence, cut at a word boundary if too long. */
export function titleFromText(text: string): string {
  const first = collapse(text.split('\n', 1)[0] ?? '');
  const sentence = first.match(/^.+?[.!?…](?=\s|$)/)?.[0] ?? first;
  if (sentence.length <= MAX_TEXT_TITLE) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_TEXT_TITLE - 1);
  return `${sentence.slice(0, cut > 40 ? cut : MAX_TEXT_TITLE - 1)}…`;
}
