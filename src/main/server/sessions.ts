/**
 * Signed-in sessions of the Andel server, kept in the server's memory (a restart signs everyone
 * out). A session is a random 256-bit token in an HttpOnly cookie, with its own random CSRF token
 * that every POST must echo in a header. Idle sessions end after `idleMs`; the clock is injected.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../services/clock';

export const DEFAULT_SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

export interface ServerSession {
  token: string;
  csrfToken: string;
  userName: string;
  lastSeen: number;
}

const newToken = (): string => randomBytes(32).toString('base64url');

/** Equal strings in constant time (for a token compared with what a request sent). */
export function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class SessionStore {
  private readonly sessions = new Map<string, ServerSession>();

  constructor(
    private readonly clock: Clock,
    private readonly idleMs: number = DEFAULT_SESSION_IDLE_MS,
  ) {}

  create(userName: string): ServerSession {
    const session: ServerSession = { token: newToken(), csrfToken: newToken(), userName, lastSeen: this.clock().getTime() };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The live session for `token` (its idle time restarts), or null. */
  get(token: string | undefined): ServerSession | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    const now = this.clock().getTime();
    if (now - session.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    session.lastSeen = now;
    return session;
  }

  end(token: string): void {
    this.sessions.delete(token);
  }

  get size(): number {
    return this.sessions.size;
  }
}
