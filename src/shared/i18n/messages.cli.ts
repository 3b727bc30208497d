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
} satisfies Record<string, MessageEntry>;
