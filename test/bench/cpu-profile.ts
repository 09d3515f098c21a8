import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { ROOT } from './fixtures';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Samples the CPU (V8's profiler, as `node --cpu-prof` does) while `run` executes. */
export async function profile(run: () => Promise<void> | void, intervalUs = 200): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    await run();
    const { profile: result } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return result;
  } finally {
    session.disconnect();
  }
}

export interface Hotspot {
  fn: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

/** File of a frame; tsx emits each module on one line, so the column is all that tells anonymous functions apart. */
const where = (frame: CallFrame): string => {
  if (!frame.url) return '(native)';
  const path = frame.url.startsWith('file://') ? relative(ROOT, new URL(frame.url).pathname) : frame.url;
  if (frame.lineNumber > 0) return `${path}:${frame.lineNumber + 1}`;
  return frame.functionName ? path : `${path} col ${frame.columnNumber}`;
};

/**
 * Self and total time per function. Total counts a function once per stack (recursion is not counted
 * twice); idle, GC and program nodes are kept so the shares add up.
 */
export function hotspots(p: CpuProfile): Hotspot[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // The delta after a sample is the time it stood for.
    const id = samples[i] as number;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i + 1] ?? 0));
  }
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;
  const out = new Map<string, Hotspot>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const k = key(node);
    const spot = out.get(k) ?? {
      fn: node.callFrame.functionName || '(anonymous)',
      where: where(node.callFrame),
      selfMs: 0,
      totalMs: 0,
    };
    spot.selfMs += us / 1000;
    out.set(k, spot);
    // Walk up, adding to each distinct function on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const nk = key(n);
      if (seen.has(nk)) continue;
      seen.add(nk);
      const s = out.get(nk) ?? {
        fn: n.callFrame.functionName || '(anonymous)',
        where: where(n.callFrame),
        selfMs: 0,
        totalMs: 0,
      };
      s.totalMs += us / 1000;
      out.set(nk, s);
    }
  }
  return [...out.values()];
}

export function formatHotspots(title: string, spots: readonly Hotspot[], limit = 25): string {
  const total = spots.reduce((n, s) => n + s.selfMs, 0);
  const pct = (ms: number): string => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  const lines = [`${title}: ${total.toFixed(0)} ms sampled`, '  self    total   function (location)'];
  for (const s of [...spots].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit)) {
    lines.push(`  ${pct(s.selfMs)}  ${pct(s.totalMs)}  ${s.fn} (${s.where})`);
  }
  lines.push('  -- by total (inclusive) time, lib/ only --');
  for (const s of [...spots]
    .filter((x) => x.where.startsWith('lib/'))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, limit)) {
    lines.push(`  ${pct(s.selfMs)}  ${pct(s.totalMs)}  ${s.fn} (${s.where})`);
  }
  return lines.join('\n');
}
