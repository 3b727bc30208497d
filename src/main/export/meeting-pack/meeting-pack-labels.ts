/**
 * Every fixed word of the meeting pack, in Swedish, Norwegian Bokmål and English. The same
 * dictionary goes to the app's print view inside `meetings:pack`, so the printed page and the
 * workbook say the same thing.
 */
import type { ExportLanguage } from '../export-language';

export interface MeetingPackLabels {
  readonly title: string;
  readonly subject: string;
  readonly agendaSheet: string;
  readonly proposalsSheet: string;
  readonly scenarioSheet: string;
  readonly body: string;
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly ordinal: string;
  readonly item: string;
  readonly kind: string;
  readonly presenter: string;
  readonly minutes: string;
  readonly totalTime: string;
  readonly ends: string;
  readonly proposal: string;
  readonly decisionNumber: string;
  readonly noProposals: string;
  readonly noProposalText: string;
  readonly member: string;
  readonly proposed: string;
  readonly current: string;
  readonly change: string;
  readonly total: string;
  readonly scenario: string;
  readonly key: string;
  readonly comparedWithBaseline: string;
  readonly comparedWithCurrentKey: string;
  readonly noComparison: string;
  /** In a change cell for a year the arrangement compared with does not cover; `{year}` is replaced. */
  readonly noComparisonFor: string;
  /** Under the title when some years are not compared; `{years}` is replaced. */
  readonly yearsNotCompared: string;
  readonly amountsIn: string;
  readonly cannotCompute: string;
  readonly kindInformation: string;
  readonly kindDiscussion: string;
  readonly kindDecision: string;
  readonly nextDay: string;
}

const sv: MeetingPackLabels = {
  title: 'Möteshandlingar',
  subject: 'Dagordning och beslutsförslag',
  agendaSheet: 'Dagordning',
  proposalsSheet: 'Beslutsförslag',
  scenarioSheet: 'Kostnader',
  body: 'Organ',
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  ordinal: '§',
  item: 'Ärende',
  kind: 'Typ',
  presenter: 'Föredragande',
  minutes: 'Minuter',
  totalTime: 'Sammanlagd tid (minuter)',
  ends: 'Beräknat slut',
  proposal: 'Förslag till beslut',
  decisionNumber: 'Beslutsnr',
  noProposals: 'Inga beslutsärenden.',
  noProposalText: '(förslag saknas)',
  member: 'Medlem',
  proposed: 'Förslag',
  current: 'Nuvarande',
  change: 'Förändring',
  total: 'Summa',
  scenario: 'Scenario',
  key: 'Fördelningsnyckel',
  comparedWithBaseline: 'Jämfört med scenariots jämförelsescenario',
  comparedWithCurrentKey: 'Jämfört med gällande fördelningsnyckel',
  noComparison: 'Ingen jämförelse: ingen annan gällande fördelningsnyckel',
  noComparisonFor: 'ingen jämförelse för {year}',
  yearsNotCompared: 'Det som jämförs med har inga belopp för {years}: ingen förändring visas för dessa år',
  amountsIn: 'Belopp i',
  cannotCompute: 'Kan inte beräknas',
  kindInformation: 'Information',
  kindDiscussion: 'Diskussion',
  kindDecision: 'Beslut',
  nextDay: '+1 dag',
};

const nb: MeetingPackLabels = {
  title: 'Møtedokumenter',
  subject: 'Dagsorden og vedtaksforslag',
  agendaSheet: 'Dagsorden',
  proposalsSheet: 'Vedtaksforslag',
  scenarioSheet: 'Kostnader',
  body: 'Organ',
  date: 'Dato',
  time: 'Tid',
  place: 'Sted',
  ordinal: 'Sak',
  item: 'Sak',
  kind: 'Type',
  presenter: 'Saksansvarlig',
  minutes: 'Minutter',
  totalTime: 'Samlet tid (minutter)',
  ends: 'Beregnet slutt',
  proposal: 'Forslag til vedtak',
  decisionNumber: 'Vedtaksnr.',
  noProposals: 'Ingen vedtakssaker.',
  noProposalText: '(forslag mangler)',
  member: 'Medlem',
  proposed: 'Forslag',
  current: 'Nåværende',
  change: 'Endring',
  total: 'Sum',
  scenario: 'Scenario',
  key: 'Fordelingsnøkkel',
  comparedWithBaseline: 'Sammenlignet med scenarioets sammenligningsgrunnlag',
  comparedWithCurrentKey: 'Sammenlignet med gjeldende fordelingsnøkkel',
  noComparison: 'Ingen sammenligning: ingen annen gjeldende fordelingsnøkkel',
  noComparisonFor: 'ingen sammenligning for {year}',
  yearsNotCompared: 'Det som sammenlignes med har ingen beløp for {years}: ingen endring vises for disse årene',
  amountsIn: 'Beløp i',
  cannotCompute: 'Kan ikke beregnes',
  kindInformation: 'Orientering',
  kindDiscussion: 'Diskusjon',
  kindDecision: 'Vedtak',
  nextDay: '+1 dag',
};

const en: MeetingPackLabels = {
  title: 'Meeting pack',
  subject: 'Agenda and decision proposals',
  agendaSheet: 'Agenda',
  proposalsSheet: 'Proposals',
  scenarioSheet: 'Costs',
  body: 'Body',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  ordinal: 'No.',
  item: 'Item',
  kind: 'Kind',
  presenter: 'Presenter',
  minutes: 'Minutes',
  totalTime: 'Total time (minutes)',
  ends: 'Expected end',
  proposal: 'Proposed decision',
  decisionNumber: 'Decision no.',
  noProposals: 'No decision items.',
  noProposalText: '(no proposal)',
  member: 'Member',
  proposed: 'Proposed',
  current: 'Current',
  change: 'Change',
  total: 'Total',
  scenario: 'Scenario',
  key: 'Distribution key',
  comparedWithBaseline: "Compared with the scenario's baseline",
  comparedWithCurrentKey: 'Compared with the key in force',
  noComparison: 'No comparison: no other key is in force',
  noComparisonFor: 'no baseline for {year}',
  yearsNotCompared: 'What this is compared with has no figures for {years}: no change is shown for those years',
  amountsIn: 'Amounts in',
  cannotCompute: 'Cannot be computed',
  kindInformation: 'Information',
  kindDiscussion: 'Discussion',
  kindDecision: 'Decision',
  nextDay: '+1 day',
};

const LABELS: Readonly<Record<ExportLanguage, MeetingPackLabels>> = { sv, nb, en };

export function meetingPackLabels(language: ExportLanguage): MeetingPackLabels {
  return LABELS[language];
}
