/**
 * The agreement annex as PDF/A (see pdf-writer): the printable copy beside the live-formula xlsx
 * that treasurers sign and archive. A cover (cooperation, scenario, version, adopting decision,
 * content hash, the key in words, its parameters, the year-by-year overview), then each year's
 * member table with what the engine charged — the same figures the xlsx carries as cached values —
 * and the totals. Read from the engine's result here, not from the xlsx builder.
 */
import { intlLocale } from '../../../shared/domain/languages';
import type { ComponentCharge, MemberYearCharge, ResolvedScenario, ScenarioResult } from '../../../shared/calc';
import { describeKey } from '../../../shared/calc/describe-key';
import { currencyExponent, minorToText } from '../../../shared/calc/money';
import type { AnnexMetadata } from '../annex/annex-input';
import { localDate } from '../local-time';
import { pdfLabels, type PdfLabels } from './pdf-labels';
import { PdfWriter, type TableColumn } from './pdf-writer';

export interface AnnexPdfInput {
  readonly resolved: ResolvedScenario;
  readonly result: ScenarioResult;
  readonly metadata: AnnexMetadata;
}

/** More components than this are shown as one "by the key" column, so a year's table fits A4 portrait. */
const MAX_COMPONENT_COLUMNS = 3;

interface AmountColumn {
  readonly header: string;
  readonly of: (charge: MemberYearCharge) => number;
}

const componentAmount = (charge: MemberYearCharge, id: string): number => charge.components.filter((c: ComponentCharge) => c.componentId === id).reduce((sum, c) => sum + c.amount, 0);
const sumOf = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);

/** The amount columns of the member tables: only those that carry something in some year. */
function amountColumns(input: AnnexPdfInput, labels: PdfLabels['annex']): AmountColumn[] {
  const { resolved, result } = input;
  const charges = result.members.flatMap((m) => m.years.filter((y) => y.charged));
  const any = (of: (c: MemberYearCharge) => number): boolean => charges.some((c) => of(c) !== 0);
  const columns: AmountColumn[] = [];
  if (resolved.key.components.length <= MAX_COMPONENT_COLUMNS) {
    for (const component of describeKey(resolved.key, resolved.currency, input.metadata.language).components) {
      columns.push({ header: component.label, of: (c) => componentAmount(c, component.id) });
    }
    if (any((c) => c.roundingAdjustment)) columns.push({ header: labels.roundingAdjustment, of: (c) => c.roundingAdjustment });
  } else {
    columns.push({ header: labels.keyCharge, of: (c) => c.gross - c.adjustment });
  }
  if (any((c) => c.adjustment)) columns.push({ header: labels.adjustments, of: (c) => c.adjustment });
  const subsidised = any((c) => c.subsidies);
  if (subsidised && columns.length > 1) columns.push({ header: labels.gross, of: (c) => c.gross });
  if (subsidised) columns.push({ header: labels.subsidiesColumn, of: (c) => c.subsidies });
  columns.push({ header: labels.net, of: (c) => c.net });
  return columns;
}

function writeCover(pdf: PdfWriter, input: AnnexPdfInput, labels: PdfLabels, money: (minor: number) => string): void {
  const { metadata, resolved, result } = input;
  const a = labels.annex;
  pdf.paragraph(`${a.cooperation}: ${metadata.cooperation}`);
  pdf.paragraph(`${a.scenario}: ${metadata.scenarioName}`);
  pdf.paragraph(`${a.version}: ${metadata.version}`);
  pdf.paragraph(metadata.decision ? a.decision(metadata.decision.number, metadata.decision.date, metadata.decision.body) : a.notAdopted, { bold: true });
  if (metadata.contentHash) pdf.paragraph(`${a.contentHash}: ${metadata.contentHash}`, { size: 8 });
  pdf.paragraph(`${a.currency}: ${resolved.currency} · ${labels.exportedOn} ${localDate(metadata.exportedAt)}`);

  const words = describeKey(resolved.key, resolved.currency, metadata.language);
  pdf.heading(a.keyInWords, 2);
  for (const component of words.components) pdf.paragraph(`${component.label}: ${component.text}`);
  if (words.subsidies.length > 0) {
    pdf.paragraph(a.subsidies, { bold: true });
    for (const subsidy of words.subsidies) pdf.paragraph(subsidy.text);
  }
  pdf.paragraph(`${a.rounding}: ${words.rules.rounding}`);
  if (words.rules.edges) pdf.paragraph(`${a.edges}: ${words.rules.edges}`);
  pdf.paragraph(`${a.proRata}: ${words.rules.proRata}`);

  const parameters = Object.entries(resolved.parameters).sort(([x], [y]) => x.localeCompare(y));
  if (parameters.length > 0) {
    pdf.heading(a.parameters, 2);
    pdf.table([{ header: a.parameter, width: 3 }, { header: a.value, width: 2, align: 'right' }], parameters);
  }

  pdf.heading(`${a.overview} (${resolved.currency})`, 2);
  const optional = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : money(value));
  pdf.table(
    [
      { header: a.year, width: 1 },
      { header: a.costs, width: 2, align: 'right' },
      { header: a.pool, width: 2, align: 'right' },
      { header: a.members, width: 1.6, align: 'right' },
      { header: a.net, width: 2, align: 'right' },
    ],
    result.totals.map((t, index) => [String(t.year), optional(resolved.costs?.[index]), optional(resolved.pools?.[index]), String(t.chargedMembers), money(t.net)]),
  );
}

