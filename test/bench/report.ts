import { judge } from './budgets';
import type { MachineInfo } from './machine';
import type { Metric, Skipped } from './metrics';

export interface BenchResult {
  machine: MachineInfo;
  /** Corpus sizes measured, with their metric suffixes. */
  sizes: number[];
  scales: string[];
  metrics: Metric[];
  skipped: Skipped[];
  seconds: number;
}

/** Enough digits to read, never a wall of decimals. */
function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - [...s].length));

export function formatTable(result: BenchResult): string {
  const get = (name: string): number | undefined => result.metrics.find((m) => m.metric === name)?.value;
  const rows = result.metrics.map((m) => {
    const verdict = judge(m.metric, m.value, get, result.scales);
    return [
      m.metric,
      formatValue(m.value),
      m.unit,
      verdict ? `${verdict.pass ? 'PASS' : 'MISS'} ${verdict.text}` : '',
      m.note ?? '',
    ];
  });
  const header = ['metric', 'value', 'unit', 'budget', 'note'];
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  // The note column is last and left ragged, so long notes do not widen the table.
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const { machine } = result;
  const out = [
    `Parallax benchmark — N = ${result.sizes.join(', ')} documents (suffixes ${result.scales.map((s) => `_${s}`).join(', ')}), ${result.seconds.toFixed(0)} s`,
    `CPU: ${machine.cpuModel} × ${machine.cores} cores, ${machine.memoryGb} GB RAM; Node ${machine.node}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  if (result.skipped.length > 0) {
    out.push('', 'Skipped:');
    for (const s of result.skipped) out.push(`  ${s.metric}: ${s.reason}`);
  }
  out.push('', ...missLines(result, get));
  return out.join('\n');
}

/**
 * Each figure that misses its budget: its value against the budget, by how much, and the stages the run
 * measured inside it (where the time or memory goes), so a miss says what to look at.
 */
function missLines(result: BenchResult, get: (name: string) => number | undefined): string[] {
  const lines: string[] = [];
  for (const m of result.metrics) {
    const verdict = judge(m.metric, m.value, get, result.scales);
    if (!verdict || verdict.pass) continue;
    const by = verdict.missBy
      ? ` (by ${formatValue(verdict.missBy.amount)} ${m.unit}, ${Math.round(verdict.missBy.share * 100)}%)`
      : '';
    lines.push(`  ${m.metric}: ${formatValue(m.value)} ${m.unit} against ${verdict.text}${by}`);
    const parts = verdict.parts.flatMap((name) => {
      const part = result.metrics.find((x) => x.metric === name);
      return part ? [`${name} ${formatValue(part.value)} ${part.unit}${part.note ? ` (${part.note})` : ''}`] : [];
    });
    for (const p of parts) lines.push(`      ${p}`);
  }
  return lines.length === 0
    ? ['All budgets met.']
    : ['Budgets missed, by how much, and the stages measured inside:', ...lines];
}

/**
 * One `{metric, value, unit}` object per line (plus `note` where a number needs context): the machine
 * first, then every metric. Skipped metrics have no value, so they go to stderr instead (see run.ts).
 */
export function formatJsonLines(result: BenchResult): string {
  const { machine } = result;
  const lines: object[] = [
    { metric: 'cpu_cores', value: machine.cores, unit: 'cores', note: `${machine.cpuModel}; Node ${machine.node}` },
    ...result.sizes.map((n, i) => ({ metric: `corpus_docs_${result.scales[i]}`, value: n, unit: 'docs' })),
    ...result.metrics,
  ];
  return lines.map((l) => JSON.stringify(l)).join('\n');
}
