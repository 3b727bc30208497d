/** Budget edits as undoable commands: each save returns what it replaced, which undo puts back. */
import type { TFunction } from 'i18next';
import type { BudgetLineView, FundingSourceView, StaffAllocationView } from '../../../../shared/api/channels/budgets.channels';
import type { ChannelInput } from '../../../../shared/api/contract';
import { rowDelete, rowSaves } from '../../undo/seen-version';
import { callEdit, currentId, noteRecreated, type Command } from '../../undo/undo-store';

/** What a dialog saves: the channel's input, less the row's id and version (the command keeps those). */
type SaveInput<C extends 'budgetLines:save' | 'staff:save' | 'funding:save'> = Omit<ChannelInput<C>, 'id' | 'expectedVersion'>;

/** A budget line as its dialog saves it (its position stays where it is). */
export type LineInput = Omit<SaveInput<'budgetLines:save'>, 'position'>;

const lineInput = (line: BudgetLineView): LineInput & { position: number } => ({
  cooperationId: line.cooperationId,
  year: line.year,
  kind: line.kind,
  category: line.category,
  label: line.label,
  amount: line.amount,
  direct: line.direct,
  position: line.position,
});

/** Adds (no `before`) or changes a line. A re-added line gets a new id, which the command follows. */
export function saveLineCommand(t: TFunction, input: LineInput, before?: BudgetLineView): Command {
  let createdId: number | undefined;
  const save = before && rowSaves('line', before);
  return {
    label: () => t('undo.budgetLine', { label: input.label, year: input.year }),
    run: async () => {
      if (before && save) await save((id, expectedVersion) => callEdit('budgetLines:save', { ...input, id, position: before.position, expectedVersion }));
      else createdId = (await callEdit('budgetLines:save', input)).value.id;
    },
    revert: async () => {
      if (before && save) await save((id, expectedVersion) => callEdit('budgetLines:save', { ...lineInput(before), id, expectedVersion }));
      else if (createdId !== undefined) await callEdit('budgetLines:delete', { id: currentId('line', createdId) });
    },
  };
}

/** Marks a cost line as direct or not (the checkbox in the lines table). */
export function toggleDirectCommand(t: TFunction, line: BudgetLineView): Command {
  const { position: _position, ...input } = lineInput(line);
  return saveLineCommand(t, { ...input, direct: !line.direct }, line);
}

export function deleteLineCommand(t: TFunction, line: BudgetLineView): Command {
  return {
    label: () => t('undo.deleteBudgetLine', { label: line.label, year: line.year }),
    run: async () => void (await callEdit('budgetLines:delete', rowDelete('line', line))),
    revert: async () => noteRecreated('line', currentId('line', line.id), (await callEdit('budgetLines:save', lineInput(line))).value.id),
  };
}

export type StaffInput = SaveInput<'staff:save'>;

const staffInput = (s: StaffAllocationView): StaffInput => ({ cooperationId: s.cooperationId, role: s.role, personId: s.personId, annualCost: s.annualCost, periods: s.periods });

export function saveStaffCommand(t: TFunction, input: StaffInput, before?: StaffAllocationView): Command {
  let createdId: number | undefined;
  const save = before && rowSaves('staff', before);
  return {
    label: () => t('undo.staff', { role: input.role }),
    run: async () => {
      if (save) await save((id, expectedVersion) => callEdit('staff:save', { ...input, id, expectedVersion }));
      else createdId = (await callEdit('staff:save', input)).value.id;
    },
    revert: async () => {
      if (before && save) await save((id, expectedVersion) => callEdit('staff:save', { ...staffInput(before), id, expectedVersion }));
      else if (createdId !== undefined) await callEdit('staff:delete', { id: currentId('staff', createdId) });
    },
  };
}

export function deleteStaffCommand(t: TFunction, staff: StaffAllocationView): Command {
  return {
    label: () => t('undo.deleteStaff', { role: staff.role }),
    run: async () => void (await callEdit('staff:delete', rowDelete('staff', staff))),
    revert: async () => noteRecreated('staff', currentId('staff', staff.id), (await callEdit('staff:save', staffInput(staff))).value.id),
  };
}

export type FundingInput = SaveInput<'funding:save'>;

const fundingInput = (f: FundingSourceView): FundingInput => ({ cooperationId: f.cooperationId, name: f.name, funderOrganisationId: f.funderOrganisationId, purpose: f.purpose, amounts: f.amounts });

export function saveFundingCommand(t: TFunction, input: FundingInput, before?: FundingSourceView): Command {
  let createdId: number | undefined;
  const save = before && rowSaves('funding', before);
  return {
    label: () => t('undo.funding', { name: input.name }),
    run: async () => {
      if (save) await save((id, expectedVersion) => callEdit('funding:save', { ...input, id, expectedVersion }));
      else createdId = (await callEdit('funding:save', input)).value.id;
    },
    revert: async () => {
      if (before && save) await save((id, expectedVersion) => callEdit('funding:save', { ...fundingInput(before), id, expectedVersion }));
      else if (createdId !== undefined) await callEdit('funding:delete', { id: currentId('funding', createdId) });
    },
  };
}

export function deleteFundingCommand(t: TFunction, funding: FundingSourceView): Command {
  return {
    label: () => t('undo.deleteFunding', { name: funding.name }),
    run: async () => void (await callEdit('funding:delete', rowDelete('funding', funding))),
    revert: async () => noteRecreated('funding', currentId('funding', funding.id), (await callEdit('funding:save', fundingInput(funding))).value.id),
  };
}
