/**
 * The cover: what this annex is (consortium, cooperation, agreement, adopting decision, scenario,
 * version, content hash), the key in words, the rounding/edge/pro-rata rules, which figures are
 * projected rather than known, who takes part without paying, and how to check the file. A label
 * column and a wrapped text column. The key is stated as the scenario uses it, with its parameter
 * values: its stored name may quote other values.
 */
import type { SheetLike } from '../xlsx/sheet-like';
import type { ResolvedScenario } from '../../../shared/calc';
import type { ExportLabels } from '../export-labels';
import { setText } from '../xlsx/safe-cell';
import { FONT_NAME, fitRowHeight, setColumnWidths, setupSheetForPrint, writeTitleBlock } from '../xlsx/sheet-setup';
import type { AnnexMetadata } from './annex-input';
import type { AnnexLabels } from './annex-labels';
import type { AnnexPlan } from './annex-plan';
import { componentWords, rulesInWords, subsidyWords } from './key-in-words';
import { describeKeyAsUsed, keyOrigin, projectedHeading, projectionLines } from '../scenario-words';
import { localDate } from '../local-time';

export interface CoverContext {
  readonly resolved: ResolvedScenario;
  readonly plan: AnnexPlan;
  readonly metadata: AnnexMetadata;
  readonly labels: AnnexLabels;
  readonly common: ExportLabels;
}

const LABEL_WIDTH = 30;
const TEXT_WIDTH = 100;

export function writeCoverSheet(sheet: SheetLike, ctx: CoverContext): void {
  const { resolved, metadata, labels } = ctx;
  const words = labels.cover;
  const language = metadata.language;
  const key = resolved.key;
  setColumnWidths(sheet, [LABEL_WIDTH, TEXT_WIDTH]);
  const exportedOn = localDate(metadata.exportedAt);
  let row = writeTitleBlock(sheet, {
    title: `${labels.title}: ${metadata.agreementTitle}`,
    lines: [metadata.consortium, metadata.cooperation],
    draftLabel: metadata.draft ? ctx.common.common.draft : null,
    lastColumn: 2,
  });

  const line = (label: string, text: string | null, options: { heading?: boolean; mono?: boolean } = {}): void => {
    const labelCell = sheet.getCell(row, 1);
    const textCell = sheet.getCell(row, 2);
    setText(labelCell, label);
    setText(textCell, text);
    labelCell.font = { name: FONT_NAME, bold: true, color: { argb: 'FF404040' } };
    textCell.font = options.mono ? { name: 'Consolas', size: 10 } : { name: FONT_NAME };
    labelCell.alignment = { vertical: 'top', wrapText: true };
    textCell.alignment = { vertical: 'top', wrapText: true };
    fitRowHeight(sheet, row, [1, 2]);
    row += 1;
  };
  const heading = (text: string): void => {
    row += 1;
    const cell = sheet.getCell(row, 1);
    setText(cell, text);
    cell.font = { name: FONT_NAME, bold: true, size: 12 };
    sheet.getCell(row, 1).border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
    sheet.getCell(row, 2).border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
    row += 1;
  };

  line(words.consortium, metadata.consortium);
  line(words.cooperation, metadata.cooperation);
  line(words.agreement, metadata.agreementTitle);
  const decision = metadata.decision;
  line(words.decision, decision ? `${decision.number}, ${decision.date}, ${decision.body}` : words.notAdopted);
  line(words.scenario, metadata.scenarioName);
  line(words.version, metadata.version);
  line(words.contentHash, metadata.contentHash ?? words.noHash, { mono: metadata.contentHash !== null });
  line(words.key, `${describeKeyAsUsed(resolved, language)} (${keyOrigin(resolved, language)}), ${words.family[key.family]}`);
  line(words.horizon, `${resolved.years[0] ?? ''}–${resolved.years[resolved.years.length - 1] ?? ''}`);
  line(words.currency, metadata.currency);
  line(words.exported, exportedOn);

  const wordsCtx = { key, currency: metadata.currency, language, labels };
  heading(words.keyInWords);
  for (const component of key.components) line(component.label, componentWords(wordsCtx, component));
  if (key.subsidies.length > 0) {
    heading(words.subsidiesInWords);
    for (const subsidy of key.subsidies) line(subsidy.funder, subsidyWords(wordsCtx, subsidy));
  }
  heading(words.rules);
  const rules = rulesInWords(wordsCtx);
  line(words.roundingRule, rules.rounding);
  if (rules.edges) line(words.edgeRule, rules.edges);
  line(words.proRataRule, rules.proRata);

  const projections = projectionLines(resolved.projections, language);
  if (projections.length > 0) {
    heading(projectedHeading(language));
    for (const text of projections) line('', text);
  }

  heading(words.notCharged);
  if (ctx.plan.notCharged.length === 0) line('', words.nobodyNotCharged);
  for (const member of ctx.plan.notCharged) {
    line(member.name, member.role === 'observer' ? words.roles.observer : words.roles['administrative-party']);
  }
  heading(words.howToCheck);
  line('', words.howToCheckText);

  setupSheetForPrint(sheet, {
    title: labels.title,
    consortium: metadata.consortium,
    exportedOn,
    tableHeaderRow: 1,
    orientation: 'portrait',
    draft: metadata.draft,
    labels: ctx.common,
  });
  // The cover has no table to freeze; the print setup's frozen first row is dropped.
  sheet.views = [{ showGridLines: false }];
}
