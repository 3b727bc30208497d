/**
 * The meeting pack as a print-ready workbook: the agenda with its running clock, every decision
 * proposal with its text, and for proposals that adopt a scenario what each member pays under it,
 * under the current key, and the change (a live formula with Andel's figure cached). A year the
 * arrangement compared with does not cover says so in words instead of a change against 0.
 *
 * Built from the same `MeetingPack` data the app's print view renders; every user text goes
 * through setText.
 */
import ExcelJS from 'exceljs';
import type { MeetingPack, MeetingPackScenarioSummary } from '../../../shared/api/channels/governance.channels';
import { exportLabels } from '../export-labels';
import { setDocumentProperties } from '../xlsx/document-properties';
import { minorToMajor, roundFormula, setFormula, sumFormula } from '../xlsx/formula-cell';
import { amountFormat, integerFormat } from '../xlsx/number-formats';
import { setText } from '../xlsx/safe-cell';
import { columnLetter, fitRowHeight, safeSheetName, setColumnWidths, setupSheetForPrint, styleHeaderRow, styleTotalRow, writeTitleBlock } from '../xlsx/sheet-setup';
import { meetingPackLabels, type MeetingPackLabels } from './meeting-pack-labels';
import { localDate } from '../local-time';

export interface MeetingPackWorkbookInput {
  readonly pack: MeetingPack;
  readonly exportedAt: Date;
  readonly draft: boolean;
}

const kindLabel = (labels: MeetingPackLabels, kind: string): string =>
  kind === 'decision' ? labels.kindDecision : kind === 'discussion' ? labels.kindDiscussion : labels.kindInformation;

function meetingLines(pack: MeetingPack, labels: MeetingPackLabels): string[] {
  const m = pack.meeting;
  const where = [m.place, m.link].filter((v): v is string => v !== null && v !== '').join(', ');
  return [
    `${labels.body}: ${m.bodyName} (${m.cooperationName})`,
    `${labels.date}: ${m.startsAt.slice(0, 10)} ${m.startsAt.slice(11, 16)}–${m.endsAt.slice(11, 16)}`,
    ...(where ? [`${labels.place}: ${where}`] : []),
  ];
}

function agendaSheet(workbook: ExcelJS.Workbook, input: MeetingPackWorkbookInput, labels: MeetingPackLabels, exportedOn: string): void {
  const { pack } = input;
  const common = exportLabels(pack.language);
  const sheet = workbook.addWorksheet(safeSheetName(labels.agendaSheet, common.common.sheetNameFallback));
  const widths = [6, 14, 50, 13, 24, 10];
  setColumnWidths(sheet, widths);
  const header = writeTitleBlock(sheet, {
    title: pack.meeting.title,
    lines: meetingLines(pack, labels),
    draftLabel: input.draft ? common.common.draft : null,
    lastColumn: widths.length,
  });
  [labels.ordinal, labels.time, labels.item, labels.kind, labels.presenter, labels.minutes].forEach((text, i) => setText(sheet.getCell(header, i + 1), text));
  styleHeaderRow(sheet, header, 1, widths.length);
  pack.meeting.agenda.forEach((item, index) => {
    const row = header + 1 + index;
    sheet.getCell(row, 1).value = item.ordinal;
    const nextDay = item.endDayOffset > 0 ? ` (${labels.nextDay})` : '';
    setText(sheet.getCell(row, 2), `${item.startTime}–${item.endTime}${nextDay}`);
    setText(sheet.getCell(row, 3), item.title);
    setText(sheet.getCell(row, 4), kindLabel(labels, item.kind));
    setText(sheet.getCell(row, 5), item.presenterName);
    sheet.getCell(row, 6).value = item.estimatedMinutes;
    sheet.getCell(row, 6).numFmt = integerFormat(pack.language);
    for (let c = 1; c <= widths.length; c += 1) sheet.getCell(row, c).alignment = { vertical: 'top', wrapText: c === 3 || c === 5, horizontal: c === 1 ? 'center' : c === 6 ? 'right' : 'left' };
    fitRowHeight(sheet, row, [3, 5]);
  });
  const totalRow = header + 1 + pack.meeting.agenda.length;
  setText(sheet.getCell(totalRow, 3), labels.totalTime);
  setText(sheet.getCell(totalRow, 2), `${labels.ends} ${pack.meeting.endsAt.slice(11, 16)}`);
  if (pack.meeting.agenda.length > 0) setFormula(sheet.getCell(totalRow, 6), sumFormula(`F${header + 1}:F${totalRow - 1}`), pack.meeting.totalMinutes);
  else sheet.getCell(totalRow, 6).value = 0;
  sheet.getCell(totalRow, 6).numFmt = integerFormat(pack.language);
  styleTotalRow(sheet, totalRow, 1, widths.length);
  setupSheetForPrint(sheet, { title: `${labels.title}: ${pack.meeting.title}`, consortium: pack.meeting.cooperationName, exportedOn, tableHeaderRow: header, draft: input.draft, labels: common, orientation: 'portrait' });
}

