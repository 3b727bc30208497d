/**
 * Every word the annex and the invoicing basis write, in Swedish, Norwegian Bokmål and English.
 * Plain typed dictionaries (as export-labels.ts): `satisfies AnnexLabels` turns a missing
 * translation into a type error instead of a blank cell in a signed annex.
 */
import { joinList, KEY_WORDS, type KeyWords } from '../../../shared/calc/describe-key';
import type { ExportLanguage } from '../export-language';

type Status = 'secured' | 'expected' | 'uncertain';
type Role = 'observer' | 'administrative-party';

export interface AnnexLabels {
  readonly title: string;
  readonly subject: string;
  readonly sheets: { readonly cover: string; readonly parameters: string; readonly members: string; readonly funding: string };
  readonly cover: {
    readonly consortium: string;
    readonly cooperation: string;
    readonly agreement: string;
    readonly decision: string;
    readonly notAdopted: string;
    readonly scenario: string;
    readonly version: string;
    readonly contentHash: string;
    readonly noHash: string;
    readonly key: string;
    readonly family: { readonly allocation: string; readonly 'fee-schedule': string };
    readonly horizon: string;
    readonly currency: string;
    readonly exported: string;
    readonly keyInWords: string;
    readonly subsidiesInWords: string;
    readonly rules: string;
    readonly roundingRule: string;
    readonly edgeRule: string;
    readonly proRataRule: string;
    readonly notCharged: string;
    readonly nobodyNotCharged: string;
    readonly roles: Readonly<Record<Role, string>>;
    readonly howToCheck: string;
    readonly howToCheckText: string;
  };
  /** The key in words: shared with the key builder (src/shared/calc/describe-key.ts). */
  readonly words: KeyWords;
  readonly parameters: {
    readonly title: string;
    readonly parameter: string;
    readonly value: string;
    readonly name: string;
    readonly share: (label: string) => string;
    readonly rate: (label: string, minorUnit: string) => string;
    readonly rateFrom: (label: string, minorUnit: string, year: number) => string;
    readonly amount: (label: string) => string;
    readonly categoryAmount: (label: string, category: string) => string;
    readonly min: (label: string) => string;
    readonly max: (label: string) => string;
    readonly threshold: (label: string) => string;
    readonly subsidyShare: (funder: string, component: string) => string;
    readonly subsidyRate: (funder: string, component: string, minorUnit: string) => string;
    readonly pool: (year: number) => string;
    readonly costs: (year: number) => string;
    readonly members: (year: number) => string;
    readonly total: (metric: string, year: number) => string;
    readonly weight: (label: string, year: number) => string;
    readonly bands: (label: string, edge: string) => string;
    readonly band: string;
    readonly from: string;
    readonly to: string;
    readonly bandAmount: string;
    readonly bandRate: (minorUnit: string) => string;
  };
  readonly members: {
    readonly title: (year: number) => string;
    readonly member: string;
    readonly organisationNumber: string;
    readonly invoicedVia: string;
    readonly referenceDate: (metric: string) => string;
    readonly projected: string;
    readonly presence: (unit: 'month' | 'day', of: number) => string;
    readonly factor: string;
    readonly subsidy: (funder: string | null, component: string) => string;
    readonly roundingAdjustment: string;
    readonly gross: string;
    readonly subsidies: string;
    readonly toPay: string;
    readonly total: string;
    readonly note: string;
  };
  readonly funding: {
    readonly title: string;
    readonly year: string;
    readonly costs: string;
    readonly status: string;
    readonly plannedByMembers: string;
    readonly memberCharges: string;
    readonly subsidies: string;
    readonly external: string;
    readonly balance: string;
    readonly notSecured: string;
    readonly statuses: Readonly<Record<Status, string>>;
    readonly noCosts: string;
    readonly note: string;
  };
  readonly invoicing: {
    readonly title: string;
    readonly subject: string;
    readonly sheet: string;
    readonly invoiceTo: string;
    readonly member: string;
    readonly organisationNumber: string;
    readonly year: string;
    readonly period: string;
    readonly due: string;
    readonly component: string;
    readonly amount: string;
    readonly subsidy: string;
    readonly toInvoice: string;
    readonly yearly: string;
    readonly quarter: (q: number) => string;
    readonly roundingAdjustment: string;
    readonly note: string;
  };
}

export { joinList };

