/**
 * The parameters sheet: every value the key uses, each in its own named cell, and band tables
 * with named columns. Member-table formulas refer only to these names and to the member's own
 * row, so a reader can follow any amount back to a parameter.
 *
 * Rates are written in minor units per unit (öre per inhabitant): 70 öre is an exact number in a
 * spreadsheet, 0.70 kr is not, and the amount formulas multiply in minor units (amount-formula.ts).
 */
import type { SheetLike, WorkbookLike } from '../xlsx/sheet-like';
import type { ResolvedScenario } from '../../../shared/calc';
import { minorToMajor } from '../xlsx/formula-cell';
import { defineName } from '../xlsx/defined-names';
import { amountFormat, integerFormat } from '../xlsx/number-formats';
import type { ParameterRow } from '../xlsx/parameter-table';
import { writeParameterTable } from '../xlsx/parameter-table';
import { setText } from '../xlsx/safe-cell';
import { FONT_NAME, fitRowHeight, styleHeaderRow } from '../xlsx/sheet-setup';
import type { AnnexLabels } from './annex-labels';
import { minorUnitName } from './annex-labels';
import type { AnnexPlan, YearPlan } from './annex-plan';
import { columnOf, feeOf, hasProRata, presenceFactor, ruleKey, yearRange } from './annex-plan';
import type { Band, FeeComponent } from './annex-input';
import { metricHeader } from './annex-text';
import type { ExportLanguage } from '../export-language';
import type { NamePool } from './defined-name-pool';
import type { PoolSplit } from './exact-split';
import { DIRECT_LIMIT, DIRECT_QUOTIENT, FORMULA_MAX, splitAmount, splitBlock, splitDigits } from './exact-split';
import { blockText, splitLabels } from './exact-split-labels';

export interface BandNames {
  readonly to: string;
  readonly amount: string | null;
  readonly rate: string | null;
  /** Whether every band amount is a whole major unit (so amount × 100 is exact). */
  readonly wholeAmounts: boolean;
}

/** The names member formulas use, by component / subsidy id and year. */
export interface ParameterNames {
  readonly share: Map<string, string>;
  readonly rates: Map<string, { readonly fromYear: number; readonly name: string }[]>;
  readonly bands: Map<string, BandNames>;
  readonly category: Map<string, Map<string, string>>;
  readonly fixed: Map<string, string>;
  readonly min: Map<string, string>;
  readonly max: Map<string, string>;
  readonly subsidyShare: Map<string, string>;
  readonly subsidyRate: Map<string, string>;
  readonly pool: Map<number, string>;
  /** Per `${componentId}:${year}`: the sum of the pool component's weights. */
  readonly weight: Map<string, string>;
  /** Per year whose pool shares are too large for the direct formula: the pool's split (exact-split.ts). */
  readonly poolSplit: Map<number, PoolSplit>;
  /** Per `${componentId}:${year}` written in the split shape: the names of Pj × s / M (exact-split.ts), j = 0 … n − 1. */
  readonly splitComponents: Map<string, string[]>;
}

/**
 * The pool components of a year whose direct formula could pass DIRECT_LIMIT, and the block that
 * splits the pool for all of them — or null when the direct formula is exact (or a component's
 * split has no block; member-formulas.ts then writes the expansion shape, see docs/exports.md).
 */