function proposalsSheet(workbook: ExcelJS.Workbook, input: MeetingPackWorkbookInput, labels: MeetingPackLabels, exportedOn: string): void {
  const { pack } = input;
  const common = exportLabels(pack.language);
  const sheet = workbook.addWorksheet(safeSheetName(labels.proposalsSheet, common.common.sheetNameFallback));
  const widths = [6, 30, 70, 14];
  setColumnWidths(sheet, widths);
  const header = writeTitleBlock(sheet, { title: `${labels.proposalsSheet}: ${pack.meeting.title}`, lines: meetingLines(pack, labels), draftLabel: input.draft ? common.common.draft : null, lastColumn: widths.length });
  [labels.ordinal, labels.item, labels.proposal, labels.decisionNumber].forEach((text, i) => setText(sheet.getCell(header, i + 1), text));
  styleHeaderRow(sheet, header, 1, widths.length);
  if (pack.proposals.length === 0) setText(sheet.getCell(header + 1, 2), labels.noProposals);
  pack.proposals.forEach((proposal, index) => {
    const row = header + 1 + index;
    sheet.getCell(row, 1).value = proposal.ordinal;
    setText(sheet.getCell(row, 2), proposal.title);
    setText(sheet.getCell(row, 3), proposal.text === '' ? labels.noProposalText : proposal.text);
    setText(sheet.getCell(row, 4), proposal.decisionNumber);
    for (let c = 1; c <= widths.length; c += 1) sheet.getCell(row, c).alignment = { vertical: 'top', wrapText: c === 2 || c === 3, horizontal: c === 1 ? 'center' : 'left' };
    fitRowHeight(sheet, row, [2, 3]);
  });
  setupSheetForPrint(sheet, { title: `${labels.title}: ${pack.meeting.title}`, consortium: pack.meeting.cooperationName, exportedOn, tableHeaderRow: header, draft: input.draft, labels: common, orientation: 'portrait' });
}

