/**
 * The one API contract between the renderer and main. Each area declares its channels in
 * `channels/<area>.channels.ts`; this module joins them. Names are `area:verb`.
 */
import type { z } from 'zod';
import type { ChannelSpec } from './define';
import { scenariosChannels } from './channels/scenarios.channels';
import { governanceChannels } from './channels/governance.channels';
import { workspaceChannels } from './channels/workspace.channels';
import { auditChannels } from './channels/audit.channels';
import { studioChannels } from './channels/studio.channels';
import { membersChannels } from './channels/members.channels';
import { budgetsChannels } from './channels/budgets.channels';
import { importChannels } from './channels/import.channels';
import { exportsChannels } from './channels/exports.channels';
import { cooperationsChannels } from './channels/cooperations.channels';
import { organisationsChannels } from './channels/organisations.channels';

export const contract = {
  ...workspaceChannels,
  ...auditChannels,
  ...governanceChannels,
  ...scenariosChannels,
  ...studioChannels,
  ...membersChannels,
  ...budgetsChannels,
  ...importChannels,
  ...exportsChannels,
  ...cooperationsChannels,
  ...organisationsChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;

type SpecOf<C extends Channel> = Contract[C];
type InputSchemaOf<C extends Channel> = SpecOf<C> extends ChannelSpec<infer I, unknown> ? I : never;

/** What a caller passes (before parsing). */
export type ChannelInput<C extends Channel> = z.input<InputSchemaOf<C>>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<InputSchemaOf<C>>;
/** What a handler returns. */
export type ChannelOutput<C extends Channel> = SpecOf<C> extends ChannelSpec<z.ZodType, infer O> ? O : never;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
