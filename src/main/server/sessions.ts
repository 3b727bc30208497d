/**
 * Signed-in sessions of the Andel server, kept in the workspace (table server_sessions, migration
 * 2026-12-06-1010): a restart does not sign anyone out, and several server processes on one
 * PostgreSQL database share them. A session is a random 256-bit token in an HttpOnly cookie, with
 * its own random CSRF token that every POST must echo in a header. Only the token's SHA-256 is
 * stored, so the table's rows cannot be used to sign in.
 *
 * A session ends when it has been idle for `idleMs`, or `absoluteMs` after its log-in however busy
 * it is, or on sign-out, or when its user is removed (ON DELETE CASCADE). The clock is injected.
 * The last-seen time is written at most once per `touchMs` (not on every request), so the idle
 * limit holds to within that much.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import type { Clock } from '../services/clock';

export interface SessionLimits {
  /** Idle time after which a session ends. */
  idleMs: number;
  /** Time after the log-in after which a session ends, used or not. */
  absoluteMs: number;
  /** How stale the stored last-seen time may get before a request writes it again. */
  touchMs: number;
}

const HOUR = 60 * 60 * 1000;
export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 8 * HOUR, absoluteMs: 24 * HOUR, touchMs: 60 * 1000 };

export interface ServerSession {
  token: string;
  csrfToken: string;
  userName: string;
}

/** A stored session row (table server_sessions). */
export interface ServerSessionTable {
  tokenHash: string;
  userName: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

type SessionsDb = Kysely<Database & { serverSessions: ServerSessionTable }>;
const table = (db: Kysely<Database>): SessionsDb => db.withTables<{ serverSessions: ServerSessionTable }>();

const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored for a token: its SHA-256 in hex. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Equal strings in constant time (for a token compared with what a request sent). */
export function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const iso = (ms: number): string => new Date(ms).toISOString();

export class SessionStore {
  constructor(
    private readonly db: () => Kysely<Database>,
    private readonly clock: Clock,
    private readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  ) {}

  /** A new session for `userName` (and, in passing, the ended sessions of everyone are deleted). */
  async create(userName: string): Promise<ServerSession> {
    const now = this.clock().getTime();
    await this.deleteEnded(now);
    const session: ServerSession = { token: newToken(), csrfToken: newToken(), userName };
    await table(this.db())
      .insertInto('serverSessions')
      .values({ tokenHash: tokenHash(session.token), userName, csrfToken: session.csrfToken, createdAt: iso(now), lastSeenAt: iso(now), expiresAt: iso(now + this.limits.absoluteMs) })
      .execute();
    return session;
  }

  /** The live session for `token` (its idle time restarts), or null; an ended one is deleted. */
  async get(token: string | undefined): Promise<ServerSession | null> {
    if (!token) return null;
    const hash = tokenHash(token);
    const row = await table(this.db()).selectFrom('serverSessions').selectAll().where('tokenHash', '=', hash).executeTakeFirst();
    if (!row) return null;
    const now = this.clock().getTime();
    if (now >= Date.parse(row.expiresAt) || now - Date.parse(row.lastSeenAt) > this.limits.idleMs) {
      await this.end(token);
      return null;
    }
    if (now - Date.parse(row.lastSeenAt) >= this.limits.touchMs) {
      // Never past the absolute end (the table's CHECK holds last_seen_at <= expires_at).
      await table(this.db()).updateTable('serverSessions').set({ lastSeenAt: iso(now) }).where('tokenHash', '=', hash).execute();
    }
    return { token, csrfToken: row.csrfToken, userName: row.userName };
  }

  async end(token: string): Promise<void> {
    await table(this.db()).deleteFrom('serverSessions').where('tokenHash', '=', tokenHash(token)).execute();
  }

  /** Sessions stored, ended or not (for tests and the server's own housekeeping). */
  async count(): Promise<number> {
    const rows = await table(this.db()).selectFrom('serverSessions').select('tokenHash').execute();
    return rows.length;
  }

  private async deleteEnded(now: number): Promise<void> {
    await table(this.db())
      .deleteFrom('serverSessions')
      .where((eb) => eb.or([eb('expiresAt', '<=', iso(now)), eb('lastSeenAt', '<', iso(now - this.limits.idleMs))]))
      .execute();
  }
}
