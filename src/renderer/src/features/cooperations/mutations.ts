/**
 * Cooperation, participant and organisation edits as undoable commands. A create is undone by a
 * delete; a redo creates again under a new id, noted so that later commands find it.
 */
import type { TFunction } from 'i18next';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { CooperationView, ParticipantRow } from '../../../../shared/api/channels/cooperations.channels';
import { FIRST_ROW_VERSION } from '../../../../shared/api/row-version';
import { rowSaves, rowsRemoval } from '../../undo/seen-version';
import { callEdit, currentId, noteRecreated, type Command } from '../../undo/undo-store';

export type CooperationFields = Omit<ChannelInput<'cooperations:create'>, never>;

/** Creates a cooperation; `onCreated` hears its id (again after a redo). */
export function createCooperationCommand(t: TFunction, fields: CooperationFields, onCreated: (id: number) => void): Command {
  let id: number | null = null;
  return {
    label: () => t('undo.newCooperation', { name: fields.name }),
    run: async () => {
      const created = await callEdit('cooperations:create', fields);
      if (id !== null) noteRecreated('cooperation', id, created.id);
      id = created.id;
      onCreated(created.id);
    },
    revert: async () => {
      if (id !== null) await callEdit('cooperations:delete', { id: currentId('cooperation', id) });
    },
  };
}

const editableKeys = ['name', 'kind', 'currency', 'countryCode', 'description', 'startDate', 'endDate', 'hostOrganisationId'] as const;

/** Changes the fields given; undo sets them back to what the API reported before. */
export function updateCooperationCommand(t: TFunction, before: CooperationView, changes: Partial<CooperationFields>): Command {
  const previous = Object.fromEntries(editableKeys.filter((key) => key in changes).map((key) => [key, before[key]])) as Partial<CooperationFields>;
  return {
    label: () => t('undo.cooperation', { name: changes.name ?? before.name }),
    run: async () => void (await callEdit('cooperations:update', { id: currentId('cooperation', before.id), ...changes })),
    revert: async () => void (await callEdit('cooperations:update', { id: currentId('cooperation', before.id), ...previous })),
  };
}

export function archiveCooperationCommand(t: TFunction, cooperation: CooperationView, archived: boolean): Command {
  return {
    label: () => t(archived ? 'undo.archiveCooperation' : 'undo.restoreCooperation', { name: cooperation.name }),
    run: async () => void (await callEdit('cooperations:archive', { id: currentId('cooperation', cooperation.id), archived })),
    revert: async () => void (await callEdit('cooperations:archive', { id: currentId('cooperation', cooperation.id), archived: !archived })),
  };
}

export type ParticipantInput = Omit<ChannelInput<'cooperations:addParticipant'>, 'cooperationId'>;

export function addParticipantCommand(t: TFunction, cooperation: CooperationView, organisationName: string, input: ParticipantInput): Command {
  let added: ParticipantRow | null = null;
  return {
    label: () => t('undo.addParticipant', { name: organisationName, cooperation: cooperation.name }),
    run: async () => {
      const row = await callEdit('cooperations:addParticipant', { ...input, cooperationId: currentId('cooperation', cooperation.id) });
      if (added !== null) noteRecreated('participation', added.id, row.id);
      added = row;
    },
    revert: async () => {
      if (added !== null) await callEdit('cooperations:removeParticipants', rowsRemoval('participation', [added]));
    },
  };
}

export type ParticipantChanges = Omit<ChannelInput<'cooperations:changeParticipant'>, 'id'>;

export function changeParticipantCommand(t: TFunction, cooperationName: string, before: ParticipantRow, changes: ParticipantChanges): Command {
  const previous: ParticipantChanges = { role: before.role, joinedOn: before.joinedOn, leftOn: before.leftOn, viaOrganisationId: before.viaOrganisationId };
  // From the version the dialog read; undo and redo too.
  const save = rowSaves('participation', before);
  const change = (fields: ParticipantChanges) => save((id, expectedVersion) => callEdit('cooperations:changeParticipant', { id, ...fields, expectedVersion }));
  return {
    label: () => t('undo.participation', { name: before.organisationName, cooperation: cooperationName }),
    run: async () => void (await change(changes)),
    revert: async () => void (await change(previous)),
  };
}

/** Several picks from the reference list in one step; undo removes the participations and the organisations the step created. */
export function addMembersCommand(t: TFunction, cooperation: CooperationView, input: Omit<ChannelInput<'cooperations:addMembers'>, 'cooperationId'>): Command {
  let added: { participants: ParticipantRow[]; organisationIds: number[] } | null = null;
  return {
    label: () => t('undo.addMembers', { count: input.entries.length, cooperation: cooperation.name }),
    run: async () => {
      const result = await callEdit('cooperations:addMembers', { ...input, cooperationId: currentId('cooperation', cooperation.id) });
      added = { participants: result.participants, organisationIds: result.createdOrganisationIds };
    },
    revert: async () => {
      if (!added) return;
      await callEdit('cooperations:removeParticipants', rowsRemoval('participation', added.participants));
      // An organisation the step created is at its first version until someone changes it.
      const created = added.organisationIds.map((id) => ({ id, rowVersion: FIRST_ROW_VERSION }));
      if (created.length > 0) await callEdit('organisations:delete', rowsRemoval('organisation', created));
    },
  };
}

export function createOrganisationCommand(t: TFunction, fields: ChannelInput<'organisations:create'>, onCreated: (id: number) => void): Command {
  let made: { id: number; rowVersion: number } | null = null;
  return {
    label: () => t('undo.newOrganisation', { name: fields.name }),
    run: async () => {
      const created = await callEdit('organisations:create', fields);
      if (made !== null) noteRecreated('organisation', made.id, created.id);
      // A new organisation is at its first version until someone changes it.
      made = { id: created.id, rowVersion: FIRST_ROW_VERSION };
      onCreated(created.id);
    },
    revert: async () => {
      if (made !== null) await callEdit('organisations:delete', rowsRemoval('organisation', [made]));
    },
  };
}
