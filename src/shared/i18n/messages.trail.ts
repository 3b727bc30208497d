/**
 * The words of "Why this amount?": one message per kind of step in a charge's trail (see
 * ChargeTrail in shared/calc/result.types.ts). Figures arrive already formatted for the language.
 */
import type { MessageEntry } from './message-entry';

export const trailMessages = {
  'trail.metric': { sv: '{{name}} {{value}} ({{when}})', nb: '{{name}} {{value}} ({{when}})', en: '{{name}} {{value}} ({{when}})' },
  'trail.metricAsOf': { sv: 'per {{date}}', nb: 'per {{date}}', en: 'as of {{date}}' },
  'trail.metricProjected': { sv: '{{when}}, framskrivet', nb: '{{when}}, framskrevet', en: '{{when}}, projected' },
  'trail.band': { sv: 'intervall {{from}}–{{to}} ({{edge}})', nb: 'intervall {{from}}–{{to}} ({{edge}})', en: 'band {{from}}–{{to}} ({{edge}})' },
  'trail.bandOpen': { sv: 'och uppåt', nb: 'og oppover', en: 'and above' },
  'trail.marginalBand': { sv: '{{units}} à {{rate}}', nb: '{{units}} à {{rate}}', en: '{{units}} at {{rate}}' },
  'trail.rate': { sv: '{{rate}} per enhet', nb: '{{rate}} per enhet', en: '{{rate}} per unit' },
  'trail.flat': { sv: 'fast belopp {{amount}}', nb: 'fast beløp {{amount}}', en: 'flat amount {{amount}}' },
  'trail.pool': {
    sv: '{{share}} % av {{pool}} fördelat med vikt {{weight}} av {{total}}',
    nb: '{{share}} % av {{pool}} fordelt med vekt {{weight}} av {{total}}',
    en: '{{share}} % of {{pool}} shared by weight {{weight}} of {{total}}',
  },
  'trail.proRataMonth': { sv: 'månader {{numerator}}/{{denominator}} av året', nb: 'måneder {{numerator}}/{{denominator}} av året', en: 'months {{numerator}}/{{denominator}} of the year' },
  'trail.proRataDay': { sv: 'dagar {{numerator}}/{{denominator}} av året', nb: 'dager {{numerator}}/{{denominator}} av året', en: 'days {{numerator}}/{{denominator}} of the year' },
  'trail.clampMin': { sv: 'lägst {{amount}}', nb: 'minst {{amount}}', en: 'at least {{amount}}' },
  'trail.clampMax': { sv: 'högst {{amount}}', nb: 'høyst {{amount}}', en: 'at most {{amount}}' },
  'trail.override': { sv: 'ersätter {{ids}}', nb: 'erstatter {{ids}}', en: 'replaces {{ids}}' },
  'trail.oneTime': { sv: 'engångsavgift vid anslutning', nb: 'engangsavgift ved tilslutning', en: 'one-time fee on joining' },
  'trail.rounding': { sv: 'avrundat till {{unit}} ({{mode}})', nb: 'avrundet til {{unit}} ({{mode}})', en: 'rounded to {{unit}} ({{mode}})' },
  'trail.result': { sv: '= {{amount}}', nb: '= {{amount}}', en: '= {{amount}}' },
  'trail.subsidy': { sv: '{{funder}} betalar {{amount}}', nb: '{{funder}} betaler {{amount}}', en: '{{funder}} pays {{amount}}' },
  'trail.adjustment': { sv: 'avrundningsjustering {{amount}}', nb: 'avrundingsjustering {{amount}}', en: 'rounding adjustment {{amount}}' },
} as const satisfies Record<string, MessageEntry>;
