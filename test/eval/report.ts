import { LANGUAGE_PAIRS, type MetricRow } from './metrics';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - [...s].length));

function table(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max([...h].length, ...body.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** The report's tables, from the metric rows (the same rows `--json` prints). */
export function formatReport(metrics: MetricRow[], documents: number, seconds: number): string {
  const get = (metric: string, corpus: string, split: string, pair = 'all'): number | undefined =>
    metrics.find((m) => m.metric === metric && m.corpus === corpus && m.split === split && m.pair === pair)?.value;
  const num = (x: number | undefined, digits = 2): string =>
    x === undefined ? '' : Number.isNaN(x) ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(digits);
  const share = (value: string, count: string, corpus: string, split: string, pair = 'all'): string => {
    const v = get(value, corpus, split, pair);
    const n = get(count, corpus, split, pair);
    if (v === undefined || n === undefined) return '';
    return `${num(v)} (${Math.round(v * n)}/${n})`;
  };
  const out = [`Parallax quality report — ${documents} documents, ${seconds.toFixed(0)} s`, ''];

  out.push('Same story on the real corpora (corpus-dev + corpus-dev2), directed pairs, by language pair:');
  const pairRows = [...LANGUAGE_PAIRS, 'all'].map((pair) => [
    pair,
    share('same_story_recall', 'same_story_pairs', 'real', 'calibration', pair),
    num(get('same_story_precision', 'real', 'calibration', pair)),
    share('same_story_recall', 'same_story_pairs', 'real', 'validation', pair),
    num(get('same_story_precision', 'real', 'validation', pair)),
  ]);
  out.push(...table(['pair', 'recall (calibration)', 'precision', 'recall (validation)', 'precision'], pairRows), '');

  out.push('Same story by corpus and split, with hard negatives (pairs of a negative and the event it imitates):');
  const corpusRows: string[][] = [];
  for (const corpus of ['seeds', 'corpus-dev', 'corpus-dev2', 'real']) {
    for (const split of corpus === 'seeds' ? ['seeds'] : ['calibration', 'validation', 'all']) {
      if (get('same_story_pairs', corpus, split) === undefined) continue;
      const negatives = get('hard_negative_pairs', corpus, split);
      const kinds = get('same_kind_other_event_pairs', corpus, split);
      corpusRows.push([
        corpus,
        split,
        share('same_story_recall', 'same_story_pairs', corpus, split),
        num(get('same_story_precision', corpus, split)),
        num(get('other_event_matched', corpus, split) ?? 0),
        negatives === undefined ? '' : `${num(get('hard_negatives_matched', corpus, split) ?? 0)} of ${negatives}`,
        kinds === undefined ? '' : `${num(get('same_kind_other_event_matched', corpus, split) ?? 0)} of ${kinds}`,
      ]);
    }
  }
  out.push(
    ...table(
      [
        'corpus',
        'split',
        'recall',
        'precision',
        'other-event pairs',
        'hard negatives matched',
        'same kind, other event',
      ],
      corpusRows,
    ),
    '',
  );

  out.push('Claim pairs (same-fact claims shown between matched documents) against the annotations:');
  const claimRows: string[][] = [];
  if (get('claim_pair_recall', 'seeds', 'seeds') !== undefined) {
    claimRows.push([
      'seeds (gold facts)',
      'seeds',
      'all',
      share('claim_pair_recall', 'claim_pair_gold', 'seeds', 'seeds'),
      num(get('claim_pair_precision', 'seeds', 'seeds')),
    ]);
  }
  for (const split of ['calibration', 'validation']) {
    if (get('judged_pair_recall', 'corpus-dev', split) === undefined) continue;
    claimRows.push([
      'corpus-dev (judged pairs)',
      split,
      'all',
      num(get('judged_pair_recall', 'corpus-dev', split)),
      num(get('judged_pair_precision', 'corpus-dev', split)),
    ]);
  }
  for (const split of ['calibration', 'validation', 'all']) {
    for (const pair of [...LANGUAGE_PAIRS, 'all']) {
      if (get('claim_pair_gold', 'corpus-dev2', split, pair) === undefined) continue;
      claimRows.push([
        'corpus-dev2 (claims-gold)',
        split,
        pair,
        share('claim_pair_recall', 'claim_pair_gold', 'corpus-dev2', split, pair),
        num(get('claim_pair_precision', 'corpus-dev2', split, pair)),
      ]);
    }
  }
  out.push(...table(['annotations', 'split', 'pair', 'recall', 'precision'], claimRows), '');

  out.push('Annotated conflicts flagged with the right values on both sides:');
  const conflictRows: string[][] = [];
  for (const corpus of ['corpus-dev', 'corpus-dev2', 'real']) {
    for (const split of ['calibration', 'validation', 'all']) {
      if (get('conflicts_annotated', corpus, split) === undefined) continue;
      const traps = get('traps_annotated', corpus, split);
      const differences = get('differences_on_gold_pairs', corpus, split);
      const oracleDifferences = get('differences_on_gold_pairs_if_aligned', corpus, split);
      conflictRows.push([
        corpus,
        split,
        share('conflicts_flagged_right', 'conflicts_annotated', corpus, split),
        `${num(get('conflicts_aligned', corpus, split) ?? 0)} of ${num(get('conflicts_annotated', corpus, split))}`,
        share('conflicts_flagged_right_if_aligned', 'conflicts_annotated', corpus, split),
        traps === undefined
          ? ''
          : `${num(get('traps_flagged', corpus, split) ?? 0)} (${num(get('traps_flagged_if_aligned', corpus, split) ?? 0)}) of ${traps}`,
        differences === undefined ? '' : `${num(get('differences_real_share', corpus, split))} of ${num(differences)}`,
        oracleDifferences === undefined
          ? ''
          : `${num(get('differences_real_share_if_aligned', corpus, split))} of ${num(oracleDifferences)}`,
      ]);
    }
  }
  out.push(
    ...table(
      [
        'corpus',
        'split',
        'flagged right',
        'aligned',
        'right if aligned',
        'traps flagged (if aligned)',
        'differences on gold pairs that are real',
        '(if aligned)',
      ],
      conflictRows,
    ),
    '',
    '"if aligned": the differences found between the claims holding the two annotated sentences, as if the',
    'aligner had paired them: the figure, date and attribution readers alone, whatever the claim alignment.',
  );
  return out.join('\n');
}
