/**
 * Runs `make` once and shares its promise with every caller; a rejection is not kept, so the next call
 * tries again instead of failing forever (a blocked upgrade, a worker woken mid-install). `reset`
 * forgets a settled result too (e.g. a database connection the browser closed).
 */
export function retryingOnce<T>(make: () => Promise<T>): { get(): Promise<T>; reset(): void } {
  let pending: Promise<T> | null = null;
  return {
    get() {
      pending ??= make().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    reset() {
      pending = null;
    },
  };
}
