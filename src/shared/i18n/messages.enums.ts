/**
 * Words for the values Andel stores and shows: kinds, roles, statuses, component types, rounding
 * modes. The key of a value is `enum.<group>.<value>`; every value of every group is checked in
 * sv, nb and en by tests/shared/i18n/catalogue-coverage.test.ts, which walks the source lists.
 */
import type { MessageEntry } from './message-entry';

export const enumMessages = {
  organisationKind: {
    municipality: { sv: 'Kommun', nb: 'Kommune', en: 'Municipality' },
    region: { sv: 'Region', nb: 'Region', en: 'Region' },
    county: { sv: 'Län', nb: 'Fylkeskommune', en: 'County' },
    federation: { sv: 'Kommunalförbund', nb: 'Kommuneforbund', en: 'Federation' },
    association: { sv: 'Förening', nb: 'Forening', en: 'Association' },
    state_agency: { sv: 'Statlig myndighet', nb: 'Statlig etat', en: 'State agency' },
    company: { sv: 'Företag', nb: 'Selskap', en: 'Company' },
    other: { sv: 'Övrig', nb: 'Annen', en: 'Other' },
  },
  participationRole: {
    member: { sv: 'Medlem', nb: 'Medlem', en: 'Member' },
    observer: { sv: 'Observatör', nb: 'Observatør', en: 'Observer' },
    administrative_party: { sv: 'Administrativ part', nb: 'Administrativ part', en: 'Administrative party' },
  },
  bodyKind: {
    steering_group: { sv: 'Styrgrupp', nb: 'Styringsgruppe', en: 'Steering group' },
    governance_council: { sv: 'Förvaltningsråd', nb: 'Forvaltningsråd', en: 'Governance council' },
    preparatory_council: { sv: 'Beredningsråd', nb: 'Beredningsråd', en: 'Preparatory council' },
    working_group: { sv: 'Arbetsgrupp', nb: 'Arbeidsgruppe', en: 'Working group' },
    management_team: { sv: 'Ledningsgrupp', nb: 'Ledergruppe', en: 'Management team' },
    board: { sv: 'Styrelse', nb: 'Styre', en: 'Board' },
    other: { sv: 'Övrigt organ', nb: 'Annet organ', en: 'Other body' },
  },
  seatRole: {
    chair: { sv: 'Ordförande', nb: 'Leder', en: 'Chair' },
    vice_chair: { sv: 'Vice ordförande', nb: 'Nestleder', en: 'Vice chair' },
    secretary: { sv: 'Sekreterare', nb: 'Sekretær', en: 'Secretary' },
    member: { sv: 'Ledamot', nb: 'Medlem', en: 'Member' },
    observer: { sv: 'Observatör', nb: 'Observatør', en: 'Observer' },
    adjunct: { sv: 'Adjungerad', nb: 'Adjungert', en: 'Adjunct' },
  },
  agendaItemKind: {
    information: { sv: 'Information', nb: 'Orientering', en: 'Information' },
    discussion: { sv: 'Diskussion', nb: 'Drøfting', en: 'Discussion' },
    decision: { sv: 'Beslut', nb: 'Vedtak', en: 'Decision' },
  },
  decisionStatus: {
    proposed: { sv: 'Förslag', nb: 'Forslag', en: 'Proposed' },
    adopted: { sv: 'Antaget', nb: 'Vedtatt', en: 'Adopted' },
    rejected: { sv: 'Avslaget', nb: 'Avslått', en: 'Rejected' },
    postponed: { sv: 'Bordlagt', nb: 'Utsatt', en: 'Postponed' },
    implemented: { sv: 'Genomfört', nb: 'Gjennomført', en: 'Implemented' },
    superseded: { sv: 'Ersatt', nb: 'Erstattet', en: 'Superseded' },
  },
  decisionLinkKind: {
    adopts_snapshot: { sv: 'Antar scenario', nb: 'Vedtar scenario', en: 'Adopts scenario' },
    adopts_agreement: { sv: 'Antar avtal', nb: 'Vedtar avtale', en: 'Adopts agreement' },
    adopts_key: { sv: 'Antar fördelningsnyckel', nb: 'Vedtar fordelingsnøkkel', en: 'Adopts distribution key' },
    supersedes: { sv: 'Ersätter', nb: 'Erstatter', en: 'Supersedes' },
    relates_to: { sv: 'Hänger ihop med', nb: 'Henger sammen med', en: 'Relates to' },
  },
  agreementType: {
    cooperation: { sv: 'Samarbetsavtal', nb: 'Samarbeidsavtale', en: 'Cooperation agreement' },
    distribution_key: { sv: 'Fördelningsnyckel', nb: 'Fordelingsnøkkel', en: 'Distribution key' },
    operations_support: { sv: 'Drift och support', nb: 'Drift og støtte', en: 'Operations and support' },
    hosting: { sv: 'Serverdrift', nb: 'Serverdrift', en: 'Hosting' },
    data_processing: { sv: 'Personuppgiftsbiträdesavtal', nb: 'Databehandleravtale', en: 'Data processing agreement' },
    user_agreement: { sv: 'Användningsavtal', nb: 'Bruksavtale', en: 'User agreement' },
    decision_procedure: { sv: 'Beslutsordning', nb: 'Beslutningsrutine', en: 'Decision procedure' },
    other: { sv: 'Övrigt avtal', nb: 'Annen avtale', en: 'Other agreement' },
  },
  meetingStatus: {
    planned: { sv: 'Planerat', nb: 'Planlagt', en: 'Planned' },
    held: { sv: 'Genomfört', nb: 'Avholdt', en: 'Held' },
    cancelled: { sv: 'Inställt', nb: 'Avlyst', en: 'Cancelled' },
  },
  fundingStatus: {
    secured: { sv: 'Säkrad', nb: 'Sikret', en: 'Secured' },
    expected: { sv: 'Förväntad', nb: 'Forventet', en: 'Expected' },
    uncertain: { sv: 'Osäker', nb: 'Usikker', en: 'Uncertain' },
  },
  exportKind: {
    workspace_document: { sv: 'Arbetsytedokument', nb: 'Arbeidsområdedokument', en: 'Workspace document' },
    other: { sv: 'Övrig export', nb: 'Annen eksport', en: 'Other export' },
    annex: { sv: 'Bilaga', nb: 'Vedlegg', en: 'Annex' },
    meeting_pack: { sv: 'Mötesunderlag', nb: 'Møtegrunnlag', en: 'Meeting pack' },
    invoicing_basis: { sv: 'Faktureringsunderlag', nb: 'Fakturagrunnlag', en: 'Invoicing basis' },
    decision_register: { sv: 'Beslutsregister', nb: 'Vedtaksregister', en: 'Decision register' },
  },
  importRole: {
    codeAndName: { sv: 'Kod och namn', nb: 'Kode og navn', en: 'Code and name' },
    officialCode: { sv: 'Kommunkod', nb: 'Kommunenummer', en: 'Municipality code' },
    name: { sv: 'Namn', nb: 'Navn', en: 'Name' },
    orgNumber: { sv: 'Org.nr', nb: 'Org.nr.', en: 'Org. number' },
    population: { sv: 'Folkmängd', nb: 'Folketall', en: 'Population' },
    year: { sv: 'År', nb: 'År', en: 'Year' },
  },  cooperationKind: {
    consortium: { sv: 'Konsortium', nb: 'Konsortium', en: 'Consortium' },
    service: { sv: 'Gemensam tjänst', nb: 'Felles tjeneste', en: 'Shared service' },
    project: { sv: 'Projekt', nb: 'Prosjekt', en: 'Project' },
    association: { sv: 'Förening', nb: 'Forening', en: 'Association' },
    platform: { sv: 'Plattform', nb: 'Plattform', en: 'Platform' },
    other: { sv: 'Övrigt samarbete', nb: 'Annet samarbeid', en: 'Other cooperation' },
  },
  attendanceStatus: {
    present: { sv: 'Närvarande', nb: 'Til stede', en: 'Present' },
    absent: { sv: 'Frånvarande', nb: 'Fraværende', en: 'Absent' },
    proxy: { sv: 'Ersättare', nb: 'Vara', en: 'Proxy' },
  },
  agreementPartyRole: {
    party: { sv: 'Part', nb: 'Part', en: 'Party' },
    counterparty: { sv: 'Motpart', nb: 'Motpart', en: 'Counterparty' },
    signatory: { sv: 'Undertecknare', nb: 'Signatar', en: 'Signatory' },
  },
  budgetLineKind: {
    revenue: { sv: 'Intäkt', nb: 'Inntekt', en: 'Revenue' },
    cost: { sv: 'Kostnad', nb: 'Kostnad', en: 'Cost' },
  },
  fundingKind: {
    external: { sv: 'Extern finansiering', nb: 'Ekstern finansiering', en: 'External funding' },
    members: { sv: 'Medlemmarnas bidrag', nb: 'Medlemmenes bidrag', en: 'Member contributions' },
  },
  invoicingFrequency: {
    standard: { sv: 'Förvaltningsavgift kvartalsvis, resten årsvis', nb: 'Forvaltningsavgift kvartalsvis, resten årlig', en: 'Management fee quarterly, the rest yearly' },
    yearly: { sv: 'Allt årsvis i förskott', nb: 'Alt årlig på forskudd', en: 'Everything yearly in advance' },
    quarterly: { sv: 'Allt kvartalsvis i förskott', nb: 'Alt kvartalsvis på forskudd', en: 'Everything quarterly in advance' },
  },
  componentType: {
    equal: { sv: 'Lika delar', nb: 'Like deler', en: 'Equal shares' },
    proportional: { sv: 'Efter mått', nb: 'Etter mål', en: 'Proportional' },
    banded: { sv: 'Intervalltaxa', nb: 'Intervalltakst', en: 'Banded fee' },
    'per-unit': { sv: 'Pris per enhet', nb: 'Pris per enhet', en: 'Price per unit' },
    category: { sv: 'Avgift per kategori', nb: 'Avgift per kategori', en: 'Fee by category' },
    fixed: { sv: 'Fast avgift', nb: 'Fast avgift', en: 'Fixed fee' },
    override: { sv: 'Undantag', nb: 'Unntak', en: 'Override' },
  },
  adjustmentKind: {
    surcharge: { sv: 'Tillägg', nb: 'Tillegg', en: 'Surcharge' },
    discount: { sv: 'Rabatt', nb: 'Rabatt', en: 'Discount' },
  },
  roundingMode: {
    'half-up': { sv: 'hälften uppåt', nb: 'halvt opp', en: 'half up' },
    'half-even': { sv: 'hälften till jämnt', nb: 'halvt til partall', en: 'half to even' },
    down: { sv: 'nedåt', nb: 'ned', en: 'down' },
    up: { sv: 'uppåt', nb: 'opp', en: 'up' },
  },
  proRataMode: {
    none: { sv: 'helt år', nb: 'helt år', en: 'whole year' },
    month: { sv: 'per månad', nb: 'per måned', en: 'by month' },
    day: { sv: 'per dag', nb: 'per dag', en: 'by day' },
  },
  bandEdge: {
    'lower-inclusive': { sv: 'nedre gräns ingår', nb: 'nedre grense inkludert', en: 'lower bound inclusive' },
    'upper-inclusive': { sv: 'övre gräns ingår', nb: 'øvre grense inkludert', en: 'upper bound inclusive' },
  },
  memberRole: {
    member: { sv: 'Medlem', nb: 'Medlem', en: 'Member' },
    observer: { sv: 'Observatör', nb: 'Observatør', en: 'Observer' },
    'administrative-party': { sv: 'Administrativ part', nb: 'Administrativ part', en: 'Administrative party' },
  },
  recurrence: {
    annual: { sv: 'årlig', nb: 'årlig', en: 'annual' },
    'on-join': { sv: 'vid anslutning', nb: 'ved tilslutning', en: 'on joining' },
  },
  membership: {
    group: { sv: 'Gruppmedlemskap', nb: 'Gruppemedlemskap', en: 'Group membership' },
    individual: { sv: 'Enskilt medlemskap', nb: 'Enkeltmedlemskap', en: 'Individual membership' },
  },
  metric: {
    population: { sv: 'invånare', nb: 'innbyggere', en: 'population' },
  },
  /** The things an error can say it did not find ("There is no meeting with id 4"): sv/nb in the definite form. */
  entity: {
    agenda_item: { sv: 'dagordningspunkten', nb: 'sakslistepunktet', en: 'agenda item' },
    agreement: { sv: 'avtalet', nb: 'avtalen', en: 'agreement' },
    body: { sv: 'organet', nb: 'organet', en: 'body' },
    cooperation: { sv: 'samarbetet', nb: 'samarbeidet', en: 'cooperation' },
    decision_link: { sv: 'beslutskopplingen', nb: 'vedtakskoblingen', en: 'decision link' },
    decision: { sv: 'beslutet', nb: 'vedtaket', en: 'decision' },
    distribution_key: { sv: 'fördelningsnyckeln', nb: 'fordelingsnøkkelen', en: 'distribution key' },
    meeting: { sv: 'mötet', nb: 'møtet', en: 'meeting' },
    organisation: { sv: 'organisationen', nb: 'organisasjonen', en: 'organisation' },
    person: { sv: 'personen', nb: 'personen', en: 'person' },
    seat: { sv: 'platsen', nb: 'plassen', en: 'seat' },
    snapshot: { sv: 'versionen', nb: 'versjonen', en: 'snapshot' },
    budget_line: { sv: 'budgetraden', nb: 'budsjettlinjen', en: 'budget line' },
    staff_allocation: { sv: 'bemanningen', nb: 'bemanningen', en: 'staff allocation' },
    funding_source: { sv: 'finansiären', nb: 'finansieringskilden', en: 'funding source' },
    participation: { sv: 'deltagandet', nb: 'deltakelsen', en: 'participation' },
    metric_value: { sv: 'uppgiften', nb: 'tallet', en: 'figure' },
    scenario: { sv: 'scenariot', nb: 'scenarioet', en: 'scenario' },
  },
} as const satisfies Record<string, Record<string, MessageEntry>>;
