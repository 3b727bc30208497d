/**
 * Member edits as undoable commands: each calls a channel with the new values and, to undo,
 * with the values the API reported as there before.
 */
import type { TFunction } from 'i18next';
import type { ParticipationView } from '../../../../shared/api/channels/members.channels';
import type { MetricValueRecord, OrganisationRecord } from '../../../../shared/document/workspace-document.schema';
import { callEdit, type Command } from '../../undo/undo-store';

export type OrganisationFields = Pick<OrganisationRecord, 'name' | 'kind' | 'orgNumber' | 'officialCode' | 'countryCode' | 'notes'>;

export function metricLabel(t: TFunction, metric: string): string {
  return t(`metric.${metric}` as 'metric.population', { defaultValue: metric });
}

/** Changes the given fields of an organisation; undo sets them back. */
export function updateOrganisationCommand(t: TFunction, before: OrganisationRecord, changes: Partial<OrganisationFields>): Command {
  const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof OrganisationFields]])) as Partial<OrganisationFields>;
  return {
    label: () => t('undo.organisation', { name: changes.name ?? before.name }),
    run: async () => void (await callEdit('organisations:update', { id: before.id, ...changes })),
    revert: async () => void (await callEdit('organisations:update', { id: before.id, ...previous })),
  };
}

export interface MetricInput {
  organisationId: number;
  metric: string;
  year: number;
  value: number;
  referenceDate: string;
  source: string | null;
}

async function restore(organisationId: number, metric: string, year: number, previous: MetricValueRecord | null): Promise<void> {
  if (previous === null) await callEdit('metrics:delete', { organisationId, metric, year });
  else await callEdit('metrics:upsert', { organisationId, metric, year, value: previous.value, referenceDate: previous.referenceDate, source: previous.source });
}

/**
 * Sets a metric value. When the edit moves a figure to another metric or year (`replaces`),
 * the old one is removed in the same command, and undo brings it back.
 */
export function setMetricCommand(t: TFunction, organisationName: string, input: MetricInput, replaces?: MetricValueRecord): Command {
  let previous: MetricValueRecord | null = null;
  const moved = replaces && (replaces.metric !== input.metric || replaces.year !== input.year) ? replaces : undefined;
  return {
    label: () => t('undo.metric', { metric: metricLabel(t, input.metric), name: organisationName, year: input.year }),
    run: async () => {
      const change = await callEdit('metrics:upsert', input);
      previous = change.previous;
      if (moved) await callEdit('metrics:delete', { organisationId: moved.organisationId, metric: moved.metric, year: moved.year });
    },
    revert: async () => {
      if (moved) await restore(moved.organisationId, moved.metric, moved.year, moved);
      await restore(input.organisationId, input.metric, input.year, previous);
    },
  };
}

export function deleteMetricCommand(t: TFunction, organisationName: string, value: MetricValueRecord): Command {
  return {
    label: () => t('undo.deleteMetric', { metric: metricLabel(t, value.metric), name: organisationName, year: value.year }),
    run: async () => void (await callEdit('metrics:delete', { organisationId: value.organisationId, metric: value.metric, year: value.year })),
    revert: async () => restore(value.organisationId, value.metric, value.year, value),
  };
}

export function updateParticipationCommand(
  t: TFunction,
  organisationName: string,
  before: ParticipationView,
  changes: { role: ParticipationView['role']; joinedOn: string | null; leftOn: string | null },
): Command {
  return {
    label: () => t('undo.participation', { name: organisationName, cooperation: before.cooperationName }),
    run: async () => void (await callEdit('participations:update', { id: before.id, ...changes })),
    revert: async () => void (await callEdit('participations:update', { id: before.id, role: before.role, joinedOn: before.joinedOn, leftOn: before.leftOn })),
  };
}
