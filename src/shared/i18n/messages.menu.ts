/**
 * The desktop shell's own words: the application menu, the titles of main's file dialogs, and
 * the welcome, about and restore dialogs. Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const menuMessages = {
  'menu.file': { sv: '&Arkiv', nb: '&Fil', en: '&File' },
  'menu.edit': { sv: '&Redigera', nb: '&Rediger', en: '&Edit' },
  'menu.view': { sv: '&Visa', nb: '&Vis', en: '&View' },
  'menu.window': { sv: 'Fönster', nb: 'Vindu', en: 'Window' },
  'menu.help': { sv: '&Hjälp', nb: '&Hjelp', en: '&Help' },
  'menu.new': { sv: 'Ny arbetsyta…', nb: 'Nytt arbeidsområde…', en: 'New workspace…' },
  'menu.open': { sv: 'Öppna…', nb: 'Åpne…', en: 'Open…' },
  'menu.openRecent': { sv: 'Öppna senaste', nb: 'Åpne nylig brukte', en: 'Open recent' },
  'menu.clearRecent': { sv: 'Rensa listan', nb: 'Tøm listen', en: 'Clear recent' },
  'menu.noRecent': { sv: 'Inga senaste arbetsytor', nb: 'Ingen nylig brukte arbeidsområder', en: 'No recent workspaces' },
  'menu.connectServer': { sv: 'Anslut till en server…', nb: 'Koble til en server…', en: 'Connect to a server…' },
  'menu.saveCopy': { sv: 'Spara en kopia…', nb: 'Lagre en kopi…', en: 'Save a copy…' },
  'menu.restoreBackup': { sv: 'Återställ från säkerhetskopia…', nb: 'Gjenopprett fra sikkerhetskopi…', en: 'Restore from backup…' },
  'menu.close': { sv: 'Stäng arbetsytan', nb: 'Lukk arbeidsområdet', en: 'Close workspace' },
  'menu.quit': { sv: 'Avsluta', nb: 'Avslutt', en: 'Quit' },
  'menu.quitApp': { sv: 'Avsluta {{app}}', nb: 'Avslutt {{app}}', en: 'Quit {{app}}' },
  'menu.about': { sv: 'Om {{app}}', nb: 'Om {{app}}', en: 'About {{app}}' },

  'dialog.newWorkspace': { sv: 'Ny arbetsyta', nb: 'Nytt arbeidsområde', en: 'New workspace' },
  'dialog.openWorkspace': { sv: 'Öppna arbetsyta', nb: 'Åpne arbeidsområde', en: 'Open workspace' },
  'dialog.saveCopy': { sv: 'Spara en kopia', nb: 'Lagre en kopi', en: 'Save a copy' },
  'dialog.restoreBackup': { sv: 'Återställ från säkerhetskopia', nb: 'Gjenopprett fra sikkerhetskopi', en: 'Restore from backup' },
  'dialog.copyName': { sv: '{{name}} kopia', nb: '{{name}} kopi', en: '{{name}} copy' },
  'dialog.defaultWorkspaceName': { sv: 'Arbetsyta', nb: 'Arbeidsområde', en: 'Workspace' },
  'dialog.filter.workspace': { sv: 'Andel-arbetsyta', nb: 'Andel-arbeidsområde', en: 'Andel workspace' },
  'dialog.filter.backups': { sv: 'Andel-säkerhetskopior', nb: 'Andel-sikkerhetskopier', en: 'Andel backups' },
  'dialog.welcome': { sv: 'Välkommen till {{app}}', nb: 'Velkommen til {{app}}', en: 'Welcome to {{app}}' },
  'dialog.welcomeDetail': {
    sv: 'Ingen arbetsyta är öppen än. Demoarbetsytan innehåller fem samarbeten mellan kommuner med deras medlemmar, organ, beslut, avtal, budgetar och fördelningsnycklar. Den sparas i din dokumentmapp.',
    nb: 'Ingen arbeidsområder er åpne ennå. Demoarbeidsområdet inneholder fem samarbeid mellom kommuner med medlemmer, organer, vedtak, avtaler, budsjetter og fordelingsnøkler. Det lagres i dokumentmappen din.',
    en: 'No workspace is open yet. The demo workspace holds five consortia of municipalities with their members, bodies, decisions, agreements, budgets and keys. It is written to your Documents folder.',
  },
  'dialog.openDemo': { sv: 'Öppna demoarbetsytan', nb: 'Åpne demoarbeidsområdet', en: 'Open the demo workspace' },
  'dialog.notNow': { sv: 'Inte nu', nb: 'Ikke nå', en: 'Not now' },
  'dialog.aboutDetail': {
    sv: 'Kostnadsfördelning, styrning och avtalsbilagor för samarbeten mellan offentliga organisationer.',
    nb: 'Kostnadsfordeling, styring og avtalevedlegg for samarbeid mellom offentlige virksomheter.',
    en: 'Cost sharing, governance and agreement annexes for consortia of public bodies.',
  },
  'dialog.restoreQuestion': {
    sv: 'Ersätta {{workspace}} med säkerhetskopian {{backup}}?',
    nb: 'Erstatte {{workspace}} med sikkerhetskopien {{backup}}?',
    en: 'Replace {{workspace}} with the backup {{backup}}?',
  },
  'dialog.restoreDetail': {
    sv: 'Säkerhetskopian kontrolleras först. Arbetsytan som den är nu sparas som en kopia i mappen med säkerhetskopior, så att detta kan ångras genom att återställa den kopian.',
    nb: 'Sikkerhetskopien kontrolleres først. Arbeidsområdet slik det er nå, beholdes som en kopi i mappen med sikkerhetskopier, slik at dette kan angres ved å gjenopprette den kopien.',
    en: 'The backup is checked first. The workspace as it is now is kept as a copy in its backups folder, so this can be undone by restoring that copy.',
  },
  'dialog.restore': { sv: 'Återställ', nb: 'Gjenopprett', en: 'Restore' },
  'dialog.cancel': { sv: 'Avbryt', nb: 'Avbryt', en: 'Cancel' },
} satisfies Record<string, MessageEntry>;
