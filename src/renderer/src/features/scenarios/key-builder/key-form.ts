/**
 * The key builder's form and the key it stands for (docs/key-format.md). The form keeps what a
 * person typed, as text, in the shape of the key, so every field has the key path the engine names
 * in its refusals (`components[2].bands[3].from`): `toKey` writes the definition (nothing is checked
 * here; the engine's own schema does that), `fromKey` reads a stored or imported one back.
 */
import type { ComponentDefinition, Edge, KeyDefinitionInput, ProRataMode, RoundingMode } from '../../../../../shared/calc';

export type { Edge, ProRataMode, RoundingMode };
export type ComponentType = ComponentDefinition['type'];
export type FeeType = Exclude<ComponentType, 'equal' | 'proportional' | 'override'>;

/** A share of the pool: a percentage, a key parameter, or the rest of 100 %. */
export interface ShareForm {
  mode: 'value' | 'param' | 'rest';
  value: string;
  param: string;
}

/** A rate or percentage: typed, or a key parameter. */
export interface RateForm {
  mode: 'value' | 'param';
  value: string;
  param: string;
}

export interface MetricForm {
  name: string;
  /** "0" = the charge year, "-1" = the year before. */
  yearOffset: string;
  /** MM-DD, or empty. */
  asOf: string;
}

export interface BandForm {
  from: string;
  /** Empty on the last, open-ended band. */
  to: string;
  /** Band fees: a flat amount. Per-unit bands: a rate, or (when `useAmount`) a flat amount. */
  amount: string;
  rate: RateForm;
  useAmount: boolean;
  label: string;
}

export interface FeeForm {
  recurrence: 'annual' | 'on-join';
  /** Comma-separated organisation categories, empty for every category. */
  categories: string;
  /** Member ids, empty for every member. */
  members: string[];
  membership: '' | 'group' | 'individual';
  proRata: { own: boolean; join: ProRataMode; leave: ProRataMode };
  rounding: { own: boolean; unit: string; mode: RoundingMode };
  min: string;
  max: string;
  metric: MetricForm;
  edge: Edge;
  bands: BandForm[];
  /** per-unit: one rate (with later rate steps), the whole value at its band's rate, or each band's part at that band's rate (marginal). */
  perUnitMode: 'rate' | 'bands' | 'marginal';
  rate: RateForm;
  rateFrom: { fromYear: string; rate: RateForm }[];
  amounts: { category: string; amount: string }[];
  amount: string;
}

export interface ComponentForm {
  type: ComponentType;
  id: string;
  label: string;
  share: ShareForm;
  metric: MetricForm;
  fee: FeeForm;
  /** override: who it applies to, what it replaces and the fee it charges instead. */
  when: { useMetric: boolean; metric: MetricForm; comparator: 'above' | 'atLeast'; threshold: string; categories: string };
  replaces: string[];
  withType: FeeType;
  /** The override fee's own id and label as stored (the engine labels the charge with them); empty for new ones. */
  withId: string;
  withLabel: string;
}

export interface SubsidyForm {
  id: string;
  funder: string;
  component: string;
  kind: 'share' | 'perUnit';
  share: RateForm;
  rate: RateForm;
  metric: MetricForm;
  proRata: boolean;
  joinedFrom: string;
  joinedTo: string;
  categories: string;
  /** Comma-separated years. */
  contractYears: string;
  calendarYears: string;
  rounding: { own: boolean; unit: string; mode: RoundingMode };
}

export interface KeyForm {
  id: string;
  version: number;
  name: string;
  family: 'allocation' | 'fee-schedule';
  description: string;
  source: string;
  parameters: { name: string; value: string }[];
  rounding: { unit: string; mode: RoundingMode };
  proRata: { join: ProRataMode; leave: ProRataMode };
  components: ComponentForm[];
  subsidies: SubsidyForm[];
}

const rate = (value = ''): RateForm => ({ mode: 'value', value, param: '' });
const metric = (name = 'population'): MetricForm => ({ name, yearOffset: '0', asOf: '' });

export function emptyBand(from = ''): BandForm {
  return { from, to: '', amount: '', rate: rate(), useAmount: false, label: '' };
}

