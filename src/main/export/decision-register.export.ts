/**
 * The decision register as a print-ready workbook: one row per decision with number, date, body,
 * title, status, owner, review date, what it links to, and its full text.
 *
 * Pure with respect to its input: records and lookups come in, bytes and their SHA-256 go out, and
 * the caller (a service) logs the export. Every user-written text goes through setText, so a
 * title like `=HYPERLINK(…)` stays a title.
 */
import ExcelJS from 'exceljs';
import type {
  AgreementRecord,
  BodyRecord,
  DecisionLinkRecord,
  DecisionRecord,
  DistributionKeyRecord,
  PersonRecord,
  ScenarioRecord,
  SnapshotRecord,
} from '../../shared/document/workspace-document.schema';
import type { ExportLabels } from './export-labels';
import { exportLabels } from './export-labels';
import type { ExportLanguage } from './export-language';
import { setDate } from './xlsx/date-cell';
import { setDocumentProperties } from './xlsx/document-properties';
import { dateFormat } from './xlsx/number-formats';
import { setText } from './xlsx/safe-cell';
import {
  fitRowHeight,
  safeSheetName,
  setColumnWidths,
  setupSheetForPrint,
  styleHeaderRow,
  writeTitleBlock,
} from './xlsx/sheet-setup';
import type { WrittenWorkbook } from './xlsx/workbook-output';
import { workbookToBuffer } from './xlsx/workbook-output';
import { localDate } from './local-time';

export interface DecisionRegisterLookups {
  readonly bodies: readonly Pick<BodyRecord, 'id' | 'name'>[];
  readonly persons: readonly Pick<PersonRecord, 'id' | 'name'>[];
  readonly links: readonly DecisionLinkRecord[];
  readonly agreements?: readonly Pick<AgreementRecord, 'id' | 'title'>[];
  readonly distributionKeys?: readonly Pick<DistributionKeyRecord, 'id' | 'name' | 'version'>[];
  readonly scenarios?: readonly Pick<ScenarioRecord, 'id' | 'name'>[];
  readonly snapshots?: readonly Pick<SnapshotRecord, 'id' | 'scenarioId' | 'contentHash'>[];
  /** Decisions a link may point at that are not in the exported selection (for "supersedes SG 2016:3"). */
  readonly otherDecisions?: readonly Pick<DecisionRecord, 'id' | 'number'>[];
}

export interface DecisionRegisterInput {
  readonly language: ExportLanguage;
  /** The consortium or organisation whose register this is (footer, file properties). */
  readonly consortium: string;
  /** The moment of export; printed as its UTC date and stored in the file's properties. */
  readonly exportedAt: Date;
  readonly draft: boolean;
  readonly decisions: readonly DecisionRecord[];
  readonly lookups: DecisionRegisterLookups;
}

/** Column order of the register; widths in characters, chosen so A4 landscape stays legible. */
const COLUMNS = [
  { key: 'number', width: 12 },
  { key: 'date', width: 11 },
  { key: 'body', width: 18 },
  { key: 'title', width: 30 },
  { key: 'status', width: 12 },
  { key: 'owner', width: 18 },
  { key: 'reviewOn', width: 12 },
  { key: 'links', width: 26 },
  { key: 'text', width: 60 },
] as const satisfies readonly { key: keyof ExportLabels['decisionRegister']['columns']; width: number }[];

const WRAPPED = new Set<string>(['title', 'links', 'text']);
/** Dates are centred so they never run into the neighbouring text column. */
const CENTRED = new Set<string>(['date', 'reviewOn']);

function byId<T extends { id: number }>(records: readonly T[] | undefined): Map<number, T> {
  return new Map((records ?? []).map((record) => [record.id, record]));
}

/** Register order: by year, then body name, then sequence — how a register is filed. */
function registerOrder(bodies: Map<number, Pick<BodyRecord, 'id' | 'name'>>) {
  return (a: DecisionRecord, b: DecisionRecord): number =>
    a.year - b.year ||
    (bodies.get(a.bodyId)?.name ?? '').localeCompare(bodies.get(b.bodyId)?.name ?? '', 'sv') ||
    a.bodyId - b.bodyId ||
    a.sequence - b.sequence ||
    a.id - b.id;
}

/** What describeLinks looks targets up in, built once per workbook rather than once per decision. */
interface LinkTargets {
  /** Each decision's links, in id order. */
  readonly linksByDecision: ReadonlyMap<number, readonly DecisionLinkRecord[]>;
  readonly decisions: ReadonlyMap<number, Pick<DecisionRecord, 'id' | 'number'>>;
  readonly agreements: ReadonlyMap<number, Pick<AgreementRecord, 'id' | 'title'>>;
  readonly keys: ReadonlyMap<number, Pick<DistributionKeyRecord, 'id' | 'name' | 'version'>>;
  readonly scenarios: ReadonlyMap<number, Pick<ScenarioRecord, 'id' | 'name'>>;
  readonly snapshots: ReadonlyMap<number, Pick<SnapshotRecord, 'id' | 'scenarioId' | 'contentHash'>>;
}

function linkTargets(input: DecisionRegisterInput): LinkTargets {
  const { lookups } = input;
  const linksByDecision = new Map<number, DecisionLinkRecord[]>();
  for (const link of lookups.links) {
    const links = linksByDecision.get(link.decisionId);
    if (links) links.push(link);
    else linksByDecision.set(link.decisionId, [link]);
  }
  for (const links of linksByDecision.values()) links.sort((a, b) => a.id - b.id);
  return {
    linksByDecision,
    decisions: byId([...(lookups.otherDecisions ?? []), ...input.decisions]),
    agreements: byId(lookups.agreements),
    keys: byId(lookups.distributionKeys),
    scenarios: byId(lookups.scenarios),
    snapshots: byId(lookups.snapshots),
  };
}