const sv = {
  title: 'Bilaga: kostnadsfördelning',
  subject: 'Bilaga till samarbetsavtal: vem betalar vad och varför',
  sheets: { cover: 'Försättsblad', parameters: 'Parametrar', members: 'Medlemmar', funding: 'Finansiering' },
  cover: {
    consortium: 'Samverkan',
    cooperation: 'Samarbete',
    agreement: 'Avtal',
    decision: 'Beslut',
    notAdopted: 'Ej antaget (utkast)',
    scenario: 'Scenario',
    version: 'Version',
    contentHash: 'Innehållshash (SHA-256)',
    noHash: 'Utkast, ingen låst version',
    key: 'Fördelningsnyckel',
    family: { allocation: 'fördelar en känd kostnad', 'fee-schedule': 'avgiftsschema' },
    horizon: 'Period',
    currency: 'Valuta',
    exported: 'Exporterad',
    keyInWords: 'Nyckeln i ord',
    subsidiesInWords: 'Bidrag',
    rules: 'Regler',
    roundingRule: 'Avrundning',
    edgeRule: 'Intervallgränser',
    proRataRule: 'Del av år',
    notCharged: 'Deltar utan att betala (ingår inte i medlemstabellerna)',
    nobodyNotCharged: 'Inga',
    roles: { observer: 'observatör', 'administrative-party': 'administrativ part (faktureras för gruppmedlemmar)' },
    howToCheck: 'Så kontrollerar du bilagan',
    howToCheckText:
      'Varje belopp är en formel som räknar från parametrarna och medlemmens invånarantal; summor är SUMMA-formler. Räkna om (Ctrl+Alt+Skift+F9 i Excel, Ctrl+Skift+F9 i LibreOffice): inget belopp ska ändras. Jämför filens SHA-256 med exportloggen.',
  },
  words: KEY_WORDS.sv,
  parameters: {
    title: 'Parametrar',
    parameter: 'Parameter',
    value: 'Värde',
    name: 'Namn i formler',
    share: (label: string) => `${label}, andel i %`,
    rate: (label: string, minorUnit: string) => `${label}, ${minorUnit} per enhet`,
    rateFrom: (label: string, minorUnit: string, year: number) => `${label}, ${minorUnit} per enhet från ${year}`,
    amount: (label: string) => `${label}, belopp`,
    categoryAmount: (label: string, category: string) => `${label}: ${category}`,
    min: (label: string) => `${label}, lägst per år`,
    max: (label: string) => `${label}, högst per år`,
    threshold: (label: string) => `${label}, gräns`,
    subsidyShare: (funder: string, component: string) => `Bidrag ${funder}, % av ${component}`,
    subsidyRate: (funder: string, component: string, minorUnit: string) => `Bidrag ${funder} till ${component}, ${minorUnit} per enhet`,
    pool: (year: number) => `Kostnad att fördela ${year}`,
    costs: (year: number) => `Kostnader ${year}`,
    members: (year: number) => `Betalande medlemmar ${year}`,
    total: (metric: string, year: number) => `${metric} totalt ${year}`,
    weight: (label: string, year: number) => `Summa vikter ${label} ${year}`,
    bands: (label: string, edge: string) => `${label}: intervall (${edge})`,
    band: 'Intervall',
    from: 'Från',
    to: 'Till',
    bandAmount: 'Belopp',
    bandRate: (minorUnit: string) => `Sats (${minorUnit}/enhet)`,
  },
  members: {
    title: (year: number) => `Medlemmarnas andelar ${year}`,
    member: 'Medlem',
    organisationNumber: 'Org.nr',
    invoicedVia: 'Faktureras via',
    referenceDate: (metric: string) => `${metric}, avser`,
    projected: 'framskrivet',
    presence: (unit: 'month' | 'day', of: number) => (unit === 'month' ? `Månader (av ${of})` : `Dagar (av ${of})`),
    factor: 'Andel av året',
    subsidy: (funder: string | null, component: string) => (funder ? `Bidrag ${funder}: ${component}` : `Bidrag till ${component.toLowerCase()}`),
    roundingAdjustment: 'Avrundning',
    gross: 'Att debitera',
    subsidies: 'Bidrag totalt',
    toPay: 'Att betala',
    total: 'Summa',
    note: 'Observatörer och administrativa parter betalar inte och står på försättsbladet.',
  },
  funding: {
    title: 'Finansiering och balans',
    year: 'År',
    costs: 'Kostnader',
    status: 'Status',
    plannedByMembers: 'planerat medlemsbidrag, jämförelse',
    memberCharges: 'Medlemmarna betalar',
    subsidies: 'Bidrag för medlemmar',
    external: 'Extern finansiering',
    balance: 'Balans',
    notSecured: 'Ej säkrat',
    statuses: { secured: 'säkrat', expected: 'förväntat', uncertain: 'osäkert' },
    noCosts: 'Scenariot anger inga kostnader; balansen visas inte.',
    note: 'Balans = medlemmarna betalar + bidrag + extern finansiering − kostnader. Planerade medlemsbidrag visas för jämförelse och ingår inte i balansen.',
  },
  invoicing: {
    title: 'Faktureringsunderlag',
    subject: 'Fakturor per medlem och period, i förskott',
    sheet: 'Faktureringsunderlag',
    invoiceTo: 'Faktureras',
    member: 'Medlem',
    organisationNumber: 'Org.nr',
    year: 'År',
    period: 'Period',
    due: 'Faktureras senast',
    component: 'Avser',
    amount: 'Belopp',
    subsidy: 'Betalas av bidrag',
    toInvoice: 'Att fakturera',
    yearly: 'Helår',
    quarter: (q: number) => `Kvartal ${q}`,
    roundingAdjustment: 'Avrundning',
    note: 'Kvartalsbelopp är årsbeloppet delat på de kvartal medlemmen deltar, avrundat med största-rest-metoden så att kvartalen blir exakt årsbeloppet.',
  },
} as const satisfies AnnexLabels;

