/**
 * Votes, the minutes' workflow (draft → checked by the adjusters → approved, then locked) and the
 * words of the minutes, extracts and meeting pack as PDF and of the calendar. Part of the one
 * catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const minutesMessages = {
  // The lock: an approved protocol is history.
  'error.meeting.locked': {
    sv: 'Protokollet för ”{{meeting}}” är justerat och godkänt ({{approvedAt}}): mötets punkter, beslut, numrering, närvaro och omröstningar kan inte längre ändras.',
    nb: 'Protokollen for «{{meeting}}» er justert og godkjent ({{approvedAt}}): møtets saker, vedtak, nummerering, fremmøte og avstemninger kan ikke lenger endres.',
    en: 'The minutes of "{{meeting}}" are approved ({{approvedAt}}): the meeting\'s items, decisions, numbering, attendance and votes can no longer change.',
  },
  'error.meeting.lockedField': { sv: 'protokollet är godkänt', nb: 'protokollen er godkjent', en: 'the minutes are approved' },

  // Votes.
  'error.vote.notDecisionItem': {
    sv: '§ {{ordinal}} ”{{title}}” är inget beslutsärende; det går inte att rösta om det',
    nb: 'Sak {{ordinal}} «{{title}}» er ingen vedtakssak; det kan ikke stemmes over den',
    en: '§ {{ordinal}} "{{title}}" is not a decision item; it cannot be voted on',
  },
  'error.vote.noRight': {
    sv: '{{person}} har ingen rösträtt i {{body}} den {{date}} (rösträtten följer ordförande-, vice ordförande- och ledamotsplatser)',
    nb: '{{person}} har ingen stemmerett i {{body}} den {{date}} (stemmeretten følger leder-, nestleder- og medlemsplasser)',
    en: '{{person}} has no voting right in {{body}} on {{date}} (the right goes with the chair, vice chair and member seats)',
  },
  'error.vote.notPresent': {
    sv: '{{person}} är inte antecknad som närvarande; en frånvarande ledamot röstar bara genom ombud (ange ombudets plats)',
    nb: '{{person}} er ikke ført som til stede; et fraværende medlem stemmer bare ved fullmakt (angi fullmektigens plass)',
    en: '{{person}} is not recorded as present; an absent member votes only by proxy (name the proxy\'s seat)',
  },
  'error.vote.proxyNotPresent': {
    sv: 'ombudet {{person}} är inte antecknat som närvarande',
    nb: 'fullmektigen {{person}} er ikke ført som til stede',
    en: 'the proxy {{person}} is not recorded as present',
  },
  'error.vote.proxyTwice': {
    sv: '{{person}} röstar redan som ombud för en annan plats i detta ärende',
    nb: '{{person}} stemmer allerede som fullmektig for en annen plass i denne saken',
    en: '{{person}} already votes as proxy for another seat on this item',
  },
  'error.vote.ruleNeedsMetric': {
    sv: 'regeln väger rösterna men anger inget mått (t.ex. folkmängd)',
    nb: 'regelen vekter stemmene, men angir ikke noe mål (f.eks. folketall)',
    en: 'the rule weighs the votes but names no metric (e.g. population)',
  },
  'error.vote.seatOtherBody': {
    sv: 'platsen {{seat}} hör till ett annat organ',
    nb: 'plassen {{seat}} hører til et annet organ',
    en: 'seat {{seat}} belongs to another body',
  },

  // The minutes' workflow.
  'error.minutes.notRecorded': {
    sv: 'Protokollet för ”{{meeting}}” är inte fört ännu: för protokollet (besluten) först.',
    nb: 'Protokollen for «{{meeting}}» er ikke ført ennå: før protokollen (vedtakene) først.',
    en: 'The minutes of "{{meeting}}" are not recorded yet: record the minutes (the decisions) first.',
  },
  'error.minutes.notDrafted': {
    sv: 'Protokollet för ”{{meeting}}” är inte upprättat som utkast ännu.',
    nb: 'Protokollen for «{{meeting}}» er ikke opprettet som utkast ennå.',
    en: 'The minutes of "{{meeting}}" have not been drafted yet.',
  },
  'error.minutes.adjusterSeat': {
    sv: 'en justerare väljs bland mötets platser: {{person}} har ingen plats i organet den dagen',
    nb: 'en protokollunderskriver velges blant møtets plasser: {{person}} har ingen plass i organet den dagen',
    en: 'an adjuster is chosen among the meeting\'s seats: {{person}} holds no seat in the body that day',
  },
  'error.minutes.adjustersFixed': {
    sv: 'Justerarna för ”{{meeting}}” har redan börjat justera; de kan inte bytas.',
    nb: 'Protokollunderskriverne for «{{meeting}}» har allerede begynt å justere; de kan ikke byttes.',
    en: 'The adjusters of "{{meeting}}" have started checking; they cannot be changed.',
  },
  'error.minutes.notAdjuster': {
    sv: '{{person}} är inte vald till justerare för ”{{meeting}}”.',
    nb: '{{person}} er ikke valgt til protokollunderskriver for «{{meeting}}».',
    en: '{{person}} is not an adjuster of "{{meeting}}".',
  },
  'error.minutes.notChecked': {
    sv: 'Protokollet för ”{{meeting}}” kan inte godkännas förrän det är justerat; återstår: {{missing}}.',
    nb: 'Protokollen for «{{meeting}}» kan ikke godkjennes før den er justert; gjenstår: {{missing}}.',
    en: 'The minutes of "{{meeting}}" cannot be approved until they are checked; still to check: {{missing}}.',
  },
  'error.minutes.noAdjusters': {
    sv: 'inga justerare är valda',
    nb: 'ingen protokollunderskrivere er valgt',
    en: 'no adjusters are chosen',
  },

  'error.minutes.noMeeting': {
    sv: 'beslut {{number}} fattades inte vid något möte i Andel, så det finns inget protokoll att göra utdrag ur',
    nb: 'vedtak {{number}} ble ikke fattet i noe møte i Andel, så det finnes ingen protokoll å lage utskrift av',
    en: 'decision {{number}} was not made at a meeting in Andel, so there are no minutes to extract from',
  },

  // The CLI's minutes, extract, pack and calendar commands.
  'error.cli.notAnId': { sv: '”{{value}}” är inget id (ett heltal från 1)', nb: '«{{value}}» er ikke en id (et heltall fra 1)', en: '"{{value}}" is not an id (a whole number from 1)' },
  'error.cli.decisionAmbiguous': {
    sv: 'flera organ har ett beslut med nummer {{number}}; ange organet med --body',
    nb: 'flere organer har et vedtak med nummer {{number}}; angi organet med --body',
    en: 'several bodies have a decision numbered {{number}}; name the body with --body',
  },
  'error.cli.calendarWhich': {
    sv: 'ange ett möte (--meeting) eller ett organ och ett år (--body och --year)',
    nb: 'angi et møte (--meeting) eller et organ og et år (--body og --year)',
    en: 'give a meeting (--meeting) or a body and a year (--body and --year)',
  },

  // Words of the minutes as a document.
  'minutes.doc.minutes': { sv: 'Protokoll', nb: 'Protokoll', en: 'Minutes' },
  'minutes.doc.extract': { sv: 'Protokollsutdrag', nb: 'Protokollutskrift', en: 'Extract from the minutes' },
  'minutes.doc.pack': { sv: 'Möteshandlingar', nb: 'Sakspapirer', en: 'Meeting pack' },
  'minutes.doc.meetingLine': { sv: '{{body}}, {{date}} kl. {{time}}', nb: '{{body}}, {{date}} kl. {{time}}', en: '{{body}}, {{date}} at {{time}}' },
  'minutes.doc.place': { sv: 'Plats: {{place}}', nb: 'Sted: {{place}}', en: 'Place: {{place}}' },
  'minutes.doc.present': { sv: 'Närvarande', nb: 'Til stede', en: 'Present' },
  'minutes.doc.absent': { sv: 'Frånvarande', nb: 'Fraværende', en: 'Absent' },
  'minutes.doc.byProxy': { sv: '{{person}} (genom ombud {{proxy}})', nb: '{{person}} (ved fullmektig {{proxy}})', en: '{{person}} (by proxy {{proxy}})' },
  'minutes.doc.notRecorded': { sv: 'ej antecknad', nb: 'ikke ført', en: 'not recorded' },
  'minutes.doc.proposal': { sv: 'Förslag', nb: 'Forslag', en: 'Proposal' },
  'minutes.doc.proposalScenario': { sv: 'Förslaget avser scenariot {{scenario}}', nb: 'Forslaget gjelder scenarioet {{scenario}}', en: 'The proposal concerns scenario {{scenario}}' },
  'minutes.doc.notes': { sv: 'Anteckningar', nb: 'Merknader', en: 'Notes' },
  'minutes.doc.vote': { sv: 'Omröstning', nb: 'Avstemning', en: 'Vote' },
  'minutes.doc.voteCounts': {
    sv: 'Ja {{yes}}, nej {{no}}, avstår {{abstain}}, frånvarande {{absent}} (av {{entitled}} röstberättigade)',
    nb: 'Ja {{yes}}, nei {{no}}, avstår {{abstain}}, fraværende {{absent}} (av {{entitled}} stemmeberettigede)',
    en: 'Yes {{yes}}, no {{no}}, abstain {{abstain}}, absent {{absent}} (of {{entitled}} entitled)',
  },
  'minutes.doc.condition': {
    sv: '{{measure}}: ja {{yes}} av {{base}} {{of}}; krav {{comparison}} {{threshold}} – {{result}}',
    nb: '{{measure}}: ja {{yes}} av {{base}} {{of}}; krav {{comparison}} {{threshold}} – {{result}}',
    en: '{{measure}}: yes {{yes}} of {{base}} {{of}}; required {{comparison}} {{threshold}} – {{result}}',
  },
  'minutes.doc.measureMembers': { sv: 'Ledamöter', nb: 'Medlemmer', en: 'Members' },
  'minutes.doc.measureWeight': { sv: 'Vikt ({{metric}})', nb: 'Vekt ({{metric}})', en: 'Weight ({{metric}})' },
  'minutes.doc.atLeast': { sv: 'minst', nb: 'minst', en: 'at least' },
  'minutes.doc.moreThan': { sv: 'mer än', nb: 'mer enn', en: 'more than' },
  'minutes.doc.baseEntitled': { sv: 'av de röstberättigade', nb: 'av de stemmeberettigede', en: 'of those entitled' },
  'minutes.doc.basePresent': { sv: 'av de närvarande', nb: 'av de fremmøtte', en: 'of those present' },
  'minutes.doc.baseCast': { sv: 'av avgivna röster', nb: 'av avgitte stemmer', en: 'of the votes cast' },
  'minutes.doc.passed': { sv: 'uppfyllt', nb: 'oppfylt', en: 'met' },
  'minutes.doc.failed': { sv: 'ej uppfyllt', nb: 'ikke oppfylt', en: 'not met' },
  'minutes.doc.votePassed': { sv: 'Förslaget har fått den majoritet regeln kräver.', nb: 'Forslaget har fått det flertallet regelen krever.', en: 'The proposal has the majority the rule requires.' },
  'minutes.doc.voteFailed': { sv: 'Förslaget har inte fått den majoritet regeln kräver.', nb: 'Forslaget har ikke fått det flertallet regelen krever.', en: 'The proposal does not have the majority the rule requires.' },
  'minutes.doc.decision': { sv: 'Beslut {{number}} ({{status}})', nb: 'Vedtak {{number}} ({{status}})', en: 'Decision {{number}} ({{status}})' },
  'minutes.doc.adjusters': { sv: 'Justerare', nb: 'Protokollunderskrivere', en: 'Adjusters' },
  'minutes.doc.checkedBy': { sv: 'Justerat av {{person}} {{at}}', nb: 'Justert av {{person}} {{at}}', en: 'Checked by {{person}} {{at}}' },
  'minutes.doc.notChecked': { sv: '{{person}}: ej justerat', nb: '{{person}}: ikke justert', en: '{{person}}: not checked' },
  'minutes.doc.draftedBy': { sv: 'Upprättat av {{person}} {{at}}', nb: 'Opprettet av {{person}} {{at}}', en: 'Drafted by {{person}} {{at}}' },
  'minutes.doc.approvedBy': { sv: 'Godkänt av {{person}} {{at}}', nb: 'Godkjent av {{person}} {{at}}', en: 'Approved by {{person}} {{at}}' },
  'minutes.doc.draft': { sv: 'UTKAST – ej godkänt', nb: 'UTKAST – ikke godkjent', en: 'DRAFT – not approved' },
  'minutes.doc.extractOf': { sv: 'Utdrag ur protokoll från {{meeting}}', nb: 'Utskrift av protokoll fra {{meeting}}', en: 'Extract from the minutes of {{meeting}}' },
  'minutes.doc.annex': { sv: 'Bilaga: fördelning enligt {{scenario}}', nb: 'Vedlegg: fordeling etter {{scenario}}', en: 'Annex: distribution under {{scenario}}' },
  'minutes.doc.member': { sv: 'Medlem', nb: 'Medlem', en: 'Member' },
  'minutes.doc.amount': { sv: 'Belopp {{year}} ({{currency}})', nb: 'Beløp {{year}} ({{currency}})', en: 'Amount {{year}} ({{currency}})' },
  'minutes.doc.total': { sv: 'Summa', nb: 'Sum', en: 'Total' },
  'minutes.doc.page': { sv: 'Sida {{page}} av {{pages}}', nb: 'Side {{page}} av {{pages}}', en: 'Page {{page}} of {{pages}}' },
  'minutes.doc.sha': { sv: 'Kontrollsumma (SHA-256) för det godkända protokollet: {{sha}}', nb: 'Kontrollsum (SHA-256) for den godkjente protokollen: {{sha}}', en: 'Checksum (SHA-256) of the approved minutes: {{sha}}' },
  'minutes.doc.agenda': { sv: 'Dagordning', nb: 'Dagsorden', en: 'Agenda' },
  'minutes.doc.metric': { sv: '{{metric|lower}}', nb: '{{metric|lower}}', en: '{{metric|lower}}' },
  'minutes.doc.choice.yes': { sv: 'Ja', nb: 'Ja', en: 'Yes' },
  'minutes.doc.choice.no': { sv: 'Nej', nb: 'Nei', en: 'No' },
  'minutes.doc.choice.abstain': { sv: 'Avstår', nb: 'Avstår', en: 'Abstains' },
  'minutes.doc.voter': { sv: 'Ledamot', nb: 'Medlem', en: 'Member' },
  'minutes.doc.organisation': { sv: 'Företräder', nb: 'Representerer', en: 'Represents' },
  'minutes.doc.weight': { sv: 'Vikt', nb: 'Vekt', en: 'Weight' },
  'minutes.doc.agendaItem': { sv: 'Ärende', nb: 'Sak', en: 'Item' },
  'minutes.doc.time': { sv: 'Tid', nb: 'Tid', en: 'Time' },
  'minutes.doc.presenterColumn': { sv: 'Föredragande', nb: 'Saksbehandler', en: 'Presenter' },
  'minutes.doc.scenarioFigures': { sv: 'Fördelning enligt förslaget {{scenario}}', nb: 'Fordeling etter forslaget {{scenario}}', en: 'Distribution under the proposal {{scenario}}' },

  // File names (the reader's language; the date and meeting title are added).
  'minutes.file.minutes': { sv: 'Protokoll', nb: 'Protokoll', en: 'Minutes' },
  'minutes.file.extract': { sv: 'Protokollsutdrag', nb: 'Protokollutskrift', en: 'Extract' },
  'minutes.file.pack': { sv: 'Möteshandlingar', nb: 'Sakspapirer', en: 'Meeting pack' },
  'minutes.file.calendar': { sv: 'Kalender', nb: 'Kalender', en: 'Calendar' },
} satisfies Record<string, MessageEntry>;
