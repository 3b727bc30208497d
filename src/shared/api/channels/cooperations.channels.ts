/**
 * Cooperations and their participants: create, edit and archive a cooperation; add an
 * organisation as member, observer or administrative party, change or end its participation.
 * Each edit returns what was there before, so the renderer's undo can put it back with the same
 * channels.
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { participationRoles, type ParticipationRole } from '../../document/workspace-document.schema';
import { isoDate } from '../../iso-date';
import { command, query } from '../define';
import { expectedVersion, removalInput, type RowVersioned } from '../row-version';
import { keyedCheck, keyedPattern, keyedRefine } from '../../i18n/zod-issues';

export const cooperationKinds = ['consortium', 'service', 'project', 'association', 'platform', 'other'] as const;
export type CooperationKind = (typeof cooperationKinds)[number];
/** The countries Andel knows the statistics codes and rules of, and their currencies. */
export const cooperationCountries = ['SE', 'NO'] as const;
export const cooperationCurrencies = ['SEK', 'NOK'] as const;
export type CooperationCountry = (typeof cooperationCountries)[number];

/** A cooperation as the views show it; `countryCode` is null for one created before it was recorded. */
export interface CooperationView {
  id: number;
  name: string;
  kind: CooperationKind;
  currency: string;
  countryCode: CooperationCountry | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  hostOrganisationId: number | null;
  hostOrganisationName: string | null;
  archivedOn: string | null;
}

/** A cooperation with how many organisations take part in it, per role. */
export interface CooperationSummary extends CooperationView {
  memberCount: number;
  observerCount: number;
  administrativePartyCount: number;
}

export interface CooperationChange {
  value: CooperationView;
  previous: CooperationView;
}

export interface ParticipantRow extends RowVersioned {
  id: number;
  cooperationId: number;
  organisationId: number;
  organisationName: string;
  organisationKind: string;
  officialCode: string | null;
  countryCode: string;
  role: ParticipationRole;
  joinedOn: string | null;
  leftOn: string | null;
  /** The administrative party that invoices for this participant (group membership). */
  viaOrganisationId: number | null;
  viaOrganisationName: string | null;
}

export interface ParticipantChange {
  value: ParticipantRow;
  previous: ParticipantRow;
}

export interface AddedMembers {
  participants: ParticipantRow[];
  /** Organisations the step created because no organisation had their official code yet. */
  createdOrganisationIds: number[];
}

const name = z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200);
const description = z.string().trim().max(4000).nullable().optional();
const currency = z.enum(cooperationCurrencies, { error: 'expected SEK or NOK' });
const country = z.enum(cooperationCountries, { error: 'expected SE or NO' });
const role = z.enum(participationRoles, { error: 'expected member, observer or administrative_party' });

const endAfterStart = <T extends { startDate?: string | null | undefined; endDate?: string | null | undefined }>(value: T): boolean =>
  !value.startDate || !value.endDate || value.endDate >= value.startDate;
const leftAfterJoined = <T extends { joinedOn?: string | null | undefined; leftOn?: string | null | undefined }>(value: T): boolean =>
  !value.joinedOn || !value.leftOn || value.leftOn >= value.joinedOn;

const listInput = z.object({ includeArchived: z.boolean().optional() }).strict();
const getInput = z.object({ id: entityId }).strict();
/** A cooperation's own fields, as created; an update gives any of them. */
const cooperationFields = z.object({
  name,
  kind: z.enum(cooperationKinds),
  currency,
  countryCode: country,
  description,
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  hostOrganisationId: entityId.nullable().optional(),
});
const createInput = cooperationFields.strict().refine(endAfterStart, { ...keyedRefine('error.field.endBeforeStart'), path: ['endDate'] });
/** Only the fields given change; `null` clears an optional field. */
const updateInput = cooperationFields
  .partial()
  .extend({ id: entityId })
  .strict()
  .refine(endAfterStart, { ...keyedRefine('error.field.endBeforeStart'), path: ['endDate'] });
/** `archived: false` brings an archived cooperation back (undo of archive). */
const archiveInput = z.object({ id: entityId, archived: z.boolean() }).strict();
/** Only a cooperation with nothing in it but participants can be deleted (the undo of create). */
const deleteInput = z.object({ id: entityId }).strict();

const participantsListInput = z.object({ cooperationId: entityId }).strict();
const participantAddInput = z
  .object({
    cooperationId: entityId,
    organisationId: entityId,
    role,
    joinedOn: isoDate.nullable().optional(),
    leftOn: isoDate.nullable().optional(),
    viaOrganisationId: entityId.nullable().optional(),
  })
  .strict()
  .refine(leftAfterJoined, { ...keyedRefine('error.field.leftBeforeJoined'), path: ['leftOn'] });
const participantChangeInput = z
  .object({
    id: entityId,
    role: role.optional(),
    joinedOn: isoDate.nullable().optional(),
    leftOn: isoDate.nullable().optional(),
    viaOrganisationId: entityId.nullable().optional(),
    expectedVersion,
  })
  .strict();
const participantEndInput = z.object({ id: entityId, leftOn: isoDate }).strict();
const participantsRemoveInput = removalInput;
const referenceEntry = z
  .object({ country, kind: z.enum(['municipality', 'region', 'county']), code: z.string().regex(keyedPattern(/^\d{2}(\d{2})?$/, 'error.field.pattern.officialCode'), 'expected a 2- or 4-digit official code') })
  .strict();
const addMembersInput = z
  .object({
    cooperationId: entityId,
    role,
    joinedOn: isoDate.nullable().optional(),
    entries: z.array(referenceEntry).min(1, keyedCheck('error.field.pickAtLeastOne')).max(1000),
  })
  .strict();

export const cooperationsChannels = {
  /** Archived cooperations only with `includeArchived: true`. */
  'cooperations:list': query<typeof listInput, CooperationSummary[]>(listInput),
  'cooperations:get': query<typeof getInput, CooperationSummary>(getInput),
  'cooperations:create': command<typeof createInput, CooperationView>(createInput),
  'cooperations:update': command<typeof updateInput, CooperationChange>(updateInput),
  'cooperations:archive': command<typeof archiveInput, CooperationChange>(archiveInput),
  'cooperations:delete': command<typeof deleteInput, CooperationView>(deleteInput),
  'cooperations:listParticipants': query<typeof participantsListInput, ParticipantRow[]>(participantsListInput),
  'cooperations:addParticipant': command<typeof participantAddInput, ParticipantRow>(participantAddInput),
  'cooperations:changeParticipant': command<typeof participantChangeInput, ParticipantChange>(participantChangeInput),
  'cooperations:endParticipant': command<typeof participantEndInput, ParticipantChange>(participantEndInput),
  'cooperations:removeParticipants': command<typeof participantsRemoveInput, ParticipantRow[]>(participantsRemoveInput),
  /** Picks from the shipped reference list: creates the organisations missing (matched by country, kind and code), adds all as participants. */
  'cooperations:addMembers': command<typeof addMembersInput, AddedMembers>(addMembersInput),
} as const;