function scenarioSheet(
  workbook: ExcelJS.Workbook,
  input: MeetingPackWorkbookInput,
  labels: MeetingPackLabels,
  exportedOn: string,
  ordinal: number,
  title: string,
  summary: MeetingPackScenarioSummary,
): void {
  const { pack } = input;
  const common = exportLabels(pack.language);
  const sheet = workbook.addWorksheet(safeSheetName(`${labels.ordinal} ${ordinal} ${labels.scenarioSheet}`, common.common.sheetNameFallback));
  const compare = summary.comparedWith !== null;
  const perYear = compare ? 3 : 1;
  const lastColumn = 1 + summary.years.length * perYear;
  setColumnWidths(sheet, [28, ...summary.years.flatMap(() => Array<number>(perYear).fill(15))]);
  const comparedLine =
    summary.comparedWith === null
      ? labels.noComparison
      : `${summary.comparedWith.kind === 'baseline_scenario' ? labels.comparedWithBaseline : labels.comparedWithCurrentKey}: ${summary.comparedWith.name}`;
  const notCompared = new Set(summary.yearsWithoutComparison);
  const noComparisonFor = (year: number): string => labels.noComparisonFor.replace('{year}', String(year));
  // The key as the scenario uses it, with its parameter values; its stored name may quote others.
  const keyLine = summary.keyDescription === null ? summary.keyName : `${summary.keyDescription} (${summary.keyOrigin ?? summary.keyName})`;
  const header = writeTitleBlock(sheet, {
    title: `${labels.ordinal} ${ordinal} ${title}`,
    lines: [
      `${labels.scenario}: ${summary.scenarioName}`,
      `${labels.key}: ${keyLine}`,
      comparedLine,
      ...(notCompared.size > 0 ? [labels.yearsNotCompared.replace('{years}', [...notCompared].join(', '))] : []),
      `${labels.amountsIn} ${summary.currency}`,
      ...(summary.problem ? [`${labels.cannotCompute}: ${summary.problem}`] : []),
    ],
    draftLabel: input.draft ? common.common.draft : null,
    lastColumn: Math.max(2, lastColumn),
  });
  setText(sheet.getCell(header, 1), labels.member);
  summary.years.forEach((year, t) => {
    const base = 2 + t * perYear;
    setText(sheet.getCell(header, base), `${labels.proposed} ${year}`);
    if (compare) {
      setText(sheet.getCell(header, base + 1), `${labels.current} ${year}`);
      setText(sheet.getCell(header, base + 2), `${labels.change} ${year}`);
    }
  });
  styleHeaderRow(sheet, header, 1, Math.max(2, lastColumn));
  const fmt = amountFormat(pack.language, summary.exponent);
  const money = (minor: number): number => minorToMajor(minor, summary.exponent);
  summary.members.forEach((member, index) => {
    const row = header + 1 + index;
    setText(sheet.getCell(row, 1), member.name);
    summary.years.forEach((_, t) => {
      const base = 2 + t * perYear;
      const proposedCell = sheet.getCell(row, base);
      proposedCell.value = money(member.proposed[t] ?? 0);
      proposedCell.numFmt = fmt;
      if (compare && notCompared.has(summary.years[t] ?? 0)) {
        setText(sheet.getCell(row, base + 1), '—');
        setText(sheet.getCell(row, base + 2), noComparisonFor(summary.years[t] ?? 0));
        sheet.getCell(row, base + 1).alignment = { horizontal: 'right' };
        sheet.getCell(row, base + 2).alignment = { horizontal: 'right' };
      } else if (compare) {
        const currentCell = sheet.getCell(row, base + 1);
        currentCell.value = money(member.current?.[t] ?? 0);
        currentCell.numFmt = fmt;
        const changeCell = sheet.getCell(row, base + 2);
        setFormula(changeCell, roundFormula(`${columnLetter(base)}${row}-${columnLetter(base + 1)}${row}`, summary.exponent), money(member.change?.[t] ?? 0));
        changeCell.numFmt = fmt;
      }
    });
  });
  const totalRow = header + 1 + summary.members.length;
  setText(sheet.getCell(totalRow, 1), labels.total);
  if (summary.members.length > 0) {
    for (let c = 2; c <= lastColumn; c += 1) {
      const t = Math.floor((c - 2) / perYear);
      const part = (c - 2) % perYear;
      if (part > 0 && notCompared.has(summary.years[t] ?? 0)) {
        setText(sheet.getCell(totalRow, c), part === 1 ? '—' : noComparisonFor(summary.years[t] ?? 0));
        sheet.getCell(totalRow, c).alignment = { horizontal: 'right' };
        continue;
      }
      const cached = part === 0 ? summary.totals.proposed[t] : part === 1 ? summary.totals.current?.[t] : summary.totals.change?.[t];
      setFormula(sheet.getCell(totalRow, c), roundFormula(sumFormula(`${columnLetter(c)}${header + 1}:${columnLetter(c)}${totalRow - 1}`), summary.exponent), money(cached ?? 0));
      sheet.getCell(totalRow, c).numFmt = fmt;
    }
  }
  styleTotalRow(sheet, totalRow, 1, Math.max(2, lastColumn));
  setupSheetForPrint(sheet, { title: `${labels.title}: ${pack.meeting.title}`, consortium: pack.meeting.cooperationName, exportedOn, tableHeaderRow: header, frozenColumns: 1, draft: input.draft, labels: common });
}

export function buildMeetingPackWorkbook(input: MeetingPackWorkbookInput): ExcelJS.Workbook {
  const labels = meetingPackLabels(input.pack.language);
  const common = exportLabels(input.pack.language);
  const exportedOn = localDate(input.exportedAt);
  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, {
    title: `${labels.title}: ${input.pack.meeting.title}`,
    subject: labels.subject,
    company: input.pack.meeting.cooperationName,
    createdAt: input.exportedAt,
    language: input.pack.language,
    draft: input.draft,
    draftLabel: common.common.draft,
  });
  agendaSheet(workbook, input, labels, exportedOn);
  proposalsSheet(workbook, input, labels, exportedOn);
  for (const proposal of input.pack.proposals) {
    if (proposal.scenario) scenarioSheet(workbook, input, labels, exportedOn, proposal.ordinal, proposal.title, proposal.scenario);
  }
  return workbook;
}
