/**
 * Member edits as undoable commands: each calls a channel with the new values and, to undo,
 * with the values the API reported as there before.
 */
import type { TFunction } from 'i18next';
import type { MetricValueView, ParticipationView } from '../../../../shared/api/channels/members.channels';
import type { OrganisationView } from '../../../../shared/api/channels/organisations.channels';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { MetricValueRecord, OrganisationRecord } from '../../../../shared/document/workspace-document.schema';
import { seenVersion } from '../../undo/seen-version';
import { callEdit, type Command } from '../../undo/undo-store';

export type OrganisationFields = Pick<OrganisationRecord, 'name' | 'kind' | 'orgNumber' | 'officialCode' | 'countryCode' | 'notes'>;

export function metricLabel(t: TFunction, metric: string): string {
  return t(`metric.${metric}` as 'metric.population', { defaultValue: metric });
}

/** Changes the given fields of an organisation, as read at its row version; undo sets them back. */
export function updateOrganisationCommand(t: TFunction, before: OrganisationView, changes: Partial<OrganisationFields>): Command {
  const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof OrganisationFields]])) as Partial<OrganisationFields>;
  const version = seenVersion(before.rowVersion);
  const update = (fields: Partial<OrganisationFields>) => version.save((expectedVersion) => callEdit('organisations:update', { id: before.id, ...fields, expectedVersion }), (saved) => saved.rowVersion);
  return {
    label: () => t('undo.organisation', { name: changes.name ?? before.name }),
    run: async () => void (await update(changes)),
    revert: async () => void (await update(previous)),
  };
}

/** A figure as the members grid sets it: metrics:upsert's input, the row version aside (the command keeps it). */
export type MetricInput = Omit<ChannelInput<'metrics:upsert'>, 'expectedVersion'>;

/** Puts back what a figure was before a save, from the version the save wrote: removed when there was none. */
async function restore(organisationId: number, metric: string, year: number, previous: MetricValueRecord | null, written: number): Promise<void> {
  if (previous === null) await callEdit('metrics:delete', { organisationId, metric, year, expectedVersion: written });
  else await callEdit('metrics:upsert', { organisationId, metric, year, value: previous.value, referenceDate: previous.referenceDate, source: previous.source, expectedVersion: written });
}

/**
 * Removing a figure the screen read, and undoing that: the delete is sent with the version read (a
 * change someone made since refuses it), and after undo has put the figure back, with the version
 * undo's save got, so redo removes what undo wrote and nothing newer.
 */
function figureRemoval(figure: MetricValueView) {
  let version = figure.rowVersion;
  const { organisationId, metric, year } = figure;
  return {
    remove: async () => void (await callEdit('metrics:delete', { organisationId, metric, year, expectedVersion: version })),
    putBack: async () => {
      const { value, referenceDate, source } = figure;
      version = (await callEdit('metrics:upsert', { organisationId, metric, year, value, referenceDate, source })).value.rowVersion;
    },
  };
}

/**
 * Sets a metric value. When the edit moves a figure to another metric or year (`replaces`),
 * the old one is removed in the same command, and undo brings it back.
 */
export function setMetricCommand(t: TFunction, organisationName: string, input: MetricInput, replaces?: MetricValueView): Command {
  let previous: MetricValueRecord | null = null;
  // The version the last run's save wrote: undo removes or replaces that figure and nothing newer.
  let written = 0;
  const moved = replaces && (replaces.metric !== input.metric || replaces.year !== input.year) ? replaces : undefined;
  const movedFrom = moved && figureRemoval(moved);
  // The figure as read, when the edit changes it in place; a new or moved figure has no version to keep.
  const version = replaces && !moved ? seenVersion(replaces.rowVersion) : null;
  return {
    label: () => t('undo.metric', { metric: metricLabel(t, input.metric), name: organisationName, year: input.year }),
    run: async () => {
      const change = version
        ? await version.save((expectedVersion) => callEdit('metrics:upsert', { ...input, expectedVersion }), (saved) => saved.value.rowVersion)
        : await callEdit('metrics:upsert', input);
      previous = change.previous;
      written = change.value.rowVersion;
      if (movedFrom) await movedFrom.remove();
    },
    revert: async () => {
      if (movedFrom) await movedFrom.putBack();
      const replaced = previous;
      if (version && replaced) {
        const { organisationId, metric, year } = input;
        const { value, referenceDate, source } = replaced;
        await version.save((expectedVersion) => callEdit('metrics:upsert', { organisationId, metric, year, value, referenceDate, source, expectedVersion }), (saved) => saved.value.rowVersion);
      } else await restore(input.organisationId, input.metric, input.year, replaced, written);
    },
  };
}

export function deleteMetricCommand(t: TFunction, organisationName: string, value: MetricValueView): Command {
  const removal = figureRemoval(value);
  return {
    label: () => t('undo.deleteMetric', { metric: metricLabel(t, value.metric), name: organisationName, year: value.year }),
    run: removal.remove,
    revert: removal.putBack,
  };
}

export function updateParticipationCommand(
  t: TFunction,
  organisationName: string,
  before: ParticipationView,
  changes: { role: ParticipationView['role']; joinedOn: string | null; leftOn: string | null },
): Command {
  const version = seenVersion(before.rowVersion);
  const update = (fields: typeof changes) => version.save((expectedVersion) => callEdit('participations:update', { id: before.id, ...fields, expectedVersion }), (saved) => saved.value.rowVersion);
  return {
    label: () => t('undo.participation', { name: organisationName, cooperation: before.cooperationName }),
    run: async () => void (await update(changes)),
    revert: async () => void (await update({ role: before.role, joinedOn: before.joinedOn, leftOn: before.leftOn })),
  };
}
