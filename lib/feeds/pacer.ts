/**
 * Spaces requests to one origin at least `gapMs` apart, whatever number of feeds share it. Slots
 * are reserved synchronously, so concurrent callers queue instead of all waking at once.
 */
export function createPacer(
  gapMs: number,
  clock: { now(): number; sleep(ms: number): Promise<void> },
): { wait(url: string): Promise<void> } {
  const next = new Map<string, number>();
  return {
    async wait(url) {
      const origin = URL.canParse(url) ? new URL(url).origin : url;
      const now = clock.now();
      const at = Math.max(now, next.get(origin) ?? 0);
      next.set(origin, at + gapMs);
      if (at > now) await clock.sleep(at - now);
    },
  };
}
