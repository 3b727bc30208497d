/**
 * What the governance edit forms share: the API's field issues placed beside their fields, an
 * optional date typed in the user's date format, pickers for organisations and persons (with "new person"
 * typed straight into the search), and undoable updates that put the old values back.
 */
import { Select, type SelectProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { Channel, ChannelInput } from '../../../../shared/api/contract';
import type { BodyTreeNode, PersonView } from '../../../../shared/api/channels/governance.channels';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { callEdit, type Command } from '../../undo/undo-store';
import { useMembers } from '../members/queries';
import { useBodiesTree, useCreatePerson } from './queries';

/**
 * The API's INVALID_INPUT (or CONFLICT) issues by the form field they name: `endDate` for
 * `endDate`, `parties` for `parties[2].organisationId`. `aliases` maps other paths (`input`) to a field.
 */
export function fieldIssues(error: ApiError | null | undefined, aliases: Record<string, string> = {}): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const head = issue.path.split(/[.[]/u)[0] ?? issue.path;
    const field = aliases[head] ?? head;
    found[field] = found[field] ? `${found[field]}; ${issue.message}` : issue.message;
  }
  return found;
}

/** Whether an error still needs a notice of its own: none of its issues is shown beside a field. */
export function needsNotice(error: ApiError | null | undefined, shownFields: readonly string[], aliases: Record<string, string> = {}): boolean {
  if (!error) return false;
  const issues = fieldIssues(error, aliases);
  return !Object.keys(issues).some((field) => shownFields.includes(field));
}

/** '' → null; otherwise the text when it is a real date. */
export const optionalDate = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function dateProblem(t: TFunction, text: string): string | undefined {
  return text.trim() === '' || isIsoDate(text.trim()) ? undefined : t('validation.date');
}

export function OptionalDateInput({ label, value, onChange, error, testId, w = 150 }: { label: string; value: string; onChange: (text: string) => void; error?: string | undefined; testId?: string; w?: number }) {
  return (
    <LocalDateInput label={label} value={value} w={w} onChange={onChange} error={error} data-testid={testId} />
  );
}

/** Whole months in a field: '' → null, else the integer (NaN when not one). */
export function monthsValue(text: string | number): number | null {
  if (text === '' || text === null) return null;
  const n = typeof text === 'number' ? text : Number(text);
  return Number.isInteger(n) ? n : Number.NaN;
}

/** Every organisation of the workspace, for party, counterparty and seat pickers. */
export function useOrganisationOptions(): { value: string; label: string }[] {
  const organisations = useMembers();
  return useMemo(() => (organisations.data ?? []).map((o) => ({ value: String(o.organisationId), label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'sv')), [organisations.data]);
}

const NEW = '__new__';

export const personLabel = (p: PersonView): string => (p.organisationName ? `${p.name} (${p.organisationName})` : p.name);

/**
 * A person, searched by name. Typing a name nobody has offers "New person: <name>", which
 * creates the person (in `newPersonOrganisationId`, when given) and selects them.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  persons,
  newPersonOrganisationId,
  error,
  testId,
  placeholder,
  ...rest
}: {
  label: string;
  value: string | null;
  onChange: (personId: string | null, created?: PersonView) => void;
  persons: PersonView[];
  newPersonOrganisationId?: number | null;
  error?: string | undefined;
  testId?: string;
  placeholder?: string;
} & Pick<SelectProps, 'w' | 'clearable' | 'flex'>) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const selectedLabel = persons.find((p) => String(p.id) === value);
  const offerNew = typed !== '' && !persons.some((p) => p.name.toLowerCase() === typed.toLowerCase() || personLabel(p) === typed) && (!selectedLabel || personLabel(selectedLabel) !== typed);
  const data = [
    ...persons.map((p) => ({ value: String(p.id), label: personLabel(p) })),
    ...(offerNew ? [{ value: NEW, label: t('governance.edit.newPerson', { name: typed }) }] : []),
  ];

  async function choose(next: string | null) {
    if (next !== NEW) {
      onChange(next);
      return;
    }
    const person = await create.run({ name: typed, organisationId: newPersonOrganisationId ?? null });
    if (person) onChange(String(person.id), person);
  }

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('governance.edit.personPlaceholder')}
      searchable
      data={data}
      value={value}
      onChange={(next) => void choose(next)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('governance.edit.typeName')}
      error={error ?? create.error?.issues?.[0]?.message ?? create.error?.message}
      disabled={create.pending}
      data-testid={testId}
      {...rest}
    />
  );
}

/**
 * An update as an undoable command: `run` sends the changed fields, `revert` sends the values
 * they had (which the caller read from the loaded record).
 */
export function updateCommand<C extends Channel>(label: () => string, channel: C, changes: ChannelInput<C>, previous: ChannelInput<C>): Command {
  return {
    label,
    run: async () => void (await callEdit(channel, changes)),
    revert: async () => void (await callEdit(channel, previous)),
  };
}

/** The fields of `next` that differ from `before` (compared as JSON), and what they were. */
export function diff<T extends Record<string, unknown>>(before: T, next: Partial<T>): { changes: Partial<T>; previous: Partial<T> } {
  const changes: Partial<T> = {};
  const previous: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      changes[key] = next[key];
      previous[key] = before[key];
    }
  }
  return { changes, previous };
}

/** Every body of the workspace (active or not), flattened from the tree, for body pickers. */
export function useAllBodies(): { id: number; name: string; cooperationId: number; pattern: string }[] {
  const tree = useBodiesTree();
  return useMemo(() => {
    const out: { id: number; name: string; cooperationId: number; pattern: string }[] = [];
    const walk = (nodes: BodyTreeNode[]) => {
      for (const node of nodes) {
        out.push({ id: node.id, name: node.name, cooperationId: node.cooperationId, pattern: node.decisionNumberPattern });
        walk(node.children);
      }
    };
    for (const c of tree.data?.cooperations ?? []) walk(c.bodies);
    return out;
  }, [tree.data]);
}