export function emptyFee(): FeeForm {
  return {
    recurrence: 'annual',
    categories: '',
    members: [],
    membership: '',
    proRata: { own: false, join: 'none', leave: 'none' },
    rounding: { own: false, unit: '1', mode: 'half-up' },
    min: '',
    max: '',
    metric: metric(),
    edge: 'lower-inclusive',
    bands: [emptyBand('0')],
    perUnitMode: 'rate',
    rate: rate(),
    rateFrom: [],
    amounts: [{ category: 'municipality', amount: '' }],
    amount: '',
  };
}

export function emptyComponent(type: ComponentType, id: string): ComponentForm {
  return {
    type,
    id,
    label: '',
    share: { mode: 'value', value: '', param: '' },
    metric: metric(),
    fee: emptyFee(),
    when: { useMetric: true, metric: metric(), comparator: 'above', threshold: '', categories: '' },
    replaces: [],
    withType: 'fixed',
    withId: '',
    withLabel: '',
  };
}

export function emptySubsidy(id: string, component: string): SubsidyForm {
  return {
    id,
    funder: '',
    component,
    kind: 'share',
    share: rate(),
    rate: rate(),
    metric: metric(),
    proRata: true,
    joinedFrom: '',
    joinedTo: '',
    categories: '',
    contractYears: '',
    calendarYears: '',
    rounding: { own: false, unit: '1', mode: 'half-up' },
  };
}

export function emptyKeyForm(id: string, family: KeyForm['family'] = 'allocation'): KeyForm {
  return {
    id,
    version: 1,
    name: '',
    family,
    description: '',
    source: '',
    parameters: [],
    rounding: { unit: '1', mode: 'half-up' },
    proRata: { join: 'none', leave: 'none' },
    components: [family === 'allocation' ? emptyComponent('equal', 'equal') : emptyComponent('fixed', 'fee')],
    subsidies: [],
  };
}

// ---------------------------------------------------------------------------------------------
// form → key

/**
 * "1 250 000,50" → "1250000.50": spaces out, a single decimal comma as a point; commas beside a
 * point, or several commas, are thousand separators ("1,250,000.50"). Anything else is left for
 * the schema to refuse.
 */
export function decimalOf(text: string): string {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(/^−/u, '-');
  const commas = compact.split(',').length - 1;
  return commas > 1 || (commas === 1 && compact.includes('.')) ? compact.replaceAll(',', '') : compact.replace(',', '.');
}

/** A whole number when the text is one, else the text itself (so the schema names the field). */
function integerOf(text: string): number | string {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/gu, '').replace(/^−/u, '-');
  return /^-?\d{1,15}$/u.test(compact) ? Number(compact) : text;
}

