/**
 * Every word an export writes into a workbook, in Swedish, Norwegian Bokmål and English.
 *
 * Kept as plain typed dictionaries (not i18next) because exports run in plain Node without the
 * renderer, and because `satisfies` makes a missing translation a type error rather than a blank
 * cell in a signed annex.
 */
import type { DecisionLinkKind, DecisionStatus } from '../../shared/document/workspace-document.schema';
import type { ExportLanguage } from './export-language';

export interface ExportLabels {
  readonly common: {
    readonly draft: string;
    readonly page: string;
    readonly of: string;
    readonly exportedOn: string;
    readonly total: string;
    readonly sheetNameFallback: string;
  };
  /** Words in an export's default file name: `Skaraborg - utkast - sv - 2026-11-21 13.00.00.xlsx`. */
  readonly fileName: {
    readonly draft: string;
    /** Followed by the snapshot's number. */
    readonly snapshot: string;
    readonly invoicingBasis: string;
    readonly decisionRegister: string;
  };
  readonly decisionRegister: {
    readonly sheetName: string;
    readonly title: string;
    readonly subject: string;
    readonly columns: {
      readonly number: string;
      readonly date: string;
      readonly body: string;
      readonly title: string;
      readonly status: string;
      readonly owner: string;
      readonly reviewOn: string;
      readonly links: string;
      readonly text: string;
    };
    readonly statuses: Readonly<Record<DecisionStatus, string>>;
    readonly linkKinds: Readonly<Record<DecisionLinkKind, string>>;
    readonly snapshot: string;
    readonly unknownTarget: string;
  };
  readonly sample: {
    readonly parametersSheet: string;
    readonly membersSheet: string;
    readonly title: string;
    readonly parameter: string;
    readonly value: string;
    readonly name: string;
    readonly pool: string;
    readonly equalShare: string;
    readonly memberCount: string;
    readonly totalPopulation: string;
    readonly member: string;
    readonly population: string;
    readonly equalPart: string;
    readonly proportionalPart: string;
    readonly roundingAdjustment: string;
    readonly amountToPay: string;
  };
}

const sv = {
  common: {
    draft: 'UTKAST',
    page: 'Sida',
    of: 'av',
    exportedOn: 'Exporterad',
    total: 'Summa',
    sheetNameFallback: 'Blad',
  },
  fileName: {
    draft: 'utkast',
    snapshot: 'version',
    invoicingBasis: 'faktureringsunderlag',
    decisionRegister: 'beslutsregister',
  },
  decisionRegister: {
    sheetName: 'Beslutsregister',
    title: 'Beslutsregister',
    subject: 'Beslut fattade i samarbetets organ',
    columns: {
      number: 'Nr',
      date: 'Datum',
      body: 'Organ',
      title: 'Rubrik',
      status: 'Status',
      owner: 'Ansvarig',
      reviewOn: 'Uppföljning',
      links: 'Kopplingar',
      text: 'Beslutstext',
    },
    statuses: {
      proposed: 'Förslag',
      adopted: 'Antaget',
      rejected: 'Avslaget',
      postponed: 'Bordlagt',
      implemented: 'Genomfört',
      superseded: 'Ersatt',
    },
    linkKinds: {
      adopts_snapshot: 'Antar scenario',
      adopts_agreement: 'Antar avtal',
      adopts_key: 'Antar fördelningsnyckel',
      supersedes: 'Ersätter',
      relates_to: 'Hänger ihop med',
    },
    snapshot: 'version',
    unknownTarget: 'okänd',
  },
  sample: {
    parametersSheet: 'Parametrar',
    membersSheet: 'Medlemmar',
    title: 'Kostnadsfördelning',
    parameter: 'Parameter',
    value: 'Värde',
    name: 'Namn i formler',
    pool: 'Kostnad att fördela',
    equalShare: 'Andel lika delar',
    memberCount: 'Antal medlemmar',
    totalPopulation: 'Invånare totalt',
    member: 'Medlem',
    population: 'Invånare',
    equalPart: 'Lika del',
    proportionalPart: 'Del efter invånare',
    roundingAdjustment: 'Avrundning',
    amountToPay: 'Att betala',
  },
} as const satisfies ExportLabels;

