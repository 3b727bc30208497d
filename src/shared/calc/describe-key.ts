/**
 * The key in words: one sentence per component and per subsidy, and the rounding, edge and
 * pro-rata rules, in Swedish, Norwegian Bokmål or English. Built from the normalised key itself,
 * so the annex's cover and the key builder's preview state the same rule in the same words.
 */
import { intlLocale, type Language } from '../domain/languages';
import { formatMoney } from '../format/numbers';
import { enumWord } from '../i18n/translate';
import type { NormalizedKey } from './key.types';
import { currencyExponent } from './money';

export type KeyWordsLanguage = Language;

type Mode = 'half-up' | 'half-even' | 'down' | 'up';

export interface KeyWords {
  readonly equal: (share: string) => string;
  readonly proportional: (share: string, metric: string) => string;
  readonly banded: (metric: string) => string;
  readonly perUnit: (metric: string, rates: string) => string;
  readonly perUnitBanded: (metric: string) => string;
  readonly perUnitMarginal: (metric: string) => string;
  readonly category: (amounts: string) => string;
  readonly fixed: (amount: string) => string;
  readonly override: (condition: string, replaces: string) => string;
  readonly above: (metric: string, value: string) => string;
  readonly atLeast: (metric: string, value: string) => string;
  readonly inCategories: (categories: string) => string;
  readonly onJoin: string;
  readonly onlyFor: (categories: string) => string;
  readonly min: (amount: string) => string;
  readonly max: (amount: string) => string;
  readonly fromYear: (rate: string, year: number) => string;
  readonly perUnitWord: string;
  readonly months: readonly string[];
  readonly metricRef: (name: string, offset: number, asOf: string | null) => string;
  readonly subsidyShare: (funder: string, share: string, component: string) => string;
  readonly subsidyRate: (funder: string, rate: string, metric: string, component: string) => string;
  readonly joinedBetween: (from: string, to: string) => string;
  readonly contractYears: (years: string) => string;
  readonly calendarYears: (years: string) => string;
  readonly proRata: string;
  readonly rounding: (unit: string, mode: string) => string;
  readonly modes: Readonly<Record<Mode, string>>;
  readonly lowerInclusive: string;
  readonly marginalBands: string;
  readonly upperInclusive: string;
  readonly proRataNone: string;
  readonly proRataMonth: string;
  readonly proRataDay: string;
  readonly largestRemainder: string;
}

const METRIC_NAMES: Readonly<Record<string, Readonly<Record<KeyWordsLanguage, string>>>> = {
  population: { sv: 'invånare', nb: 'innbyggere', en: 'population' },
};

export function metricLabel(name: string, language: KeyWordsLanguage): string {
  return METRIC_NAMES[name]?.[language] ?? name;
}

export function moneyText(minor: number, currency: string, language: KeyWordsLanguage): string {
  return formatMoney(minor, currency, language, { decimals: 'always' });
}

export function numberText(value: number, language: KeyWordsLanguage): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 6 }).format(value);
}