const listOf = (text: string): string[] =>
  text
    .split(/[,;]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const integersOf = (text: string): (number | string)[] => listOf(text).map(integerOf);

function rateOut(r: RateForm): string | { param: string } {
  return r.mode === 'param' ? { param: r.param } : decimalOf(r.value);
}

function shareOut(s: ShareForm): string | { param: string } {
  if (s.mode === 'rest') return 'rest';
  return s.mode === 'param' ? { param: s.param } : decimalOf(s.value);
}

function metricOut(m: MetricForm): string | Record<string, unknown> {
  const offset = integerOf(m.yearOffset === '' ? '0' : m.yearOffset);
  if (offset === 0 && m.asOf.trim() === '') return m.name.trim();
  const out: Record<string, unknown> = { name: m.name.trim(), yearOffset: offset };
  if (m.asOf.trim() !== '') out['asOf'] = m.asOf.trim();
  return out;
}

function bandOut(b: BandForm, kind: 'amount' | 'rate'): Record<string, unknown> {
  const out: Record<string, unknown> = { from: integerOf(b.from) };
  if (b.to.trim() !== '') out['to'] = integerOf(b.to);
  if (kind === 'amount' || (kind === 'rate' && b.useAmount)) out['amount'] = decimalOf(b.amount);
  else out['rate'] = rateOut(b.rate);
  if (b.label.trim() !== '') out['label'] = b.label.trim();
  return out;
}

function feeOut(type: FeeType, f: FeeForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.recurrence !== 'annual') out['recurrence'] = f.recurrence;
  const appliesTo: Record<string, unknown> = {};
  if (listOf(f.categories).length > 0) appliesTo['categories'] = listOf(f.categories);
  if (f.members.length > 0) appliesTo['members'] = [...f.members];
  if (f.membership !== '') appliesTo['membership'] = f.membership;
  if (Object.keys(appliesTo).length > 0) out['appliesTo'] = appliesTo;
  if (f.proRata.own) out['proRata'] = { join: f.proRata.join, leave: f.proRata.leave };
  if (f.rounding.own) out['rounding'] = { unit: decimalOf(f.rounding.unit), mode: f.rounding.mode };
  if (f.min.trim() !== '') out['min'] = decimalOf(f.min);
  if (f.max.trim() !== '') out['max'] = decimalOf(f.max);
  switch (type) {
    case 'banded':
      out['metric'] = metricOut(f.metric);
      out['edge'] = f.edge;
      out['bands'] = f.bands.map((b) => bandOut(b, 'amount'));
      break;
    case 'per-unit':
      out['metric'] = metricOut(f.metric);
      if (f.perUnitMode !== 'rate') {
        if (f.perUnitMode === 'marginal') out['bandMode'] = 'marginal';
        out['edge'] = f.edge;
        out['bands'] = f.bands.map((b) => bandOut(b, 'rate'));
      } else {
        out['rate'] = rateOut(f.rate);
        if (f.rateFrom.length > 0) out['rateFrom'] = f.rateFrom.map((step) => ({ fromYear: integerOf(step.fromYear), rate: rateOut(step.rate) }));
      }
      break;
    case 'category':
      out['amounts'] = Object.fromEntries(f.amounts.map((a) => [a.category.trim(), decimalOf(a.amount)]));
      break;
    case 'fixed':
      out['amount'] = decimalOf(f.amount);
      break;
  }
  return out;
}

function componentOut(c: ComponentForm): Record<string, unknown> {
  const head: Record<string, unknown> = { type: c.type, id: c.id.trim() };
  if (c.label.trim() !== '') head['label'] = c.label.trim();
  switch (c.type) {
    case 'equal':
      return { ...head, share: shareOut(c.share) };
    case 'proportional':
      return { ...head, share: shareOut(c.share), metric: metricOut(c.metric) };
    case 'override': {
      const when: Record<string, unknown> = {};
      if (c.when.useMetric) {
        when['metric'] = metricOut(c.when.metric);
        when[c.when.comparator] = integerOf(c.when.threshold);
      }
      if (listOf(c.when.categories).length > 0) when['categories'] = listOf(c.when.categories);
      const withHead: Record<string, unknown> = { type: c.withType, id: c.withId.trim() || `${c.id.trim() || 'override'}-fee` };
      if (c.withLabel.trim() !== '') withHead['label'] = c.withLabel.trim();
      return { ...head, when, replaces: [...c.replaces], with: { ...withHead, ...feeOut(c.withType, c.fee) } };
    }
    default:
      return { ...head, ...feeOut(c.type, c.fee) };
  }
}

function subsidyOut(s: SubsidyForm): Record<string, unknown> {
  const out: Record<string, unknown> = { id: s.id.trim(), funder: s.funder.trim(), component: s.component };
  if (s.kind === 'share') out['share'] = rateOut(s.share);
  else {
    out['perUnit'] = { rate: rateOut(s.rate), metric: metricOut(s.metric) };
    out['proRata'] = s.proRata;
  }
  const eligibility: Record<string, unknown> = {};
  if (s.joinedFrom.trim() !== '') eligibility['joinedFrom'] = s.joinedFrom.trim();
  if (s.joinedTo.trim() !== '') eligibility['joinedTo'] = s.joinedTo.trim();
  if (listOf(s.categories).length > 0) eligibility['categories'] = listOf(s.categories);
  if (Object.keys(eligibility).length > 0) out['eligibility'] = eligibility;
  const years: Record<string, unknown> = {};
  if (listOf(s.calendarYears).length > 0) years['calendar'] = integersOf(s.calendarYears);
  if (listOf(s.contractYears).length > 0) years['contract'] = integersOf(s.contractYears);
  if (Object.keys(years).length > 0) out['years'] = years;
  if (s.rounding.own) out['rounding'] = { unit: decimalOf(s.rounding.unit), mode: s.rounding.mode };
  return out;
}

