/**
 * The words of the annex and the decision register as PDF, in Swedish, Norwegian Bokmål and English:
 * typed dictionaries (like export-labels.ts), so a missing translation is a type error, not a blank
 * line in a signed annex. The register's column names and statuses come from export-labels.ts, so
 * the PDF and the workbook use the same words.
 */
import type { ExportLanguage } from '../export-language';

export interface PdfLabels {
  readonly draft: string;
  readonly exportedOn: string;
  readonly page: (page: number, pages: number) => string;
  readonly annex: {
    readonly title: string;
    readonly subject: string;
    readonly cooperation: string;
    readonly scenario: string;
    readonly version: string;
    readonly decision: (number: string, date: string, body: string) => string;
    readonly notAdopted: string;
    readonly contentHash: string;
    readonly currency: string;
    readonly keyInWords: string;
    readonly subsidies: string;
    readonly rounding: string;
    readonly edges: string;
    readonly proRata: string;
    readonly parameters: string;
    readonly parameter: string;
    readonly value: string;
    readonly overview: string;
    readonly year: string;
    readonly costs: string;
    readonly pool: string;
    readonly members: string;
    readonly membersOfYear: (year: number) => string;
    readonly member: string;
    readonly keyCharge: string;
    readonly roundingAdjustment: string;
    readonly adjustments: string;
    readonly gross: string;
    readonly subsidiesColumn: string;
    readonly net: string;
    readonly total: string;
    readonly noneCharged: string;
    readonly note: string;
  };
  readonly register: {
    readonly count: (n: number) => string;
    readonly empty: string;
    readonly linksHeading: string;
    readonly reviewOn: (date: string) => string;
    readonly owner: (name: string) => string;
  };
}

const sv: PdfLabels = {
  draft: 'UTKAST',
  exportedOn: 'Exporterad',
  page: (page, pages) => `sida ${page} av ${pages}`,
  annex: {
    title: 'Bilaga: kostnadsfördelning',
    subject: 'Kostnadsfördelning mellan medlemmarna, utskrivbar kopia av bilagan',
    cooperation: 'Samverkan',
    scenario: 'Scenario',
    version: 'Version',
    decision: (number, date, body) => `Antagen genom beslut ${number} (${body}, ${date})`,
    notAdopted: 'Ej antagen: utkast ur det sparade scenariot',
    contentHash: 'Innehållets kontrollsumma (SHA-256)',
    currency: 'Valuta',
    keyInWords: 'Fördelningsnyckeln i ord',
    subsidies: 'Bidrag',
    rounding: 'Avrundning',
    edges: 'Gränser',
    proRata: 'Del av år',
    parameters: 'Parametrar',
    parameter: 'Parameter',
    value: 'Värde',
    overview: 'År för år',
    year: 'År',
    costs: 'Kostnader',
    pool: 'Att fördela',
    members: 'Medlemmar som betalar',
    membersOfYear: (year) => `Medlemmar ${year}`,
    member: 'Medlem',
    keyCharge: 'Enligt nyckeln',
    roundingAdjustment: 'Avrundningsjustering',
    adjustments: 'Tillägg och avdrag',
    gross: 'Att debitera',
    subsidiesColumn: 'Bidrag',
    net: 'Att betala',
    total: 'Summa',
    noneCharged: 'Ingen medlem betalar detta år.',
    note: 'Beloppen är desamma som i Excel-bilagan (Andels beräkning); Excel-bilagan visar formlerna.',
  },
  register: {
    count: (n) => (n === 1 ? '1 beslut' : `${n} beslut`),
    empty: 'Inga beslut.',
    linksHeading: 'Kopplingar',
    reviewOn: (date) => `Följs upp ${date}`,
    owner: (name) => `Ansvarig: ${name}`,
  },
};

