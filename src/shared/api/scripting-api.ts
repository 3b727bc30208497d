/**
 * The scripting API: channels of the contract that no screen of the app and no CLI command calls,
 * kept on purpose for scripts. A script reaches every channel through the same dispatcher as the
 * app — the desktop's IPC, the browser bridge, or `andel serve`'s `POST /api/invoke`
 * (`{ channel, input }`, behind the server's sign-in and role policy) — with the same zod input
 * schemas and result envelope. These are the read-outs and figures a treasurer's script wants that
 * the screens show in another way (the studio computes in the renderer; the members grid edits
 * population through metrics:upsert).
 *
 * tests/architecture/channel-callers.test.ts keeps this list honest: a channel no screen or
 * command calls must be listed here (or removed from the contract), a listed one must have no
 * caller in the app, and each listed one is exercised by a test of main.
 */
import type { Channel } from './contract';

export const scriptingChannels = [
  /** The audit trail, newest first (who changed what, with before and after). */
  'audit:list',
  /** A cooperation's budget result for one year, computed by the engine. */
  'budgets:compute',
  /** One cooperation with its counts. */
  'cooperations:get',
  /** One population figure (the members grid uses metrics:upsert). */
  'members:setPopulation',
  /** A stored scenario computed in main (the studio computes in the renderer). */
  'scenarios:compute',
  'scenarios:compare',
  'scenarios:sweep',
  'scenarios:explain',
  /** An adopted snapshot with its frozen content and whether its hash still verifies. */
  'snapshots:get',
] as const satisfies readonly Channel[];

export type ScriptingChannel = (typeof scriptingChannels)[number];

/**
 * Channels whose screen has not landed yet (a body's year as a calendar, opening an export):
 * reachable like the scripting API until then. A channel leaves this list when a screen
 * or command calls it; nothing fails while it stays, so prune it when its screen lands.
 */
export const channelsAwaitingScreens = [
  'bodies:exportCalendar',
  'exports:open',
  'exports:reveal',
] as const satisfies readonly Channel[];