function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function poolSplitPlan(resolved: ResolvedScenario, plan: AnnexPlan, year: YearPlan): { block: number; digits: number; components: string[] } | null {
  const key = resolved.key;
  const pool = resolved.pools?.[year.t] ?? 0;
  const needs: { id: string; m: number; yMax: number }[] = [];
  for (const component of key.pool) {
    if (component.share.n === 0) continue;
    const weights = componentWeights(resolved, year, component);
    const total = weights.reduce((a, b) => a + b, 0);
    const wMax = Math.max(0, ...weights);
    const percent = (component.share.n * 100) / component.share.d;
    // The direct formula's numerator as written: a whole pool in major units times the ×100 left after cancelling (amount-formula.ts).
    const scale = 10 ** resolved.exponent;
    const whole = pool % scale === 0;
    const g = gcd(whole ? scale : 1, 100 * key.rounding.unit);
    const numConst = whole ? (g === scale || g === 100 * key.rounding.unit ? scale / g : scale) : 1;
    // ROUNDDOWN, ROUNDUP and the MOD of half-even are only trusted below DIRECT_QUOTIENT units (exact-split.ts).
    const direct = (whole ? pool / scale : pool) * numConst * percent * wMax < DIRECT_LIMIT && !(key.rounding.mode !== 'half-up' && pool / key.rounding.unit >= DIRECT_QUOTIENT);
    if (total === 0 || direct) continue;
    // The share as the fraction n/d of the pool: Y = n × weight, M = d × Σ weights (whole numbers).
    needs.push({ id: component.id, m: component.share.d * total, yMax: component.share.n * wMax });
  }
  if (needs.length === 0) return null;
  const blocks = needs.map((n) => splitBlock(n.m, n.yMax));
  if (blocks.some((b) => b === null)) return null;
  const block = Math.min(...(blocks as number[]));
  const digits = splitDigits(pool, block);
  // A component whose split formula would pass FORMULA_MAX in the member table's last row takes the expansion
  // shape in every row (member-formulas.ts finds no quotients for it): its quotient rows are not written, and
  // with no such component left neither are the pool's blocks, so the sheet holds no row no formula uses.
  const fits = needs.filter((n) => splitLength(resolved, plan, year, n.id, block, digits) <= FORMULA_MAX);
  if (fits.length === 0) return null;
  return { block, digits, components: fits.map((n) => n.id) };
}

/** The split formula's length in the member table's last row, with the parameters' names as poolRows and splitQuotients give them. */
function splitLength(resolved: ResolvedScenario, plan: AnnexPlan, year: YearPlan, id: string, block: number, digits: number): number {
  const component = resolved.key.pool.find((c) => c.id === id);
  if (!component) return 0;
  const row = Math.max(0, ...year.rows.map((r) => r.row));
  const proRata = resolved.key.proRata;
  const weight = [
    ...(hasProRata(proRata) ? [`${columnOf(plan, `presence:${ruleKey(proRata)}`).letter}${row}`] : []),
    ...(component.kind === 'proportional' ? [`${columnOf(plan, `metric:${component.metric.key}`).letter}${row}`] : []),
  ];
  const { n, d } = component.share;
  const clean = id.replace(/[^A-Za-z0-9]+/g, '_');
  const share = d === 100 ? `Share_${clean}` : `ROUND(Share_${clean}*${d}/100,0)`;
  const weights = `Weight_${clean}_${year.year}`;
  const scale = 10 ** resolved.exponent;
  const poolName = `Pool_${year.year}`;
  const minor = resolved.exponent === 0 ? poolName : `ROUND(${poolName}*${scale},0)`;
  const prefixes = [...Array.from({ length: digits - 1 }, (_, j) => `PoolBlocks${j === 0 ? '' : j + 1}_${year.year}`), minor];
  const y = n === d ? weight : [share, ...weight];
  const quotient = (j: number): string => [`PoolPerWeight${j + 1}_${clean}_${year.year}`, ...weight].join('*');
  return splitAmount({ prefixes, block }, y.length === 0 ? '1' : y.join('*'), d === 1 ? weights : `${weights}*${d}`, resolved.key.rounding, quotient).length;
}

interface Context {
  readonly workbook: Pick<WorkbookLike, 'definedNames'>;
  readonly sheet: SheetLike;
  readonly resolved: ResolvedScenario;
  readonly plan: AnnexPlan;
  readonly labels: AnnexLabels;
  readonly language: ExportLanguage;
  readonly names: NamePool;
}

/** Minor units per unit as a number: exact in binary when the rate has at most the currency's decimals plus halves. */
const minorRate = (rate: { n: number; d: number }): number => rate.n / rate.d;

function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < 6; decimals += 1) if (Number.isInteger(value * 10 ** decimals)) return decimals;
  return 6;
}

function percentFmt(language: ExportLanguage, value: number): string {
  return `${amountFormat(language, decimalsOf(value))}" %"`;
}

/** The parameter rows as they are collected, in sheet order, and the names member formulas will use. */
interface Section {
  readonly ctx: Context;
  readonly rows: ParameterRow[];
  readonly out: ParameterNames;
  readonly words: AnnexLabels['parameters'];
  /** The minor unit's name for rates ("öre"). */
  readonly unitName: string;
  /** The number format of an amount in the currency. */
  readonly money: string;
}

type BandTable = { id: string; label: string; fee: FeeComponent; bands: readonly Band[] };

type SplitRows = { prefixes: string[]; block: number; components: readonly string[]; pool: number };

/**
 * The parameters table — pool shares, fee parameters, subsidies, then per year the pool, the
 * member count, metric totals and pool weights — followed by the band tables. Returns the names.
 */