const nb = {
  title: 'Vedlegg: kostnadsfordeling',
  subject: 'Vedlegg til samarbeidsavtale: hvem betaler hva og hvorfor',
  sheets: { cover: 'Forside', parameters: 'Parametere', members: 'Medlemmer', funding: 'Finansiering' },
  cover: {
    consortium: 'Samarbeid',
    cooperation: 'Tjeneste',
    agreement: 'Avtale',
    decision: 'Vedtak',
    notAdopted: 'Ikke vedtatt (utkast)',
    scenario: 'Scenario',
    version: 'Versjon',
    contentHash: 'Innholdshash (SHA-256)',
    noHash: 'Utkast, ingen låst versjon',
    key: 'Fordelingsnøkkel',
    family: { allocation: 'fordeler en kjent kostnad', 'fee-schedule': 'prisliste' },
    horizon: 'Periode',
    currency: 'Valuta',
    exported: 'Eksportert',
    keyInWords: 'Nøkkelen i ord',
    subsidiesInWords: 'Tilskudd',
    rules: 'Regler',
    roundingRule: 'Avrunding',
    edgeRule: 'Intervallgrenser',
    proRataRule: 'Del av år',
    notCharged: 'Deltar uten å betale (er ikke med i medlemstabellene)',
    nobodyNotCharged: 'Ingen',
    roles: { observer: 'observatør', 'administrative-party': 'administrativ part (faktureres for gruppemedlemmer)' },
    howToCheck: 'Slik kontrollerer du vedlegget',
    howToCheckText:
      'Hvert beløp er en formel som regner fra parameterne og medlemmets innbyggertall; summer er SUMMER-formler. Regn om (Ctrl+Alt+Shift+F9 i Excel, Ctrl+Shift+F9 i LibreOffice): ingen beløp skal endres. Sammenlign filens SHA-256 med eksportloggen.',
  },
  words: KEY_WORDS.nb,
  parameters: {
    title: 'Parametere',
    parameter: 'Parameter',
    value: 'Verdi',
    name: 'Navn i formler',
    share: (label: string) => `${label}, andel i %`,
    rate: (label: string, minorUnit: string) => `${label}, ${minorUnit} per enhet`,
    rateFrom: (label: string, minorUnit: string, year: number) => `${label}, ${minorUnit} per enhet fra ${year}`,
    amount: (label: string) => `${label}, beløp`,
    categoryAmount: (label: string, category: string) => `${label}: ${category}`,
    min: (label: string) => `${label}, minst per år`,
    max: (label: string) => `${label}, høyst per år`,
    threshold: (label: string) => `${label}, grense`,
    subsidyShare: (funder: string, component: string) => `Tilskudd ${funder}, % av ${component}`,
    subsidyRate: (funder: string, component: string, minorUnit: string) => `Tilskudd ${funder} til ${component}, ${minorUnit} per enhet`,
    pool: (year: number) => `Kostnad som fordeles ${year}`,
    costs: (year: number) => `Kostnader ${year}`,
    members: (year: number) => `Betalende medlemmer ${year}`,
    total: (metric: string, year: number) => `${metric} totalt ${year}`,
    weight: (label: string, year: number) => `Sum vekter ${label} ${year}`,
    bands: (label: string, edge: string) => `${label}: intervaller (${edge})`,
    band: 'Intervall',
    from: 'Fra',
    to: 'Til',
    bandAmount: 'Beløp',
    bandRate: (minorUnit: string) => `Sats (${minorUnit}/enhet)`,
  },
  members: {
    title: (year: number) => `Medlemmenes andeler ${year}`,
    member: 'Medlem',
    organisationNumber: 'Org.nr.',
    invoicedVia: 'Faktureres via',
    referenceDate: (metric: string) => `${metric}, gjelder`,
    projected: 'framskrevet',
    presence: (unit: 'month' | 'day', of: number) => (unit === 'month' ? `Måneder (av ${of})` : `Dager (av ${of})`),
    factor: 'Andel av året',
    subsidy: (funder: string | null, component: string) => (funder ? `Tilskudd ${funder}: ${component}` : `Tilskudd til ${component.toLowerCase()}`),
    roundingAdjustment: 'Avrunding',
    gross: 'Å fakturere',
    subsidies: 'Tilskudd totalt',
    toPay: 'Å betale',
    total: 'Sum',
    note: 'Observatører og administrative parter betaler ikke og står på forsiden.',
  },
  funding: {
    title: 'Finansiering og balanse',
    year: 'År',
    costs: 'Kostnader',
    status: 'Status',
    plannedByMembers: 'planlagt medlemsbidrag, sammenligning',
    memberCharges: 'Medlemmene betaler',
    subsidies: 'Tilskudd for medlemmer',
    external: 'Ekstern finansiering',
    balance: 'Balanse',
    notSecured: 'Ikke sikret',
    statuses: { secured: 'sikret', expected: 'forventet', uncertain: 'usikkert' },
    noCosts: 'Scenariet angir ingen kostnader; balansen vises ikke.',
    note: 'Balanse = medlemmene betaler + tilskudd + ekstern finansiering − kostnader. Planlagte medlemsbidrag vises til sammenligning og inngår ikke i balansen.',
  },
  invoicing: {
    title: 'Fakturagrunnlag',
    subject: 'Fakturaer per medlem og periode, forskuddsvis',
    sheet: 'Fakturagrunnlag',
    invoiceTo: 'Faktureres',
    member: 'Medlem',
    organisationNumber: 'Org.nr.',
    year: 'År',
    period: 'Periode',
    due: 'Faktureres senest',
    component: 'Gjelder',
    amount: 'Beløp',
    subsidy: 'Betales av tilskudd',
    toInvoice: 'Å fakturere',
    yearly: 'Helår',
    quarter: (q: number) => `Kvartal ${q}`,
    roundingAdjustment: 'Avrunding',
    note: 'Kvartalsbeløp er årsbeløpet fordelt på kvartalene medlemmet deltar, avrundet med største-rest-metoden slik at kvartalene blir nøyaktig årsbeløpet.',
  },
} as const satisfies AnnexLabels;