/** One year's table: a row per paying member, then the totals (the sums of the rows, which the engine's totals equal). */
function writeYear(pdf: PdfWriter, input: AnnexPdfInput, yearIndex: number, columns: readonly AmountColumn[], labels: PdfLabels['annex'], money: (minor: number) => string): void {
  const year = input.result.years[yearIndex] as number;
  pdf.heading(`${labels.membersOfYear(year)} (${input.resolved.currency})`, 2);
  const charged = input.result.members.flatMap((member) => {
    const charge = member.years[yearIndex];
    return charge?.charged ? [{ name: member.name, charge }] : [];
  });
  if (charged.length === 0) {
    pdf.paragraph(labels.noneCharged);
    return;
  }
  const header: TableColumn[] = [{ header: labels.member, width: 2.4 }, ...columns.map((c) => ({ header: c.header, width: 2, align: 'right' as const }))];
  const rows = charged.map(({ name, charge }) => [name, ...columns.map((c) => money(c.of(charge)))]);
  rows.push([labels.total, ...columns.map((c) => money(sumOf(charged.map(({ charge }) => c.of(charge)))))]);
  pdf.table(header, rows, { boldLastRow: true, size: columns.length > 4 ? 8 : 9 });
}

/**
 * Amounts in the tables without the currency sign (the cover and each table's heading name the
 * currency), so a column stays narrow: `140 000`. Decimals only when some amount has a minor part
 * (as the xlsx shows none when the key rounds to whole units). Formatted from the exact decimal
 * text: no float division touches an amount.
 */
function amountText(input: AnnexPdfInput, locale: string): (minor: number) => string {
  const { currency } = input.resolved;
  const exp = currencyExponent(currency);
  const amounts = input.result.members.flatMap((m) => m.years.flatMap((y) => [y.gross, y.net, y.subsidies, y.adjustment, y.roundingAdjustment, ...y.components.map((c) => c.amount)]), ...(input.resolved.costs ?? []), ...(input.resolved.pools ?? []));
  const decimals = amounts.some((minor) => minor % 10 ** exp !== 0) ? exp : 0;
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (minor) => format.format((decimals === 0 ? String(minor / 10 ** exp) : minorToText(minor, currency)) as unknown as number);
}

export async function renderAnnexPdf(input: AnnexPdfInput): Promise<Buffer> {
  const { metadata } = input;
  const labels = pdfLabels(metadata.language);
  const money = amountText(input, intlLocale(metadata.language));
  const title = `${labels.annex.title} – ${metadata.scenarioName}`;
  const pdf = new PdfWriter({
    language: metadata.language,
    title,
    subject: labels.annex.subject,
    author: metadata.consortium,
    createdAt: metadata.exportedAt,
    footer: (page, pages) => `${metadata.cooperation} – ${labels.annex.title} – ${labels.page(page, pages)}`,
  });
  pdf.heading(title, 1);
  if (metadata.draft) pdf.paragraph(labels.draft, { bold: true });
  writeCover(pdf, input, labels, money);
  const columns = amountColumns(input, labels.annex);
  input.result.years.forEach((_, index) => writeYear(pdf, input, index, columns, labels.annex, money));
  pdf.paragraph(labels.annex.note, { size: 8 });
  return pdf.finish();
}