export function writeParametersSheet(ctx: Context, startRow: number): ParameterNames {
  const { resolved, language } = ctx;
  const section: Section = {
    ctx,
    rows: [],
    out: {
      share: new Map(),
      rates: new Map(),
      bands: new Map(),
      category: new Map(),
      fixed: new Map(),
      min: new Map(),
      max: new Map(),
      subsidyShare: new Map(),
      subsidyRate: new Map(),
      pool: new Map(),
      weight: new Map(),
      poolSplit: new Map(),
      splitComponents: new Map(),
    },
    words: ctx.labels.parameters,
    unitName: minorUnitName(resolved.currency, language, resolved.exponent),
    money: amountFormat(language, resolved.exponent),
  };
  shareRows(section);
  const bandTables = feeRows(section);
  subsidyRows(section);
  for (const year of ctx.plan.years) yearRows(section, year);

  const { rows, out, words } = section;
  const header = { label: words.parameter, value: words.value, name: words.name };
  writeParameterTable(ctx.workbook, ctx.sheet, startRow, header, rows);
  // Labels name funders and components in full; they wrap rather than run under the value.
  rows.forEach((_, index) => {
    const row = startRow + 1 + index;
    ctx.sheet.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
    ctx.sheet.getCell(row, 2).alignment = { vertical: 'top' };
    ctx.sheet.getCell(row, 3).alignment = { horizontal: 'left', indent: 1, vertical: 'top' };
    fitRowHeight(ctx.sheet, row, [1]);
  });

  let row = startRow + rows.length + 2;
  for (const table of bandTables) {
    row = writeBandTable(ctx, row, table, out) + 1;
  }
  return out;
}

/** Shares of the pool; the "rest" share is a formula, so changing the equal share moves both. */
function shareRows({ ctx, rows, out, words }: Section): void {
  const { resolved, names, language } = ctx;
  const key = resolved.key;
  const restIndex = resolved.keyDefinition.components.findIndex((c) => 'share' in c && c.share === 'rest');
  for (const component of key.pool) {
    out.share.set(component.id, names.name('Share', component.id));
  }
  for (const component of key.pool) {
    const name = out.share.get(component.id) ?? '';
    const value = (component.share.n * 100) / component.share.d;
    const others = key.pool.filter((c) => c.id !== component.id).map((c) => out.share.get(c.id) ?? '');
    rows.push({
      name,
      label: words.share(component.label),
      value: component.index === restIndex && others.length > 0 ? { formula: `100-${others.join('-')}`, cached: value } : value,
      numFmt: percentFmt(language, value),
    });
  }
}

/** Fee parameters, per column (an override's fee lives under the override's id); returns the band tables to write below. */
function feeRows({ ctx, rows, out, words, unitName, money }: Section): BandTable[] {
  const { resolved, plan, names, language } = ctx;
  const exponent = resolved.exponent;
  const bandTables: BandTable[] = [];
  for (const component of plan.components) {
    const fee = feeOf(component);
    if (!fee) continue;
    const id = component.id;
    const label = component.label;
    switch (fee.kind) {
      case 'banded':
        bandTables.push({ id, label, fee, bands: fee.bands });
        break;
      case 'per-unit':
        if (fee.bands) {
          bandTables.push({ id, label, fee, bands: fee.bands });
        } else {
          const steps = fee.rates.map((step, index) => {
            const name = names.name('Rate', id, index === 0 ? undefined : step.fromYear);
            const value = minorRate(step.rate);
            rows.push({
              name,
              label: index === 0 ? words.rate(label, unitName) : words.rateFrom(label, unitName, step.fromYear),
              value,
              numFmt: amountFormat(language, decimalsOf(value)),
            });
            return { fromYear: step.fromYear, name };
          });
          out.rates.set(id, steps);
        }
        break;
      case 'category': {
        const byCategory = new Map<string, string>();
        for (const [category, amount] of Object.entries(fee.amounts)) {
          const name = names.name('Fee', id, category);
          rows.push({ name, label: words.categoryAmount(label, category), value: minorToMajor(amount, exponent), numFmt: money });
          byCategory.set(category, name);
        }
        out.category.set(id, byCategory);
        break;
      }
      case 'fixed': {
        const name = names.name('Fee', id);
        rows.push({ name, label: words.amount(label), value: minorToMajor(fee.amount, exponent), numFmt: money });
        out.fixed.set(id, name);
        break;
      }
    }
    if (fee.min !== null) {
      const name = names.name('Min', id);
      rows.push({ name, label: words.min(label), value: minorToMajor(fee.min, exponent), numFmt: money });
      out.min.set(id, name);
    }
    if (fee.max !== null) {
      const name = names.name('Max', id);
      rows.push({ name, label: words.max(label), value: minorToMajor(fee.max, exponent), numFmt: money });
      out.max.set(id, name);
    }
    if (component.kind === 'override' && component.metric !== null) {
      const limit = component.above ?? component.atLeast;
      if (limit !== null) rows.push({ name: names.name('Limit', id), label: words.threshold(label), value: limit, numFmt: integerFormat(language) });
    }
  }
  return bandTables;
}