const en = {
  title: 'Annex: cost sharing',
  subject: 'Annex to the cooperation agreement: who pays what and why',
  sheets: { cover: 'Cover', parameters: 'Parameters', members: 'Members', funding: 'Funding' },
  cover: {
    consortium: 'Consortium',
    cooperation: 'Cooperation',
    agreement: 'Agreement',
    decision: 'Decision',
    notAdopted: 'Not adopted (draft)',
    scenario: 'Scenario',
    version: 'Version',
    contentHash: 'Content hash (SHA-256)',
    noHash: 'Draft, no locked version',
    key: 'Distribution key',
    family: { allocation: 'allocates a known cost', 'fee-schedule': 'fee schedule' },
    horizon: 'Period',
    currency: 'Currency',
    exported: 'Exported',
    keyInWords: 'The key in words',
    subsidiesInWords: 'Subsidies',
    rules: 'Rules',
    roundingRule: 'Rounding',
    edgeRule: 'Band edges',
    proRataRule: 'Part of a year',
    notCharged: 'Taking part without paying (not in the member tables)',
    nobodyNotCharged: 'None',
    roles: { observer: 'observer', 'administrative-party': 'administrative party (invoiced for group members)' },
    howToCheck: 'How to check this annex',
    howToCheckText:
      'Every amount is a formula computed from the parameters and the member\'s population; totals are SUM formulas. Recalculate (Ctrl+Alt+Shift+F9 in Excel, Ctrl+Shift+F9 in LibreOffice): no amount should change. Compare the file\'s SHA-256 with the export log.',
  },
  words: KEY_WORDS.en,
  parameters: {
    title: 'Parameters',
    parameter: 'Parameter',
    value: 'Value',
    name: 'Name in formulas',
    share: (label: string) => `${label}, share in %`,
    rate: (label: string, minorUnit: string) => `${label}, ${minorUnit} per unit`,
    rateFrom: (label: string, minorUnit: string, year: number) => `${label}, ${minorUnit} per unit from ${year}`,
    amount: (label: string) => `${label}, amount`,
    categoryAmount: (label: string, category: string) => `${label}: ${category}`,
    min: (label: string) => `${label}, minimum a year`,
    max: (label: string) => `${label}, maximum a year`,
    threshold: (label: string) => `${label}, threshold`,
    subsidyShare: (funder: string, component: string) => `Subsidy ${funder}, % of ${component}`,
    subsidyRate: (funder: string, component: string, minorUnit: string) => `Subsidy ${funder} to ${component}, ${minorUnit} per unit`,
    pool: (year: number) => `Cost to share ${year}`,
    costs: (year: number) => `Costs ${year}`,
    members: (year: number) => `Paying members ${year}`,
    total: (metric: string, year: number) => `${metric} in total ${year}`,
    weight: (label: string, year: number) => `Sum of weights ${label} ${year}`,
    bands: (label: string, edge: string) => `${label}: bands (${edge})`,
    band: 'Band',
    from: 'From',
    to: 'To',
    bandAmount: 'Amount',
    bandRate: (minorUnit: string) => `Rate (${minorUnit}/unit)`,
  },
  members: {
    title: (year: number) => `Members' shares ${year}`,
    member: 'Member',
    organisationNumber: 'Org. no.',
    invoicedVia: 'Invoiced via',
    referenceDate: (metric: string) => `${metric}, as of`,
    projected: 'projected',
    presence: (unit: 'month' | 'day', of: number) => (unit === 'month' ? `Months (of ${of})` : `Days (of ${of})`),
    factor: 'Part of year',
    subsidy: (funder: string | null, component: string) => (funder ? `Subsidy ${funder}: ${component}` : `Subsidy towards ${component.toLowerCase()}`),
    roundingAdjustment: 'Rounding',
    gross: 'Charged',
    subsidies: 'Subsidies',
    toPay: 'To pay',
    total: 'Total',
    note: 'Observers and administrative parties pay nothing and are listed on the cover.',
  },
  funding: {
    title: 'Funding and balance',
    year: 'Year',
    costs: 'Costs',
    status: 'Status',
    plannedByMembers: 'planned member contribution, for comparison',
    memberCharges: 'Members pay',
    subsidies: 'Subsidies for members',
    external: 'External funding',
    balance: 'Balance',
    notSecured: 'Not secured',
    statuses: { secured: 'secured', expected: 'expected', uncertain: 'uncertain' },
    noCosts: 'The scenario gives no costs; no balance is shown.',
    note: 'Balance = members pay + subsidies + external funding − costs. Planned member contributions are shown for comparison and are not part of the balance.',
  },
  invoicing: {
    title: 'Invoicing basis',
    subject: 'Invoices per member and period, in advance',
    sheet: 'Invoicing basis',
    invoiceTo: 'Invoice to',
    member: 'Member',
    organisationNumber: 'Org. no.',
    year: 'Year',
    period: 'Period',
    due: 'Invoice by',
    component: 'For',
    amount: 'Amount',
    subsidy: 'Paid by subsidy',
    toInvoice: 'To invoice',
    yearly: 'Full year',
    quarter: (q: number) => `Quarter ${q}`,
    roundingAdjustment: 'Rounding',
    note: 'A quarterly amount is the yearly amount split over the quarters the member takes part in, rounded by the largest-remainder method so the quarters add up to the yearly amount exactly.',
  },
} as const satisfies AnnexLabels;

const LABELS: Readonly<Record<ExportLanguage, AnnexLabels>> = { sv, nb, en };

export function annexLabels(language: ExportLanguage): AnnexLabels {
  return LABELS[language];
}

/** The name of the currency's minor unit in a label ("öre", "øre", "cent"), else "1/100 XXX". */
export function minorUnitName(currency: string, language: ExportLanguage, exponent: number): string {
  if (currency === 'SEK') return 'öre';
  if (currency === 'NOK' || currency === 'DKK') return 'øre';
  if (currency === 'EUR') return language === 'en' ? 'cent' : 'cent';
  return exponent === 0 ? currency : `1/${10 ** exponent} ${currency}`;
}
