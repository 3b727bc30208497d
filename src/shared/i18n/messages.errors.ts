/**
 * Error messages, by key, in the three languages. English is also the text logged and kept on
 * `AndelError.message`. Placeholders `{{name}}` are filled from the error's params; a param that is
 * a message reference (an enum value, an entity) is translated in the same language.
 */
import type { MessageEntry } from './message-entry';

export const errorMessages = {
  // One fallback per error code: shown when an error carries no message of its own in the reader's language.
  'error.code.INVALID_INPUT': { sv: 'Uppgifterna kan inte godtas.', nb: 'Opplysningene kan ikke godtas.', en: 'The input is not acceptable.' },
  'error.code.UNKNOWN_CHANNEL': { sv: 'Andel känner inte igen anropet.', nb: 'Andel kjenner ikke igjen kallet.', en: 'Andel does not know this call.' },
  'error.code.NOT_FOUND': { sv: 'Det som efterfrågas finns inte i arbetsytan.', nb: 'Det som etterspørres, finnes ikke i arbeidsområdet.', en: 'What was asked for does not exist in the workspace.' },
  'error.code.CONFLICT': { sv: 'Ändringen strider mot det som redan är sparat.', nb: 'Endringen strider mot det som allerede er lagret.', en: 'The change contradicts what is stored.' },
  'error.code.NO_WORKSPACE': { sv: 'Ingen arbetsyta är öppen.', nb: 'Ingen arbeidsområder er åpne.', en: 'No workspace is open.' },
  'error.code.NOT_A_WORKSPACE': { sv: 'Filen är ingen Andel-arbetsyta.', nb: 'Filen er ikke et Andel-arbeidsområde.', en: 'The file is not an Andel workspace.' },
  'error.code.NEWER_VERSION': { sv: 'Filen är sparad av en nyare version av Andel.', nb: 'Filen er lagret av en nyere versjon av Andel.', en: 'The file was saved by a newer version of Andel.' },
  'error.code.FILE_ERROR': { sv: 'Filen kan inte läsas eller skrivas.', nb: 'Filen kan ikke leses eller skrives.', en: 'The file cannot be read or written.' },
  'error.code.INTERNAL': { sv: 'Ett internt fel uppstod i Andel.', nb: 'Det oppstod en intern feil i Andel.', en: 'An internal error occurred in Andel.' },

  // The API boundary and the renderer's connection to it.
  'error.api.unknownChannel': { sv: 'Okänt anrop: {{channel}}', nb: 'Ukjent kall: {{channel}}', en: 'Unknown API channel: {{channel}}' },
  'error.api.invalidInput': { sv: 'Ogiltiga uppgifter för {{channel}}', nb: 'Ugyldige opplysninger for {{channel}}', en: 'Invalid input for {{channel}}' },
  'error.api.invalidInputAt': { sv: 'Ogiltiga uppgifter för {{channel}}: {{path}}: {{detail}}', nb: 'Ugyldige opplysninger for {{channel}}: {{path}}: {{detail}}', en: 'Invalid input for {{channel}}: {{path}}: {{detail}}' },
  'error.api.internal': {
    sv: 'Andel kunde inte slutföra {{channel}}: ett internt fel uppstod. Ingenting ändrades.',
    nb: 'Andel kunne ikke fullføre {{channel}}: det oppstod en intern feil. Ingenting ble endret.',
    en: 'Andel could not complete {{channel}}: an internal error occurred. Nothing was changed.',
  },
  'error.api.controlCharacter': {
    sv: 'innehåller ett styrtecken ({{char}}) på plats {{position}}; ett namn eller en text kan inte innehålla det',
    nb: 'inneholder et kontrolltegn ({{char}}) på plass {{position}}; et navn eller en tekst kan ikke inneholde det',
    en: 'contains a control character ({{char}}) at position {{position}}; a name or text cannot hold it',
  },
  'error.api.noBridge': {
    sv: 'Andel når inte sina data: förbindelsen till programmet saknas. Starta om Andel.',
    nb: 'Andel når ikke dataene sine: forbindelsen til programmet mangler. Start Andel på nytt.',
    en: 'Andel cannot reach its data: the connection to the app is missing. Restart Andel.',
  },
  'error.api.transport': {
    sv: 'Andel kunde inte slutföra {{channel}}: förbindelsen till programmet bröts ({{detail}}).',
    nb: 'Andel kunne ikke fullføre {{channel}}: forbindelsen til programmet ble brutt ({{detail}}).',
    en: 'Andel could not complete {{channel}}: the connection to the app failed ({{detail}}).',
  },

  // Schema (zod) issues on a field, by kind of problem.
  'error.field.required': { sv: 'måste anges', nb: 'må fylles ut', en: 'is required' },
  'error.field.wrongType': { sv: 'har fel slags värde (väntat: {{expected}})', nb: 'har feil type verdi (forventet: {{expected}})', en: 'has the wrong kind of value (expected {{expected}})' },
  'error.field.tooShort': { sv: 'är för kort (minst {{minimum}})', nb: 'er for kort (minst {{minimum}})', en: 'is too short (at least {{minimum}})' },
  'error.field.tooLong': { sv: 'är för långt (högst {{maximum}})', nb: 'er for langt (høyst {{maximum}})', en: 'is too long (at most {{maximum}})' },
  'error.field.tooSmall': { sv: 'är för litet (minst {{minimum}})', nb: 'er for lite (minst {{minimum}})', en: 'is too small (at least {{minimum}})' },
  'error.field.tooLarge': { sv: 'är för stort (högst {{maximum}})', nb: 'er for stort (høyst {{maximum}})', en: 'is too large (at most {{maximum}})' },
  'error.field.notWhole': { sv: 'måste vara ett heltal', nb: 'må være et heltall', en: 'must be a whole number' },
  'error.field.badFormat': { sv: 'har fel format', nb: 'har feil format', en: 'is not in the expected format' },
  'error.field.notDate': { sv: '”{{value}}” är inget datum som finns (ÅÅÅÅ-MM-DD)', nb: '«{{value}}» er ikke en dato som finnes (ÅÅÅÅ-MM-DD)', en: '"{{value}}" is not a date that exists (expected YYYY-MM-DD)' },
  'error.field.notOneOf': { sv: 'måste vara något av: {{options}}', nb: 'må være en av: {{options}}', en: 'must be one of: {{options}}' },
  'error.field.unknownField': { sv: 'okänt fält: {{keys}}', nb: 'ukjent felt: {{keys}}', en: 'unknown field: {{keys}}' },
  'error.field.invalid': { sv: 'är inte giltigt', nb: 'er ikke gyldig', en: 'is not valid' },

  // Things that are not there.
  'error.notFound': { sv: 'Hittar inte {{what}} med id {{id}}.', nb: 'Finner ikke {{what}} med id {{id}}.', en: 'There is no {{what}} with id {{id}}.' },
  'error.notFoundField': { sv: 'hittar inte {{what}} med id {{id}}', nb: 'finner ikke {{what}} med id {{id}}', en: 'there is no {{what}} with id {{id}}' },

  // Opening, creating and saving workspaces.
  'error.workspace.none': { sv: 'Ingen arbetsyta är öppen. Öppna eller skapa en arbetsyta först.', nb: 'Ingen arbeidsområder er åpne. Åpne eller opprett et arbeidsområde først.', en: 'No workspace is open. Open or create a workspace first.' },
  'error.workspace.noneForBackups': { sv: 'Ingen arbetsyta med säkerhetskopior är öppen.', nb: 'Ingen arbeidsområder med sikkerhetskopier er åpne.', en: 'No workspace with backups is open.' },
  'error.workspace.noneToListBackups': { sv: 'Ingen arbetsyta är öppen, så det finns inga säkerhetskopior att visa.', nb: 'Ingen arbeidsområder er åpne, så det finnes ingen sikkerhetskopier å vise.', en: 'No workspace is open, so there are no backups to list.' },
  'error.workspace.noneToRestore': { sv: 'Ingen arbetsyta är öppen: ange vilken arbetsyta som ska återställas.', nb: 'Ingen arbeidsområder er åpne: oppgi hvilket arbeidsområde som skal gjenopprettes.', en: 'No workspace is open: say which workspace to restore.' },
  'error.workspace.noneToCopy': { sv: 'Ingen arbetsyta är öppen, så det finns inget att spara en kopia av.', nb: 'Ingen arbeidsområder er åpne, så det finnes ingenting å lagre en kopi av.', en: 'No workspace is open, so there is nothing to save a copy of.' },
  'error.workspace.copyOverOpen': { sv: 'En kopia kan inte ersätta den öppna arbetsytan själv.', nb: 'En kopi kan ikke erstatte selve det åpne arbeidsområdet.', en: 'A copy cannot replace the open workspace itself.' },
  'error.workspace.copyFailed': { sv: 'Kan inte spara en kopia till {{path}}: {{detail}}', nb: 'Kan ikke lagre en kopi til {{path}}: {{detail}}', en: 'Cannot save a copy to {{path}}: {{detail}}' },
  'error.workspace.alreadyExists': { sv: '{{path}} finns redan; Andel skriver inte över den.', nb: '{{path}} finnes allerede; Andel skriver ikke over den.', en: '{{path}} already exists; Andel will not overwrite it.' },
  'error.workspace.missing': { sv: '{{path}} finns inte.', nb: '{{path}} finnes ikke.', en: '{{path}} does not exist.' },
  'error.workspace.cannotRead': { sv: 'Kan inte läsa {{path}} ({{detail}}).', nb: 'Kan ikke lese {{path}} ({{detail}}).', en: 'Cannot read {{path}} ({{detail}}).' },
  'error.workspace.notAFile': { sv: '{{path}} är ingen fil.', nb: '{{path}} er ikke en fil.', en: '{{path}} is not a file.' },
  'error.workspace.notSqlite': {
    sv: '{{name}} är ingen Andel-arbetsyta: det är ingen SQLite-databasfil. Filen ändrades inte.',
    nb: '{{name}} er ikke et Andel-arbeidsområde: det er ingen SQLite-databasefil. Filen ble ikke endret.',
    en: '{{name}} is not an Andel workspace: it is not a SQLite database file. The file was not changed.',
  },
  'error.workspace.foreignSqlite': {
    sv: '{{name}} är en SQLite-databas från ett annat program (application id {{applicationId}}), ingen Andel-arbetsyta. Filen ändrades inte.',
    nb: '{{name}} er en SQLite-database fra et annet program (application id {{applicationId}}), ikke et Andel-arbeidsområde. Filen ble ikke endret.',
    en: '{{name}} is a SQLite database of another application (application id {{applicationId}}), not an Andel workspace. The file was not changed.',
  },
  'error.workspace.unreadable': {
    sv: '{{name}} kan inte läsas som en Andel-arbetsyta: {{detail}}. Filen ändrades inte.',
    nb: '{{name}} kan ikke leses som et Andel-arbeidsområde: {{detail}}. Filen ble ikke endret.',
    en: '{{name}} cannot be read as an Andel workspace: {{detail}}. The file was not changed.',
  },
  'error.workspace.markWithoutData': {
    sv: '{{name}} har Andels märke men inga arbetsytedata; det är ingen användbar Andel-arbetsyta. Filen ändrades inte.',
    nb: '{{name}} har Andels merke, men ingen data; det er ikke et brukbart Andel-arbeidsområde. Filen ble ikke endret.',
    en: "{{name}} has Andel's mark but no workspace data; it is not a usable Andel workspace. The file was not changed.",
  },
  'error.workspace.newerVersion': {
    sv: '{{name}} sparades av en nyare version av Andel ({{detail}}). Uppdatera Andel för att öppna den; filen ändrades inte.',
    nb: '{{name}} ble lagret av en nyere versjon av Andel ({{detail}}). Oppdater Andel for å åpne den; filen ble ikke endret.',
    en: '{{name}} was saved by a newer version of Andel ({{detail}}). Update Andel to open it; the file was not changed.',
  },
  'error.workspace.readOnly': {
    sv: 'Kan inte öppna {{path}} för redigering: {{what}} {{target}} är skrivskyddad. Filen ändrades inte.',
    nb: 'Kan ikke åpne {{path}} for redigering: {{what}} {{target}} er skrivebeskyttet. Filen ble ikke endret.',
    en: 'Cannot open {{path}} for editing: the {{what}} {{target}} is read-only. The file was not changed.',
  },
  'error.workspace.what.file': { sv: 'filen', nb: 'filen', en: 'file' },
  'error.workspace.what.folder': { sv: 'mappen', nb: 'mappen', en: 'folder' },
  'error.workspace.cannotOpen': { sv: 'Kan inte öppna {{path}}: {{detail}}', nb: 'Kan ikke åpne {{path}}: {{detail}}', en: 'Cannot open {{path}}: {{detail}}' },
  'error.workspace.lockFailed': {
    sv: 'Kan inte skapa låsfilen {{lockPath}} ({{detail}}): går det att skriva i mappen?',
    nb: 'Kan ikke opprette låsefilen {{lockPath}} ({{detail}}): er det mulig å skrive i mappen?',
    en: 'Cannot create the lock file {{lockPath}} ({{detail}}): is the folder writable?',
  },
  'error.workspace.openElsewhere': {
    sv: '{{path}} är redan öppen i ett annat Andel-fönster eller en annan process ({{who}}). Stäng den där först; om den processen har kraschat, ta bort {{lockPath}}.',
    nb: '{{path}} er allerede åpen i et annet Andel-vindu eller en annen prosess ({{who}}). Lukk den der først; hvis den prosessen har krasjet, slett {{lockPath}}.',
    en: '{{path}} is already open in another Andel window or process ({{who}}). Close it there first; if that process has crashed, delete {{lockPath}}.',
  },
  'error.workspace.openingElsewhere': {
    sv: '{{path}} öppnas av en annan process i samma ögonblick; försök igen.',
    nb: '{{path}} åpnes av en annen prosess i samme øyeblikk; prøv igjen.',
    en: '{{path}} is being opened by another process at the same moment; try again.',
  },
  'error.workspace.folderMissing': { sv: 'Mappen {{folder}} finns inte.', nb: 'Mappen {{folder}} finnes ikke.', en: 'The folder {{folder}} does not exist.' },
  'error.workspace.cannotCreate': { sv: 'Kan inte skapa {{path}} ({{detail}}).', nb: 'Kan ikke opprette {{path}} ({{detail}}).', en: 'Cannot create {{path}} ({{detail}}).' },
  'error.workspace.noDocumentsFolder': {
    sv: 'Andel vet inte var din dokumentmapp finns. Använd Arkiv › Öppna eller Arkiv › Ny i stället.',
    nb: 'Andel vet ikke hvor dokumentmappen din er. Bruk Fil › Åpne eller Fil › Ny i stedet.',
    en: 'Andel does not know where your documents folder is. Use File › Open or File › New instead.',
  },
  'error.workspace.demoMissing': { sv: 'Demoarbetsytan är inte installerad med den här kopian av Andel.', nb: 'Demoarbeidsområdet er ikke installert med denne kopien av Andel.', en: 'The demo workspace is not installed with this copy of Andel.' },
  'error.workspace.nameTaken': {
    sv: 'Det finns redan en arbetsyta som heter ”{{name}}” i din dokumentmapp. Välj ett annat namn, eller öppna den med Arkiv › Öppna.',
    nb: 'Det finnes allerede et arbeidsområde som heter «{{name}}» i dokumentmappen din. Velg et annet navn, eller åpne det med Fil › Åpne.',
    en: 'There is already a workspace called “{{name}}” in your documents folder. Choose another name, or open it with File › Open.',
  },

  // The desktop shell's dialogs when a File command fails.
  'error.dialog.couldNot': { sv: 'Andel kunde inte {{action}}.', nb: 'Andel kunne ikke {{action}}.', en: 'Andel could not {{action}}.' },
  'error.dialog.internal': {
    sv: 'Ett internt fel uppstod. Ingenting ändrades. Detaljerna skrevs till loggen.',
    nb: 'Det oppstod en intern feil. Ingenting ble endret. Detaljene ble skrevet til loggen.',
    en: 'An internal error occurred. Nothing was changed. The details were written to the log.',
  },
  'error.dialog.copyOverOpen': {
    sv: 'Välj ett annat filnamn: kopian kan inte ersätta den öppna arbetsytan.',
    nb: 'Velg et annet filnavn: kopien kan ikke erstatte det åpne arbeidsområdet.',
    en: 'Choose another file name: the copy cannot replace the open workspace.',
  },
  'error.dialog.action.open': { sv: 'öppna {{name}}', nb: 'åpne {{name}}', en: 'open {{name}}' },
  'error.dialog.action.create': { sv: 'skapa {{name}}', nb: 'opprette {{name}}', en: 'create {{name}}' },
  'error.dialog.action.saveCopy': { sv: 'spara kopian', nb: 'lagre kopien', en: 'save the copy' },
  'error.dialog.action.saveCopyAs': { sv: 'spara en kopia som {{name}}', nb: 'lagre en kopi som {{name}}', en: 'save a copy as {{name}}' },
  'error.dialog.action.restore': { sv: 'återställa {{name}} från {{backup}}', nb: 'gjenopprette {{name}} fra {{backup}}', en: 'restore {{name}} from {{backup}}' },
  'error.dialog.action.close': { sv: 'stänga arbetsytan', nb: 'lukke arbeidsområdet', en: 'close the workspace' },
  'error.dialog.action.createDemo': { sv: 'skapa demoarbetsytan', nb: 'opprette demoarbeidsområdet', en: 'create the demo workspace' },

  // Storage failures while saving (full disk, read-only file, …).
  'error.storage.diskFull': {
    sv: 'Andel kunde inte {{what}}: disken är full. Frigör utrymme och försök igen. Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: disken er full. Frigjør plass og prøv igjen. Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: the disk is full. Free some space and try again. Nothing was half-written: the workspace is as it was before.',
  },
  'error.storage.readOnly': {
    sv: "Andel kunde inte {{what}}: arbetsytans fil (eller dess mapp) är skrivskyddad. Kontrollera filens behörigheter, eller spara en kopia någon annanstans. Ingenting skrevs till hälften: arbetsytan är som den var.",
    nb: 'Andel kunne ikke {{what}}: filen til arbeidsområdet (eller mappen) er skrivebeskyttet. Kontroller tillatelsene, eller lagre en kopi et annet sted. Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: "Andel could not {{what}}: the workspace file (or its folder) is read-only. Check the file's permissions, or save a copy elsewhere. Nothing was half-written: the workspace is as it was before.",
  },
  'error.storage.permission': {
    sv: 'Andel kunde inte {{what}}: åtkomst nekad till arbetsytans fil eller mapp. Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: ingen tilgang til filen eller mappen til arbeidsområdet. Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: permission denied for the workspace file or its folder. Nothing was half-written: the workspace is as it was before.',
  },
  'error.storage.busy': {
    sv: 'Andel kunde inte {{what}}: arbetsytans fil är upptagen (ett annat program använder den). Försök igen om en stund. Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: filen til arbeidsområdet er opptatt (et annet program bruker den). Prøv igjen om litt. Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: the workspace file is busy (another program is using it). Try again in a moment. Nothing was half-written: the workspace is as it was before.',
  },
  'error.storage.io': {
    sv: 'Andel kunde inte {{what}}: disken rapporterade ett läs- eller skrivfel ({{detail}}). Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: disken rapporterte en lese- eller skrivefeil ({{detail}}). Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: the disk reported a read or write error ({{detail}}). Nothing was half-written: the workspace is as it was before.',
  },
  'error.storage.cannotOpen': {
    sv: 'Andel kunde inte {{what}}: arbetsytans fil kan inte öppnas (har den flyttats eller tagits bort?). Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: filen til arbeidsområdet kan ikke åpnes (er den flyttet eller slettet?). Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: the workspace file cannot be opened (was it moved or deleted?). Nothing was half-written: the workspace is as it was before.',
  },
  'error.storage.damaged': {
    sv: 'Andel kunde inte {{what}}: arbetsytans fil är skadad. Återställ den från en säkerhetskopia (andel backups <fil>). Ingenting skrevs till hälften: arbetsytan är som den var.',
    nb: 'Andel kunne ikke {{what}}: filen til arbeidsområdet er skadet. Gjenopprett den fra en sikkerhetskopi (andel backups <fil>). Ingenting ble halvveis skrevet: arbeidsområdet er som det var.',
    en: 'Andel could not {{what}}: the workspace file is damaged. Restore it from a backup (andel backups <file>). Nothing was half-written: the workspace is as it was before.',
  },

  'error.storage.what.save': { sv: 'spara ändringen', nb: 'lagre endringen', en: 'save the change' },
  'error.storage.what.complete': { sv: 'slutföra {{channel}}', nb: 'fullføre {{channel}}', en: 'complete {{channel}}' },
  'error.storage.what.command': { sv: 'slutföra kommandot', nb: 'fullføre kommandoen', en: 'complete the command' },
  'error.storage.what.writeBackup': { sv: 'skriva säkerhetskopian {{name}}', nb: 'skrive sikkerhetskopien {{name}}', en: 'write the backup {{name}}' },
  'error.storage.what.restore': { sv: 'återställa {{name}}', nb: 'gjenopprette {{name}}', en: 'restore {{name}}' },

  // Importing population figures from CSV or Excel.
  'error.import.notBase64': {
    sv: 'Filens innehåll kom inte fram oskadat (det är inte base64). Välj filen igen.',
    nb: 'Innholdet i filen kom ikke frem uskadd (det er ikke base64). Velg filen på nytt.',
    en: 'The file content did not arrive intact (it is not base64). Choose the file again.',
  },
  'error.import.noRows': { sv: 'Filen har inga rader.', nb: 'Filen har ingen rader.', en: 'The file has no rows.' },
  'error.import.noDataRows': { sv: 'Filen har en rubrikrad men inga datarader under den.', nb: 'Filen har en overskriftsrad, men ingen datarader under den.', en: 'The file has a header but no rows of data under it.' },
  'error.import.rowsRefused_one': {
    sv: 'En rad i filen kan inte importeras, så ingenting importerades. Rätta den och försök igen.',
    nb: 'Én rad i filen kan ikke importeres, så ingenting ble importert. Rett den og prøv igjen.',
    en: 'One row of the file cannot be imported, so nothing was imported. Correct it and try again.',
  },
  'error.import.rowsRefused_other': {
    sv: '{{count}} rader i filen kan inte importeras, så ingenting importerades. Rätta dem och försök igen.',
    nb: '{{count}} rader i filen kan ikke importeres, så ingenting ble importert. Rett dem og prøv igjen.',
    en: '{{count}} rows of the file cannot be imported, so nothing was imported. Correct them and try again.',
  },
  'error.import.where.row': { sv: 'rad {{row}}', nb: 'rad {{row}}', en: 'row {{row}}' },
  'error.import.where.rowColumn': { sv: 'rad {{row}}, kolumn ”{{column}}”', nb: 'rad {{row}}, kolonne «{{column}}»', en: 'row {{row}}, column "{{column}}"' },
  'error.import.notXlsx': {
    sv: 'Filen kan inte läsas som en Excel-arbetsbok (.xlsx): {{detail}}',
    nb: 'Filen kan ikke leses som en Excel-arbeidsbok (.xlsx): {{detail}}',
    en: 'The file cannot be read as an Excel workbook (.xlsx): {{detail}}',
  },
  'error.import.noSheet': { sv: 'Arbetsboken har inget kalkylblad med data.', nb: 'Arbeidsboken har ingen regneark med data.', en: 'The workbook has no worksheet with data.' },
  'error.import.sheetTooLong': {
    sv: 'Kalkylbladet har {{rows}} rader; Andel importerar högst {{max}}.',
    nb: 'Regnearket har {{rows}} rader; Andel importerer høyst {{max}}.',
    en: 'The worksheet has {{rows}} rows; Andel imports at most {{max}}.',
  },
  'error.import.xlsxTooManyRows': {
    sv: 'Kalkylbladet ”{{sheet}}” har {{rows}} rader; Andel importerar högst {{max}}. Ingenting lästes in.',
    nb: 'Regnearket «{{sheet}}» har {{rows}} rader; Andel importerer høyst {{max}}. Ingenting ble lest inn.',
    en: 'The worksheet "{{sheet}}" has {{rows}} rows; Andel imports at most {{max}}. Nothing was read.',
  },
  'error.import.xlsxTooManyColumns': {
    sv: 'Kalkylbladet ”{{sheet}}” har en cell i {{cell}} (kolumn {{column}}); Andel läser högst {{max}} kolumner. Ta bort cellen eller kopiera tabellen till en ny arbetsbok.',
    nb: 'Regnearket «{{sheet}}» har en celle i {{cell}} (kolonne {{column}}); Andel leser høyst {{max}} kolonner. Fjern cellen eller kopier tabellen til en ny arbeidsbok.',
    en: 'The worksheet "{{sheet}}" has a cell in {{cell}} (column {{column}}); Andel reads at most {{max}} columns. Delete the cell or copy the table to a new workbook.',
  },
  'error.import.xlsxTooLarge': {
    sv: 'Delen {{part}} i arbetsboken packas upp till mer än {{megabytes}} MB; Andel läser den inte.',
    nb: 'Delen {{part}} i arbeidsboken pakkes ut til mer enn {{megabytes}} MB; Andel leser den ikke.',
    en: 'The part {{part}} of the workbook unpacks to more than {{megabytes}} MB; Andel does not read it.',
  },
  'error.import.xlsxTooSlow': {
    sv: 'Arbetsboken gick inte att läsa på {{seconds}} sekunder; Andel avbröt läsningen.',
    nb: 'Arbeidsboken kunne ikke leses på {{seconds}} sekunder; Andel avbrøt lesingen.',
    en: 'The workbook could not be read within {{seconds}} seconds; Andel stopped reading it.',
  },
  'error.import.nameTooLong': {
    sv: 'namnet har {{length}} tecken; ett organisationsnamn får ha högst {{max}}',
    nb: 'navnet har {{length}} tegn; et organisasjonsnavn kan ha høyst {{max}}',
    en: 'the name has {{length}} characters; an organisation name has at most {{max}}',
  },
  'error.import.nameControlCharacter': {
    sv: 'namnet innehåller ett styrtecken, som ett namn inte kan innehålla',
    nb: 'navnet inneholder et kontrolltegn, som et navn ikke kan inneholde',
    en: 'the name contains a control character, which a name cannot hold',
  },
  'error.import.fileTooLong': { sv: 'Filen har {{rows}} rader; Andel importerar högst {{max}}.', nb: 'Filen har {{rows}} rader; Andel importerer høyst {{max}}.', en: 'The file has {{rows}} rows; Andel imports at most {{max}}.' },
  'error.import.empty': { sv: 'Filen är tom.', nb: 'Filen er tom.', en: 'The file is empty.' },
  'error.import.notCsvOrXlsx': {
    sv: 'Filen är varken en CSV-textfil eller en Excel-arbetsbok (.xlsx).',
    nb: 'Filen er verken en CSV-tekstfil eller en Excel-arbeidsbok (.xlsx).',
    en: 'The file is neither a CSV text file nor an Excel workbook (.xlsx).',
  },
  'error.import.chooseIdentity': { sv: 'Välj kolumnen med kommunkod eller namn.', nb: 'Velg kolonnen med kommunenummer eller navn.', en: 'Choose the column with the municipality code or name.' },
  'error.import.choosePopulation': { sv: 'Välj kolumnen med folkmängden.', nb: 'Velg kolonnen med folketallet.', en: 'Choose the column with the population figures.' },
  'error.import.chooseYear': {
    sv: 'Ange vilket år siffrorna gäller (eller välj en kolumn med år).',
    nb: 'Oppgi hvilket år tallene gjelder (eller velg en kolonne med år).',
    en: 'Say which year the figures are for (or choose a year column).',
  },
  'error.import.emptyFigure': { sv: 'är tom: ange en siffra', nb: 'er tom: oppgi et tall', en: 'is empty: give a figure' },
  'error.import.noFigure': { sv: 'har ingen siffra (”{{value}}”)', nb: 'har ikke noe tall («{{value}}»)', en: 'has no figure ("{{value}}")' },
  'error.import.negative': { sv: '”{{value}}” är negativt: folkmängd kan inte vara det', nb: '«{{value}}» er negativt: et folketall kan ikke være det', en: '"{{value}}" is negative: a population cannot be' },
  'error.import.notWholeNumber': { sv: '”{{value}}” är inget heltal', nb: '«{{value}}» er ikke et heltall', en: '"{{value}}" is not a whole number' },
  'error.import.tooLarge': { sv: '”{{value}}” är för stort', nb: '«{{value}}» er for stort', en: '"{{value}}" is too large' },
  'error.import.notMunicipalityCode': {
    sv: '”{{value}}” är ingen kommunkod (fyra siffror)',
    nb: '«{{value}}» er ikke et kommunenummer (fire sifre)',
    en: '"{{value}}" is not a municipality code (four digits)',
  },
  'error.import.noCodeOrName': { sv: 'har varken kod eller namn', nb: 'har verken nummer eller navn', en: 'has neither a code nor a name' },
  'error.import.notYear': { sv: '”{{value}}” är inget år', nb: '«{{value}}» er ikke et år', en: '"{{value}}" is not a year' },
  'error.import.badReferenceDate': {
    sv: 'referensdatumet ”{{value}}” är inget datum som finns',
    nb: 'referansedatoen «{{value}}» er ikke en dato som finnes',
    en: 'the reference date "{{value}}" is not a date that exists',
  },

  'error.import.codeAmbiguous': {
    sv: 'koden {{code}} hör till {{count}} organisationer: {{names}}',
    nb: 'nummeret {{code}} hører til {{count}} organisasjoner: {{names}}',
    en: 'code {{code}} belongs to {{count}} organisations: {{names}}',
  },
  'error.import.nameAmbiguous': {
    sv: '{{count}} organisationer heter ”{{name}}”; lägg till en kolumn med kommunkod för att skilja dem åt',
    nb: '{{count}} organisasjoner heter «{{name}}»; legg til en kolonne med kommunenummer for å skille dem fra hverandre',
    en: '{{count}} organisations are named “{{name}}”; add a column with the municipality code to tell them apart',
  },
  'error.import.newNeedsName': {
    sv: 'ingen organisation har koden {{code}}, och en ny behöver ett namn',
    nb: 'ingen organisasjon har nummeret {{code}}, og en ny trenger et navn',
    en: 'no organisation has code {{code}}, and a new one needs a name',
  },
  'error.import.alreadyCreated': { sv: '”{{name}}” skapas redan av rad {{row}}', nb: '«{{name}}» opprettes allerede av rad {{row}}', en: '“{{name}}” is already created by row {{row}}' },
  'error.import.unknownCode': {
    sv: 'ingen organisation i arbetsytan har koden {{code}}; kryssa i ”Skapa nya organisationer” för att lägga till den',
    nb: 'ingen organisasjon i arbeidsområdet har nummeret {{code}}; kryss av for «Opprett nye organisasjoner» for å legge den til',
    en: 'no organisation in this workspace has code {{code}}; tick “Create new organisations” to add it',
  },
  'error.import.unknownName': {
    sv: 'ingen organisation i arbetsytan har namnet ”{{name}}”; kryssa i ”Skapa nya organisationer” för att lägga till den',
    nb: 'ingen organisasjon i arbeidsområdet har navnet «{{name}}»; kryss av for «Opprett nye organisasjoner» for å legge den til',
    en: 'no organisation in this workspace has the name “{{name}}”; tick “Create new organisations” to add it',
  },
  'error.import.unknownCodeOrName': {
    sv: 'ingen organisation i arbetsytan har koden {{code}} eller namnet ”{{name}}”; kryssa i ”Skapa nya organisationer” för att lägga till den',
    nb: 'ingen organisasjon i arbeidsområdet har nummeret {{code}} eller navnet «{{name}}»; kryss av for «Opprett nye organisasjoner» for å legge den til',
    en: 'no organisation in this workspace has code {{code}} or the name “{{name}}”; tick “Create new organisations” to add it',
  },
  'error.import.duplicateRow': { sv: '{{name}} {{year}} finns redan på rad {{row}}', nb: '{{name}} {{year}} finnes allerede på rad {{row}}', en: '{{name}} {{year}} already appears on row {{row}}' },

  // Budgets.
  'error.budget.sumTooLarge': {
    sv: 'Budgetens summa för {{year}} blir för stor för att räknas exakt (över 90 000 miljarder); Andel sparar inte en sådan ändring.',
    nb: 'Budsjettets sum for {{year}} blir for stor til å regnes nøyaktig (over 90 000 milliarder); Andel lagrer ikke en slik endring.',
    en: 'The budget total for {{year}} becomes too large to compute exactly (over 90,000 billion); Andel does not save such a change.',
  },
  'error.budget.lineMoves': { sv: 'en budgetrad kan inte flyttas till ett annat samarbete', nb: 'en budsjettlinje kan ikke flyttes til et annet samarbeid', en: 'a budget line cannot move to another cooperation' },
  'error.budget.staffMoves': { sv: 'en bemanning kan inte flyttas till ett annat samarbete', nb: 'en bemanning kan ikke flyttes til et annet samarbeid', en: 'a staff allocation cannot move to another cooperation' },
  'error.budget.fundingMoves': { sv: 'en finansiär kan inte flyttas till ett annat samarbete', nb: 'en finansieringskilde kan ikke flyttes til et annet samarbeid', en: 'a funding source cannot move to another cooperation' },
  'error.budget.yearTwice': { sv: '{{year}} förekommer två gånger: ange ett belopp per år', nb: '{{year}} forekommer to ganger: oppgi ett beløp per år', en: '{{year}} appears twice: give one amount per year' },
  'error.budget.notSavedBack': { sv: 'Efter att ha sparats hittades inte {{what}} {{id}}.', nb: 'Fant ikke {{what}} {{id}} etter lagring.', en: 'The {{what}} {{id}} was not found after saving it.' },
  'error.budget.fundingInUse': {
    sv: 'Finansiären ”{{name}}” används av {{names}}; ta bort den från de scenarierna först.',
    nb: 'Finansieringskilden «{{name}}» brukes av {{names}}; fjern den fra de scenarioene først.',
    en: 'The funding source "{{name}}" is used by {{names}}; remove it from those scenarios first.',
  },
  'error.budget.fundingInUseField': { sv: 'används av {{names}}', nb: 'brukes av {{names}}', en: 'used by {{names}}' },

  // Decisions and their status.
  'error.decision.transition': {
    sv: 'Ett beslut med status {{from|lower}} kan inte få status {{to|lower}}; tillåtet från {{from|lower}}: {{allowed|lower}}',
    nb: 'Et vedtak med status {{from|lower}} kan ikke få status {{to|lower}}; tillatt fra {{from|lower}}: {{allowed|lower}}',
    en: 'A decision that is {{from|lower}} cannot become {{to|lower}}; allowed from {{from|lower}}: {{allowed|lower}}',
  },
  'error.decision.transitionSame': {
    sv: 'Ett beslut med status {{from|lower}} har redan status {{to|lower}}; tillåtet från {{from|lower}}: {{allowed|lower}}',
    nb: 'Et vedtak med status {{from|lower}} har allerede status {{to|lower}}; tillatt fra {{from|lower}}: {{allowed|lower}}',
    en: 'A decision that is {{from|lower}} is already {{to|lower}}; allowed from {{from|lower}}: {{allowed|lower}}',
  },
  'error.decision.transitionField': { sv: '{{from|lower}} → {{to|lower}} är inte tillåtet', nb: '{{from|lower}} → {{to|lower}} er ikke tillatt', en: '{{from|lower}} → {{to|lower}} is not allowed' },
  'error.decision.nothingAllowed': { sv: 'inget', nb: 'ingen', en: 'none' },
  'error.decision.supersededNeedsLink': {
    sv: 'Beslut {{id}} kan bara markeras som ersatt med en koppling från beslutet som ersätter det; inget beslut kopplar till det',
    nb: 'Vedtak {{id}} kan bare merkes som erstattet med en kobling fra vedtaket som erstatter det; ingen vedtak kobler til det',
    en: 'Decision {{id}} can only be marked superseded with a link from the decision that supersedes it; none links to it',
  },
  'error.decision.supersededByAdopted': {
    sv: 'Beslut {{id}} kan bara ersättas av ett beslut som är antaget eller genomfört; kopplat: {{linked}}',
    nb: 'Vedtak {{id}} kan bare erstattes av et vedtak som er vedtatt eller gjennomført; koblet: {{linked}}',
    en: 'Decision {{id}} can only be superseded by a decision that is adopted or implemented; linked: {{linked}}',
  },
  'error.decision.noSupersedingLinked': { sv: 'inget ersättande beslut är kopplat', nb: 'ingen erstattende vedtak er koblet', en: 'no superseding decision is linked' },
  'error.decision.supersedingNotInForce': { sv: 'det ersättande beslutet gäller inte', nb: 'det erstattende vedtaket gjelder ikke', en: 'the superseding decision is not in force' },
  'error.decision.linkedStatus': { sv: '{{id}} ({{status|lower}})', nb: '{{id}} ({{status|lower}})', en: '{{id}} ({{status|lower}})' },
  'error.decision.linkedMissing': { sv: '{{id}} (finns inte)', nb: '{{id}} (finnes ikke)', en: '{{id}} (not found)' },
  'error.decision.wordingFinal': {
    sv: 'Beslut {{number}} har status {{status|lower}}: rubrik och text är det som beslutades och kan inte längre ändras.',
    nb: 'Vedtak {{number}} har status {{status|lower}}: tittel og tekst er det som ble vedtatt, og kan ikke lenger endres.',
    en: 'Decision {{number}} is {{status|lower}}: its title and text are what was decided and can no longer change.',
  },
  'error.decision.wordingFinalField': {
    sv: 'ordalydelsen i ett beslut med status {{status|lower}} är slutlig',
    nb: 'ordlyden i et vedtak med status {{status|lower}} er endelig',
    en: "a {{status|lower}} decision's wording is final",
  },
  'error.decision.linkExists': {
    sv: 'Beslut {{number}} har redan den här kopplingen ({{kind|lower}}).',
    nb: 'Vedtak {{number}} har allerede denne koblingen ({{kind|lower}}).',
    en: 'Decision {{number}} already has this link ({{kind|lower}}).',
  },
  'error.decision.linkExistsField': { sv: 'kopplingen finns redan', nb: 'koblingen finnes allerede', en: 'the link exists' },
  'error.decision.linkToSelf': { sv: 'ett beslut kan inte kopplas till sig självt', nb: 'et vedtak kan ikke kobles til seg selv', en: 'a decision cannot link to itself' },
  'error.decision.otherCooperation': { sv: '{{what}} hör till ett annat samarbete', nb: '{{what}} hører til et annet samarbeid', en: '{{what}} belongs to another cooperation' },
  'error.decision.needsDate': {
    sv: 'ett beslut med status {{status|lower}} behöver datumet då det fattades',
    nb: 'et vedtak med status {{status|lower}} trenger datoen det ble fattet',
    en: 'a decision that is {{status|lower}} needs the date it was decided',
  },
  'error.decision.record': { sv: '{{what}} {{id}}', nb: '{{what}} {{id}}', en: '{{what}} {{id}}' },
  'error.decision.itemNotOnAgenda': {
    sv: 'dagordningspunkt {{item}} finns inte på dagordningen för möte {{meeting}}',
    nb: 'sak {{item}} står ikke på sakslisten for møte {{meeting}}',
    en: 'agenda item {{item}} is not on the agenda of meeting {{meeting}}',
  },
  'error.decision.notADecisionItem': {
    sv: 'dagordningspunkten ”{{title}}” är av typen {{kind|lower}}, inte en beslutspunkt',
    nb: 'saken «{{title}}» er av typen {{kind|lower}}, ikke en vedtakssak',
    en: 'agenda item "{{title}}" is a {{kind|lower}} item, not a decision item',
  },
  'error.decision.otherBodysMeeting': { sv: 'mötet ”{{title}}” är ett möte i ett annat organ', nb: 'møtet «{{title}}» er et møte i et annet organ', en: 'meeting "{{title}}" is a meeting of another body' },
  'error.decision.yearMismatch': {
    sv: '{{year}} stämmer inte med beslutets datum {{date}}; beslut numreras efter året då de fattas',
    nb: '{{year}} stemmer ikke med datoen for vedtaket {{date}}; vedtak nummereres etter året de fattes',
    en: "{{year}} does not match the decision's date {{date}}; decisions are numbered in the year they are taken",
  },
  'error.decision.linkExplainsSuperseded': {
    sv: 'Beslut {{number}} är markerat som ersatt genom den här kopplingen; utan den kan registret inte säga vad som ersatte det.',
    nb: 'Vedtak {{number}} er merket som erstattet gjennom denne koblingen; uten den kan registeret ikke si hva som erstattet det.',
    en: 'Decision {{number}} is marked superseded by this link; without it the register could not say what replaced it.',
  },
  'error.decision.linkExplainsSupersededField': { sv: 'kopplingen förklarar ett ersatt beslut', nb: 'koblingen forklarer et erstattet vedtak', en: 'the link explains a superseded decision' },

  // Exports.
  'error.export.noWorkspace': {
    sv: 'Öppna en arbetsyta innan du exporterar: filen skrivs bredvid den.',
    nb: 'Åpne et arbeidsområde før du eksporterer: filen skrives ved siden av det.',
    en: 'Open a workspace before exporting: the file is written next to it.',
  },
  'error.export.yearOutsideHorizon': {
    sv: '{{year}} ligger utanför scenariots period {{from}}–{{to}}',
    nb: '{{year}} ligger utenfor scenarioets periode {{from}}–{{to}}',
    en: "{{year}} is outside the scenario's horizon {{from}}–{{to}}",
  },

  // Restoring from a backup.
  'error.backup.fromItself': {
    sv: 'En arbetsyta kan inte återställas från sig själv; välj en säkerhetskopia.',
    nb: 'Et arbeidsområde kan ikke gjenopprettes fra seg selv; velg en sikkerhetskopi.',
    en: 'A workspace cannot be restored from itself; choose a backup file.',
  },
  'error.backup.otherWorkspace': {
    sv: '{{name}} är en säkerhetskopia av en annan arbetsyta (”{{backupWorkspace}}”, skapad {{backupCreated}}), inte av ”{{workspace}}” (skapad {{created}}). Använd --force för att ändå återställa den.',
    nb: '{{name}} er en sikkerhetskopi av et annet arbeidsområde («{{backupWorkspace}}», opprettet {{backupCreated}}), ikke av «{{workspace}}» (opprettet {{created}}). Bruk --force for å gjenopprette den likevel.',
    en: '{{name}} is a backup of another workspace ("{{backupWorkspace}}", created {{backupCreated}}), not of "{{workspace}}" (created {{created}}). Use --force to restore it anyway.',
  },
  'error.backup.damaged': {
    sv: '{{path}} är skadad och kan inte återställas (integritetskontroll: {{detail}}).',
    nb: '{{path}} er skadet og kan ikke gjenopprettes (integritetskontroll: {{detail}}).',
    en: '{{path}} is damaged and cannot be restored (integrity check: {{detail}}).',
  },
  'error.backup.noData': { sv: '{{path}} har inga arbetsytedata; den kan inte återställas.', nb: '{{path}} har ingen data; den kan ikke gjenopprettes.', en: '{{path}} has no workspace data; it cannot be restored.' },

  // Organisations, cooperations, snapshots and minutes.
  'error.organisation.codeTaken': { sv: '{{name}} har redan den officiella koden {{code}}.', nb: '{{name}} har allerede den offisielle koden {{code}}.', en: '{{name}} already has the official code {{code}}.' },
  'error.organisation.codeTakenField': { sv: 'används redan av {{name}}', nb: 'brukes allerede av {{name}}', en: 'already used by {{name}}' },
  'error.organisation.stillReferred': {
    sv: '{{name}} hänvisas fortfarande till av {{count}} poster och kan inte tas bort.',
    nb: '{{name}} er fortsatt referert til av {{count}} poster og kan ikke slettes.',
    en: '{{name}} is still referred to by {{count}} record(s) and cannot be deleted.',
  },
  'error.cooperation.endsBeforeStart': {
    sv: 'slutdatumet ({{endDate}}) ligger före startdatumet ({{startDate}})',
    nb: 'sluttdatoen ({{endDate}}) ligger før startdatoen ({{startDate}})',
    en: 'the end date ({{endDate}}) comes before the start date ({{startDate}})',
  },
  'error.cooperation.notEmpty': {
    sv: 'Samarbetet ”{{name}}” innehåller fortfarande {{count}} poster (deltagare, organ, avtal, budget, nycklar eller scenarier): arkivera det i stället.',
    nb: 'Samarbeidet «{{name}}» inneholder fortsatt {{count}} poster (deltakere, organer, avtaler, budsjett, nøkler eller scenarioer): arkiver det i stedet.',
    en: 'The cooperation "{{name}}" still holds {{count}} record(s) (participants, bodies, agreements, budget, keys or scenarios): archive it instead.',
  },
  'error.snapshot.otherCooperation': {
    sv: 'beslut {{number}} fattades av {{body}}, ett organ i ett annat samarbete än {{cooperation}}',
    nb: 'vedtak {{number}} ble fattet av {{body}}, et organ i et annet samarbeid enn {{cooperation}}',
    en: 'decision {{number}} was taken by {{body}}, a body of another cooperation than {{cooperation}}',
  },
  'error.snapshot.cannotAdopt': {
    sv: 'Beslut {{number}} har status {{status|lower}}; ett sådant beslut kan inte anta ett scenario.',
    nb: 'Vedtak {{number}} har status {{status|lower}}; et slikt vedtak kan ikke vedta et scenario.',
    en: 'Decision {{number}} is {{status|lower}}; a {{status|lower}} decision cannot adopt a scenario.',
  },
  'error.snapshot.cannotAdoptField': { sv: 'beslutet har status {{status|lower}}', nb: 'vedtaket har status {{status|lower}}', en: 'the decision is {{status|lower}}' },
  'error.minutes.cancelled': {
    sv: 'Mötet ”{{title}}” är inställt; det finns inget protokoll att föra.',
    nb: 'Møtet «{{title}}» er avlyst; det finnes ingen protokoll å føre.',
    en: 'Meeting "{{title}}" was cancelled; it has no minutes to record.',
  },
  'error.minutes.cancelledField': { sv: 'mötet är inställt', nb: 'møtet er avlyst', en: 'the meeting is cancelled' },
  'error.minutes.alreadyRecorded': {
    sv: '§ {{ordinal}} ”{{title}}” är redan protokollförd som {{number}} ({{status|lower}}).',
    nb: '§ {{ordinal}} «{{title}}» er allerede protokollført som {{number}} ({{status|lower}}).',
    en: '§ {{ordinal}} "{{title}}" is already recorded as {{number}} ({{status|lower}}).',
  },
  'error.minutes.alreadyRecordedField': { sv: 'redan protokollförd', nb: 'allerede protokollført', en: 'already recorded' },

  // Governance bodies and agreements.
  'error.body.refersToItself': { sv: 'ett organ kan inte hänvisa till sig självt', nb: 'et organ kan ikke vise til seg selv', en: 'a body cannot refer to itself' },
  'error.body.notInCooperation': { sv: 'det finns inget organ med id {{id}} i det här samarbetet', nb: 'det finnes ikke noe organ med id {{id}} i dette samarbeidet', en: 'there is no body with id {{id}} in this cooperation' },
  'error.body.underItsOwnSubBody': {
    sv: 'organ {{id}} ligger under det här organet; ett organ kan inte placeras under ett av sina egna underorgan',
    nb: 'organ {{id}} ligger under dette organet; et organ kan ikke plasseres under et av sine egne underorganer',
    en: 'body {{id}} sits below this body; a body cannot be placed under its own sub-body',
  },
  'error.body.endsBeforeStart': { sv: 'slutar ({{endDate}}) innan det börjar ({{startDate}})', nb: 'slutter ({{endDate}}) før det begynner ({{startDate}})', en: 'ends ({{endDate}}) before it starts ({{startDate}})' },
  'error.body.seatEndsBeforeTaken': { sv: '{{toDate}} ligger före tillträdet ({{fromDate}})', nb: '{{toDate}} ligger før tiltredelsen ({{fromDate}})', en: '{{toDate}} is before the seat was taken ({{fromDate}})' },
  'error.agreement.partyTwice': {
    sv: 'organisation {{id}} finns redan med som {{role|lower}}',
    nb: 'organisasjon {{id}} er allerede oppført som {{role|lower}}',
    en: 'organisation {{id}} is already listed as {{role|lower}}',
  },
  'error.agreement.renewalWithoutTerm': {
    sv: 'ett avtal förlängs bara efter en första avtalstid; ange initialTermMonths',
    nb: 'en avtale fornyes bare etter en første avtaleperiode; oppgi initialTermMonths',
    en: 'an agreement renews only after an initial term; give initialTermMonths',
  },

  // Members and their figures.
  'error.member.notADate': { sv: '”{{value}}” är inget datum som finns (ÅÅÅÅ-MM-DD)', nb: '«{{value}}» er ikke en dato som finnes (ÅÅÅÅ-MM-DD)', en: '"{{value}}" is not a date that exists (expected YYYY-MM-DD)' },
  'error.member.leavesBeforeJoining': {
    sv: 'utträdesdatumet ({{leftOn}}) ligger före anslutningsdatumet ({{joinedOn}})',
    nb: 'utmeldingsdatoen ({{leftOn}}) ligger før tilslutningsdatoen ({{joinedOn}})',
    en: 'the leaving date ({{leftOn}}) comes before the joining date ({{joinedOn}})',
  },

  // Invoiced via (group membership): only an administrative party of the same cooperation can invoice for others.
  'error.participation.viaNotParty': {
    sv: '{{via}} är inte administrativ part i samarbetet {{cooperation}}: en gruppmedlem som faktureras via den skulle inte debiteras något',
    nb: '{{via}} er ikke administrativ part i samarbeidet {{cooperation}}: et gruppemedlem som faktureres via den, ville ikke blitt belastet noe',
    en: '{{via}} is not an administrative party of cooperation {{cooperation}}: a group member invoiced via it would be charged nothing',
  },

  // A held meeting's agenda: the minutes cite items by §.
  'error.agenda.frozen': {
    sv: 'Dagordningen för ”{{meeting}}” är låst: protokollet är fört, så punkter kan inte läggas till, tas bort eller flyttas (paragrafnumren i protokollet skulle ändras).',
    nb: 'Dagsordenen for «{{meeting}}» er låst: protokollen er ført, så saker kan ikke legges til, fjernes eller flyttes (saksnumrene i protokollen ville endret seg).',
    en: 'The agenda of "{{meeting}}" is frozen: its minutes are recorded, so items cannot be added, removed or reordered (the § numbers in the minutes would change).',
  },
  'error.agenda.frozenField': { sv: 'protokollet är fört', nb: 'protokollen er ført', en: 'the minutes are recorded' },

  // Import: figures and rows that cannot be read safely, and undoing an import.
  'error.import.fraction': { sv: '”{{value}}” har decimaler: folkmängd är ett heltal', nb: '«{{value}}» har desimaler: et folketall er et heltall', en: '"{{value}}" has a fraction: a population is a whole number' },
  'error.import.extraCells': {
    sv: 'raden har {{cells}} celler men rubrikraden {{columns}}: ett tusentalsavgränsande komma utan citattecken delar siffran (skriv ”57 000” eller "57,000")',
    nb: 'raden har {{cells}} celler, men overskriftsraden {{columns}}: et tusenskillekomma uten anførselstegn deler tallet (skriv «57 000» eller "57,000")',
    en: 'the row has {{cells}} cells but the header {{columns}}: an unquoted thousands comma splits the figure (write "57 000" or "57,000")',
  },
  'error.import.changedSince': {
    sv: 'Importen kan inte ångras: {{name}} {{year}} har ändrats sedan dess. Ingenting ändrades.',
    nb: 'Importen kan ikke angres: {{name}} {{year}} er endret siden. Ingenting ble endret.',
    en: 'The import cannot be undone: {{name}} {{year}} has changed since. Nothing was changed.',
  },
  'error.import.alreadyUndone': { sv: 'Importen är redan ångrad.', nb: 'Importen er allerede angret.', en: 'The import is already undone.' },

  // The command line's output files and batches.
  'error.cli.outFolderMissing': {
    sv: '--out: mappen {{folder}} finns inte; ingenting skrevs. Skapa den först.',
    nb: '--out: mappen {{folder}} finnes ikke; ingenting ble skrevet. Opprett den først.',
    en: '--out: the folder {{folder}} does not exist; nothing was written. Create it first.',
  },
  'error.cli.outIsFolder': {
    sv: '--out: {{path}} är en mapp; ange filen som ska skrivas i den.',
    nb: '--out: {{path}} er en mappe; oppgi filen som skal skrives i den.',
    en: '--out: {{path}} is a folder; name the file to write in it.',
  },
  'error.cli.outDirMissing': {
    sv: '--out-dir: {{path}} är ingen befintlig mapp; ingenting skrevs. Skapa den först.',
    nb: '--out-dir: {{path}} er ikke en eksisterende mappe; ingenting ble skrevet. Opprett den først.',
    en: '--out-dir: {{path}} is not an existing folder; nothing was written. Create it first.',
  },
  'error.cli.listUnreadable': {
    sv: '--list: {{path}} kan inte läsas ({{reason}}).',
    nb: '--list: {{path}} kan ikke leses ({{reason}}).',
    en: '--list: cannot read {{path}} ({{reason}}).',
  },
  'error.cli.batchKind': {
    sv: '"{{kind}}" är ingen sorts körning; använd annex eller invoicing',
    nb: '"{{kind}}" er ingen type kjøring; bruk annex eller invoicing',
    en: '"{{kind}}" is not a batch kind; use annex or invoicing',
  },
  'error.cli.batchAllOrList': { sv: 'ange antingen --all eller --list <fil>', nb: 'oppgi enten --all eller --list <fil>', en: 'give either --all or --list <file>' },
  'error.cli.batchListEmpty': {
    sv: '{{path}} nämner inget scenario (ett namn per rad)',
    nb: '{{path}} nevner ikke noe scenario (ett navn per linje)',
    en: '{{path}} names no scenario (one name a line)',
  },
  'error.cli.batchNoScenario': { sv: '{{cooperation}} har inget scenario', nb: '{{cooperation}} har ikke noe scenario', en: '{{cooperation}} has no scenario' },
  'error.cli.batchSameFile': {
    sv: '"{{first}}" och "{{second}}" skulle båda skrivas till {{path}}',
    nb: '"{{first}}" og "{{second}}" ville begge blitt skrevet til {{path}}',
    en: '"{{first}}" and "{{second}}" would both be written to {{path}}',
  },
  'error.cli.batchNotWritten': {
    sv: '"{{scenario}}" skrevs inte:',
    nb: '"{{scenario}}" ble ikke skrevet:',
    en: '"{{scenario}}" was not written:',
  },
} as const satisfies Record<string, MessageEntry>;
