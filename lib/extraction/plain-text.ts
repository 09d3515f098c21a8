import { collapseSpaces } from '../text/normalise';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Reduces a metadata string (title, byline, site name) that may carry markup to inert plain text.
 * Done with string rules, not a DOM: parsing hostile markup with the live page's document would
 * let `<img onerror>` fire. Entities are decoded first so escaped markup (`&lt;script&gt;`) is
 * stripped too; script/style bodies go with their tags.
 */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  let text = decodeEntities(value);
  text = text.replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ');
  text = text.replace(/<\/?[a-z!?/][^>]*(>|$)/gi, ' ');
  // A lone `<` left over cannot open a tag any more once no `>` follows; keep the text readable.
  return collapseSpaces(text);
}