/** Each subsidy's share (percent of the component) or rate (minor units per unit). */
function subsidyRows({ ctx, rows, out, words, unitName }: Section): void {
  const { resolved, plan, names, language } = ctx;
  for (const subsidy of plan.subsidies) {
    const component = resolved.key.components.find((c) => c.id === subsidy.componentId)?.label ?? subsidy.componentId;
    if (subsidy.share) {
      const name = names.name('SubShare', subsidy.id);
      const value = (subsidy.share.n * 100) / subsidy.share.d;
      rows.push({ name, label: words.subsidyShare(subsidy.funder, component), value, numFmt: percentFmt(language, value) });
      out.subsidyShare.set(subsidy.id, name);
    } else if (subsidy.perUnit) {
      const name = names.name('SubRate', subsidy.id);
      const value = minorRate(subsidy.perUnit.rate);
      rows.push({ name, label: words.subsidyRate(subsidy.funder, component, unitName), value, numFmt: amountFormat(language, decimalsOf(value)) });
      out.subsidyRate.set(subsidy.id, name);
    }
  }
}

/** One year: the pool (and its split), the number of paying members, the metric totals and the pool weights. */
function yearRows(section: Section, year: YearPlan): void {
  const split = poolRows(section, year);
  const membersName = memberCountRow(section, year);
  const totals = metricTotalRows(section, year);
  weightRows(section, year, membersName, totals);
  if (split) splitQuotients(section.rows, section.out, section.ctx, year, split);
}

/** The year's pool and, when its shares are too large for the direct formula, the pool in whole blocks. */
function poolRows({ ctx, rows, out, words, unitName, money }: Section, year: YearPlan): SplitRows | null {
  const { resolved, plan, names, language } = ctx;
  if (!plan.allocation || !resolved.pools) return null;
  const exponent = resolved.exponent;
  const pool = resolved.pools[year.t] ?? 0;
  const name = names.name('Pool', String(year.year));
  rows.push({ name, label: words.pool(year.year), value: minorToMajor(pool, exponent), numFmt: money });
  out.pool.set(year.year, name);
  const split = poolSplitPlan(resolved, plan, year);
  if (!split) return null;
  // The pool in minor units in whole blocks of K^(n−1), K^(n−2), …, K: exact integers the split
  // shape multiplies (exact-split.ts); the last prefix is the pool itself in minor units.
  const scale = 10 ** exponent;
  const minor = exponent === 0 ? name : pool % scale === 0 ? `${name}*${scale}` : `ROUND(${name}*${scale},0)`;
  const { block } = split;
  const splitWords = splitLabels(language);
  const prefixes: string[] = [];
  for (let j = 0; j < split.digits - 1; j += 1) {
    const size = block ** (split.digits - 1 - j);
    const prefixName = names.name(j === 0 ? 'PoolBlocks' : `PoolBlocks${j + 1}`, String(year.year));
    rows.push({
      name: prefixName,
      label: splitWords.blocks(year.year, blockText(size, language), unitName),
      // ⌊X / S⌋ exactly: X − (S − 1)/2 lies strictly inside (P − ½, P + ½)·S.
      value: { formula: `ROUND((${minor}-${(size - 1) / 2})/${size},0)`, cached: Math.floor(pool / size) },
      numFmt: integerFormat(language),
    });
    prefixes.push(prefixName);
  }
  prefixes.push(minor);
  out.poolSplit.set(year.year, { prefixes, block });
  return { prefixes, block, components: split.components, pool };
}