const nb = {
  common: {
    draft: 'UTKAST',
    page: 'Side',
    of: 'av',
    exportedOn: 'Eksportert',
    total: 'Sum',
    sheetNameFallback: 'Ark',
  },
  fileName: {
    draft: 'utkast',
    snapshot: 'versjon',
    invoicingBasis: 'fakturagrunnlag',
    decisionRegister: 'vedtaksregister',
  },
  decisionRegister: {
    sheetName: 'Vedtaksregister',
    title: 'Vedtaksregister',
    subject: 'Vedtak fattet i samarbeidets organer',
    columns: {
      number: 'Nr.',
      date: 'Dato',
      body: 'Organ',
      title: 'Tittel',
      status: 'Status',
      owner: 'Ansvarlig',
      reviewOn: 'Oppfølging',
      links: 'Koblinger',
      text: 'Vedtakstekst',
    },
    statuses: {
      proposed: 'Forslag',
      adopted: 'Vedtatt',
      rejected: 'Avvist',
      postponed: 'Utsatt',
      implemented: 'Gjennomført',
      superseded: 'Erstattet',
    },
    linkKinds: {
      adopts_snapshot: 'Vedtar scenario',
      adopts_agreement: 'Vedtar avtale',
      adopts_key: 'Vedtar fordelingsnøkkel',
      supersedes: 'Erstatter',
      relates_to: 'Henger sammen med',
    },
    snapshot: 'versjon',
    unknownTarget: 'ukjent',
  },
  sample: {
    parametersSheet: 'Parametere',
    membersSheet: 'Medlemmer',
    title: 'Kostnadsfordeling',
    parameter: 'Parameter',
    value: 'Verdi',
    name: 'Navn i formler',
    pool: 'Kostnad som fordeles',
    equalShare: 'Andel likt fordelt',
    memberCount: 'Antall medlemmer',
    totalPopulation: 'Innbyggere totalt',
    member: 'Medlem',
    population: 'Innbyggere',
    equalPart: 'Lik del',
    proportionalPart: 'Del etter innbyggere',
    roundingAdjustment: 'Avrunding',
    amountToPay: 'Å betale',
  },
} as const satisfies ExportLabels;

const en = {
  common: {
    draft: 'DRAFT',
    page: 'Page',
    of: 'of',
    exportedOn: 'Exported',
    total: 'Total',
    sheetNameFallback: 'Sheet',
  },
  fileName: {
    draft: 'draft',
    snapshot: 'snapshot',
    invoicingBasis: 'invoicing basis',
    decisionRegister: 'decision register',
  },
  decisionRegister: {
    sheetName: 'Decision register',
    title: 'Decision register',
    subject: 'Decisions taken by the bodies of the cooperation',
    columns: {
      number: 'No.',
      date: 'Date',
      body: 'Body',
      title: 'Title',
      status: 'Status',
      owner: 'Owner',
      reviewOn: 'Review date',
      links: 'Links',
      text: 'Decision text',
    },
    statuses: {
      proposed: 'Proposed',
      adopted: 'Adopted',
      rejected: 'Rejected',
      postponed: 'Postponed',
      implemented: 'Implemented',
      superseded: 'Superseded',
    },
    linkKinds: {
      adopts_snapshot: 'Adopts scenario',
      adopts_agreement: 'Adopts agreement',
      adopts_key: 'Adopts distribution key',
      supersedes: 'Supersedes',
      relates_to: 'Relates to',
    },
    snapshot: 'version',
    unknownTarget: 'unknown',
  },
  sample: {
    parametersSheet: 'Parameters',
    membersSheet: 'Members',
    title: 'Cost sharing',
    parameter: 'Parameter',
    value: 'Value',
    name: 'Name in formulas',
    pool: 'Cost to share',
    equalShare: 'Share split equally',
    memberCount: 'Number of members',
    totalPopulation: 'Total population',
    member: 'Member',
    population: 'Population',
    equalPart: 'Equal part',
    proportionalPart: 'Part by population',
    roundingAdjustment: 'Rounding',
    amountToPay: 'To pay',
  },
} as const satisfies ExportLabels;

const LABELS: Readonly<Record<ExportLanguage, ExportLabels>> = { sv, nb, en };

export function exportLabels(language: ExportLanguage): ExportLabels {
  return LABELS[language];
}
