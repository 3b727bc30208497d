/**
 * "New scenario": what a person types in the dialog (a key, a name, the horizon, the yearly cost
 * to share, population growth) turned into a stored scenario definition (docs/key-format.md,
 * schemaVersion 1), and the backend's INVALID_INPUT issue paths turned back into the dialog's
 * fields so each refusal stands beside the field it is about.
 */
import type { ScenarioDefinitionInput } from '../../../../shared/calc';
import type { Language } from '../../format/locales';
import { amountText as amountOrRefusal, asYear, horizonYears, MAX_HORIZON_YEARS, rateText as rateOrRefusal } from './form-text';

export { MAX_HORIZON_YEARS, horizonYears } from './form-text';

export type CostMode = 'byYear' | 'indexed';

export interface NewScenarioForm {
  name: string;
  from: number | string;
  to: number | string;
  costMode: CostMode;
  /** Typed text per year ("500 000"), kept across horizon changes. */
  costsByYear: Record<string, string>;
  /** Base amount for the first horizon year, then indexed by `indexRate` percent a year. */
  baseAmount: string;
  indexRate: string;
  /** Yearly population growth in percent; empty for none. */
  growth: string;
}

/** What the dialog needs of the chosen key's definition. */
export interface ChosenKey {
  id: string;
  version: number;
  family: string;
  rounding?: { unit?: string } | undefined;
}

/** A field of the dialog: `key`, `name`, `from`, `to`, `cost:2019`, `baseAmount`, `indexRate`, `growth`, `costs`. */
export type NewScenarioField = string;

/** i18n keys of the refusals the dialog finds itself, before asking the backend. */
export type LocalError = 'validation.required' | 'validation.year' | 'validation.amount' | 'validation.positiveAmount' | 'studio.new.rate' | 'studio.new.toBeforeFrom' | 'studio.new.tooLong';

export type BuildResult = { ok: true; definition: ScenarioDefinitionInput } | { ok: false; errors: Record<NewScenarioField, LocalError> };

const amountText = (text: string, language: Language): string | LocalError => amountOrRefusal(text, language);
const rateText = (text: string): string | LocalError => rateOrRefusal(text, 'studio.new.rate');

const isError = (value: string): value is LocalError => value.startsWith('validation.') || value.startsWith('studio.new.');

/** An id for the definition: the name's letters and digits, and the time, so two scenarios of the same name do not clash. */
export function scenarioIdFor(name: string, now: Date): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${slug === '' ? 'scenario' : slug}-${now.getTime().toString(36)}`;
}

/**
 * The stored definition for the form, or the fields it refuses. Allocation keys share a cost, so
 * they need one per horizon year (typed, or a base amount indexed yearly, rounded to the key's own
 * rounding unit so each year's pool can be shared out exactly); fee schedules need none.
 */
export function buildNewScenario(form: NewScenarioForm, key: ChosenKey | null, currency: string, language: Language, now: Date): BuildResult {
  const errors: Record<NewScenarioField, LocalError> = {};
  if (key === null) errors['key'] = 'validation.required';
  const name = form.name.trim();
  if (name === '') errors['name'] = 'validation.required';
  const from = asYear(form.from);
  const to = asYear(form.to);
  if (from === null) errors['from'] = 'validation.year';
  if (to === null) errors['to'] = 'validation.year';
  if (from !== null && to !== null) {
    if (to < from) errors['to'] = 'studio.new.toBeforeFrom';
    else if (to - from + 1 > MAX_HORIZON_YEARS) errors['to'] = 'studio.new.tooLong';
  }
  const definition: ScenarioDefinitionInput = {
    schemaVersion: 1,
    id: scenarioIdFor(name, now),
    name,
    currency,
    horizon: { from: from ?? 0, to: to ?? 0 },
    key: { ref: key?.id ?? '', version: key?.version ?? 1 },
  };
  if (key?.family === 'allocation') {
    if (form.costMode === 'byYear') {
      const byYear: Record<string, string> = {};
      for (const year of horizonYears(form.from, form.to)) {
        const amount = amountText(form.costsByYear[String(year)] ?? '', language);
        if (isError(amount)) errors[`cost:${year}`] = amount;
        else byYear[String(year)] = amount;
      }
      definition.costs = { byYear };
    } else {
      const amount = amountText(form.baseAmount, language);
      const rate = rateText(form.indexRate);
      if (isError(amount)) errors['baseAmount'] = amount;
      if (isError(rate)) errors['indexRate'] = rate;
      definition.costs = { base: { year: from ?? 0, amount }, indexRate: rate, rounding: { unit: key.rounding?.unit ?? '1', mode: 'half-up' } };
    }
  }
  if (form.growth.trim() !== '') {
    const rate = rateText(form.growth);
    if (isError(rate)) errors['growth'] = rate;
    else definition.growth = { population: { rate, mode: 'half-up' } };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, definition };
}

/** The dialog field an issue path of `scenarios:save` is about, or null (then it is shown under the form). */
export function fieldOfIssue(path: string, costMode: CostMode): NewScenarioField | null {
  const p = path.replace(/^definition\.?/u, '');
  if (path === 'name' || p === 'name' || p === 'id') return 'name';
  if (path === 'cooperationId' || p === 'currency') return null;
  if (p === 'key' || p.startsWith('key.') || p.startsWith('key[')) return 'key';
  if (p === 'horizon.from') return 'from';
  if (p === 'horizon' || p.startsWith('horizon.')) return 'to';
  if (p.startsWith('costs')) {
    if (costMode === 'indexed') return p.startsWith('costs.indexRate') ? 'indexRate' : 'baseAmount';
    const year = /^costs\.byYear\.(\d{4})/u.exec(p)?.[1];
    return year === undefined ? 'costs' : `cost:${year}`;
  }
  if (p.startsWith('growth')) return 'growth';
  return null;
}
