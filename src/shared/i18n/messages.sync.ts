/**
 * Moving a workspace between a file and a server (`andel publish`, `andel take-copy`) and the
 * difference between two workspaces (`andel diff`). Part of the one catalogue (./messages.ts).
 */
import type { DocumentCollection } from '../document/workspace-document.schema';
import type { MessageEntry } from './message-entry';

/** The collections of a workspace document as a reader calls them; a new collection fails the type check until it has its words. */
const collectionWords: Record<`sync.collection.${DocumentCollection}`, MessageEntry> = {
  'sync.collection.organisations': { sv: 'Organisationer', nb: 'Organisasjoner', en: 'Organisations' },
  'sync.collection.metricValues': { sv: 'Mätvärden (folkmängd m.m.)', nb: 'Måltall (folketall m.m.)', en: 'Metric values (population etc.)' },
  'sync.collection.cooperations': { sv: 'Samarbeten', nb: 'Samarbeid', en: 'Cooperations' },
  'sync.collection.participations': { sv: 'Deltagande', nb: 'Deltakelser', en: 'Participations' },
  'sync.collection.persons': { sv: 'Personer', nb: 'Personer', en: 'Persons' },
  'sync.collection.bodies': { sv: 'Organ', nb: 'Organer', en: 'Bodies' },
  'sync.collection.seats': { sv: 'Platser i organ', nb: 'Plasser i organer', en: 'Seats' },
  'sync.collection.meetings': { sv: 'Sammanträden', nb: 'Møter', en: 'Meetings' },
  'sync.collection.agendaItems': { sv: 'Ärenden på dagordningen', nb: 'Saker på sakslisten', en: 'Agenda items' },
  'sync.collection.attendance': { sv: 'Närvaro', nb: 'Oppmøte', en: 'Attendance' },
  'sync.collection.bodyVotingRules': { sv: 'Röstningsregler', nb: 'Stemmeregler', en: 'Voting rules' },
  'sync.collection.votes': { sv: 'Röster', nb: 'Stemmer', en: 'Votes' },
  'sync.collection.meetingMinutes': { sv: 'Protokoll (upprättande och justering)', nb: 'Protokoller (utkast og godkjenning)', en: 'Minutes (drafting and approval)' },
  'sync.collection.minutesAdjusters': { sv: 'Justerare', nb: 'Protokollunderskrivere', en: 'Minutes adjusters' },
  'sync.collection.decisions': { sv: 'Beslut', nb: 'Vedtak', en: 'Decisions' },
  'sync.collection.decisionLinks': { sv: 'Beslutslänkar', nb: 'Vedtakskoblinger', en: 'Decision links' },
  'sync.collection.agreements': { sv: 'Avtal', nb: 'Avtaler', en: 'Agreements' },
  'sync.collection.agreementParties': { sv: 'Avtalsparter', nb: 'Avtaleparter', en: 'Agreement parties' },
  'sync.collection.budgetLines': { sv: 'Budgetrader', nb: 'Budsjettlinjer', en: 'Budget lines' },
  'sync.collection.staffAllocations': { sv: 'Personalfördelningar', nb: 'Personalfordelinger', en: 'Staff allocations' },
  'sync.collection.fundingSources': { sv: 'Finansieringskällor', nb: 'Finansieringskilder', en: 'Funding sources' },
  'sync.collection.fundingAmounts': { sv: 'Finansieringsbelopp', nb: 'Finansieringsbeløp', en: 'Funding amounts' },
  'sync.collection.distributionKeys': { sv: 'Fördelningsnycklar', nb: 'Fordelingsnøkler', en: 'Distribution keys' },
  'sync.collection.scenarios': { sv: 'Scenarier', nb: 'Scenarioer', en: 'Scenarios' },
  'sync.collection.snapshots': { sv: 'Fastställda ögonblicksbilder', nb: 'Fastsatte øyeblikksbilder', en: 'Adopted snapshots' },
  'sync.collection.exportLog': { sv: 'Exportloggen', nb: 'Eksportloggen', en: 'Export log' },
  'sync.collection.auditLog': { sv: 'Ändringsloggen', nb: 'Endringsloggen', en: 'Audit trail' },
};

