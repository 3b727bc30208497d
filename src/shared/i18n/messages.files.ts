/**
 * Messages about writing files (exports, documents, copies): why a write failed, a file that is
 * already there, an output that would overwrite the workspace. Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const fileMessages = {
  'error.file.cannotWrite': {
    sv: 'Det går inte att skriva {{path}} ({{why}}); ingenting har ändrats.',
    nb: 'Kan ikke skrive {{path}} ({{why}}); ingenting er endret.',
    en: 'Cannot write {{path}} ({{why}}); nothing was changed.',
  },
  'error.file.cannotWriteIssue': {
    sv: 'filen kan inte skrivas ({{why}})',
    nb: 'filen kan ikke skrives ({{why}})',
    en: 'cannot write the file ({{why}})',
  },
  'error.export.fileGone': {
    sv: '{{file}} finns inte längre i {{folder}} (flyttad, omdöpt eller borttagen).',
    nb: '{{file}} finnes ikke lenger i {{folder}} (flyttet, gitt nytt navn eller slettet).',
    en: '{{file}} is no longer in {{folder}} (moved, renamed or deleted).',
  },
  'error.export.cannotOpen': {
    sv: 'Det går inte att öppna {{file}}: {{why}}',
    nb: 'Kan ikke åpne {{file}}: {{why}}',
    en: 'Cannot open {{file}}: {{why}}',
  },
  'error.export.noDesktop': {
    sv: 'Att visa eller öppna filer går bara i skrivbordsappen; filen ligger i {{folder}}.',
    nb: 'Å vise eller åpne filer går bare i skrivebordsappen; filen ligger i {{folder}}.',
    en: 'Showing or opening files works only in the desktop app; the file is in {{folder}}.',
  },
  'error.file.exists': {
    sv: '{{path}} finns redan; ingenting har skrivits.',
    nb: '{{path}} finnes allerede; ingenting er skrevet.',
    en: '{{path}} already exists; nothing was written.',
  },
  'error.file.existsIssue': {
    sv: 'filen finns redan',
    nb: 'filen finnes allerede',
    en: 'the file exists',
  },
  'error.file.workspaceAsOutput': {
    sv: '{{path}} är arbetsytans fil (eller en av dess följefiler); skriv exporten någon annanstans.',
    nb: '{{path}} er arbeidsområdets fil (eller en av filene som hører til den); skriv eksporten et annet sted.',
    en: '{{path}} is the workspace file (or one of its companions); write the export elsewhere.',
  },
  'error.file.workspaceAsOutputIssue': {
    sv: 'detta är arbetsytans fil; välj en annan fil',
    nb: 'dette er arbeidsområdets fil; velg en annen fil',
    en: 'this is the workspace file; choose another file',
  },
  'error.file.reason.ENOENT': { sv: 'filen eller dess mapp finns inte', nb: 'filen eller mappen finnes ikke', en: 'the file or its folder does not exist' },
  'error.file.reason.EISDIR': { sv: 'det är en mapp, inte en fil', nb: 'det er en mappe, ikke en fil', en: 'it is a folder, not a file' },
  'error.file.reason.ENOTDIR': { sv: 'en del av sökvägen är en fil, inte en mapp', nb: 'en del av stien er en fil, ikke en mappe', en: 'a part of the path is a file, not a folder' },
  'error.file.reason.EACCES': { sv: 'åtkomst nekas', nb: 'tilgang nektes', en: 'access is denied' },
  'error.file.reason.ENOSPC': { sv: 'disken är full', nb: 'disken er full', en: 'the disk is full' },
  'error.file.reason.EROFS': { sv: 'disken är skrivskyddad', nb: 'disken er skrivebeskyttet', en: 'the disk is read-only' },
  'error.file.reason.EEXIST': { sv: 'den finns redan', nb: 'den finnes allerede', en: 'it already exists' },
  'error.file.reason.ENAMETOOLONG': { sv: 'namnet är för långt', nb: 'navnet er for langt', en: 'the name is too long' },
  'error.file.reason.EBUSY': { sv: 'den används', nb: 'den er i bruk', en: 'it is in use' },
  'error.keyFile.noDialog': {
    sv: 'Andel har ingen fildialog här: nyckelfiler kan bara exporteras och importeras i skrivbordsappen.',
    nb: 'Andel har ingen fildialog her: nøkkelfiler kan bare eksporteres og importeres i skrivebordsappen.',
    en: 'Andel has no file dialog here: key files can only be exported and imported in the desktop app.',
  },
  'error.keyFile.tooLarge': {
    sv: '{{name}} är {{size}} byte; en nyckelfil är högst {{max}} byte.',
    nb: '{{name}} er {{size}} byte; en nøkkelfil er høyst {{max}} byte.',
    en: '{{name}} is {{size}} bytes; a key file is at most {{max}} bytes.',
  },
  'error.keyFile.tooLargeIssue': { sv: 'för stor för en nyckelfil', nb: 'for stor for en nøkkelfil', en: 'too large for a key file' },
  'error.keyFile.cannotRead': {
    sv: 'Andel kunde inte läsa {{name}}: {{detail}}.',
    nb: 'Andel kunne ikke lese {{name}}: {{detail}}.',
    en: 'Andel could not read {{name}}: {{detail}}.',
  },
  'error.keyFile.notJson': {
    sv: '{{name}} är inte en JSON-fil: {{detail}}',
    nb: '{{name}} er ikke en JSON-fil: {{detail}}',
    en: '{{name}} is not a JSON file: {{detail}}',
  },
  'error.keyFile.notJsonIssue': { sv: 'inte JSON', nb: 'ikke JSON', en: 'not JSON' },
  'error.keyFile.notKey': {
    sv: '{{name}} innehåller ingen nyckel: ett JSON-objekt väntades.',
    nb: '{{name}} inneholder ingen nøkkel: et JSON-objekt var ventet.',
    en: '{{name}} does not hold a key: expected a JSON object.',
  },
  'error.keyFile.notKeyIssue': { sv: 'inget nyckelobjekt', nb: 'ikke et nøkkelobjekt', en: 'not a key object' },
  'error.demo.exists': {
    sv: '{{path}} finns redan; använd --force för att ersätta den.',
    nb: '{{path}} finnes allerede; bruk --force for å erstatte den.',
    en: '{{path}} already exists; use --force to replace it.',
  },
  'error.workspace.migrationFailed': {
    sv: 'Det gick inte att uppdatera arbetsytans schema: {{reason}}',
    nb: 'Oppdateringen av arbeidsområdets skjema mislyktes: {{reason}}',
    en: 'Updating the workspace schema failed: {{reason}}',
  },
} satisfies Record<string, MessageEntry>;