/** The number of paying members that year, counted over the member table's names. */
function memberCountRow({ ctx, rows, words }: Section, year: YearPlan): string {
  const { plan, names, language } = ctx;
  const memberRange = yearRange(year, columnOf(plan, 'name').letter);
  const membersName = names.name('Members', String(year.year));
  rows.push({
    name: membersName,
    label: words.members(year.year),
    value: memberRange ? { formula: `COUNTA(${memberRange})`, cached: year.rows.length } : 0,
    numFmt: integerFormat(language),
  });
  return membersName;
}

/** Each metric's total over the year's member table; returns the names by metric key. */
function metricTotalRows({ ctx, rows, words }: Section, year: YearPlan): Map<string, string> {
  const { plan, names, language } = ctx;
  const totals = new Map<string, string>();
  for (const metric of plan.metrics) {
    const range = yearRange(year, columnOf(plan, `metric:${metric.key}`).letter);
    const total = year.rows.reduce((sum, r) => {
      const value = r.member.metrics[metric.key]?.values[year.t];
      return value === undefined || Number.isNaN(value) ? sum : sum + value;
    }, 0);
    const name = names.name('Total', metric.name, year.year);
    rows.push({
      name,
      label: words.total(metricHeader(metric.name, language), year.year),
      value: range ? { formula: `SUM(${range})`, cached: total } : 0,
      numFmt: integerFormat(language),
    });
    totals.set(metric.key, name);
  }
  return totals;
}

/**
 * The sum of each pool component's weights: without pro rata the member count or the metric
 * total itself; with it, presence (× metric) summed over the member table.
 */
function weightRows({ ctx, rows, out, words }: Section, year: YearPlan, membersName: string, totals: ReadonlyMap<string, string>): void {
  const { resolved, plan, names, language } = ctx;
  const key = resolved.key;
  for (const component of key.pool) {
    const weightKey = `${component.id}:${year.year}`;
    if (!hasProRata(key.proRata)) {
      out.weight.set(weightKey, component.kind === 'equal' ? membersName : (totals.get(component.metric.key) ?? ''));
      continue;
    }
    const presence = yearRange(year, columnOf(plan, `presence:${ruleKey(key.proRata)}`).letter);
    const weights = year.rows.map((r) => {
      const f = presenceFactor(r.member, year.t, key.proRata, year.daysInYear);
      return component.kind === 'equal' ? f.n : f.n * (r.member.metrics[component.metric.key]?.values[year.t] ?? 0);
    });
    const name = names.name('Weight', component.id, year.year);
    const formula =
      presence === null
        ? null
        : component.kind === 'equal'
          ? `SUM(${presence})`
          : `SUMPRODUCT(${presence},${yearRange(year, columnOf(plan, `metric:${component.metric.key}`).letter) ?? ''})`;
    rows.push({
      name,
      label: words.weight(component.label, year.year),
      value: formula ? { formula, cached: weights.reduce((a, b) => a + b, 0) } : 0,
      numFmt: integerFormat(language),
    });
    out.weight.set(weightKey, name);
  }
}

/**
 * Per pool component in the split shape: Pj × s / M for each prefix Pj of the pool (the whole
 * blocks of K^(n−1−j) öre), s/d the share and M = d × Σ weights — the float quotient a member's
 * weight times which the split shape rounds to Gj (exact-split.ts).
 */
function splitQuotients(rows: ParameterRow[], out: ParameterNames, ctx: Context, year: YearPlan, split: SplitRows): void {
  const { resolved, names, language } = ctx;
  const unitName = minorUnitName(resolved.currency, language, resolved.exponent);
  for (const component of resolved.key.pool) {
    if (!split.components.includes(component.id)) continue;
    const { n, d } = component.share;
    const shareName = out.share.get(component.id) ?? '';
    const share = d === 100 ? shareName : `ROUND(${shareName}*${d}/100,0)`;
    const weights = out.weight.get(`${component.id}:${year.year}`) ?? '';
    const total = componentWeights(resolved, year, component).reduce((a, b) => a + b, 0);
    const quotients = split.prefixes.map((prefix, j) => {
      const size = split.block ** (split.prefixes.length - 1 - j);
      const name = names.name(`PoolPerWeight${j + 1}`, component.id, year.year);
      const prefixValue = Math.floor(split.pool / size);
      // Rounded to 15 significant digits, the most a spreadsheet keeps in a file: a relative error of
      // 5·10^-15 moves Gj by at most 0.05 (Pj·Y/M ≤ 10^13), well inside the split shape's margin.
      const raw = (prefixValue * n) / (d * total);
      const decimals = raw === 0 ? 0 : 14 - Math.floor(Math.log10(raw));
      rows.push({
        name,
        label: splitLabels(language).perWeight(component.label, year.year, blockText(size, language), unitName),
        value: { formula: `ROUND(${prefix}*${n === d ? '1' : share}/(${d === 1 ? weights : `${weights}*${d}`}),${decimals})`, cached: raw === 0 ? 0 : Number(raw.toPrecision(15)) },
        numFmt: 'General',
      });
      return name;
    });
    out.splitComponents.set(`${component.id}:${year.year}`, quotients);
  }
}

