/**
 * The key described in words for the cover: one sentence per component and per subsidy, and the
 * rounding, edge and pro-rata rules — built from the key definition itself, so the words and the
 * formulas come from the same source.
 */
import { currencyExponent } from '../../../shared/calc';
import type { NormalizedKey } from '../../../shared/calc';
import type { ExportLanguage } from '../export-language';
import type { Component, FeeComponent, MetricRef, Subsidy } from './annex-input';
import type { AnnexLabels } from './annex-labels';
import { joinList } from './annex-labels';
import { metricLabel, moneyText, numberText } from './annex-text';

export interface WordsContext {
  readonly key: NormalizedKey;
  readonly currency: string;
  readonly language: ExportLanguage;
  readonly labels: AnnexLabels;
}

/** `12-31` as "31 dec" / "31. des." / "31 Dec". */
function dayOfYear(ctx: WordsContext, asOf: string | null): string | null {
  const match = asOf === null ? null : /^(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return asOf;
  const month = ctx.labels.words.months[Number(match[1]) - 1] ?? match[1] ?? '';
  return `${Number(match[2])}${ctx.language === 'nb' ? '.' : ''} ${month}`;
}

function metricWords(ctx: WordsContext, metric: MetricRef): string {
  return ctx.labels.words.metricRef(metricLabel(metric.name, ctx.language), metric.yearOffset, dayOfYear(ctx, metric.asOf));
}

/** A rate as money when it is a whole number of minor units ("0,75 kr"), else as a decimal with the currency code. */
function rateText(ctx: WordsContext, text: string): string {
  const exponent = currencyExponent(ctx.currency);
  const minor = Math.round(Number(text) * 10 ** exponent);
  const decimals = text.split('.')[1]?.length ?? 0;
  if (/^\d+(\.\d+)?$/.test(text) && decimals <= exponent && Number.isSafeInteger(minor)) return moneyText(minor, ctx.currency, ctx.language);
  return `${numberText(Number(text), ctx.language)} ${ctx.currency}`;
}

function feeWords(ctx: WordsContext, fee: FeeComponent): string {
  const w = ctx.labels.words;
  const money = (minor: number) => moneyText(minor, ctx.currency, ctx.language);
  const parts: string[] = [];
  switch (fee.kind) {
    case 'banded':
      parts.push(w.banded(metricWords(ctx, fee.metric)));
      break;
    case 'per-unit':
      if (fee.bands) {
        parts.push(w.perUnitBanded(metricWords(ctx, fee.metric)));
      } else {
        const rates = fee.rates.map((step, index) => (index === 0 ? rateText(ctx, step.text) : w.fromYear(rateText(ctx, step.text), step.fromYear)));
        parts.push(w.perUnit(metricWords(ctx, fee.metric), joinList[ctx.language](rates)));
      }
      break;
    case 'category':
      parts.push(w.category(Object.entries(fee.amounts).map(([category, amount]) => `${category} ${money(amount)}`).join(', ')));
      break;
    case 'fixed':
      parts.push(w.fixed(money(fee.amount)));
      break;
  }
  if (fee.recurrence === 'on-join') parts.push(w.onJoin);
  if (fee.categories) parts.push(w.onlyFor(joinList[ctx.language](fee.categories)));
  if (fee.min !== null) parts.push(w.min(money(fee.min)));
  if (fee.max !== null) parts.push(w.max(money(fee.max)));
  if (fee.recurrence === 'annual' && (fee.proRata.join !== 'none' || fee.proRata.leave !== 'none')) parts.push(w.proRata);
  if (fee.rounding.unit !== ctx.key.rounding.unit || fee.rounding.mode !== ctx.key.rounding.mode) {
    parts.push(w.rounding(money(fee.rounding.unit), w.modes[fee.rounding.mode]));
  }
  return parts.join('; ');
}

export function componentWords(ctx: WordsContext, component: Component): string {
  const w = ctx.labels.words;
  switch (component.kind) {
    case 'equal':
      return w.equal(component.shareText);
    case 'proportional':
      return w.proportional(component.shareText, metricWords(ctx, component.metric));
    case 'override': {
      const conditions: string[] = [];
      if (component.metric && component.above !== null) conditions.push(w.above(metricWords(ctx, component.metric), numberText(component.above, ctx.language)));
      if (component.metric && component.atLeast !== null) conditions.push(w.atLeast(metricWords(ctx, component.metric), numberText(component.atLeast, ctx.language)));
      if (component.categories) conditions.push(w.inCategories(joinList[ctx.language](component.categories)));
      const replaced = component.replaces.map((id) => ctx.key.components.find((c) => c.id === id)?.label ?? id);
      return `${w.override(conditions.join(', '), joinList[ctx.language](replaced))}; ${feeWords(ctx, component.with)}`;
    }
    default:
      return feeWords(ctx, component);
  }
}

export function subsidyWords(ctx: WordsContext, subsidy: Subsidy): string {
  const w = ctx.labels.words;
  const component = ctx.key.components.find((c) => c.id === subsidy.componentId)?.label ?? subsidy.componentId;
  const parts = [
    subsidy.perUnit
      ? w.subsidyRate(subsidy.funder, rateText(ctx, subsidy.perUnit.rateText), metricWords(ctx, subsidy.perUnit.metric), component)
      : w.subsidyShare(subsidy.funder, subsidy.shareText ?? '', component),
  ];
  const date = (d: { year: number; month: number; day: number } | null): string =>
    d === null ? '' : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (subsidy.joinedFrom || subsidy.joinedTo) parts.push(w.joinedBetween(date(subsidy.joinedFrom), date(subsidy.joinedTo)));
  if (subsidy.categories) parts.push(w.onlyFor(joinList[ctx.language](subsidy.categories)));
  if (subsidy.contractYears) parts.push(w.contractYears(joinList[ctx.language](subsidy.contractYears.map(String))));
  if (subsidy.calendarYears) parts.push(w.calendarYears(joinList[ctx.language](subsidy.calendarYears.map(String))));
  if (subsidy.perUnit && subsidy.proRata) parts.push(w.proRata);
  return parts.join('; ');
}

/** Rounding, band edges and pro rata in words. */
export function rulesInWords(ctx: WordsContext): { rounding: string; edges: string | null; proRata: string } {
  const w = ctx.labels.words;
  const key = ctx.key;
  const rounding = [w.rounding(moneyText(key.rounding.unit, ctx.currency, ctx.language), w.modes[key.rounding.mode])];
  if (key.pool.length > 0) rounding.push(w.largestRemainder);
  const edges = new Set<string>();
  for (const c of key.components) {
    const fee = c.kind === 'override' ? c.with : c;
    if ((fee.kind === 'banded' || (fee.kind === 'per-unit' && fee.bands)) && 'edge' in fee) {
      edges.add(`${c.label}: ${fee.edge === 'lower-inclusive' ? w.lowerInclusive : w.upperInclusive}`);
    }
  }
  const unit = (mode: string): string => (mode === 'day' ? w.proRataDay : mode === 'month' ? w.proRataMonth : w.proRataNone);
  const proRata = key.proRata.join === 'none' && key.proRata.leave === 'none' ? w.proRataNone : unit(key.proRata.join !== 'none' ? key.proRata.join : key.proRata.leave);
  return { rounding: rounding.join(' '), edges: edges.size > 0 ? [...edges].join('\n') : null, proRata };
}
