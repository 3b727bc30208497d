/**
 * Checks of the member forms before anything is sent, so each field says what is wrong beside
 * it. Pure: returns translation keys, tested without a browser. The API checks again.
 */
import { isIsoDate } from '../../../../shared/iso-date';

export type ValidationKey =
  | 'validation.required'
  | 'validation.wholeNumber'
  | 'validation.notNegative'
  | 'validation.year'
  | 'validation.date'
  | 'validation.metricName'
  | 'validation.orgNumber'
  | 'validation.officialCode'
  | 'validation.leftBeforeJoined';

export type FieldErrors<F extends string> = Partial<Record<F, ValidationKey>>;

export interface OrganisationForm {
  name: string;
  kind: string;
  orgNumber: string;
  officialCode: string;
  countryCode: string;
  notes: string;
}

export function validateOrganisation(form: OrganisationForm): FieldErrors<keyof OrganisationForm> {
  const errors: FieldErrors<keyof OrganisationForm> = {};
  if (form.name.trim() === '') errors.name = 'validation.required';
  // Swedish 556677-8899, Norwegian 974 760 673: digits with dashes or spaces.
  if (form.orgNumber.trim() !== '' && !/^[0-9][0-9 -]{4,18}[0-9]$/u.test(form.orgNumber.trim())) errors.orgNumber = 'validation.orgNumber';
  if (form.officialCode.trim() !== '' && !/^[0-9A-Za-z-]{1,20}$/u.test(form.officialCode.trim())) errors.officialCode = 'validation.officialCode';
  return errors;
}

export interface MetricForm {
  metric: string;
  year: string | number;
  value: string | number;
  referenceDate: string;
  source: string;
}

function wholeNumber(value: string | number): number | null {
  const text = String(value).replace(/[\s\u00a0\u202f]/gu, '');
  return /^-?\d+$/u.test(text) ? Number(text) : null;
}

export function validateMetric(form: MetricForm): FieldErrors<keyof MetricForm> {
  const errors: FieldErrors<keyof MetricForm> = {};
  if (!/^[a-z][a-z0-9_]{0,39}$/u.test(form.metric.trim())) errors.metric = 'validation.metricName';
  const year = wholeNumber(form.year);
  if (String(form.year).trim() === '') errors.year = 'validation.required';
  else if (year === null || year < 1900 || year > 2200) errors.year = 'validation.year';
  const value = wholeNumber(form.value);
  if (String(form.value).trim() === '') errors.value = 'validation.required';
  else if (value === null) errors.value = 'validation.wholeNumber';
  else if (value < 0) errors.value = 'validation.notNegative';
  if (form.referenceDate.trim() === '') errors.referenceDate = 'validation.required';
  else if (!isIsoDate(form.referenceDate.trim())) errors.referenceDate = 'validation.date';
  return errors;
}

export function parseWhole(value: string | number): number {
  return Number(String(value).replace(/[\s\u00a0\u202f]/gu, ''));
}

export function validateParticipation(form: { joinedOn: string; leftOn: string }): FieldErrors<'joinedOn' | 'leftOn'> {
  const errors: FieldErrors<'joinedOn' | 'leftOn'> = {};
  if (form.joinedOn.trim() !== '' && !isIsoDate(form.joinedOn.trim())) errors.joinedOn = 'validation.date';
  if (form.leftOn.trim() !== '' && !isIsoDate(form.leftOn.trim())) errors.leftOn = 'validation.date';
  if (!errors.joinedOn && !errors.leftOn && form.joinedOn.trim() && form.leftOn.trim() && form.leftOn.trim() < form.joinedOn.trim()) errors.leftOn = 'validation.leftBeforeJoined';
  return errors;
}
