/**
 * Messages of the Andel server (`andel serve`): signing in, sessions, roles and user administration.
 * Part of the one catalogue (./messages.ts).
 */
import type { MessageEntry } from './message-entry';

export const serverMessages = {
  'error.code.UNAUTHENTICATED': { sv: 'Du är inte inloggad.', nb: 'Du er ikke logget inn.', en: 'You are not signed in.' },
  'error.code.FORBIDDEN': { sv: 'Din roll får inte göra detta.', nb: 'Rollen din har ikke lov til dette.', en: 'Your role may not do this.' },
  'error.server.unauthenticated': {
    sv: 'Du är inte inloggad, eller sessionen har gått ut. Logga in igen.',
    nb: 'Du er ikke logget inn, eller økten er utløpt. Logg inn igjen.',
    en: 'You are not signed in, or your session has expired. Sign in again.',
  },
  'error.server.forbidden': {
    sv: 'Rollen {{role}} får inte använda {{channel}}.',
    nb: 'Rollen {{role}} har ikke tilgang til {{channel}}.',
    en: 'The role {{role}} may not use {{channel}}.',
  },
  'error.server.otherOrganisation': {
    sv: 'Du kan bara se uppgifter om din egen organisation.',
    nb: 'Du kan bare se opplysninger om din egen organisasjon.',
    en: 'You can only see your own organisation’s data.',
  },
  'error.server.csrf': {
    sv: 'Begäran saknar sessionens skyddsnyckel (CSRF) och har avvisats. Ladda om sidan.',
    nb: 'Forespørselen mangler øktens beskyttelsesnøkkel (CSRF) og er avvist. Last inn siden på nytt.',
    en: 'The request lacks the session’s protection token (CSRF) and was refused. Reload the page.',
  },
  'error.server.loginFailed': {
    sv: 'Fel användarnamn eller lösenord.',
    nb: 'Feil brukernavn eller passord.',
    en: 'Wrong user name or password.',
  },
  'error.server.throttled': {
    sv: 'För många misslyckade inloggningar. Försök igen om {{minutes}} minuter.',
    nb: 'For mange mislykkede innlogginger. Prøv igjen om {{minutes}} minutter.',
    en: 'Too many failed sign-ins. Try again in {{minutes}} minutes.',
  },
  'error.server.userExists': {
    sv: 'Det finns redan en användare som heter {{user}}.',
    nb: 'Det finnes allerede en bruker som heter {{user}}.',
    en: 'There is already a user called {{user}}.',
  },
  'error.server.badUserName': {
    sv: 'Användarnamnet {{user}} går inte: använd 1–64 bokstäver a–z, siffror och . _ @ -.',
    nb: 'Brukernavnet {{user}} går ikke: bruk 1–64 bokstaver a–z, sifre og . _ @ -.',
    en: 'The user name {{user}} will not do: use 1–64 letters a–z, digits and . _ @ -.',
  },
  'error.server.userNotFound': {
    sv: 'Det finns ingen användare som heter {{user}}.',
    nb: 'Det finnes ingen bruker som heter {{user}}.',
    en: 'There is no user called {{user}}.',
  },
  'error.server.viewerNeedsOrganisation': {
    sv: 'En medlemsläsare måste höra till en organisation (--organisation).',
    nb: 'En medlemsleser må høre til en organisasjon (--organisation).',
    en: 'A member viewer must belong to one organisation (--organisation).',
  },
  'error.server.organisationOnlyForViewer': {
    sv: 'Bara en medlemsläsare hör till en viss organisation.',
    nb: 'Bare en medlemsleser hører til en bestemt organisasjon.',
    en: 'Only a member viewer belongs to one organisation.',
  },
  'error.server.weakPassword': {
    sv: 'Lösenordet måste ha minst {{min}} tecken.',
    nb: 'Passordet må ha minst {{min}} tegn.',
    en: 'The password must have at least {{min}} characters.',
  },
  'error.server.badRole': {
    sv: 'Okänd roll {{role}}; använd en av {{roles}}.',
    nb: 'Ukjent rolle {{role}}; bruk en av {{roles}}.',
    en: 'Unknown role {{role}}; use one of {{roles}}.',
  },
  'error.server.lastAdministrator': {
    sv: '{{user}} är den sista administratören och kan inte tas bort eller byta roll.',
    nb: '{{user}} er den siste administratoren og kan ikke fjernes eller bytte rolle.',
    en: '{{user}} is the last administrator and cannot be removed or change role.',
  },
  'error.server.tlsPair': {
    sv: '--tls-cert och --tls-key anges tillsammans.',
    nb: '--tls-cert og --tls-key angis sammen.',
    en: '--tls-cert and --tls-key go together.',
  },
  'error.server.badListen': {
    sv: '--listen ska vara värd:port, t.ex. 127.0.0.1:8080 (fick {{value}}).',
    nb: '--listen skal være vert:port, f.eks. 127.0.0.1:8080 (fikk {{value}}).',
    en: '--listen must be host:port, e.g. 127.0.0.1:8080 (got {{value}}).',
  },
  'server.role.administrator': { sv: 'administratör', nb: 'administrator', en: 'administrator' },
  'server.role.treasurer': { sv: 'kassör', nb: 'kasserer', en: 'treasurer' },
  'server.role.project_manager': { sv: 'projektledare', nb: 'prosjektleder', en: 'project manager' },
  'server.role.chair': { sv: 'ordförande', nb: 'leder', en: 'chair' },
  'server.role.member_viewer': { sv: 'medlemsläsare', nb: 'medlemsleser', en: 'member viewer' },
  'error.server.passwordStdin': {
    sv: 'Lösenordet läses från standard in: skicka det med --password-stdin (t.ex. printf "%s\\n" "$LÖSENORD" | andel users add …), aldrig som argument.',
    nb: 'Passordet leses fra standard inn: send det med --password-stdin (f.eks. printf "%s\\n" "$PASSORD" | andel users add …), aldri som argument.',
    en: 'The password is read from standard input: pass --password-stdin (e.g. printf "%s\\n" "$PASSWORD" | andel users add …), never as an argument.',
  },
  'error.server.noRenderer': {
    sv: 'Hittar inte det byggda gränssnittet ({{path}}). Bygg det med npx electron-vite build, eller ange --renderer <mapp>.',
    nb: 'Finner ikke det bygde grensesnittet ({{path}}). Bygg det med npx electron-vite build, eller angi --renderer <mappe>.',
    en: 'The built interface is not there ({{path}}). Build it with npx electron-vite build, or give --renderer <folder>.',
  },
  'server.cli.serving': {
    sv: 'Andel delar {{file}} på {{url}} (avsluta med Ctrl+C).',
    nb: 'Andel deler {{file}} på {{url}} (avslutt med Ctrl+C).',
    en: 'Andel serves {{file}} at {{url}} (stop with Ctrl+C).',
  },
  'server.cli.plainHttp': {
    sv: 'Utan --tls-cert/--tls-key talar servern okrypterad HTTP: låt den lyssna på 127.0.0.1 bakom en omvänd proxy med TLS (se docs/server.md).',
    nb: 'Uten --tls-cert/--tls-key snakker serveren ukryptert HTTP: la den lytte på 127.0.0.1 bak en omvendt proxy med TLS (se docs/server.md).',
    en: 'Without --tls-cert/--tls-key the server speaks plain HTTP: keep it on 127.0.0.1 behind a reverse proxy with TLS (see docs/server.md).',
  },
  'server.cli.noUsers': {
    sv: 'Arbetsytan har inga användare ännu; ingen kan logga in. Lägg till en: andel users add {{file}} <namn> --role administrator --password-stdin',
    nb: 'Arbeidsområdet har ingen brukere ennå; ingen kan logge inn. Legg til en: andel users add {{file}} <navn> --role administrator --password-stdin',
    en: 'The workspace has no users yet; nobody can sign in. Add one: andel users add {{file}} <name> --role administrator --password-stdin',
  },
  'server.cli.stopped': { sv: 'Servern har stoppats.', nb: 'Serveren er stoppet.', en: 'The server has stopped.' },
  'server.cli.userAdded': { sv: 'Lade till {{user}} ({{role}}).', nb: 'La til {{user}} ({{role}}).', en: 'Added {{user}} ({{role}}).' },
  'server.cli.roleSet': { sv: '{{user}} är nu {{role}}.', nb: '{{user}} er nå {{role}}.', en: '{{user}} is now {{role}}.' },
  'server.cli.userRemoved': { sv: 'Tog bort {{user}}.', nb: 'Fjernet {{user}}.', en: 'Removed {{user}}.' },
  'server.cli.noUsersListed': { sv: 'Inga användare.', nb: 'Ingen brukere.', en: 'No users.' },
  'server.cli.organisation': { sv: 'organisation {{id}}', nb: 'organisasjon {{id}}', en: 'organisation {{id}}' },
  'error.connect.desktopOnly': {
    sv: 'Att ansluta till en server görs i skrivbordsappen.',
    nb: 'Å koble til en server gjøres i skrivebordsappen.',
    en: 'Connecting to a server is done in the desktop app.',
  },
  'error.connect.badAddress': {
    sv: '”{{address}}” är ingen serveradress. Skriv den som https://andel.exempel.se/.',
    nb: '«{{address}}» er ingen serveradresse. Skriv den som https://andel.eksempel.no/.',
    en: '“{{address}}” is not a server address. Write it as https://andel.example.org/.',
  },
  'error.connect.badScheme': {
    sv: '{{address}}: en Andel-server nås med https:// (http:// bara på den här datorn).',
    nb: '{{address}}: en Andel-server nås med https:// (http:// bare på denne maskinen).',
    en: '{{address}}: an Andel server is reached with https:// (http:// only on this computer).',
  },
  'error.connect.plainHttp': {
    sv: '{{address}} använder http:// till en annan dator: inloggningen och siffrorna skulle gå okrypterade över nätet. Använd https://.',
    nb: '{{address}} bruker http:// til en annen maskin: innloggingen og tallene ville gått ukryptert over nettet. Bruk https://.',
    en: '{{address}} uses http:// to another computer: the sign-in and the figures would cross the network unencrypted. Use https://.',
  },
  'error.connect.credentials': {
    sv: '{{address}} innehåller ett användarnamn eller lösenord. Ange bara adressen; du loggar in på serverns sida.',
    nb: '{{address}} inneholder et brukernavn eller passord. Oppgi bare adressen; du logger inn på serverens side.',
    en: '{{address}} contains a user name or password. Give the address only; you sign in on the server’s page.',
  },
  'error.connect.queryOrFragment': {
    sv: '{{address}} har ? eller # i sig. Ange serverns adress utan dem.',
    nb: '{{address}} har ? eller # i seg. Oppgi serverens adresse uten dem.',
    en: '{{address}} has a ? or # in it. Give the server’s address without them.',
  },
} satisfies Record<string, MessageEntry>;
