/**
 * The agreement annex (bilaga / vedlegg): cover, parameters, one member table per year and
 * funding — every computed cell a live formula over named parameters and the member's own
 * cells, with the engine's figure as its cached value.
 *
 * `writeAnnex` writes the sheets into any workbook of the exports' shape (xlsx/sheet-like.ts);
 * `exportAnnex` writes them with Andel's own xlsx writer straight to bytes — what the app and the
 * CLI save. annex.export.ts builds the same sheets in exceljs, for tests and tools that inspect
 * cells. Pure with respect to its input: the resolved scenario, the engine's figures and the
 * metadata come in; a workbook (or its bytes and SHA-256, for the export log) goes out.
 */
import { chargesOfResult, type ScenarioCharges } from '../../../shared/calc';
import { exportLabels } from '../export-labels';
import { setDocumentProperties } from '../xlsx/document-properties';
import { safeSheetName, setColumnWidths, setupSheetForPrint, writeTitleBlock } from '../xlsx/sheet-setup';
import type { WrittenWorkbook } from '../xlsx/workbook-output';
import { sha256Hex } from '../xlsx/workbook-output';
import type { SheetLike, WorkbookLike } from '../xlsx/sheet-like';
import { XlsxWorkbook } from '../xlsx/xlsx-writer';
import type { AnnexInput } from './annex-input';
import { annexLabels } from './annex-labels';
import type { AnnexPlan } from './annex-plan';
import { HEADER_ROW, planAnnex } from './annex-plan';
import { writeAdjustmentParameters } from './adjustment-parameters';
import { writeCoverSheet } from './cover-sheet';
import { NamePool } from './defined-name-pool';
import { writeFundingSheet } from './funding-sheet';
import { writeMemberSheet } from './members-sheet';
import { writeParametersSheet } from './parameters-sheet';
import { localDate } from '../local-time';

/** The engine's figures as charges looked up by member and year (annex-input.ts), checked against the resolved scenario. */
function chargesOf(input: AnnexInput): ScenarioCharges {
  const { resolved, result, metadata } = input;
  const charges = 'charge' in result ? result : chargesOfResult(result);
  if (charges.scenarioId !== resolved.id) throw new RangeError(`the result is of scenario ${charges.scenarioId}, not ${resolved.id}`);
  if (metadata.currency !== resolved.currency) throw new RangeError(`the annex is in ${metadata.currency} but the scenario computes in ${resolved.currency}`);
  if (charges.memberIds.length !== resolved.members.length || charges.years.length !== resolved.years.length || charges.memberIds.some((id, i) => resolved.members[i]?.id !== id)) {
    throw new RangeError('the result was not computed from this resolved scenario');
  }
  return charges;
}

/**
 * Writes the annex's sheets into `workbook`. `sheetDone` is told of each member table as soon as it
 * is complete (nothing writes to it after), so a writer can write it out and let its cells go.
 */
export function writeAnnex<Sheet extends SheetLike>(workbook: WorkbookLike<Sheet>, input: AnnexInput, sheetDone?: (sheet: Sheet) => void): AnnexPlan {
  const charges = chargesOf(input);
  const { resolved, metadata } = input;
  const language = metadata.language;
  const labels = annexLabels(language);
  const common = exportLabels(language);
  setDocumentProperties(workbook, {
    title: `${labels.title}: ${metadata.agreementTitle}`,
    subject: labels.subject,
    company: metadata.consortium,
    createdAt: metadata.exportedAt,
    language,
    draft: metadata.draft,
    draftLabel: common.common.draft,
    keywords: [metadata.cooperation, metadata.scenarioName, metadata.version, ...(metadata.contentHash ? [metadata.contentHash] : [])],
  });

  const fallback = common.common.sheetNameFallback;
  const plan = planAnnex(resolved, charges, (year) => safeSheetName(`${labels.sheets.members} ${year}`, `${fallback} ${year}`));
  const cover = workbook.addWorksheet(safeSheetName(labels.sheets.cover, fallback));
  const parameters = workbook.addWorksheet(safeSheetName(labels.sheets.parameters, fallback));
  const memberSheets = plan.years.map((year) => workbook.addWorksheet(year.sheetName));
  const funding = workbook.addWorksheet(safeSheetName(labels.sheets.funding, fallback));

  const wholeUnits = resolved.key.rounding.unit % 10 ** resolved.exponent === 0 && resolved.key.fees.every((f) => f.rounding.unit % 10 ** resolved.exponent === 0);
  const moneyDecimals = wholeUnits && resolved.key.subsidies.every((s) => s.rounding.unit % 10 ** resolved.exponent === 0) ? 0 : resolved.exponent;
  const titleLines = [`${metadata.consortium} · ${metadata.cooperation}`, `${metadata.scenarioName} · ${metadata.version} · ${metadata.currency}`];

  writeCoverSheet(cover, { resolved, plan, metadata, labels, common });

  setColumnWidths(parameters, [52, 16, 28, 14, 16]);
  const parameterHeader = writeTitleBlock(parameters, {
    title: labels.parameters.title,
    lines: titleLines,
    draftLabel: metadata.draft ? common.common.draft : null,
    lastColumn: 5,
  });
  const namePool = new NamePool();
  const names = writeParametersSheet({ workbook, sheet: parameters, resolved, plan, labels, language, names: namePool }, parameterHeader);
  const parameterWords = labels.parameters;
  const adjustmentCells = writeAdjustmentParameters({ workbook, sheet: parameters, resolved, plan, language, names: namePool, headers: { label: parameterWords.parameter, value: parameterWords.value, name: parameterWords.name } });
  setupSheetForPrint(parameters, {
    title: labels.parameters.title,
    consortium: metadata.consortium,
    exportedOn: localDate(metadata.exportedAt),
    tableHeaderRow: parameterHeader,
    orientation: 'portrait',
    draft: metadata.draft,
    labels: common,
  });

  plan.years.forEach((year, index) => {
    const sheet = memberSheets[index];
    if (!sheet) return;
    writeMemberSheet(sheet, { resolved, charges, plan, names, metadata, labels, common, titleLines, moneyDecimals, adjustmentCells }, year);
    sheetDone?.(sheet);
  });
  writeFundingSheet(funding, { resolved, result: charges, plan, metadata, labels, common, titleLines, moneyDecimals });
  if (parameterHeader !== HEADER_ROW) throw new Error('the parameter table must start where the member tables do');
  return plan;
}

/**
 * Deflate level 3: an annex of 400 members × 10 years spends a large part of its export time
 * compressing at zlib's default 6, for a file only a few per cent smaller.
 */
const DEFLATE_LEVEL = 3;

/** The annex as xlsx bytes plus their SHA-256, for the caller to save and log. */
export async function exportAnnex(input: AnnexInput): Promise<WrittenWorkbook> {
  const workbook = new XlsxWorkbook(DEFLATE_LEVEL);
  // Each year's member table is written out (XML, deflated) as soon as it is complete.
  writeAnnex(workbook, input, (sheet) => sheet.commit());
  const buffer = workbook.toBuffer();
  return Promise.resolve({ buffer, sha256: sha256Hex(buffer) });
}
