// Retry delays: exponential, capped, with a little upward jitter so jobs that failed together (an
// endpoint down for everyone) do not all come back in the same second.

/** Delay before the attempt after `attempt` (1-based): base·2^(attempt−1), at most cap, plus 0–jitter share. */
export function exponentialBackoff(options: { baseMs?: number; capMs?: number; jitter?: number } = {}): (attempt: number) => number {
  const { baseMs = 5_000, capMs = 60 * 60 * 1000, jitter = 0.1 } = options;
  return (attempt) => {
    const plain = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(plain * (1 + Math.random() * jitter));
  };
}

/** The same delay every time (imports retry a stopped batch after a short pause). */
export function fixedBackoff(ms: number): (attempt: number) => number {
  return () => ms;
}