/** Each member's weight for a pool component in a year (presence × metric, or presence for an equal share), as the parameters sheet sums them. */
export function componentWeights(resolved: ResolvedScenario, year: YearPlan, component: ResolvedScenario['key']['pool'][number]): number[] {
  const key = resolved.key;
  return year.rows.map((r) => {
    const presence = hasProRata(key.proRata) ? presenceFactor(r.member, year.t, key.proRata, year.daysInYear).n : 1;
    if (component.kind === 'equal') return presence;
    const value = r.member.metrics[component.metric.key]?.values[year.t];
    return value === undefined || Number.isNaN(value) ? 0 : presence * value;
  });
}

/** One band table: number, from, to, amount and/or rate; the To, Amount and Rate columns are named ranges. */
function writeBandTable(
  ctx: Context,
  startRow: number,
  table: BandTable,
  out: ParameterNames,
): number {
  const { sheet, labels, language, resolved, names } = ctx;
  const words = labels.parameters;
  const edge = 'edge' in table.fee ? table.fee.edge : 'lower-inclusive';
  const titleCell = sheet.getCell(startRow, 1);
  // Marginal bands charge each band's slice of the value: the edge rule plays no part, the rule is said instead.
  const marginal = table.fee.kind === 'per-unit' && table.fee.bandMode === 'marginal';
  setText(titleCell, words.bands(table.label, marginal ? labels.words.marginalBands : edge === 'lower-inclusive' ? labels.words.lowerInclusive : labels.words.upperInclusive));
  titleCell.font = { name: FONT_NAME, bold: true };
  const header = startRow + 1;
  const hasAmount = table.bands.some((b) => b.amount !== null);
  const hasRate = table.bands.some((b) => b.rate !== null);
  const heads = [words.band, words.from, words.to, hasAmount ? words.bandAmount : '', hasRate ? words.bandRate(minorUnitName(resolved.currency, language, resolved.exponent)) : ''];
  heads.forEach((text, index) => {
    const cell = sheet.getCell(header, index + 1);
    setText(cell, text);
    cell.alignment = { horizontal: index === 0 ? 'left' : 'right' };
  });
  styleHeaderRow(sheet, header, 1, 5);
  const first = header + 1;
  table.bands.forEach((band, index) => {
    const row = first + index;
    sheet.getCell(row, 1).value = index + 1;
    sheet.getCell(row, 1).alignment = { horizontal: 'left' };
    sheet.getCell(row, 2).value = band.from;
    sheet.getCell(row, 3).value = band.to;
    if (band.amount !== null) sheet.getCell(row, 4).value = minorToMajor(band.amount, resolved.exponent);
    if (band.rate !== null) sheet.getCell(row, 5).value = band.rate.n / band.rate.d;
    for (const column of [2, 3]) sheet.getCell(row, column).numFmt = integerFormat(language);
    sheet.getCell(row, 4).numFmt = amountFormat(language, resolved.exponent);
    sheet.getCell(row, 5).numFmt = amountFormat(language, band.rate ? decimalsOf(band.rate.n / band.rate.d) : 0);
    for (let column = 1; column <= 5; column += 1) sheet.getCell(row, column).font = { name: FONT_NAME };
  });
  const last = first + table.bands.length - 1;
  const to = defineName(ctx.workbook, sheet, `C${first}:C${last}`, names.name('Bands', table.id, 'to'));
  const amount = hasAmount ? defineName(ctx.workbook, sheet, `D${first}:D${last}`, names.name('Bands', table.id, 'amount')) : null;
  const rate = hasRate ? defineName(ctx.workbook, sheet, `E${first}:E${last}`, names.name('Bands', table.id, 'rate')) : null;
  const wholeAmounts = table.bands.every((b) => b.amount === null || b.amount % 10 ** resolved.exponent === 0);
  out.bands.set(table.id, { to, amount, rate, wholeAmounts });
  return last + 1;
}