/** The key definition the form stands for, unchecked: the engine's schema is the one judge. */
export function toKey(form: KeyForm): KeyDefinitionInput {
  const out: Record<string, unknown> = {
    schemaVersion: 1,
    id: form.id.trim(),
    version: form.version,
    name: form.name.trim(),
    family: form.family,
  };
  if (form.description.trim() !== '') out['description'] = form.description.trim();
  if (form.source.trim() !== '') out['source'] = form.source.trim();
  // Empty parameters and subsidies are left out, as the format's defaults, so a stored key read and written back is unchanged.
  if (form.parameters.length > 0) out['parameters'] = Object.fromEntries(form.parameters.map((p) => [p.name.trim(), decimalOf(p.value)]));
  out['rounding'] = { unit: decimalOf(form.rounding.unit), mode: form.rounding.mode };
  out['proRata'] = { join: form.proRata.join, leave: form.proRata.leave };
  out['components'] = form.components.map(componentOut);
  if (form.subsidies.length > 0) out['subsidies'] = form.subsidies.map(subsidyOut);
  return out as unknown as KeyDefinitionInput;
}

// ---------------------------------------------------------------------------------------------
// key → form

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

function rateIn(v: unknown): RateForm {
  if (isObject(v) && 'param' in v) return { mode: 'param', value: '', param: str(v['param']) };
  return { mode: 'value', value: str(v), param: '' };
}

function shareIn(v: unknown): ShareForm {
  if (v === 'rest') return { mode: 'rest', value: '', param: '' };
  return rateIn(v);
}

function metricIn(v: unknown): MetricForm {
  if (isObject(v)) return { name: str(v['name']), yearOffset: v['yearOffset'] === undefined ? '0' : str(v['yearOffset']), asOf: str(v['asOf']) };
  return metric(str(v));
}

function roundingIn(v: unknown): { own: boolean; unit: string; mode: RoundingMode } {
  if (!isObject(v)) return { own: false, unit: '1', mode: 'half-up' };
  return { own: true, unit: v['unit'] === undefined ? '0.01' : str(v['unit']), mode: (str(v['mode']) || 'half-up') as RoundingMode };
}

function bandIn(v: unknown): BandForm {
  const b = isObject(v) ? v : {};
  const hasRate = b['rate'] !== undefined;
  return { from: str(b['from']), to: b['to'] === null ? '' : str(b['to']), amount: str(b['amount']), rate: hasRate ? rateIn(b['rate']) : rate(), useAmount: !hasRate && b['amount'] !== undefined, label: str(b['label']) };
}

function feeIn(c: Json): FeeForm {
  const f = emptyFee();
  const appliesTo = isObject(c['appliesTo']) ? c['appliesTo'] : {};
  const proRata = isObject(c['proRata']) ? c['proRata'] : null;
  return {
    ...f,
    recurrence: c['recurrence'] === 'on-join' ? 'on-join' : 'annual',
    categories: strList(appliesTo['categories']).join(', '),
    members: strList(appliesTo['members']),
    membership: appliesTo['membership'] === 'group' || appliesTo['membership'] === 'individual' ? appliesTo['membership'] : '',
    proRata: proRata ? { own: true, join: (str(proRata['join']) || 'none') as ProRataMode, leave: (str(proRata['leave']) || 'none') as ProRataMode } : f.proRata,
    rounding: roundingIn(c['rounding']),
    min: str(c['min']),
    max: str(c['max']),
    metric: c['metric'] === undefined ? f.metric : metricIn(c['metric']),
    edge: c['edge'] === 'upper-inclusive' ? 'upper-inclusive' : 'lower-inclusive',
    bands: Array.isArray(c['bands']) ? c['bands'].map(bandIn) : f.bands,
    perUnitMode: c['type'] !== 'per-unit' || !Array.isArray(c['bands']) ? 'rate' : c['bandMode'] === 'marginal' ? 'marginal' : 'bands',
    rate: c['rate'] === undefined ? f.rate : rateIn(c['rate']),
    rateFrom: Array.isArray(c['rateFrom']) ? c['rateFrom'].map((s) => ({ fromYear: str(isObject(s) ? s['fromYear'] : ''), rate: rateIn(isObject(s) ? s['rate'] : '') })) : [],
    amounts: isObject(c['amounts']) ? Object.entries(c['amounts']).map(([category, amount]) => ({ category, amount: str(amount) })) : f.amounts,
    amount: str(c['amount']),
  };
}

