/**
 * Messages of the command line's own checks: records looked up by the names people type, option
 * values, JSON files read and written. Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const cliMessages = {
  // Finding a record by the name typed (`--cooperation skaraborg`); {{what}} is an entity word ("samarbetet").
  'error.lookup.none': {
    sv: 'hittar inte {{what}} ”{{name}}”. Det finns: {{available}}',
    nb: 'finner ikke {{what}} «{{name}}». Disse finnes: {{available}}',
    en: 'there is no {{what}} named "{{name}}". Available: {{available}}',
  },
  'error.lookup.ambiguous': {
    sv: '”{{name}}” passar på mer än en ({{what}}): {{candidates}}; skriv ett av namnen exakt',
    nb: '«{{name}}» passer på mer enn én ({{what}}): {{candidates}}; skriv ett av navnene nøyaktig',
    en: '"{{name}}" fits more than one {{what}}: {{candidates}}; name one exactly',
  },
  'error.lookup.nothing': { sv: 'inget', nb: 'ingenting', en: 'none' },
  'error.lookup.scenarioOf': { sv: 'scenariot i {{name}}', nb: 'scenarioet i {{name}}', en: 'scenario of {{name}}' },
  'error.lookup.decisionOf': { sv: 'beslutet i organen för {{name}}', nb: 'vedtaket i organene for {{name}}', en: "decision of {{name}}'s bodies" },
  'error.lookup.body': {
    sv: 'Inget organ heter ”{{name}}”. Organ: {{bodies}}.',
    nb: 'Ingen organer heter «{{name}}». Organer: {{bodies}}.',
    en: 'No body is called "{{name}}". Bodies: {{bodies}}.',
  },
  'error.lookup.bodyAmbiguous': {
    sv: '”{{name}}” passar på {{count}} organ; skriv mer av namnet',
    nb: '«{{name}}» passer på {{count}} organer; skriv mer av navnet',
    en: '"{{name}}" names {{count}} bodies; give more of the name',
  },
  'error.lookup.key': {
    sv: 'hittar inte nyckeln ”{{name}}”. Det finns: {{available}}',
    nb: 'finner ikke nøkkelen «{{name}}». Disse finnes: {{available}}',
    en: 'there is no key "{{name}}". Available: {{available}}',
  },
  'error.lookup.keyAmbiguous': {
    sv: '”{{name}}” passar på mer än en nyckel: {{candidates}}; skriv nyckelns id exakt',
    nb: '«{{name}}» passer på mer enn én nøkkel: {{candidates}}; skriv nøkkelens id nøyaktig',
    en: '"{{name}}" fits more than one key: {{candidates}}; name one by its id',
  },
  'error.lookup.keyVersion': {
    sv: 'nyckeln ”{{name}}” har ingen version {{version}}; den har {{versions}}',
    nb: 'nøkkelen «{{name}}» har ingen versjon {{version}}; den har {{versions}}',
    en: 'key "{{name}}" has no version {{version}}; it has {{versions}}',
  },
  'error.lookup.codeAmbiguous': {
    sv: '”{{code}}” är koden för mer än en organisation; skriv SE:{{digits}} eller NO:{{digits}}',
    nb: '«{{code}}» er koden for mer enn én organisasjon; skriv SE:{{digits}} eller NO:{{digits}}',
    en: '"{{code}}" is the code of more than one organisation; write SE:{{digits}} or NO:{{digits}}',
  },
  'error.lookup.notParticipant': {
    sv: '{{organisation}} deltar inte i {{cooperation}}',
    nb: '{{organisation}} deltar ikke i {{cooperation}}',
    en: '{{organisation}} does not take part in {{cooperation}}',
  },
  'error.lookup.notInShippedList': {
    sv: '{{country}} {{code}} finns inte i den medföljande listan; ange --name och --kind',
    nb: '{{country}} {{code}} finnes ikke i den medfølgende listen; oppgi --name og --kind',
    en: '{{country}} {{code}} is not in the shipped list; give --name and --kind',
  },

  // Option values.
  'error.option.format': {
    sv: '”{{value}}” är inget format; använd {{formats}}',
    nb: '«{{value}}» er ikke et format; bruk {{formats}}',
    en: '"{{value}}" is not a format; use {{formats}}',
  },
  'error.option.year': { sv: '”{{value}}” är inget årtal', nb: '«{{value}}» er ikke et årstall', en: '"{{value}}" is not a year' },
  'error.option.yearSuchAs': {
    sv: '”{{value}}” är inget årtal som {{example}}',
    nb: '«{{value}}» er ikke et årstall som {{example}}',
    en: '"{{value}}" is not a year such as {{example}}',
  },
  'error.option.status': { sv: '”{{value}}” är ingen status; använd {{statuses}}', nb: '«{{value}}» er ikke en status; bruk {{statuses}}', en: '"{{value}}" is not a status; use {{statuses}}' },
  'error.option.frequency': {
    sv: '”{{value}}” är ingen faktureringsregel; använd {{frequencies}}',
    nb: '«{{value}}» er ikke en faktureringsregel; bruk {{frequencies}}',
    en: '"{{value}}" is not an invoicing rule; use {{frequencies}}',
  },
  'error.option.exportLanguage': {
    sv: '”{{value}}” är inget exportspråk; använd sv (svenska), nb (norskt bokmål) eller en (engelska)',
    nb: '«{{value}}» er ikke et eksportspråk; bruk sv (svensk), nb (norsk bokmål) eller en (engelsk)',
    en: '"{{value}}" is not an export language; use sv (Swedish), nb (Norwegian Bokmål) or en (English)',
  },
  'error.option.currency': { sv: '”{{value}}” är varken SEK eller NOK', nb: '«{{value}}» er verken SEK eller NOK', en: '"{{value}}" is not SEK or NOK' },
  'error.option.locale': { sv: '”{{value}}” är varken sv, nb eller en', nb: '«{{value}}» er verken sv, nb eller en', en: '"{{value}}" is not sv, nb or en' },
  'error.option.version': {
    sv: '”{{value}}” är inget versionsnummer (ett heltal från 1)',
    nb: '«{{value}}» er ikke et versjonsnummer (et heltall fra 1)',
    en: '"{{value}}" is not a version number (a whole number from 1)',
  },
  'error.option.invalid': { sv: 'Kommandots val kan inte godtas.', nb: 'Kommandoens valg kan ikke godtas.', en: 'invalid options' },
  'error.option.noBudgetYear': {
    sv: '{{cooperation}} har ingen budget för {{year}} (den har {{years}})',
    nb: '{{cooperation}} har ikke noe budsjett for {{year}} (det har {{years}})',
    en: '{{cooperation}} has no budget for {{year}} (it has {{years}})',
  },
  'error.option.outExists': {
    sv: '{{path}} finns redan; ingenting skrevs. Ange --force för att ersätta den.',
    nb: '{{path}} finnes allerede; ingenting ble skrevet. Oppgi --force for å erstatte den.',
    en: '{{path}} already exists; nothing was written. Give --force to replace it.',
  },
  'error.option.outExistsField': { sv: 'filen finns', nb: 'filen finnes', en: 'the file exists' },

  // Which figures an export holds (`--draft`, `--snapshot`), and what was written.
  'cli.note': { sv: 'obs', nb: 'merk', en: 'note' },
  'cli.draftNotice': {
    sv: '”{{name}}” har inte fastställts (det har ingen version), så denna export är ett UTKAST av det sparade scenariot, märkt så på varje blad.',
    nb: '«{{name}}» er ikke vedtatt (det har ingen versjon), så denne eksporten er et UTKAST av det lagrede scenarioet, merket slik på hvert ark.',
    en: '"{{name}}" has not been adopted (it has no snapshot), so this export is a DRAFT of the stored scenario, marked as such on every sheet.',
  },
  'error.source.draftAndSnapshot': {
    sv: '--draft och --snapshot utesluter varandra: ett utkast är det sparade scenariot, ingen version.',
    nb: '--draft og --snapshot utelukker hverandre: et utkast er det lagrede scenarioet, ikke en versjon.',
    en: '--draft and --snapshot exclude each other: a draft is the stored scenario, not a snapshot.',
  },
  'error.source.noSnapshot': {
    sv: '”{{name}}” har ingen version: det har inte fastställts. Utelämna --snapshot för att exportera ett utkast.',
    nb: '«{{name}}» har ingen versjon: det er ikke vedtatt. Utelat --snapshot for å eksportere et utkast.',
    en: '"{{name}}" has no snapshot: it has not been adopted. Leave out --snapshot to export a draft.',
  },
  'error.source.notASnapshot': {
    sv: '”{{given}}” är ingen version av ”{{name}}”. Versioner: {{available}}; eller ”latest”.',
    nb: '«{{given}}» er ikke en versjon av «{{name}}». Versjoner: {{available}}; eller «latest».',
    en: '"{{given}}" is not a snapshot of "{{name}}". Snapshots: {{available}}; or "latest".',
  },
  'error.source.noneAdopted': { sv: 'inga (scenariot har inte fastställts)', nb: 'ingen (scenarioet er ikke vedtatt)', en: 'none (the scenario has not been adopted)' },
  'cli.wrote': {
    sv: 'Skrev {{what}}{{basis}} till {{path}}\nSHA-256 {{sha}}\nLoggad i arbetsytans exportlogg (post {{id}}).',
    nb: 'Skrev {{what}}{{basis}} til {{path}}\nSHA-256 {{sha}}\nLogget i arbeidsområdets eksportlogg (oppføring {{id}}).',
    en: "Wrote the {{what}}{{basis}} to {{path}}\nSHA-256 {{sha}}\nLogged in the workspace's export log (entry {{id}}).",
  },
  'cli.what.annex': { sv: 'bilagan', nb: 'vedlegget', en: 'annex' },
  'cli.what.invoicing': { sv: 'faktureringsunderlaget', nb: 'faktureringsgrunnlaget', en: 'invoicing basis' },
  'cli.what.register': { sv: 'beslutsregistret', nb: 'vedtaksregisteret', en: 'decision register' },
  'cli.basis.snapshot': { sv: ' (version {{id}})', nb: ' (versjon {{id}})', en: ' (snapshot {{id}})' },
  'cli.basis.draft': { sv: ' (utkast)', nb: ' (utkast)', en: ' (draft)' },

  // The command line's own lines.
  'cli.line.wrote': { sv: 'Skrev {{path}}', nb: 'Skrev {{path}}', en: 'Wrote {{path}}' },
  'cli.line.created': { sv: 'Skapade {{path}}', nb: 'Opprettet {{path}}', en: 'Created {{path}}' },
  'cli.line.wroteDemo': { sv: 'Skrev demoarbetsytan till {{path}}', nb: 'Skrev demoarbeidsområdet til {{path}}', en: 'Wrote the demo workspace to {{path}}' },
  'cli.line.replacedKept': { sv: 'Behöll en kopia av filen som ersattes: {{path}}', nb: 'Beholdt en kopi av filen som ble erstattet: {{path}}', en: 'Kept a copy of the file it replaced at {{path}}' },
  'cli.line.demoFallback': {
    sv: 'obs: {{path}} används eftersom demodokumentet inte finns ännu.',
    nb: 'merk: {{path}} brukes fordi demodokumentet ikke finnes ennå.',
    en: 'note: {{path}} is used because the demo document is not available yet.',
  },
  'cli.line.restored': { sv: 'Återställde {{path}} från {{backup}}', nb: 'Gjenopprettet {{path}} fra {{backup}}', en: 'Restored {{path}} from {{backup}}' },
  'cli.line.previousKept': { sv: 'Filen som den var innan finns kvar som {{path}}', nb: 'Filen slik den var før, er beholdt som {{path}}', en: 'The file as it was before is kept as {{path}}' },

  // The end of a failed command.
  'cli.andMore': { sv: '… och {{count}} till', nb: '… og {{count}} til', en: '… and {{count}} more' },
  'cli.internalError': { sv: 'internt fel: {{detail}}', nb: 'intern feil: {{detail}}', en: 'internal error: {{detail}}' },
  'cli.debugHint': { sv: '(sätt ANDEL_DEBUG=1 för detaljer)', nb: '(sett ANDEL_DEBUG=1 for detaljer)', en: '(set ANDEL_DEBUG=1 for details)' },

  // JSON files given to the command line.
  'error.json.cannotRead': { sv: 'Kan inte läsa {{path}} ({{reason}}).', nb: 'Kan ikke lese {{path}} ({{reason}}).', en: 'Cannot read {{path}} ({{reason}}).' },
  'error.json.cannotWrite': { sv: 'Kan inte skriva {{path}} ({{reason}}).', nb: 'Kan ikke skrive {{path}} ({{reason}}).', en: 'Cannot write {{path}} ({{reason}}).' },
  'error.json.invalid': { sv: '{{path}} är ingen giltig JSON: {{detail}}', nb: '{{path}} er ikke gyldig JSON: {{detail}}', en: '{{path}} is not valid JSON: {{detail}}' },
  'error.json.atPosition': { sv: 'fel vid tecken {{position}}', nb: 'feil ved tegn {{position}}', en: 'a mistake at character {{position}}' },
  'error.json.endsEarly': { sv: 'texten tar slut för tidigt', nb: 'teksten slutter for tidlig', en: 'the text ends too early' },
  'error.json.notObject': {
    sv: '{{path}} måste innehålla ett JSON-objekt (en definition)',
    nb: '{{path}} må inneholde ett JSON-objekt (en definisjon)',
    en: '{{path}} must hold one JSON object (a definition)',
  },

  // Mistakes in the command line itself (commander's own errors), for readers of sv and nb.
  'cli.usage.requiredOption': { sv: 'fel: valet {{option}} saknas', nb: 'feil: valget {{option}} mangler', en: "error: required option '{{option}}' not specified" },
  'cli.usage.missingArgument': { sv: 'fel: argumentet {{argument}} saknas', nb: 'feil: argumentet {{argument}} mangler', en: "error: missing required argument '{{argument}}'" },
  'cli.usage.unknownOption': { sv: 'fel: okänt val {{option}}', nb: 'feil: ukjent valg {{option}}', en: "error: unknown option '{{option}}'" },
  'cli.usage.optionValueMissing': { sv: 'fel: valet {{option}} saknar värde', nb: 'feil: valget {{option}} mangler verdi', en: "error: option '{{option}}' argument missing" },
  'cli.usage.unknownCommand': { sv: 'fel: okänt kommando {{command}}', nb: 'feil: ukjent kommando {{command}}', en: "error: unknown command '{{command}}'" },
  'cli.usage.tooManyArguments': { sv: 'fel: för många argument till {{command}}', nb: 'feil: for mange argumenter til {{command}}', en: "error: too many arguments for '{{command}}'" },
  'cli.usage.didYouMean': { sv: '(menade du {{suggestion}}?)', nb: '(mente du {{suggestion}}?)', en: '(Did you mean {{suggestion}}?)' },
  'cli.usage.seeHelp': {
    sv: 'Skriv andel --help för kommandona, eller andel <kommando> --help för ett kommandos val.',
    nb: 'Skriv andel --help for kommandoene, eller andel <kommando> --help for valgene til en kommando.',
    en: 'Run andel --help for the commands, or andel <command> --help for the options of one.',
  },
  // What the commands print (tables, summaries, what was done): the CLI's own words, by --lang.
  'cli.info.workspace': { sv: 'Arbetsyta', nb: 'Arbeidsområde', en: 'Workspace' },
  'cli.info.file': { sv: 'Fil', nb: 'Fil', en: 'File' },
  'cli.info.currency': { sv: 'Valuta', nb: 'Valuta', en: 'Currency' },
  'cli.info.locale': { sv: 'Språk', nb: 'Språk', en: 'Locale' },
  'cli.info.created': { sv: 'Skapad', nb: 'Opprettet', en: 'Created' },
  'cli.info.schemaVersion': { sv: 'Schemaversion', nb: 'Skjemaversjon', en: 'Schema version' },
  'cli.info.level': { sv: '{{version}} (nivå {{level}})', nb: '{{version}} (nivå {{level}})', en: '{{version}} (level {{level}})' },
  'cli.info.pending': { sv: 'Väntande', nb: 'Ventende', en: 'Pending' },
  'cli.info.pendingNote': {
    sv: '{{migrations}} (görs efter en säkerhetskopia nästa gång filen öppnas)',
    nb: '{{migrations}} (gjøres etter en sikkerhetskopi neste gang filen åpnes)',
    en: '{{migrations}} (applied after a backup when the file is next opened)',
  },
  'cli.info.rowsPerTable': { sv: 'Rader per tabell', nb: 'Rader per tabell', en: 'Rows per table' },

  'cli.col.id': { sv: 'Id', nb: 'Id', en: 'Id' },
  'cli.col.name': { sv: 'Namn', nb: 'Navn', en: 'Name' },
  'cli.col.kind': { sv: 'Slag', nb: 'Type', en: 'Kind' },
  'cli.col.currency': { sv: 'Valuta', nb: 'Valuta', en: 'Currency' },
  'cli.col.country': { sv: 'Land', nb: 'Land', en: 'Country' },
  'cli.col.members': { sv: 'Medlemmar', nb: 'Medlemmer', en: 'Members' },
  'cli.col.observers': { sv: 'Observatörer', nb: 'Observatører', en: 'Observers' },
  'cli.col.admin': { sv: 'Admin.', nb: 'Admin.', en: 'Admin.' },
  'cli.col.archived': { sv: 'Arkiverad', nb: 'Arkivert', en: 'Archived' },
  'cli.col.code': { sv: 'Kod', nb: 'Kode', en: 'Code' },
  'cli.col.orgNumber': { sv: 'Org.nr', nb: 'Org.nr.', en: 'Org. number' },
  'cli.col.organisation': { sv: 'Organisation', nb: 'Organisasjon', en: 'Organisation' },
  'cli.col.role': { sv: 'Roll', nb: 'Rolle', en: 'Role' },
  'cli.col.joined': { sv: 'Inträde', nb: 'Inntreden', en: 'Joined' },
  'cli.col.left': { sv: 'Utträde', nb: 'Uttreden', en: 'Left' },
  'cli.col.invoicedVia': { sv: 'Faktureras via', nb: 'Faktureres via', en: 'Invoiced via' },
  'cli.col.number': { sv: 'Nummer', nb: 'Nummer', en: 'Number' },
  'cli.col.date': { sv: 'Datum', nb: 'Dato', en: 'Date' },
  'cli.col.status': { sv: 'Status', nb: 'Status', en: 'Status' },
  'cli.col.body': { sv: 'Organ', nb: 'Organ', en: 'Body' },
  'cli.col.title': { sv: 'Rubrik', nb: 'Tittel', en: 'Title' },
  'cli.col.member': { sv: 'medlem', nb: 'medlem', en: 'member' },
  'cli.col.year': { sv: 'år', nb: 'år', en: 'year' },
  'cli.col.adjustment': { sv: 'avrundning', nb: 'avrunding', en: 'adjustment' },
  'cli.col.memberAdj': { sv: 'påslag/avdrag', nb: 'påslag/fradrag', en: 'member_adj' },
  'cli.col.gross': { sv: 'brutto', nb: 'brutto', en: 'gross' },
  'cli.col.subsidies': { sv: 'subventioner', nb: 'subsidier', en: 'subsidies' },
  'cli.col.net': { sv: 'netto', nb: 'netto', en: 'net' },
  'cli.col.total': { sv: 'SUMMA', nb: 'SUM', en: 'TOTAL' },
  'cli.col.line': { sv: 'rad', nb: 'linje', en: 'line' },
  'cli.col.category': { sv: 'kategori', nb: 'kategori', en: 'category' },
  'cli.col.amount': { sv: 'belopp', nb: 'beløp', en: 'amount' },
  'cli.col.funding': { sv: 'finansiering', nb: 'finansiering', en: 'funding' },
  'cli.col.state': { sv: 'status', nb: 'status', en: 'status' },
  'cli.col.kindLower': { sv: 'slag', nb: 'type', en: 'kind' },

  'cli.cooperation.line': { sv: 'Samarbete {{id}} ”{{name}}” ({{kind}}, {{currency}}, {{country}})', nb: 'Samarbeid {{id}} «{{name}}» ({{kind}}, {{currency}}, {{country}})', en: 'Cooperation {{id}} "{{name}}" ({{kind}}, {{currency}}, {{country}})' },
  'cli.cooperation.archivedOn': { sv: ' arkiverat {{date}}', nb: ' arkivert {{date}}', en: ' archived {{date}}' },
  'cli.done.created': { sv: 'Skapade {{what}}', nb: 'Opprettet {{what}}', en: 'Created {{what}}' },
  'cli.done.changed': { sv: 'Ändrade {{what}}', nb: 'Endret {{what}}', en: 'Changed {{what}}' },
  'cli.done.archived': { sv: 'Arkiverade {{what}}', nb: 'Arkiverte {{what}}', en: 'Archived {{what}}' },
  'cli.done.restored': { sv: 'Återställde {{what}}', nb: 'Gjenopprettet {{what}}', en: 'Restored {{what}}' },
  'cli.done.added': { sv: 'Lade till {{what}}', nb: 'La til {{what}}', en: 'Added {{what}}' },
  'cli.done.ended': { sv: 'Avslutade {{what}}', nb: 'Avsluttet {{what}}', en: 'Ended {{what}}' },
  'cli.workspace.createdEmpty': { sv: 'Skapade den tomma arbetsytan {{path}}', nb: 'Opprettet det tomme arbeidsområdet {{path}}', en: 'Created the empty workspace {{path}}' },
  'cli.organisation.created': {
    sv: 'Skapade organisationen {{id}} ”{{name}}” ({{kind}}, {{country}}{{code}})',
    nb: 'Opprettet organisasjonen {{id}} «{{name}}» ({{kind}}, {{country}}{{code}})',
    en: 'Created organisation {{id}} "{{name}}" ({{kind}}, {{country}}{{code}})',
  },
  'cli.organisation.changed': { sv: 'Ändrade organisationen {{id}} ”{{name}}”', nb: 'Endret organisasjonen {{id}} «{{name}}»', en: 'Changed organisation {{id}} "{{name}}"' },
  'cli.participant.from': { sv: ' från {{date}}', nb: ' fra {{date}}', en: ' from {{date}}' },
  'cli.participant.until': { sv: ' till och med {{date}}', nb: ' til og med {{date}}', en: ' until {{date}}' },
  'cli.participant.via': { sv: ', faktureras via {{name}}', nb: ', faktureres via {{name}}', en: ', invoiced via {{name}}' },

  'cli.decisions.count': { sv: '{{shown}} av {{total}} beslut', nb: '{{shown}} av {{total}} vedtak', en: '{{shown}} of {{total}} decisions' },
  'cli.decisions.numbering': { sv: 'Numrering: {{body}}, {{year}}: {{problem}}', nb: 'Nummerering: {{body}}, {{year}}: {{problem}}', en: 'Numbering: {{body}}, {{year}}: {{problem}}' },

  'cli.scenario.title': { sv: '{{title}} ({{currency}}, hela valutaenheter)', nb: '{{title}} ({{currency}}, hele valutaenheter)', en: '{{title}} ({{currency}}, major units)' },
  'cli.keys.line': {
    sv: '{{id}}  samarbete {{cooperation}}  {{ref}} v{{version}}{{older}}  {{family}}  {{name}}  [{{scenarios}}]',
    nb: '{{id}}  samarbeid {{cooperation}}  {{ref}} v{{version}}{{older}}  {{family}}  {{name}}  [{{scenarios}}]',
    en: '{{id}}  cooperation {{cooperation}}  {{ref}} v{{version}}{{older}}  {{family}}  {{name}}  [{{scenarios}}]',
  },
  'cli.keys.scenarios_one': { sv: '1 scenario', nb: '1 scenario', en: '1 scenario' },
  'cli.keys.scenarios_other': { sv: '{{count}} scenarier', nb: '{{count}} scenarioer', en: '{{count}} scenarios' },
  'cli.keys.older': { sv: ' (äldre)', nb: ' (eldre)', en: ' (older)' },
  'cli.keys.none': { sv: 'Inga fördelningsnycklar.', nb: 'Ingen fordelingsnøkler.', en: 'No distribution keys.' },
  'cli.adopt.done': {
    sv: 'Version {{id}} av ”{{scenario}}” fastställd genom beslut {{decisions}}\nSHA-256 {{sha}}',
    nb: 'Versjon {{id}} av «{{scenario}}» vedtatt ved vedtak {{decisions}}\nSHA-256 {{sha}}',
    en: 'Snapshot {{id}} of "{{scenario}}" adopted by decision {{decisions}}\nSHA-256 {{sha}}',
  },

  'cli.budget.title': { sv: '{{name}} — budget ({{currency}}, hela valutaenheter)', nb: '{{name}} — budsjett ({{currency}}, hele valutaenheter)', en: '{{name}} — budget ({{currency}}, major units)' },
  'cli.budget.revenue': { sv: 'intäkt', nb: 'inntekt', en: 'revenue' },
  'cli.budget.directCost': { sv: 'direkt kostnad', nb: 'direkte kostnad', en: 'direct cost' },
  'cli.budget.cost': { sv: 'kostnad', nb: 'kostnad', en: 'cost' },
  'cli.budget.revenues': { sv: 'intäkter', nb: 'inntekter', en: 'revenue' },
  'cli.budget.directCosts': { sv: 'direkta kostnader', nb: 'direkte kostnader', en: 'direct costs' },
  'cli.budget.grossResult': { sv: 'bruttoresultat', nb: 'bruttoresultat', en: 'gross result' },
  'cli.budget.otherCosts': { sv: 'övriga kostnader', nb: 'andre kostnader', en: 'other costs' },
  'cli.budget.result': { sv: 'resultat', nb: 'resultat', en: 'result' },
  'cli.budget.balance': { sv: 'saldo (intäkter + all finansiering − kostnader): {{amount}}', nb: 'saldo (inntekter + all finansiering − kostnader): {{amount}}', en: 'balance (revenue + all funding − costs): {{amount}}' },
  'cli.budget.empty': { sv: 'Inga budgetrader eller finansiering.', nb: 'Ingen budsjettlinjer eller finansiering.', en: 'No budget lines or funding.' },

  'cli.backups.none': { sv: '{{path}} har inga säkerhetskopior ännu.', nb: '{{path}} har ingen sikkerhetskopier ennå.', en: 'No backups of {{path}} yet.' },
  'cli.backups.header': { sv: 'Säkerhetskopior av {{path}}, nyaste först:', nb: 'Sikkerhetskopier av {{path}}, nyeste først:', en: 'Backups of {{path}}, newest first:' },
  'cli.backups.hint': { sv: 'Återställ en med: andel restore <fil> --from <kopia>', nb: 'Gjenopprett en med: andel restore <fil> --from <kopi>', en: 'Restore one with: andel restore <file> --from <backup>' },
  'cli.backups.kind.scheduled': { sv: 'schemalagd', nb: 'planlagt', en: 'scheduled' },
  'cli.backups.kind.manual': { sv: 'manuell', nb: 'manuell', en: 'manual' },
  'cli.backups.kind.beforeRestore': { sv: 'före återställning', nb: 'før gjenoppretting', en: 'before restore' },
  'cli.backups.kind.beforeMigration': { sv: 'före uppdatering', nb: 'før oppdatering', en: 'before update' },

  'cli.batch.done': { sv: 'Körningen är klar.', nb: 'Kjøringen er ferdig.', en: 'Batch done.' },
  'cli.batch.doneListed': { sv: 'Körningen är klar ({{listed}} i listan).', nb: 'Kjøringen er ferdig ({{listed}} i listen).', en: 'Batch done ({{listed}} listed).' },
  'cli.batch.failed_one': { sv: 'Körningen är klar med 1 misslyckad.', nb: 'Kjøringen er ferdig med 1 mislykket.', en: 'Batch done with 1 failure.' },
  'cli.batch.failed_other': { sv: 'Körningen är klar med {{count}} misslyckade.', nb: 'Kjøringen er ferdig med {{count}} mislykkede.', en: 'Batch done with {{count}} failures.' },

  'cli.document.wrote': {
    sv: 'Skrev {{what}} till {{path}}\nSHA-256 {{sha}}\nLoggad i arbetsytans exportlogg.',
    nb: 'Skrev {{what}} til {{path}}\nSHA-256 {{sha}}\nLogget i arbeidsområdets eksportlogg.',
    en: "Wrote the {{what}} to {{path}}\nSHA-256 {{sha}}\nLogged in the workspace's export log.",
  },
  'cli.what.minutes': { sv: 'protokollet', nb: 'protokollen', en: 'minutes' },
  'cli.what.pack': { sv: 'mötesunderlaget', nb: 'møtedokumentene', en: 'meeting pack' },
  'cli.what.extract': { sv: 'protokollsutdraget för {{decision}}', nb: 'protokollutdraget for {{decision}}', en: 'extract for {{decision}}' },
  'cli.what.calendar': { sv: 'kalendern', nb: 'kalenderen', en: 'calendar' },
  'cli.what.bodyCalendar': { sv: 'kalendern för {{body}} {{year}}', nb: 'kalenderen for {{body}} {{year}}', en: 'calendar of {{body}} {{year}}' },

  'cli.definition.wrote': { sv: 'Skrev {{what}} till {{path}}', nb: 'Skrev {{what}} til {{path}}', en: 'Wrote {{what}} to {{path}}' },
  'cli.definition.keyVersion': { sv: 'nyckeln {{ref}} version {{version}}', nb: 'nøkkelen {{ref}} versjon {{version}}', en: 'key {{ref}} version {{version}}' },
  'cli.definition.scenario': { sv: 'scenariot ”{{name}}”', nb: 'scenarioet «{{name}}»', en: 'scenario "{{name}}"' },
  'cli.definition.keySaved': {
    sv: 'Sparade nyckeln ”{{name}}” ({{ref}}) version {{version}} i {{cooperation}} (id {{id}})',
    nb: 'Lagret nøkkelen «{{name}}» ({{ref}}) versjon {{version}} i {{cooperation}} (id {{id}})',
    en: 'Saved key "{{name}}" ({{ref}}) version {{version}} in {{cooperation}} (id {{id}})',
  },
  'cli.definition.scenarioAdded': {
    sv: 'Lade till scenariot ”{{name}}” i {{cooperation}} (id {{id}}, {{from}}–{{to}})',
    nb: 'La til scenarioet «{{name}}» i {{cooperation}} (id {{id}}, {{from}}–{{to}})',
    en: 'Added scenario "{{name}}" in {{cooperation}} (id {{id}}, {{from}}–{{to}})',
  },
  'cli.definition.scenarioReplaced': {
    sv: 'Ersatte scenariot ”{{name}}” i {{cooperation}} (id {{id}}, {{from}}–{{to}})',
    nb: 'Erstattet scenarioet «{{name}}» i {{cooperation}} (id {{id}}, {{from}}–{{to}})',
    en: 'Replaced scenario "{{name}}" in {{cooperation}} (id {{id}}, {{from}}–{{to}})',
  },

  'cli.import.dryRun': {
    sv: '{{rows}} rader, år {{year}}: {{create}} nya organisationer, {{add}} nya värden, {{update}} ändrade, {{unchanged}} oförändrade (provkörning, inget skrevs)',
    nb: '{{rows}} rader, år {{year}}: {{create}} nye organisasjoner, {{add}} nye verdier, {{update}} endret, {{unchanged}} uendret (prøvekjøring, ingenting ble skrevet)',
    en: '{{rows}} rows, year {{year}}: {{create}} new organisations, {{add}} new figures, {{update}} changed, {{unchanged}} unchanged (dry run, nothing written)',
  },
  'cli.import.done': {
    sv: 'Importerade {{rows}} rader, år {{year}}: {{created}} nya värden, {{updated}} ändrade, {{unchanged}} oförändrade, {{organisations}} nya organisationer',
    nb: 'Importerte {{rows}} rader, år {{year}}: {{created}} nye verdier, {{updated}} endret, {{unchanged}} uendret, {{organisations}} nye organisasjoner',
    en: 'Imported {{rows}} rows, year {{year}}: {{created}} new figures, {{updated}} changed, {{unchanged}} unchanged, {{organisations}} new organisations',
  },
  'cli.body.created': { sv: 'Organ {{id}} ”{{name}}” i {{cooperation}}', nb: 'Organ {{id}} «{{name}}» i {{cooperation}}', en: 'Body {{id}} "{{name}}" of {{cooperation}}' },
  'cli.decision.created': { sv: 'Beslut {{number}} ”{{title}}” ({{status}}{{date}})', nb: 'Vedtak {{number}} «{{title}}» ({{status}}{{date}})', en: 'Decision {{number}} "{{title}}" ({{status}}{{date}})' },
} satisfies Record<string, MessageEntry>;

