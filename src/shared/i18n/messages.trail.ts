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
  'trail.marginal': {
    sv: 'marginell taxa, varje intervalls taxa på delen inom intervallet: {{slices}}',
    nb: 'marginal sats, hvert intervalls sats på delen innenfor intervallet: {{slices}}',
    en: "marginal rates, each band's rate on the part inside the band: {{slices}}",
  },
  'trail.marginalSlice': { sv: '{{units}} inom {{from}}–{{to}} × {{rate}}', nb: '{{units}} innenfor {{from}}–{{to}} × {{rate}}', en: '{{units}} within {{from}}–{{to}} × {{rate}}' },
  'trail.surcharge': { sv: 'påslag', nb: 'påslag', en: 'surcharge' },
  'trail.discount': { sv: 'avdrag', nb: 'fradrag', en: 'discount' },
  'trail.adjustmentPercent': { sv: '{{percent}} % av nyckelns avgift {{base}}', nb: '{{percent}} % av nøkkelens avgift {{base}}', en: "{{percent}} % of the key's charge {{base}}" },
  'trail.adjustmentParam': { sv: 'parameter {{name}}', nb: 'parameter {{name}}', en: 'parameter {{name}}' },
  'trail.adjustmentFixed': { sv: 'fast belopp {{amount}} per år', nb: 'fast beløp {{amount}} per år', en: 'fixed amount {{amount}} a year' },
  'trail.adjustmentCapped': { sv: 'begränsat till vad medlemmen betalar efter bidrag', nb: 'begrenset til det medlemmet betaler etter tilskudd', en: 'cut down to what the member pays after subsidies' },
  'trail.adjustmentReason': { sv: 'skäl: {{reason}}', nb: 'begrunnelse: {{reason}}', en: 'reason: {{reason}}' },
} as const satisfies Record<string, MessageEntry>;
