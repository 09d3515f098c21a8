import { collapseSpaces } from '../text/normalise';
/** Shorter than a news brief: a caption, a cookie notice, an error page. */
export const MIN_ARTICLE_CHARS = 280;
/**
 * Linked headlines are how listings present stories. Articles have some too (related stories,
 * a ranked list of reviews), but then with long text per headline; a listing's teasers carry a
 * sentence or two.
 */
const MAX_LINKED_HEADINGS = 3;
const MIN_CHARS_PER_LINKED_HEADING = 400;
/** Share of the text that is link text above which the content is a list of links. */
const MAX_LINK_DENSITY = 0.5;

export interface ShapeVerdict {
  reason: 'not-article';
  message: string;
}

const textLength = (node: Node | null | undefined): number => collapseSpaces(node?.textContent ?? '').length;

/** Where a link leads, without its fragment; null for in-page anchors and non-web links. */
function linkTarget(href: string | null, pageUrl: string | null): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, pageUrl ?? undefined);
    if (!/^https?:$/.test(url.protocol)) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * A headline that is a link to another page, as in a listing. Headings in articles carry
 * permalink anchors or `[edit]` links, which are in-page or only a small part of the heading.
 */
function isTeaserHeadline(heading: Element, pageUrl: string | null): boolean {
  const page = linkTarget(pageUrl, null);
  const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
  if (!link) return false;
  const target = linkTarget(link.getAttribute('href'), pageUrl);
  if (!target || target === page) return false;
  return textLength(link) >= 0.6 * textLength(heading);
}

/**
 * Rejects what Readability extracted when it is not one story: too little text, mostly links
 * (a home page, a section front) or a run of linked headlines (a listing, search results).
 */
export function judgeArticleShape(content: Element, text: string, pageUrl: string | null): ShapeVerdict | null {
  if (text.length < MIN_ARTICLE_CHARS) {
    return {
      reason: 'not-article',
      message: `Only ${text.length} characters of text were found: too little for an article.`,
    };
  }
  const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linkedHeadings = headings.filter((h) => isTeaserHeadline(h, pageUrl)).length;
  if (linkedHeadings > MAX_LINKED_HEADINGS && text.length / linkedHeadings < MIN_CHARS_PER_LINKED_HEADING) {
    return {
      reason: 'not-article',
      message: `The page lists ${linkedHeadings} linked headlines: it looks like a home page, section or search results, not a single article.`,
    };
  }
  let linkChars = 0;
  for (const a of Array.from(content.querySelectorAll('a'))) linkChars += textLength(a);
  const density = linkChars / Math.max(textLength(content), 1);
  if (density > MAX_LINK_DENSITY) {
    return {
      reason: 'not-article',
      message: `${Math.round(density * 100)}% of the page's main text is links: it looks like a list of links, not an article.`,
    };
  }
  return null;
}