const nb: PdfLabels = {
  draft: 'UTKAST',
  exportedOn: 'Eksportert',
  page: (page, pages) => `side ${page} av ${pages}`,
  annex: {
    title: 'Vedlegg: kostnadsfordeling',
    subject: 'Kostnadsfordeling mellom medlemmene, utskrivbar kopi av vedlegget',
    cooperation: 'Samarbeid',
    scenario: 'Scenario',
    version: 'Versjon',
    decision: (number, date, body) => `Vedtatt ved vedtak ${number} (${body}, ${date})`,
    notAdopted: 'Ikke vedtatt: utkast fra det lagrede scenarioet',
    contentHash: 'Innholdets kontrollsum (SHA-256)',
    currency: 'Valuta',
    keyInWords: 'Fordelingsnøkkelen i ord',
    subsidies: 'Tilskudd',
    rounding: 'Avrunding',
    edges: 'Grenser',
    proRata: 'Del av år',
    parameters: 'Parametere',
    parameter: 'Parameter',
    value: 'Verdi',
    overview: 'År for år',
    year: 'År',
    costs: 'Kostnader',
    pool: 'Til fordeling',
    members: 'Medlemmer som betaler',
    membersOfYear: (year) => `Medlemmer ${year}`,
    member: 'Medlem',
    keyCharge: 'Etter nøkkelen',
    roundingAdjustment: 'Avrundingsjustering',
    adjustments: 'Tillegg og fradrag',
    gross: 'Å fakturere',
    subsidiesColumn: 'Tilskudd',
    net: 'Å betale',
    total: 'Sum',
    noneCharged: 'Ingen medlemmer betaler dette året.',
    note: 'Beløpene er de samme som i Excel-vedlegget (Andels beregning); Excel-vedlegget viser formlene.',
  },
  register: {
    count: (n) => (n === 1 ? '1 vedtak' : `${n} vedtak`),
    empty: 'Ingen vedtak.',
    linksHeading: 'Koblinger',
    reviewOn: (date) => `Følges opp ${date}`,
    owner: (name) => `Ansvarlig: ${name}`,
  },
};

const en: PdfLabels = {
  draft: 'DRAFT',
  exportedOn: 'Exported',
  page: (page, pages) => `page ${page} of ${pages}`,
  annex: {
    title: 'Annex: cost distribution',
    subject: "The members' cost distribution, a printable copy of the annex",
    cooperation: 'Cooperation',
    scenario: 'Scenario',
    version: 'Version',
    decision: (number, date, body) => `Adopted by decision ${number} (${body}, ${date})`,
    notAdopted: 'Not adopted: a draft from the stored scenario',
    contentHash: 'Content checksum (SHA-256)',
    currency: 'Currency',
    keyInWords: 'The distribution key in words',
    subsidies: 'Subsidies',
    rounding: 'Rounding',
    edges: 'Band edges',
    proRata: 'Part of a year',
    parameters: 'Parameters',
    parameter: 'Parameter',
    value: 'Value',
    overview: 'Year by year',
    year: 'Year',
    costs: 'Costs',
    pool: 'To distribute',
    members: 'Members paying',
    membersOfYear: (year) => `Members ${year}`,
    member: 'Member',
    keyCharge: 'By the key',
    roundingAdjustment: 'Rounding adjustment',
    adjustments: 'Surcharges and discounts',
    gross: 'To invoice',
    subsidiesColumn: 'Subsidies',
    net: 'To pay',
    total: 'Total',
    noneCharged: 'No member pays in this year.',
    note: "The amounts are those of the Excel annex (Andel's computation); the Excel annex shows the formulas.",
  },
  register: {
    count: (n) => (n === 1 ? '1 decision' : `${n} decisions`),
    empty: 'No decisions.',
    linksHeading: 'Links',
    reviewOn: (date) => `Review on ${date}`,
    owner: (name) => `Owner: ${name}`,
  },
};

const LABELS: Readonly<Record<ExportLanguage, PdfLabels>> = { sv, nb, en };

export function pdfLabels(language: ExportLanguage): PdfLabels {
  return LABELS[language];
}
