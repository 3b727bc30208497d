/**
 * Throttled sign-in: failures are counted per user name and per client address. At `maxFailures`
 * failures in a row a key is locked for `lockMs`; while locked no password is even checked. A
 * success clears the user's count (not the address's: one right password must not unlock guessing
 * at other names). Counted, not timed: the clock is injected, so tests step it.
 */
import type { Clock } from '../services/clock';

export interface ThrottleLimits {
  /** Failures in a row before a lock. */
  maxFailures: number;
  lockMs: number;
}

export const USER_LIMITS: ThrottleLimits = { maxFailures: 5, lockMs: 15 * 60 * 1000 };
/** An office behind one address has many users: more room per address than per user. */
export const ADDRESS_LIMITS: ThrottleLimits = { maxFailures: 20, lockMs: 15 * 60 * 1000 };

interface Entry {
  failures: number;
  lockedUntil: number;
}

class Counter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: ThrottleLimits,
  ) {}

  /** Milliseconds the key stays locked, or 0. An expired lock starts the count again. */
  lockedFor(key: string): number {
    const entry = this.entries.get(key);
    if (!entry || entry.lockedUntil === 0) return 0;
    const left = entry.lockedUntil - this.clock().getTime();
    if (left > 0) return left;
    this.entries.delete(key);
    return 0;
  }

  fail(key: string): void {
    const entry = this.entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= this.limits.maxFailures) entry.lockedUntil = this.clock().getTime() + this.limits.lockMs;
    this.entries.set(key, entry);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

export class LoginThrottle {
  private readonly users: Counter;
  private readonly addresses: Counter;

  constructor(clock: Clock, userLimits: ThrottleLimits = USER_LIMITS, addressLimits: ThrottleLimits = ADDRESS_LIMITS) {
    this.users = new Counter(clock, userLimits);
    this.addresses = new Counter(clock, addressLimits);
  }

  /** Milliseconds until this user may try again from this address, or 0 when it may now. */
  lockedFor(userName: string, address: string): number {
    return Math.max(this.users.lockedFor(userName.toLowerCase()), this.addresses.lockedFor(address));
  }

  failed(userName: string, address: string): void {
    this.users.fail(userName.toLowerCase());
    this.addresses.fail(address);
  }

  succeeded(userName: string): void {
    this.users.clear(userName.toLowerCase());
  }
}
