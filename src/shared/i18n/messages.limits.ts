/**
 * The engine's limit on amounts (src/shared/calc/limits.ts), in the three languages. Part of the
 * one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const limitMessages = {
  'error.limits.amountTooLarge': {
    sv: 'beloppet blir större än vad Andel räknar exakt (högst 100 000 000 000,00 i valutan, det vill säga 10^13 ören eller motsvarande minsta enhet); dela upp kostnaden eller sänk beloppet',
    nb: 'beløpet blir større enn det Andel regner nøyaktig (høyst 100 000 000 000,00 i valutaen, altså 10^13 øre eller tilsvarende minste enhet); del opp kostnaden eller senk beløpet',
    en: 'the amount becomes larger than Andel computes exactly (at most 100,000,000,000.00 in the currency, that is 10^13 of its minor unit); split the cost or lower the amount',
  },
} satisfies Record<string, MessageEntry>;
