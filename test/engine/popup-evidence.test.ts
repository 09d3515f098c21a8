import { describe, expect, it } from 'vitest';
import { claimCheckFrom, sentenceAround } from '../../lib/background/claim-check';
import { pageMarks } from '../../lib/background/page-marks';
import { claimRows } from '../../lib/matching/claim-rows';
import { buildReport } from '../../lib/report/report';
import { splitAround, storySummaries } from '../../lib/ui/popup/claim-rows';
import { reportToJson, reportToMarkdown } from '../../lib/ui/popup/export-comparison';
import { corpusOf, seedDocuments, variant } from '../fixtures/matching/engine-fixture';

/** Seed-003 copy saying "понад 40 лідерів", compared with the five seeds, as the popup receives it. */
async function fortyLeaders() {
  const here = variant('variant-003-forty-leaders.txt');
  const comparison = await corpusOf(seedDocuments()).compare(here.article, here.claims);
  return { here, comparison };
}

describe('what the popup shows and exports, on the seeds', () => {
  it('groups the comparison claim by claim, with the 40 vs 27 difference on the leaders claim', async () => {
    const { comparison } = await fortyLeaders();
    const leaders = claimRows(comparison).find((r) => r.text.includes('понад 40 лідерів'));
    expect(leaders?.differs).toBe(true);
    expect(leaders?.echoes.map((e) => e.outlet)).toEqual(expect.arrayContaining(['РБК-Украина', 'УНН']));
    const summaries = storySummaries(comparison);
    expect(summaries.length).toBe(comparison.stories.length);
    expect(summaries.some((s) => s.differing > 0)).toBe(true);
  });

  it('exports Markdown that cites each outlet, its link and the differing phrases on both sides', async () => {
    const { here, comparison } = await fortyLeaders();
    const links = { '002_11f65d7f125b6a49.txt': { url: 'https://www.rbc.ua/example', published: '2026-01-06' } };
    const md = reportToMarkdown(buildReport(here.article, comparison, links));
    expect(md).toMatch(/^# Parallax comparison: /);
    expect(md).toContain('[Союзники Украины во вторник проведут встречу в Париже');
    expect(md).toContain('(https://www.rbc.ua/example)');
    expect(md).toMatch(/number: “понад 40 лідерів” here vs “более 27 мировых лидеров” there/);
    for (const story of comparison.stories) expect(md).toContain(`**${story.outlet}**`);
    expect(md.includes('## Claims only this outlet makes')).toBe(comparison.onlyHere.length > 0);
  });

  it('exports JSON with the comparison and the links, without the article text', async () => {
    const { here, comparison } = await fortyLeaders();
    const json = JSON.parse(reportToJson(buildReport(here.article, comparison, {})));
    expect(json.generator).toBe('Parallax');
    expect(json.article.text).toBeUndefined();
    expect(json.comparison.stories).toHaveLength(comparison.stories.length);
  });

  it('answers "Compare this claim" on part of a sentence with the whole sentence and its matches', async () => {
    const { here, comparison } = await fortyLeaders();
    expect(sentenceAround(here.article.text, 'понад 40 лідерів')).toMatch(/^До Президента України .*понад 40 лідерів/);
    const check = claimCheckFrom('понад 40 лідерів', here.article, comparison, 0);
    expect(check.context).toMatch(/^До Президента України/);
    expect(check.matches.map((m) => m.outlet)).toEqual(expect.arrayContaining(['РБК-Украина']));
    expect(check.matches.some((m) => m.aligned.differences.some((d) => d.kind === 'number'))).toBe(true);
  });

  it('says no outlet makes a claim that none of them makes', async () => {
    const { here, comparison } = await fortyLeaders();
    const check = claimCheckFrom('Цього речення немає в жодній статті.', here.article, comparison, 0);
    expect(check.matches).toEqual([]);
  });

  it('marks differing claims red and shared ones green, naming the outlets in the note', async () => {
    const { comparison } = await fortyLeaders();
    const marks = pageMarks(comparison, { agrees: 'agrees' });
    const leaders = marks.find((m) => m.text.includes('понад 40 лідерів'));
    expect(leaders?.kind).toBe('differs');
    expect(leaders?.note).toMatch(/РБК-Украина: понад 40 лідерів ≠ более 27 мировых лидеров/);
    expect(marks.some((m) => m.kind === 'shared')).toBe(true);
  });

  it('splits text around a phrase for highlighting, and declines a phrase it does not contain', () => {
    expect(splitAround('более 27 мировых лидеров', '27 мировых')).toEqual(['более ', '27 мировых', ' лидеров']);
    expect(splitAround('более 27 мировых лидеров', '30')).toBeNull();
  });
});