/** Joins a list the way the language does: "a, b och c". */
function listIn(and: string): (items: readonly string[]) => string {
  return (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`);
}
export const joinList: Readonly<Record<KeyWordsLanguage, (items: readonly string[]) => string>> = {
  sv: listIn('och'),
  nb: listIn('og'),
  en: listIn('and'),
};

const sv: KeyWords = {
  equal: (share: string) => `${share} % av kostnaden delas lika mellan de betalande medlemmarna`,
  proportional: (share: string, metric: string) => `${share} % av kostnaden fördelas efter ${metric}`,
  banded: (metric: string) => `fast belopp efter intervall av ${metric} (se tabell på parameterbladet)`,
  perUnit: (metric: string, rates: string) => `${rates} per enhet av ${metric}`,
  perUnitBanded: (metric: string) => `hela ${metric} gånger satsen för det intervall medlemmen hamnar i (se tabell)`,
  perUnitMarginal: (metric: string) => `varje intervalls sats gånger den del av ${metric} som ligger inom intervallet, summerat (marginell taxa, se tabell)`,
  category: (amounts: string) => `avgift efter organisationstyp: ${amounts}`,
  fixed: (amount: string) => `fast avgift ${amount}`,
  override: (condition: string, replaces: string) => `${condition}: ersätter ${replaces}`,
  above: (metric: string, value: string) => `${metric} över ${value}`,
  atLeast: (metric: string, value: string) => `${metric} minst ${value}`,
  inCategories: (categories: string) => `organisationstyp ${categories}`,
  onJoin: 'engångsavgift året medlemmen ansluter',
  onlyFor: (categories: string) => `gäller ${categories}`,
  min: (amount: string) => `lägst ${amount} per år`,
  max: (amount: string) => `högst ${amount} per år`,
  fromYear: (rate: string, year: number) => `${rate} från ${year}`,
  perUnitWord: 'per enhet',
  months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  metricRef: (name: string, offset: number, asOf: string | null) =>
    `${name}${asOf ? ` per ${asOf}` : ''}${offset === 0 ? '' : offset === -1 ? ' året före' : ` ${-offset} år före`}`,
  subsidyShare: (funder: string, share: string, component: string) => `${funder} betalar ${share} % av ${component}`,
  subsidyRate: (funder: string, rate: string, metric: string, component: string) => `${funder} betalar ${rate} per enhet av ${metric} av ${component}`,
  joinedBetween: (from: string, to: string) => `för medlemmar som ansluter ${from}–${to}`,
  contractYears: (years: string) => `avtalsår ${years}`,
  calendarYears: (years: string) => `kalenderår ${years}`,
  proRata: 'i proportion till del av året',
  rounding: (unit: string, mode: string) => `varje belopp avrundas till ${unit} (${mode})`,
  modes: { 'half-up': 'halva uppåt', 'half-even': 'halva till jämnt', down: 'nedåt', up: 'uppåt' },
  lowerInclusive: 'nedre gränsen ingår: [från, till)',
  marginalBands: 'marginell taxa: varje intervalls sats gäller den del av värdet som ligger inom intervallet',
  upperInclusive: 'övre gränsen ingår: (från, till]',
  proRataNone: 'helt år',
  proRataMonth: 'påbörjade månader / 12',
  proRataDay: 'dagar / dagar i året',
  largestRemainder:
    'Fördelningen av kostnaden avrundas en gång per medlem med största-rest-metoden så att delarna blir exakt kostnaden; skillnaden mot de avrundade delarna visas i kolumnen Avrundning.',
};

const nb: KeyWords = {
  equal: (share: string) => `${share} % av kostnaden deles likt mellom de betalende medlemmene`,
  proportional: (share: string, metric: string) => `${share} % av kostnaden fordeles etter ${metric}`,
  banded: (metric: string) => `fast beløp etter intervall av ${metric} (se tabell på parameterarket)`,
  perUnit: (metric: string, rates: string) => `${rates} per enhet av ${metric}`,
  perUnitBanded: (metric: string) => `hele ${metric} ganger satsen for intervallet medlemmet havner i (se tabell)`,
  perUnitMarginal: (metric: string) => `hvert intervalls sats ganger den delen av ${metric} som ligger innenfor intervallet, summert (marginal sats, se tabell)`,
  category: (amounts: string) => `avgift etter organisasjonstype: ${amounts}`,
  fixed: (amount: string) => `fast avgift ${amount}`,
  override: (condition: string, replaces: string) => `${condition}: erstatter ${replaces}`,
  above: (metric: string, value: string) => `${metric} over ${value}`,
  atLeast: (metric: string, value: string) => `${metric} minst ${value}`,
  inCategories: (categories: string) => `organisasjonstype ${categories}`,
  onJoin: 'engangsavgift det året medlemmet slutter seg til',
  onlyFor: (categories: string) => `gjelder ${categories}`,
  min: (amount: string) => `minst ${amount} per år`,
  max: (amount: string) => `høyst ${amount} per år`,
  fromYear: (rate: string, year: number) => `${rate} fra ${year}`,
  perUnitWord: 'per enhet',
  months: ['jan.', 'feb.', 'mars', 'april', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  metricRef: (name: string, offset: number, asOf: string | null) =>
    `${name}${asOf ? ` per ${asOf}` : ''}${offset === 0 ? '' : offset === -1 ? ' året før' : ` ${-offset} år før`}`,
  subsidyShare: (funder: string, share: string, component: string) => `${funder} betaler ${share} % av ${component}`,
  subsidyRate: (funder: string, rate: string, metric: string, component: string) => `${funder} betaler ${rate} per enhet av ${metric} av ${component}`,
  joinedBetween: (from: string, to: string) => `for medlemmer som slutter seg til ${from}–${to}`,
  contractYears: (years: string) => `avtaleår ${years}`,
  calendarYears: (years: string) => `kalenderår ${years}`,
  proRata: 'forholdsmessig etter del av året',
  rounding: (unit: string, mode: string) => `hvert beløp avrundes til ${unit} (${mode})`,
  modes: { 'half-up': 'halv opp', 'half-even': 'halv til partall', down: 'ned', up: 'opp' },
  lowerInclusive: 'nedre grense inkludert: [fra, til)',
  marginalBands: 'marginal sats: hvert intervalls sats gjelder den delen av verdien som ligger innenfor intervallet',
  upperInclusive: 'øvre grense inkludert: (fra, til]',
  proRataNone: 'helt år',
  proRataMonth: 'påbegynte måneder / 12',
  proRataDay: 'dager / dager i året',
  largestRemainder:
    'Fordelingen av kostnaden avrundes én gang per medlem med største-rest-metoden slik at delene blir nøyaktig kostnaden; forskjellen mot de avrundede delene vises i kolonnen Avrunding.',
};

const en: KeyWords = {
  equal: (share: string) => `${share} % of the cost is split equally among the paying members`,
  proportional: (share: string, metric: string) => `${share} % of the cost is shared by ${metric}`,
  banded: (metric: string) => `a flat amount by band of ${metric} (see the table on the parameters sheet)`,
  perUnit: (metric: string, rates: string) => `${rates} per unit of ${metric}`,
  perUnitBanded: (metric: string) => `the whole ${metric} times the rate of the member's band (see the table)`,
  perUnitMarginal: (metric: string) => `each band's rate times the part of ${metric} inside that band, summed (marginal rates, see the table)`,
  category: (amounts: string) => `a fee by kind of organisation: ${amounts}`,
  fixed: (amount: string) => `a flat fee of ${amount}`,
  override: (condition: string, replaces: string) => `${condition}: replaces ${replaces}`,
  above: (metric: string, value: string) => `${metric} above ${value}`,
  atLeast: (metric: string, value: string) => `${metric} at least ${value}`,
  inCategories: (categories: string) => `kind of organisation ${categories}`,
  onJoin: 'one-time fee in the year the member joins',
  onlyFor: (categories: string) => `applies to ${categories}`,
  min: (amount: string) => `at least ${amount} a year`,
  max: (amount: string) => `at most ${amount} a year`,
  fromYear: (rate: string, year: number) => `${rate} from ${year}`,
  perUnitWord: 'per unit',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  metricRef: (name: string, offset: number, asOf: string | null) =>
    `${name}${asOf ? ` as of ${asOf}` : ''}${offset === 0 ? '' : offset === -1 ? ' of the year before' : ` ${-offset} years before`}`,
  subsidyShare: (funder: string, share: string, component: string) => `${funder} pays ${share} % of ${component}`,
  subsidyRate: (funder: string, rate: string, metric: string, component: string) => `${funder} pays ${rate} per unit of ${metric} of ${component}`,
  joinedBetween: (from: string, to: string) => `for members joining ${from}–${to}`,
  contractYears: (years: string) => `contract year ${years}`,
  calendarYears: (years: string) => `calendar year ${years}`,
  proRata: 'in proportion to the part of the year',
  rounding: (unit: string, mode: string) => `every amount is rounded to ${unit} (${mode})`,
  modes: { 'half-up': 'half up', 'half-even': 'half to even', down: 'down', up: 'up' },
  lowerInclusive: 'lower bound inclusive: [from, to)',
  marginalBands: "marginal rates: each band's rate applies to the part of the value inside the band",
  upperInclusive: 'upper bound inclusive: (from, to]',
  proRataNone: 'whole year',
  proRataMonth: 'started months / 12',
  proRataDay: 'days / days in the year',
  largestRemainder:
    'The cost is rounded once per member by the largest-remainder method, so the parts add up to the cost exactly; the difference from the rounded parts is shown in the Rounding column.',
};

export const KEY_WORDS: Readonly<Record<KeyWordsLanguage, KeyWords>> = { sv, nb, en };

type Component = NormalizedKey['components'][number];
type FeeComponent = NormalizedKey['fees'][number];
type Subsidy = NormalizedKey['subsidies'][number];
type MetricRef = NormalizedKey['metrics'][number];

export interface KeyWordsContext {
  readonly key: NormalizedKey;
  readonly currency: string;
  readonly language: KeyWordsLanguage;
}

const wordsOf = (ctx: KeyWordsContext): KeyWords => KEY_WORDS[ctx.language];

/** `12-31` as "31 dec" / "31. des." / "31 Dec". */
function dayOfYear(ctx: KeyWordsContext, asOf: string | null): string | null {
  const match = asOf === null ? null : /^(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return asOf;
  const month = wordsOf(ctx).months[Number(match[1]) - 1] ?? match[1] ?? '';
  return `${Number(match[2])}${ctx.language === 'nb' ? '.' : ''} ${month}`;
}

function metricWords(ctx: KeyWordsContext, metric: MetricRef): string {
  return wordsOf(ctx).metricRef(metricLabel(metric.name, ctx.language), metric.yearOffset, dayOfYear(ctx, metric.asOf));
}

/** A rate as money when it is a whole number of minor units ("0,75 kr"), else as a decimal with the currency code. */
function rateText(ctx: KeyWordsContext, text: string): string {
  const exponent = currencyExponent(ctx.currency);
  const minor = Math.round(Number(text) * 10 ** exponent);
  const decimals = text.split('.')[1]?.length ?? 0;
  if (/^\d+(\.\d+)?$/.test(text) && decimals <= exponent && Number.isSafeInteger(minor)) return moneyText(minor, ctx.currency, ctx.language);
  return `${numberText(Number(text), ctx.language)} ${ctx.currency}`;
}

/** A category as readers say it: an organisation kind in their words ("kommun", not "municipality"); a category of the key's own naming as written. */
function categoryWord(ctx: KeyWordsContext, category: string): string {
  const word = enumWord(ctx.language, 'organisationKind', category);
  return word === category ? category : word.toLocaleLowerCase(ctx.language);
}

const categoryList = (ctx: KeyWordsContext, categories: readonly string[]): string => joinList[ctx.language](categories.map((c) => categoryWord(ctx, c)));

function feeWords(ctx: KeyWordsContext, fee: FeeComponent): string {
  const w = wordsOf(ctx);
  const money = (minor: number) => moneyText(minor, ctx.currency, ctx.language);
  const parts: string[] = [];
  switch (fee.kind) {
    case 'banded':
      parts.push(w.banded(metricWords(ctx, fee.metric)));
      break;
    case 'per-unit':
      if (fee.bands) {
        parts.push(fee.bandMode === 'marginal' ? w.perUnitMarginal(metricWords(ctx, fee.metric)) : w.perUnitBanded(metricWords(ctx, fee.metric)));
      } else {
        const rates = fee.rates.map((step, index) => (index === 0 ? rateText(ctx, step.text) : w.fromYear(rateText(ctx, step.text), step.fromYear)));
        parts.push(w.perUnit(metricWords(ctx, fee.metric), joinList[ctx.language](rates)));
      }
      break;
    case 'category':
      parts.push(w.category(Object.entries(fee.amounts).map(([category, amount]) => `${categoryWord(ctx, category)} ${money(amount)}`).join(', ')));
      break;
    case 'fixed':
      parts.push(w.fixed(money(fee.amount)));
      break;
  }
  if (fee.recurrence === 'on-join') parts.push(w.onJoin);
  if (fee.categories) parts.push(w.onlyFor(categoryList(ctx, fee.categories)));
  if (fee.min !== null) parts.push(w.min(money(fee.min)));
  if (fee.max !== null) parts.push(w.max(money(fee.max)));
  if (fee.recurrence === 'annual' && (fee.proRata.join !== 'none' || fee.proRata.leave !== 'none')) parts.push(w.proRata);
  if (fee.rounding.unit !== ctx.key.rounding.unit || fee.rounding.mode !== ctx.key.rounding.mode) {
    parts.push(w.rounding(money(fee.rounding.unit), w.modes[fee.rounding.mode]));
  }
  return parts.join('; ');
}

export function componentWords(ctx: KeyWordsContext, component: Component): string {
  const w = wordsOf(ctx);
  switch (component.kind) {
    case 'equal':
      return w.equal(component.shareText);
    case 'proportional':
      return w.proportional(component.shareText, metricWords(ctx, component.metric));
    case 'override': {
      const conditions: string[] = [];
      if (component.metric && component.above !== null) conditions.push(w.above(metricWords(ctx, component.metric), numberText(component.above, ctx.language)));
      if (component.metric && component.atLeast !== null) conditions.push(w.atLeast(metricWords(ctx, component.metric), numberText(component.atLeast, ctx.language)));
      if (component.categories) conditions.push(w.inCategories(categoryList(ctx, component.categories)));
      const replaced = component.replaces.map((id) => ctx.key.components.find((c) => c.id === id)?.label ?? id);
      return `${w.override(conditions.join(', '), joinList[ctx.language](replaced))}; ${feeWords(ctx, component.with)}`;
    }
    default:
      return feeWords(ctx, component);
  }
}

export function subsidyWords(ctx: KeyWordsContext, subsidy: Subsidy): string {
  const w = wordsOf(ctx);
  const component = ctx.key.components.find((c) => c.id === subsidy.componentId)?.label ?? subsidy.componentId;
  const parts = [
    subsidy.perUnit
      ? w.subsidyRate(subsidy.funder, rateText(ctx, subsidy.perUnit.rateText), metricWords(ctx, subsidy.perUnit.metric), component)
      : w.subsidyShare(subsidy.funder, subsidy.shareText ?? '', component),
  ];
  const date = (d: { year: number; month: number; day: number } | null): string =>
    d === null ? '' : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (subsidy.joinedFrom || subsidy.joinedTo) parts.push(w.joinedBetween(date(subsidy.joinedFrom), date(subsidy.joinedTo)));
  if (subsidy.categories) parts.push(w.onlyFor(categoryList(ctx, subsidy.categories)));
  if (subsidy.contractYears) parts.push(w.contractYears(joinList[ctx.language](subsidy.contractYears.map(String))));
  if (subsidy.calendarYears) parts.push(w.calendarYears(joinList[ctx.language](subsidy.calendarYears.map(String))));
  if (subsidy.perUnit && subsidy.proRata) parts.push(w.proRata);
  return parts.join('; ');
}

/** Rounding, band edges and pro rata in words. */
export function rulesInWords(ctx: KeyWordsContext): { rounding: string; edges: string | null; proRata: string } {
  const w = wordsOf(ctx);
  const key = ctx.key;
  const rounding = [w.rounding(moneyText(key.rounding.unit, ctx.currency, ctx.language), w.modes[key.rounding.mode])];
  if (key.pool.length > 0) rounding.push(w.largestRemainder);
  const edges = new Set<string>();
  for (const c of key.components) {
    const fee = c.kind === 'override' ? c.with : c;
    if ((fee.kind === 'banded' || (fee.kind === 'per-unit' && fee.bands)) && 'edge' in fee) {
      const marginal = fee.kind === 'per-unit' && fee.bandMode === 'marginal';
      edges.add(`${c.label}: ${marginal ? w.marginalBands : fee.edge === 'lower-inclusive' ? w.lowerInclusive : w.upperInclusive}`);
    }
  }
  const unit = (mode: string): string => (mode === 'day' ? w.proRataDay : mode === 'month' ? w.proRataMonth : w.proRataNone);
  const proRata = key.proRata.join === 'none' && key.proRata.leave === 'none' ? w.proRataNone : unit(key.proRata.join !== 'none' ? key.proRata.join : key.proRata.leave);
  return { rounding: rounding.join(' '), edges: edges.size > 0 ? [...edges].join('\n') : null, proRata };
}

export interface KeyInWords {
  readonly components: readonly { readonly id: string; readonly label: string; readonly text: string }[];
  readonly subsidies: readonly { readonly id: string; readonly funder: string; readonly text: string }[];
  readonly rules: { readonly rounding: string; readonly edges: string | null; readonly proRata: string };
}

/** The whole key in words, as the annex's cover states it. */
export function describeKey(key: NormalizedKey, currency: string, language: KeyWordsLanguage): KeyInWords {
  const ctx: KeyWordsContext = { key, currency, language };
  return {
    // A component without a label of its own (its label is its id) is named by its kind in words.
    components: key.components.map((c) => ({ id: c.id, label: c.label === c.id ? enumWord(language, 'componentType', c.kind) : c.label, text: componentWords(ctx, c) })),
    subsidies: key.subsidies.map((s) => ({ id: s.id, funder: s.funder, text: subsidyWords(ctx, s) })),
    rules: rulesInWords(ctx),
  };
}
