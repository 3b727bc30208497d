/** Organisations: read, create and edit them, and the shipped list of municipalities, regions and counties to pick from. */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { organisationKinds, type OrganisationRecord } from '../../document/workspace-document.schema';
import { command, query } from '../define';
import { expectedVersion, removalInput, type RowVersioned } from '../row-version';
import { COUNTRY_CODE } from '../../domain/field-patterns';
import { keyedCheck } from '../../i18n/zod-issues';

/** One entry of resources/reference/municipalities.json. */
export interface ReferenceOrganisation {
  country: 'SE' | 'NO';
  kind: 'municipality' | 'region' | 'county';
  code: string;
  name: string;
  /** The county or län a municipality lies in (its code). */
  parentCode: string | null;
  /** The Sami or Kven form of a Norwegian name, where the official name has one. */
  otherName?: string;
}

export interface ReferenceList {
  validFrom: string;
  sources: { country: string; kinds: string[]; source: string }[];
  entries: ReferenceOrganisation[];
}

/** An organisation as its screen edits it, with its row version. */
export type OrganisationView = OrganisationRecord & RowVersioned;

const optionalText = (max: number) => z.string().max(max).nullable().optional();
const countryCode = z.string().regex(COUNTRY_CODE, 'expected a two-letter country code such as SE or NO');

const organisationGetInput = z.object({ id: entityId }).strict();
const organisationListInput = z.object({}).strict();
const organisationCreateInput = z
  .object({
    name: z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200),
    kind: z.enum(organisationKinds),
    orgNumber: optionalText(40),
    officialCode: optionalText(20),
    countryCode,
    notes: optionalText(4000),
  })
  .strict();
/** Only the fields given change; `null` clears an optional field. */
const organisationUpdateInput = z
  .object({
    id: entityId,
    name: z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200).optional(),
    kind: z.enum(organisationKinds).optional(),
    orgNumber: optionalText(40),
    officialCode: optionalText(20),
    countryCode: countryCode.optional(),
    notes: optionalText(4000),
    expectedVersion,
  })
  .strict();
/** Refused while anything refers to the organisation (the undo of create). */
const organisationDeleteInput = removalInput;
const referenceInput = z.object({}).strict();

export const organisationsChannels = {
  'organisations:get': query<typeof organisationGetInput, OrganisationView>(organisationGetInput),
  'organisations:list': query<typeof organisationListInput, OrganisationRecord[]>(organisationListInput),
  'organisations:create': command<typeof organisationCreateInput, OrganisationRecord>(organisationCreateInput),
  'organisations:update': command<typeof organisationUpdateInput, OrganisationView>(organisationUpdateInput),
  'organisations:delete': command<typeof organisationDeleteInput, OrganisationRecord[]>(organisationDeleteInput),
  'organisations:reference': query<typeof referenceInput, ReferenceList>(referenceInput),
} as const;