export const syncMessages = {
  ...collectionWords,
  'sync.collection.workspace': { sv: 'Arbetsytan', nb: 'Arbeidsområdet', en: 'The workspace' },
  'sync.diff.equal': {
    sv: '{{first}} och {{second}} har samma innehåll.',
    nb: '{{first}} og {{second}} har samme innhold.',
    en: '{{first}} and {{second}} hold the same.',
  },
  'sync.diff.heading': {
    sv: 'Skillnader från {{first}} till {{second}}:',
    nb: 'Forskjeller fra {{first}} til {{second}}:',
    en: 'What differs from {{first}} to {{second}}:',
  },
  'sync.diff.counts': {
    sv: 'tillagda {{added}}, borttagna {{removed}}, ändrade {{changed}}',
    nb: 'lagt til {{added}}, fjernet {{removed}}, endret {{changed}}',
    en: 'added {{added}}, removed {{removed}}, changed {{changed}}',
  },
  'sync.diff.added': { sv: 'tillagd', nb: 'lagt til', en: 'added' },
  'sync.diff.removed': { sv: 'borttagen', nb: 'fjernet', en: 'removed' },
  'sync.diff.changed': { sv: 'ändrad', nb: 'endret', en: 'changed' },
  'sync.publish.done': {
    sv: 'Publicerade {{file}} i {{database}} ({{records}} poster). Ingen kan logga in ännu: lägg till användare med andel users add {{database}}.',
    nb: 'Publiserte {{file}} i {{database}} ({{records}} poster). Ingen kan logge inn ennå: legg til brukere med andel users add {{database}}.',
    en: 'Published {{file}} to {{database}} ({{records}} records). Nobody can sign in yet: add users with andel users add {{database}}.',
  },
  'sync.takeCopy.done': {
    sv: 'Skrev en kopia av {{database}} till {{file}} ({{records}} poster).',
    nb: 'Skrev en kopi av {{database}} til {{file}} ({{records}} poster).',
    en: 'Wrote a copy of {{database}} to {{file}} ({{records}} records).',
  },
  'sync.takeCopy.keptCopy': {
    sv: 'Behöll en kopia av filen som ersattes: {{path}}',
    nb: 'Beholdt en kopi av filen som ble erstattet: {{path}}',
    en: 'Kept a copy of the file it replaced at {{path}}',
  },
  'error.sync.databaseHoldsWorkspace': {
    sv: '{{database}} har redan en arbetsyta (”{{name}}”). Andel publicerar bara till en tom databas; skapa en ny databas för den här arbetsytan.',
    nb: '{{database}} har allerede et arbeidsområde («{{name}}»). Andel publiserer bare til en tom database; opprett en ny database for dette arbeidsområdet.',
    en: '{{database}} already holds a workspace ("{{name}}"). Andel publishes only to an empty database; create a new database for this workspace.',
  },
  'error.sync.databaseNotEmpty': {
    sv: '{{database}} är inte tom (tabeller: {{tables}}). Andel publicerar bara till en tom databas.',
    nb: '{{database}} er ikke tom (tabeller: {{tables}}). Andel publiserer bare til en tom database.',
    en: '{{database}} is not empty (tables: {{tables}}). Andel publishes only to an empty database.',
  },
  'error.sync.copyExists': {
    sv: '{{path}} finns redan; Andel skriver inte över den. Välj ett nytt filnamn, eller ange --force för att ersätta den (en kopia av den sparas först).',
    nb: '{{path}} finnes allerede; Andel skriver ikke over den. Velg et nytt filnavn, eller angi --force for å erstatte den (en kopi av den lagres først).',
    en: '{{path}} already exists; Andel will not overwrite it. Choose a new file name, or give --force to replace it (a copy of it is kept first).',
  },
  'error.sync.notDatabaseUrl': {
    sv: '--database tar en adress till en PostgreSQL-databas, postgresql://…; ”{{value}}” är ingen sådan.',
    nb: '--database tar en adresse til en PostgreSQL-database, postgresql://…; «{{value}}» er ingen slik.',
    en: '--database takes the address of a PostgreSQL database, postgresql://…; "{{value}}" is not one.',
  },
  'error.sync.diffSides': {
    sv: 'diff jämför två arbetsytor: ange två filer, en fil och --database <url>, eller två databasadresser.',
    nb: 'diff sammenligner to arbeidsområder: angi to filer, en fil og --database <url>, eller to databaseadresser.',
    en: 'diff compares two workspaces: give two files, a file and --database <url>, or two database addresses.',
  },
} satisfies Record<string, MessageEntry>;