/** One line per link, e.g. "Ersätter SG 2016:3", "Antar avtal: Samverkansavtal". */
function describeLinks(decision: DecisionRecord, targets: LinkTargets, labels: ExportLabels): string {
  const register = labels.decisionRegister;
  const { decisions, agreements, keys, scenarios, snapshots } = targets;
  return (targets.linksByDecision.get(decision.id) ?? [])
    .map((link) => {
      const kind = register.linkKinds[link.kind];
      const target = ((): string | undefined => {
        switch (link.kind) {
          case 'adopts_snapshot': {
            const snapshot = link.snapshotId === null ? undefined : snapshots.get(link.snapshotId);
            if (!snapshot) return undefined;
            const scenario = scenarios.get(snapshot.scenarioId)?.name ?? register.unknownTarget;
            return `${scenario} (${register.snapshot} ${snapshot.contentHash.slice(0, 12)})`;
          }
          case 'adopts_agreement':
            return link.agreementId === null ? undefined : agreements.get(link.agreementId)?.title;
          case 'adopts_key': {
            const key = link.keyId === null ? undefined : keys.get(link.keyId);
            return key ? `${key.name} v${key.version}` : undefined;
          }
          case 'supersedes':
          case 'relates_to':
            return link.targetDecisionId === null ? undefined : decisions.get(link.targetDecisionId)?.number;
        }
      })();
      return `${kind}: ${target ?? register.unknownTarget}`;
    })
    .join('\n');
}

/** One decision as the register shows it, in register order (the workbook and the PDF share it). */
export interface RegisterEntry {
  readonly decision: DecisionRecord;
  readonly body: string;
  readonly owner: string | null;
  /** One line per link, e.g. "Ersätter SG 2016:3". */
  readonly links: string;
}

export function registerEntries(input: DecisionRegisterInput): RegisterEntry[] {
  const labels = exportLabels(input.language);
  const register = labels.decisionRegister;
  const bodies = byId(input.lookups.bodies);
  const persons = byId(input.lookups.persons);
  const targets = linkTargets(input);
  return [...input.decisions].sort(registerOrder(bodies)).map((decision) => ({
    decision,
    body: bodies.get(decision.bodyId)?.name ?? register.unknownTarget,
    owner: decision.ownerPersonId === null ? null : (persons.get(decision.ownerPersonId)?.name ?? register.unknownTarget),
    links: describeLinks(decision, targets, labels),
  }));
}

export function buildDecisionRegisterWorkbook(input: DecisionRegisterInput): ExcelJS.Workbook {
  const labels = exportLabels(input.language);
  const register = labels.decisionRegister;
  const exportedOn = localDate(input.exportedAt);
  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, {
    title: register.title,
    subject: register.subject,
    company: input.consortium,
    createdAt: input.exportedAt,
    language: input.language,
    draft: input.draft,
    draftLabel: labels.common.draft,
  });

  const sheet = workbook.addWorksheet(safeSheetName(register.sheetName, labels.common.sheetNameFallback));
  setColumnWidths(
    sheet,
    COLUMNS.map((column) => column.width),
  );
  const headerRow = writeTitleBlock(sheet, {
    title: register.title,
    lines: [input.consortium, `${labels.common.exportedOn} ${exportedOn}`],
    draftLabel: input.draft ? labels.common.draft : null,
    lastColumn: COLUMNS.length,
  });
  COLUMNS.forEach((column, index) => setText(sheet.getCell(headerRow, index + 1), register.columns[column.key]));
  styleHeaderRow(sheet, headerRow, 1, COLUMNS.length);

  const dates = dateFormat(input.language);
  registerEntries(input).forEach(({ decision, body, owner, links }, index) => {
    const row = headerRow + 1 + index;
    const cell = (key: (typeof COLUMNS)[number]['key']) => sheet.getCell(row, COLUMNS.findIndex((c) => c.key === key) + 1);
    setText(cell('number'), decision.number);
    setDate(cell('date'), decision.decidedOn, dates);
    setText(cell('body'), body);
    setText(cell('title'), decision.title);
    setText(cell('status'), register.statuses[decision.status]);
    setText(cell('owner'), owner);
    setDate(cell('reviewOn'), decision.reviewOn, dates);
    setText(cell('links'), links);
    setText(cell('text'), decision.text);
    COLUMNS.forEach((column, columnIndex) => {
      sheet.getCell(row, columnIndex + 1).alignment = {
        vertical: 'top',
        wrapText: WRAPPED.has(column.key),
        horizontal: CENTRED.has(column.key) ? 'center' : 'left',
      };
    });
    fitRowHeight(
      sheet,
      row,
      COLUMNS.flatMap((column, columnIndex) => (WRAPPED.has(column.key) ? [columnIndex + 1] : [])),
    );
  });

  setupSheetForPrint(sheet, {
    title: register.title,
    consortium: input.consortium,
    exportedOn,
    tableHeaderRow: headerRow,
    frozenColumns: 1,
    draft: input.draft,
    labels,
  });
  if (input.decisions.length > 0) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + input.decisions.length, column: COLUMNS.length } };
  }
  return workbook;
}

/** The register as xlsx bytes plus their SHA-256, for the caller to save and log. */
export function exportDecisionRegister(input: DecisionRegisterInput): Promise<WrittenWorkbook> {
  return workbookToBuffer(buildDecisionRegisterWorkbook(input));
}