function componentIn(v: unknown, index: number): ComponentForm {
  const c = isObject(v) ? v : {};
  const type = (str(c['type']) || 'fixed') as ComponentType;
  const form = emptyComponent(type, str(c['id']) || `component-${index + 1}`);
  form.label = str(c['label']);
  if (type === 'equal' || type === 'proportional') {
    form.share = shareIn(c['share']);
    if (type === 'proportional') form.metric = metricIn(c['metric']);
  } else if (type === 'override') {
    const when = isObject(c['when']) ? c['when'] : {};
    const comparator = when['atLeast'] !== undefined ? 'atLeast' : 'above';
    form.when = {
      useMetric: when['metric'] !== undefined,
      metric: when['metric'] === undefined ? metric() : metricIn(when['metric']),
      comparator,
      threshold: str(when[comparator]),
      categories: strList(when['categories']).join(', '),
    };
    form.replaces = strList(c['replaces']);
    const withFee = isObject(c['with']) ? c['with'] : {};
    form.withType = (str(withFee['type']) || 'fixed') as FeeType;
    form.withId = str(withFee['id']);
    form.withLabel = str(withFee['label']);
    form.fee = feeIn(withFee);
  } else {
    form.fee = feeIn(c);
  }
  return form;
}

function subsidyIn(v: unknown): SubsidyForm {
  const s = isObject(v) ? v : {};
  const form = emptySubsidy(str(s['id']), str(s['component']));
  const perUnit = isObject(s['perUnit']) ? s['perUnit'] : null;
  const eligibility = isObject(s['eligibility']) ? s['eligibility'] : {};
  const years = isObject(s['years']) ? s['years'] : {};
  return {
    ...form,
    funder: str(s['funder']),
    kind: perUnit ? 'perUnit' : 'share',
    share: s['share'] === undefined ? form.share : rateIn(s['share']),
    rate: perUnit ? rateIn(perUnit['rate']) : form.rate,
    metric: perUnit ? metricIn(perUnit['metric']) : form.metric,
    proRata: s['proRata'] !== false,
    joinedFrom: str(eligibility['joinedFrom']),
    joinedTo: str(eligibility['joinedTo']),
    categories: strList(eligibility['categories']).join(', '),
    contractYears: strList(years['contract']).join(', '),
    calendarYears: strList(years['calendar']).join(', '),
    rounding: roundingIn(s['rounding']),
  };
}

/** The form for a stored or imported key definition (its shape need not be valid: the form shows what is there). */
export function fromKey(definition: unknown): KeyForm {
  const k = isObject(definition) ? definition : {};
  const rounding = isObject(k['rounding']) ? k['rounding'] : {};
  const proRata = isObject(k['proRata']) ? k['proRata'] : {};
  return {
    id: str(k['id']),
    version: typeof k['version'] === 'number' ? k['version'] : 1,
    name: str(k['name']),
    family: k['family'] === 'fee-schedule' ? 'fee-schedule' : 'allocation',
    description: str(k['description']),
    source: str(k['source']),
    parameters: isObject(k['parameters']) ? Object.entries(k['parameters']).map(([name, value]) => ({ name, value: str(value) })) : [],
    rounding: { unit: rounding['unit'] === undefined ? '0.01' : str(rounding['unit']), mode: (str(rounding['mode']) || 'half-up') as RoundingMode },
    proRata: { join: (str(proRata['join']) || 'none') as ProRataMode, leave: (str(proRata['leave']) || 'none') as ProRataMode },
    components: Array.isArray(k['components']) ? k['components'].map(componentIn) : [],
    subsidies: Array.isArray(k['subsidies']) ? k['subsidies'].map(subsidyIn) : [],
  };
}
