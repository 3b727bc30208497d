/**
 * Messages about the workspace file's safety: the lock, a damaged or truncated file, backups.
 * Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const storageMessages = {
  'error.workspace.heldElsewhere': {
    sv: '{{path}} är redan öppen i ett annat Andel-fönster eller en annan process ({{who}}). Stäng den där först.',
    nb: '{{path}} er allerede åpen i et annet Andel-vindu eller en annen prosess ({{who}}). Lukk den der først.',
    en: '{{path}} is already open in another Andel window or process ({{who}}). Close it there first.',
  },
  'error.workspace.truncated': {
    sv: '{{name}} är skadad: filen är {{size}} byte, vilket inte är ett helt antal sidor om {{pageSize}} byte (den har troligen klippts av). Filen har inte ändrats. {{advice}}',
    nb: '{{name}} er skadet: filen er {{size}} byte, som ikke er et helt antall sider på {{pageSize}} byte (den er trolig avkortet). Filen er ikke endret. {{advice}}',
    en: '{{name}} is damaged: the file is {{size}} bytes, not a whole number of {{pageSize}}-byte pages (it was probably cut short). The file was not changed. {{advice}}',
  },
  'error.workspace.damaged': {
    sv: '{{name}} är skadad (SQLite:s kontroll: {{detail}}). Filen har inte ändrats. {{advice}}',
    nb: '{{name}} er skadet (SQLites kontroll: {{detail}}). Filen er ikke endret. {{advice}}',
    en: '{{name}} is damaged (SQLite\'s check: {{detail}}). The file was not changed. {{advice}}',
  },
  'error.workspace.restoreAdvice': {
    sv: 'Den senaste hela säkerhetskopian är {{backup}} från {{takenAt}}: återställ den (Arkiv › Säkerhetskopior, eller andel restore {{path}} --from "{{backup}}").',
    nb: 'Den siste hele sikkerhetskopien er {{backup}} fra {{takenAt}}: gjenopprett den (Fil › Sikkerhetskopier, eller andel restore {{path}} --from "{{backup}}").',
    en: 'The newest whole backup is {{backup}} from {{takenAt}}: restore it (File › Backups, or andel restore {{path}} --from "{{backup}}").',
  },
  'error.workspace.noGoodBackup': {
    sv: 'Det finns ingen hel säkerhetskopia av den; kontakta den som sköter era säkerhetskopior.',
    nb: 'Det finnes ingen hel sikkerhetskopi av den; kontakt den som har ansvar for sikkerhetskopiene deres.',
    en: 'There is no whole backup of it; ask whoever keeps your backups.',
  },
  'error.backup.sourceDamaged': {
    sv: 'Ingen säkerhetskopia togs: {{path}} klarar inte SQLite:s kontroll ({{detail}}), och en kopia skulle bära skadan vidare. Tidigare säkerhetskopior finns kvar.',
    nb: 'Ingen sikkerhetskopi ble tatt: {{path}} består ikke SQLites kontroll ({{detail}}), og en kopi ville ført skaden videre. Tidligere sikkerhetskopier er beholdt.',
    en: 'No backup was taken: {{path}} fails SQLite\'s check ({{detail}}), and a copy would carry the damage on. Earlier backups are kept.',
  },
  'error.postgres.cannotConnect': {
    sv: 'Kan inte nå databasen {{name}}: {{detail}}',
    nb: 'Kan ikke nå databasen {{name}}: {{detail}}',
    en: 'Cannot reach the database {{name}}: {{detail}}',
  },
  'error.postgres.noWorkspace': {
    sv: 'Databasen {{name}} innehåller ingen Andel-arbetsyta. Skapa en där först, eller publicera en lokal arbetsyta till den.',
    nb: 'Databasen {{name}} inneholder ikke noe Andel-arbeidsområde. Opprett et der først, eller publiser et lokalt arbeidsområde til den.',
    en: 'The database {{name}} holds no Andel workspace. Create one there first, or publish a local workspace to it.',
  },
  'error.postgres.noFileCopy': {
    sv: '{{name}} är en databas på en server, inte en fil: spara en kopia genom att exportera arbetsytans dokument.',
    nb: '{{name}} er en database på en server, ikke en fil: lagre en kopi ved å eksportere arbeidsområdets dokument.',
    en: '{{name}} is a database on a server, not a file: save a copy by exporting the workspace document.',
  },
  'warning.workspace.networkFileSystem': {
    sv: '{{path}} ligger på en nätverksdisk ({{fileSystem}}). SQLite kan skada filen om två datorer arbetar i den samtidigt. Flytta den till en lokal disk; ska flera arbeta i samma arbetsyta, lägg den i en PostgreSQL-databas på en server.',
    nb: '{{path}} ligger på en nettverksdisk ({{fileSystem}}). SQLite kan skade filen hvis to datamaskiner arbeider i den samtidig. Flytt den til en lokal disk; skal flere arbeide i samme arbeidsområde, legg det i en PostgreSQL-database på en server.',
    en: '{{path}} is on a network file system ({{fileSystem}}). SQLite can damage the file if two computers work in it at once. Move it to a local disk; for several people in one workspace, keep it in a PostgreSQL database on a server.',
  },
  'error.rowVersion.stale': {
    sv: '{{what|cap}} {{name}} har ändrats sedan du öppnade den (version {{expected}}, nu {{current}}). Ingenting sparades: läs in den igen och gör ändringen på nytt.',
    nb: '{{what|cap}} {{name}} er endret siden du åpnet den (versjon {{expected}}, nå {{current}}). Ingenting ble lagret: les den inn på nytt og gjør endringen igjen.',
    en: 'The {{what}} {{name}} has changed since you opened it (version {{expected}}, now {{current}}). Nothing was saved: reload it and make your change again.',
  },
  'error.rowVersion.staleBy': {
    sv: '{{what|cap}} {{name}} ändrades av {{who}} {{at|time}}, efter att du öppnade den (version {{expected}}, nu {{current}}). Ingenting sparades: läs in den igen och gör ändringen på nytt.',
    nb: '{{what|cap}} {{name}} ble endret av {{who}} {{at|time}}, etter at du åpnet den (versjon {{expected}}, nå {{current}}). Ingenting ble lagret: les den inn på nytt og gjør endringen igjen.',
    en: 'The {{what}} {{name}} was changed by {{who}} at {{at|time}}, after you opened it (version {{expected}}, now {{current}}). Nothing was saved: reload it and make your change again.',
  },
  'error.rowVersion.someone': { sv: 'någon annan', nb: 'noen andre', en: 'someone else' },
  'error.rowVersion.deleted': {
    sv: '{{what|cap}} för {{name}} har tagits bort sedan du öppnade den (version {{expected}}). Ingenting sparades: läs in igen och gör ändringen på nytt.',
    nb: '{{what|cap}} for {{name}} er slettet siden du åpnet den (versjon {{expected}}). Ingenting ble lagret: les inn på nytt og gjør endringen igjen.',
    en: 'The {{what}} for {{name}} has been deleted since you opened it (version {{expected}}). Nothing was saved: reload and make your change again.',
  },
} satisfies Record<string, MessageEntry>;
