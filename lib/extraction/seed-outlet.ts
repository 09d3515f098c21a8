/** A publication's name as written in running text: `УНН`, `OBOZ.UA`, `РБК-Украина`, `Kyiv Independent`. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}’'.\-]*(?:\s\p{Lu}[\p{L}\p{N}’'.\-]*){0,2})`;

/**
 * Ways an outlet names itself, most explicit first. Each captures the outlet, never the source it
 * cites: in `сообщает РБК-Украина со ссылкой на Reuters` the outlet is the citer, in
 * `повідомляє Reuters, пише УНН` it is the outer `пише`, and `Как сообщал X` (past tense: "as we
 * reported") is how outlets refer back to their own earlier stories, unlike `Как пишет Bloomberg`.
 */
const SELF_REFERENCES: RegExp[] = [
  new RegExp(
    String.raw`(?:Как|Як)\s+(?:ранее\s+|раніше\s+)?(?:сообщал[аои]?|писал[аои]?|повідомля(?:в|ла|ло|ли)|писа(?:в|ла|ло|ли))\s+${NAME}`,
    'u',
  ),
  new RegExp(String.raw`(?:в|у)\s+(?:нашем\s+|нашому\s+)?Telegram-канал[еі]\s+${NAME}`, 'u'),
  new RegExp(
    String.raw`(?:сообщает|сообщил[ои]?|пишет|передает|повідомляє|повідомили|пише|передає)\s+${NAME}\s+(?:со ссылкой на|з посиланням на)\s`,
    'u',
  ),
  new RegExp(
    String.raw`(?:сообщает|пишет|передает|повідомляє|пише|передає)\s+[^,.]+,\s+(?:пишет|пише|передает|передає|сообщает|повідомляє)\s+${NAME}\s*\.`,
    'u',
  ),
];

/** Collage and photo credits name whoever made the picture; a collage is the outlet's own work. */
const CREDITS: RegExp[] = [
  new RegExp(String.raw`(?:Коллаж|Колаж|Collage)\s*:\s*${NAME}`, 'u'),
  new RegExp(String.raw`(?:Фото|Photo)\s*:\s*${NAME}`, 'u'),
];

/** Photo agencies and platforms credited for pictures an outlet did not take: not the outlet. */
const NOT_OUTLETS =
  /^(Reuters|AP|AFP|EPA|Getty|Getty Images|Depositphotos|Shutterstock|УНИАН|УНІАН|Telegram|Facebook|Twitter|X|Instagram|YouTube|скриншот|Скриншот)$/;

const clean = (name: string): string => name.replace(/[.’'-]+$/, '').trim();

/**
 * The outlet a bundled text comes from, when the text itself says so (a self-reference or a
 * collage/photo credit); null when it does not. Never guessed from anything else.
 */
export function outletFromText(text: string): string | null {
  for (const patterns of [SELF_REFERENCES, CREDITS]) {
    for (const re of patterns) {
      const name = text.match(re)?.[1];
      if (name && !NOT_OUTLETS.test(clean(name))) return clean(name);
    }
  }
  return null;
}
