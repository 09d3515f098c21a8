import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/claims/claim';
import { isStatement } from '../../../lib/matching/statement';
import { figure, makeClaim } from './make-claim';

const entity = (text: string, within: string, kind: Entity['kind'], key: string): Entity => {
  const start = within.indexOf(text);
  return { key, text, kind, start, end: start + text.length };
};

describe('isStatement', () => {
  it('takes a sentence with three content words', () => {
    const text = 'Союзники проведут встречу в Париже.';
    expect(isStatement(makeClaim({ text, terms: ['союзник', 'проведут', 'встреч', 'париж', '~prx'] }))).toBe(true);
  });

  it('takes a two-word count of what happened to people (`Десятеро постраждалих.`), not a bare count of chrome', () => {
    const injured = { ...figure(10, '@person', 'Десятеро постраждалих'), role: 'injured' };
    expect(isStatement(makeClaim({ text: 'Десятеро постраждалих.', terms: ['постраждал'], figures: [injured] }))).toBe(
      true,
    );
    const comments = figure(1, 'комментари', 'Комментарии 1');
    expect(isStatement(makeClaim({ text: 'Комментарии 1', terms: ['комментари'], figures: [comments] }))).toBe(false);
  });

  it('leaves out page chrome and a sentence that only credits a source', () => {
    expect(isStatement(makeClaim({ text: 'Видео дня', terms: ['виде', 'дня'] }))).toBe(false);
    const credit = makeClaim({ text: 'Об этом сообщает Reuters.', terms: ['сообща', 'reuter', '~rtr'] });
    expect(isStatement({ ...credit, reportingOnly: true })).toBe(false);
  });

  it('leaves out a photo caption made of people’s names', () => {
    const text = 'Андрей Ермак и Владимир Зеленский.';
    const claim = makeClaim({
      text,
      terms: ['андр', '~ndr', 'ермак', '~rmk', 'владимир', '~vld', 'зеленск', '~sln'],
      entities: [entity('Андрей Ермак', text, 'person', 'rmk'), entity('Владимир Зеленский', text, 'person', 'slnsk')],
    });
    expect(isStatement(claim)).toBe(false);
  });

  it('keeps a title-case headline, whose capitalised words read as names of other kinds', () => {
    const text = 'Russia, Ukraine Swap 1,000 Prisoners Each in Largest Exchange';
    const claim = makeClaim({
      text,
      terms: ['russia', 'ukrain', '~krn', 'swap', 'заключен', 'largest', 'обм'],
      entities: [
        entity('Russia', text, 'place', 'russia'),
        entity('Swap', text, 'other', 'svp'),
        entity('Largest Exchange', text, 'person', 'bm'),
      ],
    });
    expect(isStatement(claim)).toBe(true);
  });
});
