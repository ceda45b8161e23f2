/** Fixed-window counters in memory: enough for one small server, and reset by a restart. */

export interface Limit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request for `key`; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, limit: Limit): number {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= limit.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      this.forgetOldWindows(now);
      return 0;
    }
    window.count += 1;
    if (window.count <= limit.max) return 0;
    return Math.max(1, Math.ceil((window.startedAt + limit.windowMs - now) / 1000));
  }

  private forgetOldWindows(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows)
      if (now - window.startedAt > 3_600_000) this.windows.delete(key);
  }
}

export const LIMITS = {
  /** Any request from one address. */
  perAddress: { max: 1200, windowMs: 60_000 },
  /** Sync requests of one device. */
  perToken: { max: 240, windowMs: 60_000 },
  /** New anonymous devices from one address. */
  register: { max: 30, windowMs: 3_600_000 },
  /** Attempts to use a restore code from one address: guessing stays hopeless. */
  restore: { max: 10, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;
