/**
 * The one object the preload puts on `window`. The renderer's API client is its only user;
 * components never touch `window.andel` directly.
 */
import type { Channel, ChannelInput, ChannelOutput } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';

export interface AndelBridge {
  /**
   * Calls one channel of the contract. Always resolves, with a value or a structured error
   * (an undeclared channel resolves to `{ ok: false, error: { code: 'UNKNOWN_CHANNEL' } }`
   * without reaching main); it does not reject.
   */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
  /**
   * Only when the renderer is served by `andel serve` (src/main/server/transport-script.ts): the
   * signed-in session. Absent in the desktop app, where there is nothing to sign in to.
   */
  readonly server?: ServerTransport;
}

export interface ServerSessionUser {
  userName: string;
  role: 'administrator' | 'treasurer' | 'project_manager' | 'chair' | 'member_viewer';
  organisationId: number | null;
  /** The channels the user's role may call (the server's policy); the served page offers only these. */
  channels?: readonly Channel[];
}

export interface ServerTransport {
  /** The signed-in user, or null (then the page fires `andel:signed-out` on the next refused call too). */
  session(): Promise<ServerSessionUser | null>;
  login(userName: string, password: string): Promise<ApiResult<ServerSessionUser>>;
  logout(): Promise<void>;
}

declare global {
  interface Window {
    readonly andel: AndelBridge;
  }
}
