import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/claims/analyze';
import { loadLexiconFromDisk } from '../../lib/node/load-lexicon-from-disk';
import { seedArticle } from '../support/seeds';

const lexicon = loadLexiconFromDisk();

// Annotated by reading the seeds: sentence count and some sentences that must come out whole.
const EXPECTED: Record<string, { lang: string; sentences: number; whole: string[] }> = {
  '000': {
    lang: 'ru',
    sentences: 23,
    whole: [
      'Встречу проведет президент Франции Эммануэль Макрон.',
      'Пути завершения войны: мнение эксперта',
      'Для выявления нарушений будут использоваться беспилотники и спутники", - говорится в сообщении.',
    ],
  },
  '001': {
    lang: 'ru',
    sentences: 15,
    whole: [
      'Об этом сообщают сразу несколько западных изданий.',
      'Французский чиновник заявил Politico о "сближении между Украиной, Европой и США".',
      'Против присутствия иностранных войск в Украине категорически выступает и Москва.',
    ],
  },
  '002': {
    lang: 'ru',
    sentences: 20,
    whole: [
      'Об этом сообщает РБК-Украина со ссылкой на Reuters.',
      'После этого политические лидеры смогут предоставить этим договоренностям необходимую поддержку.',
      'Встреча состоится после консультаций советников коалиции, которые прошли 3 января в Киеве.',
    ],
  },
  '003': {
    lang: 'uk',
    sentences: 12,
    whole: [
      'Переговори щодо припинення війни прискорилися з листопада.',
      'Ми досягли згоди щодо операційних деталей гарантій безпеки.',
      'Досі військові обіцянки були здебільшого розпливчастими, пише видання.',
    ],
  },
  '004': {
    lang: 'ru',
    sentences: 27,
    whole: [
      'Об этом сообщает Reuters.',
      'Не ведитесь на фейки!',
      'По его словам, Киев и Вашингтон уже согласовали военный документ о поддержке ВСУ.',
    ],
  },
};

describe('claims of the seeds', () => {
  for (const [seed, expected] of Object.entries(EXPECTED)) {
    describe(`seed ${seed}`, () => {
      const article = seedArticle(seed);
      const claims = analyze(article, lexicon);

      it(`has ${expected.sentences} sentences, the annotated ones whole`, () => {
        expect(new Set(claims.map((c) => c.sentence)).size).toBe(expected.sentences);
        const sentenceTexts = new Map<number, string>();
        for (const c of claims) {
          const first = claims.find((x) => x.sentence === c.sentence);
          const last = claims.findLast((x) => x.sentence === c.sentence);
          if (first && last) sentenceTexts.set(c.sentence, article.text.slice(first.start, last.end));
        }
        for (const s of expected.whole) expect([...sentenceTexts.values()]).toContain(s);
      });

      it('gives offsets that slice back to each claim, in order, in their paragraphs', () => {
        const paragraphs = article.text.split('\n').filter((p) => p.trim());
        let previousEnd = 0;
        for (const c of claims) {
          expect(article.text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(previousEnd);
          expect(paragraphs[c.paragraph]).toContain(c.text);
          previousEnd = c.end;
        }
      });

      it(`labels the claims ${expected.lang}`, () => {
        expect(claims.every((c) => c.lang === expected.lang)).toBe(true);
      });
    });
  }

  it('reports an unsupported language as und instead of mislabelling it', () => {
    const article = {
      ...seedArticle('002'),
      lang: 'de',
      text: 'Die Verbündeten der Ukraine treffen sich am Dienstag in Paris. Mehr als 27 Staats- und Regierungschefs werden erwartet.',
    };
    const claims = analyze(article, lexicon);
    expect(claims.length).toBe(2);
    expect(claims.every((c) => c.lang === 'und')).toBe(true);
  });
});
