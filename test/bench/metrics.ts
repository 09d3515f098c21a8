/** One measured figure, printed as a table row or as one JSON line. */
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** Context a number needs (what was measured, a file path, the CPU model). */
  note?: string;
}

/** A metric that could not be measured in this run, with the reason. */
export interface Skipped {
  metric: string;
  reason: string;
}

/** `10k` for 10000, `2.5k` for 2500, `200` for 200: the corpus size metrics at that scale are named after. */
export function scaleLabel(n: number): string {
  return n >= 1000 && n % 100 === 0 ? `${n / 1000}k` : String(n);
}

/**
 * Collects metrics in the order measured. Corpus-scale metrics take the `_<scale>` suffix
 * (`match_ms_p50_10k`), so a run at another `--n` never passes its figures off as 10k ones.
 */
export class Recorder {
  constructor(
    readonly scale: string,
    readonly metrics: Metric[] = [],
    readonly skipped: Skipped[] = [],
  ) {}

  /** A recorder for another corpus size, writing to the same list of metrics. */
  atScale(scale: string): Recorder {
    return new Recorder(scale, this.metrics, this.skipped);
  }

  scaled(base: string): string {
    return `${base}_${this.scale}`;
  }

  add(metric: string, value: number, unit: string, note?: string): void {
    this.metrics.push(note === undefined ? { metric, value, unit } : { metric, value, unit, note });
  }

  /** A corpus-scale metric: the name gets this run's scale suffix. */
  addScaled(base: string, value: number, unit: string, note?: string): void {
    this.add(this.scaled(base), value, unit, note);
  }

  skip(metric: string, reason: string): void {
    this.skipped.push({ metric, reason });
  }

  get(metric: string): number | undefined {
    return this.metrics.find((m) => m.metric === metric)?.value;
  }
}
