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

  // A whole workspace document checked before anything is written (import-json, the app's import).
  'error.document.refused_one': {
    sv: 'Arbetsytedokumentet har 1 problem; ingenting skrevs.{{first}}',
    nb: 'Arbeidsområdedokumentet har 1 problem; ingenting ble skrevet.{{first}}',
    en: 'The workspace document has 1 problem; nothing was written.{{first}}',
  },
  'error.document.refused_other': {
    sv: 'Arbetsytedokumentet har {{count}} problem; ingenting skrevs.',
    nb: 'Arbeidsområdedokumentet har {{count}} problemer; ingenting ble skrevet.',
    en: 'The workspace document has {{count}} problems; nothing was written.',
  },
  'error.document.line': { sv: '\n  {{path}}: {{detail}}', nb: '\n  {{path}}: {{detail}}', en: '\n  {{path}}: {{detail}}' },
  'error.document.notObject': {
    sv: 'ett JSON-objekt väntades (ett Andel-arbetsytedokument)',
    nb: 'et JSON-objekt var ventet (et Andel-arbeidsområdedokument)',
    en: 'expected a JSON object (an Andel workspace document)',
  },
  'error.document.notOurs': {
    sv: '”{{format}}” väntades: detta är inget Andel-arbetsytedokument',
    nb: '«{{format}}» var ventet: dette er ikke et Andel-arbeidsområdedokument',
    en: 'expected "{{format}}": this is not an Andel workspace document',
  },
  'error.document.newer': {
    sv: 'dokumentet skrevs av en nyare Andel (formatversion {{version}}); den här Andel läser version {{supported}}',
    nb: 'dokumentet ble skrevet av en nyere Andel (formatversjon {{version}}); denne Andel leser versjon {{supported}}',
    en: 'the document was written by a newer Andel (format version {{version}}); this Andel reads version {{supported}}',
  },
  'error.document.idTwice': {
    sv: 'id {{id}} används två gånger (även {{other}})',
    nb: 'id {{id}} brukes to ganger (også {{other}})',
    en: 'id {{id}} is used twice (also {{other}})',
  },
  'error.document.usedBy': { sv: '{{what}} används redan av {{other}}', nb: '{{what}} brukes allerede av {{other}}', en: '{{what}} is already used by {{other}}' },
  'error.document.sequenceOf': {
    sv: 'löpnummer {{sequence}} för organ {{body}} år {{year}}',
    nb: 'løpenummer {{sequence}} for organ {{body}} i {{year}}',
    en: 'sequence {{sequence}} of body {{body}} in {{year}}',
  },
  'error.document.keyVersionOf': {
    sv: 'version {{version}} av nyckeln ”{{name}}” i samarbete {{cooperation}}',
    nb: 'versjon {{version}} av nøkkelen «{{name}}» i samarbeid {{cooperation}}',
    en: 'version {{version}} of key "{{name}}" in cooperation {{cooperation}}',
  },
  'error.document.figureOf': {
    sv: '{{metric}} {{year}} för organisation {{organisation}}',
    nb: '{{metric}} {{year}} for organisasjon {{organisation}}',
    en: '{{metric}} {{year}} of organisation {{organisation}}',
  },
  'error.document.voteOf': {
    sv: 'rösten från plats {{seat}} i ärende {{item}}',
    nb: 'stemmen fra plass {{seat}} i sak {{item}}',
    en: 'the vote of seat {{seat}} on agenda item {{item}}',
  },
  'error.document.adjusterOf': {
    sv: 'plats {{seat}} som justerare för sammanträde {{meeting}}',
    nb: 'plass {{seat}} som protokollunderskriver for møte {{meeting}}',
    en: 'seat {{seat}} as adjuster of meeting {{meeting}}',
  },
  'error.document.seatOfOtherBody': {
    sv: 'plats {{seat}} hör till organ {{seatBody}}, inte till organ {{body}} som håller sammanträde {{meeting}}',
    nb: 'plass {{seat}} hører til organ {{seatBody}}, ikke til organ {{body}} som holder møte {{meeting}}',
    en: 'seat {{seat}} belongs to body {{seatBody}}, not to body {{body}} that holds meeting {{meeting}}',
  },
  'error.document.noSuch': { sv: 'hittar inte {{what}} med id {{id}}', nb: 'finner ikke {{what}} med id {{id}}', en: 'no {{what}} with id {{id}}' },
  'error.document.relatesToNothing': {
    sv: 'en relates_to-koppling måste ange en version, ett avtal, en nyckel eller ett beslut',
    nb: 'en relates_to-kobling må angi en versjon, en avtale, en nøkkel eller et vedtak',
    en: 'a relates_to link must name a snapshot, agreement, key or decision',
  },
  'error.document.linkNeeds': { sv: 'en {{kind}}-koppling måste ange {{field}}', nb: 'en {{kind}}-kobling må angi {{field}}', en: 'a {{kind}} link must set {{field}}' },
  'error.document.hashMismatch': {
    sv: 'stämmer inte med innehållet (dess SHA-256 är {{actual}}); en fastställd version kan inte ändras',
    nb: 'stemmer ikke med innholdet (SHA-256 er {{actual}}); en vedtatt versjon kan ikke endres',
    en: 'does not match the content (its SHA-256 is {{actual}}); an adopted snapshot cannot be changed',
  },

  'error.document.versionDiffers': {
    sv: 'definitionen anger version {{given}} men nyckeln är sparad som version {{stored}}',
    nb: 'definisjonen oppgir versjon {{given}}, men nøkkelen er lagret som versjon {{stored}}',
    en: 'the definition says version {{given}} but the key is stored as version {{stored}}',
  },
  'error.document.otherCurrency': {
    sv: 'samarbetets valuta är {{currency}}, inte {{given}}',
    nb: 'samarbeidets valuta er {{currency}}, ikke {{given}}',
    en: "the cooperation's currency is {{currency}}, not {{given}}",
  },
  'error.document.keyByRef': {
    sv: 'ett sparat scenario hänvisar till en sparad nyckel som { "ref": "<nyckelns id>", "version": n }; spara nyckeln först',
    nb: 'et lagret scenario viser til en lagret nøkkel som { "ref": "<nøkkelens id>", "version": n }; lagre nøkkelen først',
    en: 'a stored scenario refers to a stored key as { "ref": "<key id>", "version": n }; save the key first',
  },
  'error.document.leavesBeforeJoining': {
    sv: 'utträdesdatumet {{left}} ligger före anslutningsdatumet {{joined}}',
    nb: 'utmeldingsdatoen {{left}} ligger før tilslutningsdatoen {{joined}}',
    en: 'the leave date {{left}} is before the join date {{joined}}',
  },
  'error.document.keyDefinedTwice': {
    sv: 'version {{version}} av nyckeln ”{{key}}” är redan definierad av {{other}}',
    nb: 'versjon {{version}} av nøkkelen «{{key}}» er allerede definert av {{other}}',
    en: 'version {{version}} of key "{{key}}" is already defined by {{other}}',
  },
  'error.document.otherKey': {
    sv: 'hänvisar till ”{{named}}” men scenariots nyckel (id {{id}}) är ”{{key}}” version {{version}}',
    nb: 'viser til «{{named}}», men scenarioets nøkkel (id {{id}}) er «{{key}}» versjon {{version}}',
    en: 'refers to "{{named}}" but the scenario\'s key (id {{id}}) is "{{key}}" version {{version}}',
  },
  'error.document.otherKeyVersion': {
    sv: 'hänvisar till ”{{named}}” version {{namedVersion}} men scenariots nyckel (id {{id}}) är ”{{key}}” version {{version}}',
    nb: 'viser til «{{named}}» versjon {{namedVersion}}, men scenarioets nøkkel (id {{id}}) er «{{key}}» versjon {{version}}',
    en: 'refers to "{{named}}" version {{namedVersion}} but the scenario\'s key (id {{id}}) is "{{key}}" version {{version}}',
  },
  'error.document.keyOtherCooperation': {
    sv: 'nyckel {{id}} hör till ett annat samarbete',
    nb: 'nøkkel {{id}} hører til et annet samarbeid',
    en: 'key {{id}} belongs to another cooperation',
  },

  // A body's pattern for decision numbers ("SG {year}:{n}").
  'error.numberPattern.empty': { sv: 'får inte vara tomt', nb: 'kan ikke være tomt', en: 'must not be empty' },
  'error.numberPattern.tooLong': { sv: 'får vara högst {{max}} tecken', nb: 'kan være høyst {{max}} tegn', en: 'must be at most {{max}} characters' },
  'error.numberPattern.brace': { sv: 'har en ensam klammerparentes i ”{{text}}”', nb: 'har en enslig krøllparentes i «{{text}}»', en: 'has an unmatched brace in "{{text}}"' },
  'error.numberPattern.width': { sv: '{{placeholder}}: bredden måste vara mellan 1 och {{max}}', nb: '{{placeholder}}: bredden må være mellom 1 og {{max}}', en: '{{placeholder}}: the width must be between 1 and {{max}}' },
  'error.numberPattern.unknown': {
    sv: '{{placeholder}} är ingen platshållare; använd {year}, {n} eller {n:3}',
    nb: '{{placeholder}} er ikke en plassholder; bruk {year}, {n} eller {n:3}',
    en: '{{placeholder}} is not a placeholder; use {year}, {n} or {n:3}',
  },
  'error.numberPattern.noYear': { sv: 'måste innehålla {year}', nb: 'må inneholde {year}', en: 'must contain {year}' },
  'error.numberPattern.yearTwice': { sv: 'får innehålla {year} bara en gång', nb: 'kan inneholde {year} bare én gang', en: 'must contain {year} only once' },
  'error.numberPattern.noSequence': {
    sv: 'måste innehålla {n} (eller {n:3} för inledande nollor)',
    nb: 'må inneholde {n} (eller {n:3} for innledende nuller)',
    en: 'must contain {n} (or {n:3} for zero padding)',
  },
  'error.numberPattern.sequenceTwice': { sv: 'får innehålla {n} bara en gång', nb: 'kan inneholde {n} bare én gang', en: 'must contain {n} only once' },

  // A register's numbering per body and year.
  'error.numbering.missing_one': { sv: 'nummer {{numbers}} saknas', nb: 'nummer {{numbers}} mangler', en: 'number {{numbers}} is missing' },
  'error.numbering.missing_other': { sv: 'nummer {{numbers}} saknas', nb: 'numrene {{numbers}} mangler', en: 'numbers {{numbers}} are missing' },
  'error.numbering.duplicates_one': { sv: 'nummer {{numbers}} används mer än en gång', nb: 'nummer {{numbers}} brukes mer enn én gang', en: 'number {{numbers}} is used more than once' },
  'error.numbering.duplicates_other': { sv: 'nummer {{numbers}} används mer än en gång', nb: 'numrene {{numbers}} brukes mer enn én gang', en: 'numbers {{numbers}} are used more than once' },
  'error.numbering.invalid_one': { sv: '{{numbers}} är inget giltigt löpnummer', nb: '{{numbers}} er ikke et gyldig løpenummer', en: '{{numbers}} is not a valid sequence' },
  'error.numbering.invalid_other': { sv: '{{numbers}} är inga giltiga löpnummer', nb: '{{numbers}} er ikke gyldige løpenumre', en: '{{numbers}} are not valid sequences' },

  // Tallying a vote (weights, who may vote, choices) and the meeting's clock.
  'error.tally.weightsTooLarge': { sv: 'rösttalen blir sammanlagt mer än {{max}}', nb: 'stemmetallene blir til sammen mer enn {{max}}', en: 'the weights add up to more than {{max}}' },
  'error.tally.notARule': { sv: 'är ingen röstningsregel: {{detail}}', nb: 'er ikke en stemmeregel: {{detail}}', en: 'is not a voting rule: {{detail}}' },
  'error.tally.badWeight': { sv: '{{weight}} är inget helt rösttal (0 eller mer)', nb: '{{weight}} er ikke et helt stemmetall (0 eller mer)', en: '{{weight}} is not a whole non-negative weight' },
  'error.tally.listedTwice': { sv: 'medlem {{id}} står med två gånger', nb: 'medlem {{id}} står oppført to ganger', en: 'member {{id}} is listed twice' },
  'error.tally.noRight': { sv: 'medlem {{id}} har ingen rösträtt i denna omröstning', nb: 'medlem {{id}} har ikke stemmerett i denne avstemningen', en: 'member {{id}} has no voting right in this vote' },
  'error.tally.votedTwice': { sv: 'medlem {{id}} röstade två gånger', nb: 'medlem {{id}} stemte to ganger', en: 'member {{id}} voted twice' },
  'error.tally.badChoice': { sv: '”{{choice}}” är varken ja, nej eller avstår', nb: '«{{choice}}» er verken ja, nei eller avstår', en: '"{{choice}}" is not yes, no or abstain' },
  'error.tally.notDateTime': { sv: '”{{value}}” är ingen tidpunkt (ÅÅÅÅ-MM-DDTtt:mm)', nb: '«{{value}}» er ikke et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm)', en: '"{{value}}" is not a date and time (YYYY-MM-DDThh:mm)' },

  // Agreements' terms.
  'error.agreement.monthsAhead': {
    sv: '{{months}} är inget antal månader från 0 till 1200',
    nb: '{{months}} er ikke et antall måneder fra 0 til 1200',
    en: '{{months}} is not a number of months from 0 to 1200',
  },

  // Adopted snapshots read back.
  'error.snapshot.unusable': {
    sv: 'Versionen {{id}} kan inte användas: innehållet är inte sådant som Andel fastställer ({{problems}}).',
    nb: 'Versjon {{id}} kan ikke brukes: innholdet er ikke slik Andel vedtar ({{problems}}).',
    en: 'Snapshot {{id}} cannot be used: its content is not what Andel adopts ({{problems}}).',
  },
} satisfies Record<string, MessageEntry>;
