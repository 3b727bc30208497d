/**
 * Messages of main's services (scenarios, participants, meetings and minutes, keys, figures) and
 * of the governance rules in shared/governance, in the three languages. Part of the one catalogue
 * (./messages.ts); English is also the text kept on `AndelError.message`.
 */
import type { MessageEntry } from './message-entry';

export const serviceMessages = {
  // An issue of an error, at its place: "definition.horizon.to: must be a whole number".
  'error.issueAt': { sv: '{{path}}: {{detail}}', nb: '{{path}}: {{detail}}', en: '{{path}}: {{detail}}' },

  // Scenarios.
  'error.scenario.invalid': { sv: 'Scenariot kan inte godtas.', nb: 'Scenarioet kan ikke godtas.', en: 'invalid scenario' },
  'error.scenario.otherCooperation': {
    sv: 'scenario {{id}} hör till samarbete {{actual}}, inte {{given}}',
    nb: 'scenario {{id}} hører til samarbeid {{actual}}, ikke {{given}}',
    en: 'scenario {{id}} belongs to cooperation {{actual}}, not {{given}}',
  },
  'error.scenario.baselineOtherCooperation': {
    sv: 'scenario {{id}} hör till ett annat samarbete',
    nb: 'scenario {{id}} hører til et annet samarbeid',
    en: 'scenario {{id}} belongs to another cooperation',
  },
  'error.scenario.ownBaseline': {
    sv: 'ett scenario kan inte vara sin egen jämförelsebas',
    nb: 'et scenario kan ikke være sitt eget sammenligningsgrunnlag',
    en: 'a scenario cannot be its own baseline',
  },
  'error.scenario.noSuchKey': {
    sv: 'samarbetet har ingen sådan fördelningsnyckel',
    nb: 'samarbeidet har ingen slik fordelingsnøkkel',
    en: 'no such key in this cooperation',
  },
  'error.scenario.notParticipant': {
    sv: 'organisation {{id}} deltar inte i {{cooperation}}',
    nb: 'organisasjon {{id}} deltar ikke i {{cooperation}}',
    en: 'organisation {{id}} does not take part in {{cooperation}}',
  },
  'error.scenario.noBaseline': {
    sv: 'scenariot ”{{name}}” har ingen jämförelsebas; ange en, eller ange antaganden att jämföra med det sparade scenariot',
    nb: 'scenarioet «{{name}}» har ikke noe sammenligningsgrunnlag; oppgi ett, eller oppgi antakelser å sammenligne med det lagrede scenarioet',
    en: 'scenario "{{name}}" has no baseline; name one, or give what-ifs to compare with the stored scenario',
  },
  'error.scenario.noBudgetSource': {
    sv: 'samarbetets budget har ingen finansiär med id {{id}}',
    nb: 'samarbeidets budsjett har ingen finansieringskilde med id {{id}}',
    en: 'the budget of this cooperation has no funding source with id {{id}}',
  },
  'error.budget.noLines': { sv: '{{name}} har inga budgetrader för {{year}}.', nb: '{{name}} har ingen budsjettlinjer for {{year}}.', en: '{{name}} has no budget lines for {{year}}.' },

  // Distribution keys.
  'error.key.invalid': { sv: 'Fördelningsnyckeln kan inte godtas.', nb: 'Fordelingsnøkkelen kan ikke godtas.', en: 'invalid key definition' },
  'error.key.versionExists': {
    sv: 'Version {{version}} av en nyckel som heter ”{{name}}” finns redan i samarbetet; ge nyckeln ett annat namn eller id.',
    nb: 'Versjon {{version}} av en nøkkel som heter «{{name}}», finnes allerede i samarbeidet; gi nøkkelen et annet navn eller id.',
    en: 'Version {{version}} of a key named "{{name}}" already exists in this cooperation; give the key another name or id.',
  },

  // Figures of organisations.
  'error.metric.noFigure': {
    sv: 'Det finns ingen uppgift om {{metric|lower}} för {{year}} för organisation {{id}}.',
    nb: 'Det finnes ingen opplysning om {{metric|lower}} for {{year}} for organisasjon {{id}}.',
    en: 'There is no {{metric|lower}} figure for {{year}} for organisation {{id}}.',
  },

  // Participants.
  'error.participant.viaItself': {
    sv: 'en organisation kan inte faktureras via sig själv',
    nb: 'en organisasjon kan ikke faktureres via seg selv',
    en: 'an organisation cannot be invoiced via itself',
  },
  'error.participant.alreadyTakesPart': {
    sv: '{{name}} deltar redan i samarbetet (som {{role|lower}}); ändra det deltagandet i stället.',
    nb: '{{name}} deltar allerede i samarbeidet (som {{role|lower}}); endre den deltakelsen i stedet.',
    en: '{{name}} already takes part in this cooperation (as {{role|lower}}); change that participation instead.',
  },
  'error.participant.invoicesFor': {
    sv: '{{name}} fakturerar för {{count}} deltagare i samarbetet; flytta dem först.',
    nb: '{{name}} fakturerer for {{count}} deltakere i samarbeidet; flytt dem først.',
    en: '{{name}} invoices for {{count}} participant(s) of this cooperation; move them first.',
  },
  'error.participant.invoicesForStaying': {
    sv: '{{name}} fakturerar för {{count}} deltagare som blir kvar; flytta dem först.',
    nb: '{{name}} fakturerer for {{count}} deltakere som blir værende; flytt dem først.',
    en: '{{name}} invoices for {{count}} participant(s) that stay; move them first.',
  },
  'error.participant.notInList': {
    sv: '{{country}} {{kind}} {{code}} finns inte i referenslistan',
    nb: '{{country}} {{kind}} {{code}} finnes ikke i referanselisten',
    en: '{{country}} {{kind}} {{code}} is not in the reference list',
  },

  // Meetings and their agendas.
  'error.meeting.hasDecisions': {
    sv: 'Mötet {{id}} har beslut i registret och kan därför inte ställas in.',
    nb: 'Møtet {{id}} har vedtak i registeret og kan derfor ikke avlyses.',
    en: 'Meeting {{id}} has decisions in the register, so it cannot be cancelled.',
  },
  'error.meeting.hasDecisionsField': { sv: 'mötet har registrerade beslut', nb: 'møtet har registrerte vedtak', en: 'the meeting has recorded decisions' },
  'error.agendaItem.staysDecision': {
    sv: 'Dagordningspunkt {{id}} har poster i registret ({{numbers}}) och förblir därför en beslutspunkt.',
    nb: 'Sakslistepunkt {{id}} har oppføringer i registeret ({{numbers}}) og forblir derfor en vedtakssak.',
    en: 'Agenda item {{id}} has register entries ({{numbers}}), so it stays a decision item.',
  },
  'error.agendaItem.hasEntriesField': { sv: 'punkten har poster i registret', nb: 'punktet har oppføringer i registeret', en: 'the item has register entries' },
  'error.agendaItem.alreadyFirst': {
    sv: 'Dagordningspunkten ”{{title}}” är redan först på dagordningen.',
    nb: 'Sakslistepunktet «{{title}}» er allerede først på sakslisten.',
    en: 'Agenda item "{{title}}" is already first on the agenda.',
  },
  'error.agendaItem.alreadyLast': {
    sv: 'Dagordningspunkten ”{{title}}” är redan sist på dagordningen.',
    nb: 'Sakslistepunktet «{{title}}» er allerede sist på sakslisten.',
    en: 'Agenda item "{{title}}" is already last on the agenda.',
  },
  'error.agendaItem.cannotMoveUp': { sv: 'kan inte flyttas upp', nb: 'kan ikke flyttes opp', en: 'cannot move up' },
  'error.agendaItem.cannotMoveDown': { sv: 'kan inte flyttas ned', nb: 'kan ikke flyttes ned', en: 'cannot move down' },
  'error.agendaItem.cannotRemove': {
    sv: 'Dagordningspunkten ”{{title}}” har poster i registret ({{numbers}}); den kan inte tas bort.',
    nb: 'Sakslistepunktet «{{title}}» har oppføringer i registeret ({{numbers}}); det kan ikke fjernes.',
    en: 'Agenda item "{{title}}" has register entries ({{numbers}}); it cannot be removed.',
  },

  // Recording minutes.
  'error.recordMinutes.refused': {
    sv: 'Protokollet för ”{{title}}” kan inte föras in: {{problems}}. Ingenting skrevs.',
    nb: 'Protokollen for «{{title}}» kan ikke føres inn: {{problems}}. Ingenting ble skrevet.',
    en: 'The minutes of "{{title}}" cannot be recorded: {{problems}}. Nothing was written.',
  },
  'error.recordMinutes.notOnAgenda': {
    sv: 'dagordningspunkt {{id}} finns inte på dagordningen för ”{{meeting}}”',
    nb: 'sakslistepunkt {{id}} står ikke på sakslisten for «{{meeting}}»',
    en: 'agenda item {{id}} is not on the agenda of "{{meeting}}"',
  },
  'error.recordMinutes.notDecisionItem': {
    sv: '§ {{ordinal}} ”{{title}}” är ingen beslutspunkt ({{kind|lower}}); för in dess protokoll bland övriga punkter',
    nb: '§ {{ordinal}} «{{title}}» er ikke en vedtakssak ({{kind|lower}}); før inn protokollen blant øvrige saker',
    en: '§ {{ordinal}} "{{title}}" is a {{kind|lower}} item; give its minutes in otherMinutes',
  },
  'error.recordMinutes.noProposal': {
    sv: '§ {{ordinal}} ”{{title}}” har inget förslag; skriv beslutstexten',
    nb: '§ {{ordinal}} «{{title}}» har ikke noe forslag; skriv vedtaksteksten',
    en: '§ {{ordinal}} "{{title}}" has no proposal; give the decision text',
  },
  'error.recordMinutes.noOutcome': {
    sv: 'inget utfall angivet för § {{ordinal}} ”{{title}}”',
    nb: 'ikke noe utfall oppgitt for § {{ordinal}} «{{title}}»',
    en: 'no outcome given for § {{ordinal}} "{{title}}"',
  },

  // Adopted snapshots read back.
  'error.snapshot.unusable': {
    sv: 'Versionen {{id}} kan inte användas: innehållet är inte sådant som Andel fastställer ({{problems}}).',
    nb: 'Versjon {{id}} kan ikke brukes: innholdet er ikke slik Andel vedtar ({{problems}}).',
    en: 'Snapshot {{id}} cannot be used: its content is not what Andel adopts ({{problems}}).',
  },
} satisfies Record<string, MessageEntry>;
