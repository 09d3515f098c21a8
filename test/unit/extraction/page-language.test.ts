import { describe, expect, it } from 'vitest';
import { resolvePageLanguage } from '../../../lib/extraction/page-language';

const RU =
  'Союзники Украины во вторник проведут встречу в Париже, чтобы определить свой вклад в будущие гарантии безопасности. Об этом сообщает издание, ссылаясь на объявление.';
const UK =
  'Союзники України зустрічаються у Парижі у вівторок, прагнучи узгодити свій внесок у майбутні гарантії безпеки. Про це повідомляє видання з посиланням на джерела.';
const EN =
  'Ukraine’s allies meet in Paris on Tuesday, seeking to pin down their contributions to future security guarantees for Kyiv.';

describe('resolvePageLanguage', () => {
  it('keeps a declared language consistent with the text, reduced to its primary tag', () => {
    expect(resolvePageLanguage('ru-RU', RU)).toBe('ru');
    expect(resolvePageLanguage('uk_UA', UK)).toBe('uk');
    expect(resolvePageLanguage('ua', UK)).toBe('uk');
    expect(resolvePageLanguage('en-GB', EN)).toBe('en');
  });

  it('keeps declared languages we do not analyse when the script fits', () => {
    expect(resolvePageLanguage('fr', 'Le projet de loi sur le renseignement massivement approuvé.')).toBe('fr');
  });

  it('tells Ukrainian from Russian when the attribute says the other one', () => {
    expect(resolvePageLanguage('ru', UK)).toBe('uk');
    expect(resolvePageLanguage('uk', RU)).toBe('ru');
  });

  it('detects the language when the attribute is in the wrong script or missing', () => {
    expect(resolvePageLanguage('en', RU)).toBe('ru');
    expect(resolvePageLanguage('ja', UK)).toBe('uk');
    expect(resolvePageLanguage(null, UK)).toBe('uk');
    expect(resolvePageLanguage('ru', EN)).toBe('en');
  });

  it('keeps a Russian attribute on Russian text that quotes a Ukrainian name', () => {
    expect(resolvePageLanguage('ru', `${RU} Речь шла о «Київстар».`)).toBe('ru');
  });
});
