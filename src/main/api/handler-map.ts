import type { Channel, ChannelOutput, ParsedInput } from '../../shared/api/contract';

/**
 * A handler for every channel of the contract: a missing or mistyped one fails the type check.
 * Handlers stay thin: they call one service function each and never touch SQL.
 */
export type HandlerMap<Ctx> = {
  [C in Channel]: (input: ParsedInput<C>, ctx: Ctx) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
