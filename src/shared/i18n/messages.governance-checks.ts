/**
 * Messages of the governance helpers' checks (the agenda's clock, decision numbers). Part of the
 * one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const governanceCheckMessages = {
  'error.agenda.minutesNotWhole': {
    sv: '{{minutes}} är inte ett helt antal minuter från 0',
    nb: '{{minutes}} er ikke et helt antall minutter fra 0',
    en: '{{minutes}} is not a whole number of minutes from 0',
  },
  'error.agenda.tooLong': {
    sv: 'dagordningen pågår i mer än {{hours}} timmar; kontrollera uppskattningarna',
    nb: 'dagsordenen varer i mer enn {{hours}} timer; kontroller anslagene',
    en: 'the agenda runs for more than {{hours}} hours; check the estimates',
  },
  'error.agenda.tooLongIssue': {
    sv: 'dagordningen är för lång',
    nb: 'dagsordenen er for lang',
    en: 'the agenda is too long',
  },
  'error.decisionNumber.sequence': {
    sv: '{{sequence}} är inget löpnummer för beslut (ett heltal från 1 väntades)',
    nb: '{{sequence}} er ikke et løpenummer for vedtak (et heltall fra 1 var ventet)',
    en: '{{sequence}} is not a decision sequence (expected a whole number from 1)',
  },
  'error.decisionNumber.year': {
    sv: '{{year}} är inte ett fyrsiffrigt år',
    nb: '{{year}} er ikke et firesifret år',
    en: '{{year}} is not a four-digit year',
  },
} satisfies Record<string, MessageEntry>;
