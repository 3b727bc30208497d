import { Alert, Badge, Button, Divider, Group, Loader, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail, PersonView, SeatView } from '../../../../shared/api/channels/governance.channels';
import { bodyKinds, seatRoles } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { decisionNumberPatternProblems, formatDecisionNumber } from '../../../../shared/governance/decision-number';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormFooter } from '../../components/FormFooter';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { dateProblem, diff, fieldIssues, needsNotice, optionalDate, OptionalDateInput, PersonPicker, updateCommand, useOrganisationOptions } from './forms';
import { bodyKindLabel, seatRoleLabel, todayIso, type BodyKind, type SeatRole } from './labels';
import { useCooperations } from '../cooperations/queries';
import { useAddSeat, useBody, useCreateBody, useEndSeat, usePersons } from './queries';

export interface BodyOption {
  id: number;
  name: string;
  cooperationId: number;
}

interface BodyForm {
  cooperationId: string | null;
  name: string;
  kind: BodyKind;
  mandate: string;
  parentBodyId: string | null;
  permanent: boolean;
  startDate: string;
  endDate: string;
  replacedByBodyId: string | null;
  decisionNumberPattern: string;
}

const emptyForm = (cooperationId: number | null, parentBodyId: number | null): BodyForm => ({
  cooperationId: cooperationId === null ? null : String(cooperationId),
  name: '',
  kind: 'working_group',
  mandate: '',
  parentBodyId: parentBodyId === null ? null : String(parentBodyId),
  permanent: false,
  startDate: todayIso(),
  endDate: '',
  replacedByBodyId: null,
  decisionNumberPattern: '{year}:{n}',
});

const formOf = (b: BodyDetail): BodyForm => ({
  cooperationId: String(b.cooperationId),
  name: b.name,
  kind: b.kind,
  mandate: b.mandate ?? '',
  parentBodyId: b.parentBodyId === null ? null : String(b.parentBodyId),
  permanent: b.permanent,
  startDate: b.startDate ?? '',
  endDate: b.endDate ?? '',
  replacedByBodyId: b.replacedBy ? String(b.replacedBy.id) : null,
  decisionNumberPattern: b.decisionNumberPattern,
});

const idOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

const bodyFields = ['name', 'kind', 'mandate', 'parentBodyId', 'permanent', 'startDate', 'endDate', 'replacedByBodyId', 'decisionNumberPattern', 'cooperationId'] as const;

function BodyFormFields({ body, bodies, cooperations, initial, onSaved, onClose }: { body: BodyDetail | null; bodies: BodyOption[]; cooperations: { value: string; label: string }[]; initial: BodyForm; onSaved: (id: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateBody();
  const [form, setForm] = useState<BodyForm>(initial);
  const [touched, setTouched] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof BodyForm>(key: K, value: BodyForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const sameCooperation = bodies.filter((b) => String(b.cooperationId) === form.cooperationId && b.id !== body?.id).map((b) => ({ value: String(b.id), label: b.name }));
  const [language] = useLanguage();
  const patternProblems = decisionNumberPatternProblems(form.decisionNumberPattern, language);
  const example = patternProblems.length === 0 ? formatDecisionNumber(form.decisionNumberPattern, Number((form.startDate || todayIso()).slice(0, 4)) || new Date().getFullYear(), 1) : null;
  const issues = fieldIssues(apiError ?? create.error);
  const local: Partial<Record<(typeof bodyFields)[number], string>> = {
    name: form.name.trim() === '' ? t('validation.required') : undefined,
    cooperationId: form.cooperationId === null ? t('validation.required') : undefined,
    startDate: dateProblem(t, form.startDate),
    endDate: dateProblem(t, form.endDate) ?? (form.startDate && form.endDate && form.endDate < form.startDate ? t('governance.edit.endBeforeStart') : undefined),
    decisionNumberPattern: patternProblems[0],
  };
  const problem = (field: (typeof bodyFields)[number]) => (touched ? local[field] : undefined) ?? issues[field];

  async function save() {
    setTouched(true);
    setApiError(null);
    if (Object.values(local).some(Boolean)) return;
    const fields = {
      name: form.name.trim(),
      kind: form.kind,
      mandate: form.mandate.trim() === '' ? null : form.mandate,
      parentBodyId: idOrNull(form.parentBodyId),
      permanent: form.permanent,
      startDate: optionalDate(form.startDate),
      endDate: optionalDate(form.endDate),
      replacedByBodyId: idOrNull(form.replacedByBodyId),
      decisionNumberPattern: form.decisionNumberPattern.trim(),
    };
    if (!body) {
      const created = await create.run({ cooperationId: Number(form.cooperationId), ...fields });
      if (created) onSaved(created.id);
      return;
    }
    const before = {
      name: body.name,
      kind: body.kind,
      mandate: body.mandate,
      parentBodyId: body.parentBodyId,
      permanent: body.permanent,
      startDate: body.startDate,
      endDate: body.endDate,
      replacedByBodyId: body.replacedBy?.id ?? null,
      decisionNumberPattern: body.decisionNumberPattern,
    };
    const { changes, previous } = diff(before, fields);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    const error = await executeEdit(updateCommand(() => t('governance.edit.undoBody', { name: fields.name }), 'bodies:update', { id: body.id, ...changes }, { id: body.id, ...previous }));
    setSaving(false);
    setApiError(error);
    if (!error) onSaved(body.id);
  }

  const error = apiError ?? create.error;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="body-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('governance.edit.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={problem('name')} data-autofocus data-testid="body-name" />
          {body ? (
            <TextInput label={t('governance.cooperation')} value={body.cooperationName} readOnly variant="filled" />
          ) : (
            <Select label={t('governance.cooperation')} data={cooperations} value={form.cooperationId} onChange={(v) => setForm((f) => ({ ...f, cooperationId: v, parentBodyId: null, replacedByBodyId: null }))} allowDeselect={false} error={problem('cooperationId')} data-testid="body-cooperation" />
          )}
          <Select label={t('governance.edit.kind')} data={bodyKinds.map((k) => ({ value: k, label: bodyKindLabel(t, k) }))} value={form.kind} onChange={(v) => v && set('kind', v as BodyKind)} allowDeselect={false} error={problem('kind')} data-testid="body-kind" />
          <Select label={t('governance.edit.parent')} placeholder={t('governance.edit.noParent')} clearable searchable data={sameCooperation} value={form.parentBodyId} onChange={(v) => set('parentBodyId', v)} error={problem('parentBodyId')} data-testid="body-parent" />
        </SimpleGrid>
        <Textarea label={t('governance.edit.mandate')} autosize minRows={2} maxRows={6} value={form.mandate} onChange={(e) => set('mandate', e.currentTarget.value)} error={problem('mandate')} data-testid="body-mandate" />
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('governance.edit.duration')}
            </Text>
            <SegmentedControl
              value={form.permanent ? 'permanent' : 'temporary'}
              onChange={(v) => set('permanent', v === 'permanent')}
              data={[
                { value: 'permanent', label: t('governance.bodies.permanent') },
                { value: 'temporary', label: t('governance.bodies.temporary') },
              ]}
              data-testid="body-permanence"
            />
          </div>
          <OptionalDateInput label={t('governance.edit.startDate')} value={form.startDate} onChange={(v) => set('startDate', v)} error={problem('startDate')} testId="body-start" />
          <OptionalDateInput label={t('governance.edit.endDate')} value={form.endDate} onChange={(v) => set('endDate', v)} error={problem('endDate')} testId="body-end" />
          <Select flex={1} label={t('governance.edit.replacedBy')} placeholder={t('governance.edit.notReplaced')} clearable searchable data={sameCooperation} value={form.replacedByBodyId} onChange={(v) => set('replacedByBodyId', v)} error={problem('replacedByBodyId')} data-testid="body-replaced-by" />
        </Group>
        <TextInput
          label={t('governance.edit.pattern')}
          description={example ? t('governance.edit.patternExample', { example }) : t('governance.edit.patternHint')}
          value={form.decisionNumberPattern}
          onChange={(e) => set('decisionNumberPattern', e.currentTarget.value)}
          error={problem('decisionNumberPattern')}
          className="mono-input"
          w={320}
          data-testid="body-pattern"
        />
        <FormFooter
          onCancel={onClose}
          saving={create.pending || saving}
          error={error && needsNotice(error, bodyFields) ? error : null}
          testId="body-save"
          saveLabel={body ? t('common.save') : t('governance.edit.createBody')}
          cancelLabel={t('common.close')}
        />
      </Stack>
    </form>
  );
}

function SeatRow({ seat, language }: { seat: SeatView; language: Language }) {
  const { t } = useTranslation();
  const end = useEndSeat();
  const [ending, setEnding] = useState(false);
  const [toDate, setToDate] = useState(todayIso);
  const problem = dateProblem(t, toDate) ?? (toDate.trim() === '' ? t('validation.required') : undefined);
  const issues = fieldIssues(end.error);
  const open = seat.toDate === null || seat.toDate >= todayIso();
  return (
    <tr data-seat-id={seat.id} className={seat.current ? undefined : 'seat-past'} data-testid="seat-row">
      <td>{seatRoleLabel(t, seat.role)}</td>
      <td className="seat-person-cell">{seat.personName}</td>
      <td>{seat.organisationName ?? ''}</td>
      <td className="num nowrap">{seat.fromDate ? formatDate(seat.fromDate, language) : '…'}</td>
      <td className="num nowrap">{seat.toDate ? formatDate(seat.toDate, language) : '…'}</td>
      <td className="actions-col">
        {ending ? (
          <Group gap={4} wrap="nowrap" justify="flex-end" align="flex-start">
            <TextInput
              size="xs"
              w={118}
              aria-label={t('governance.edit.seatEndsOn', { name: seat.personName })}
              value={toDate}
              className="mono-input"
              onChange={(e) => setToDate(e.currentTarget.value)}
              error={problem ?? issues['toDate']}
              data-autofocus
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (!problem) void end.run({ id: seat.id, toDate: toDate.trim() }).then((done) => done && setEnding(false));
                } else if (e.key === 'Escape') {
                  e.stopPropagation();
                  setEnding(false);
                }
              }}
              data-testid="seat-end-date"
            />
            <Button size="compact-xs" disabled={Boolean(problem)} loading={end.pending} onClick={() => void end.run({ id: seat.id, toDate: toDate.trim() }).then((done) => done && setEnding(false))} data-testid="seat-end-confirm">
              {t('governance.edit.endSeat')}
            </Button>
          </Group>
        ) : (
          open && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEnding(true)} aria-label={t('governance.edit.endSeatNamed', { name: seat.personName })} data-testid="seat-end">
              {t('governance.edit.endSeat')}
            </Button>
          )
        )}
        {end.error && !issues['toDate'] && (
          <Text size="xs" c="red">
            {end.error.message}
          </Text>
        )}
      </td>
    </tr>
  );
}

function AddSeat({ bodyId, persons }: { bodyId: number; persons: PersonView[] }) {
  const { t } = useTranslation();
  const add = useAddSeat();
  const organisations = useOrganisationOptions();
  const [personId, setPersonId] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<SeatRole>('member');
  const [fromDate, setFromDate] = useState(todayIso);
  const [toDate, setToDate] = useState('');
  const [touched, setTouched] = useState(false);
  const issues = fieldIssues(add.error);
  const local = {
    personId: personId === null ? t('governance.edit.choosePerson') : undefined,
    fromDate: dateProblem(t, fromDate),
    toDate: dateProblem(t, toDate) ?? (fromDate && toDate && toDate < fromDate ? t('governance.edit.endBeforeStart') : undefined),
  };
  const problem = (field: keyof typeof local | 'organisationId' | 'role') => (touched && field in local ? local[field as keyof typeof local] : undefined) ?? issues[field];

  async function save() {
    setTouched(true);
    if (Object.values(local).some(Boolean)) return;
    const seat = await add.run({ bodyId, personId: Number(personId), organisationId: idOrNull(organisationId), role, fromDate: optionalDate(fromDate), toDate: optionalDate(toDate) });
    if (seat) {
      setPersonId(null);
      setOrganisationId(null);
      setRole('member');
      setToDate('');
      setTouched(false);
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="seat-add"
      data-testid="seat-add"
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <PersonPicker
          flex={1}
          label={t('governance.edit.person')}
          value={personId}
          persons={persons}
          newPersonOrganisationId={idOrNull(organisationId)}
          onChange={(id, created) => {
            setPersonId(id);
            const person = created ?? persons.find((p) => String(p.id) === id);
            if (person?.organisationId && organisationId === null) setOrganisationId(String(person.organisationId));
          }}
          error={problem('personId')}
          testId="seat-person"
        />
        <Select w={180} label={t('governance.edit.organisation')} placeholder={t('governance.edit.noOrganisation')} clearable searchable data={organisations} value={organisationId} onChange={setOrganisationId} error={problem('organisationId')} data-testid="seat-organisation" />
        <Select w={140} label={t('governance.edit.role')} data={seatRoles.map((r) => ({ value: r, label: seatRoleLabel(t, r) }))} value={role} onChange={(v) => v && setRole(v as SeatRole)} allowDeselect={false} error={problem('role')} data-testid="seat-role" />
        <OptionalDateInput w={112} label={t('governance.edit.from')} value={fromDate} onChange={setFromDate} error={problem('fromDate')} testId="seat-from" />
        <OptionalDateInput w={112} label={t('governance.edit.to')} value={toDate} onChange={setToDate} error={problem('toDate')} testId="seat-to" />
        <Button type="submit" mt={25} loading={add.pending} data-testid="seat-add-submit">
          {t('governance.edit.addSeat')}
        </Button>
      </Group>
      {add.error && needsNotice(add.error, ['personId', 'organisationId', 'role', 'fromDate', 'toDate']) && <ErrorNotice error={add.error} />}
    </form>
  );
}

function Seats({ body }: { body: BodyDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const persons = usePersons();
  return (
    <Stack gap="xs" data-testid="body-seats">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('governance.edit.seats')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('governance.edit.seatCount', { count: body.composition.length })}
        </Text>
      </Group>
      {body.seats.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance.edit.noSeatsYet')}
        </Text>
      ) : (
        <div className="gov-table-wrap seats-wrap">
          <table className="gov-table seats-table">
            <thead>
              <tr>
                <th>{t('governance.edit.role')}</th>
                <th>{t('governance.edit.person')}</th>
                <th>{t('governance.edit.organisation')}</th>
                <th>{t('governance.edit.from')}</th>
                <th>{t('governance.edit.to')}</th>
                <th className="actions-col">
                  <span className="visually-hidden">{t('governance.agenda.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {body.seats.map((seat) => (
                <SeatRow key={seat.id} seat={seat} language={language} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddSeat bodyId={body.id} persons={persons.data ?? []} />
    </Stack>
  );
}

function ExistingBody({ id, bodies, cooperations, created, onClose }: { id: number; bodies: BodyOption[]; cooperations: { value: string; label: string }[]; created: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const body = useBody(id, todayIso());
  const [savedAt, setSavedAt] = useState<number | null>(null);
  if (body.status === 'error' && !body.data) return <ErrorNotice error={body.error} onRetry={body.refetch} />;
  if (!body.data) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      {created && (
        <Alert color="teal" variant="light" data-testid="body-created">
          {t('governance.edit.bodyCreated', { name: body.data.name })}
        </Alert>
      )}
      <BodyFormFields key={`${body.data.id}-${savedAt ?? 0}`} body={body.data} bodies={bodies} cooperations={cooperations} initial={formOf(body.data)} onSaved={() => setSavedAt(Date.now())} onClose={onClose} />
      {savedAt !== null && (
        <Badge color="teal" variant="light" data-testid="body-saved">
          {t('governance.edit.saved')}
        </Badge>
      )}
      <Divider />
      <Seats body={body.data} />
    </Stack>
  );
}

/**
 * Creates or edits a body: kind, mandate, parent, permanence, period, successor and numbering
 * pattern; and, once it exists, its seats over time. A new body stays open for its first seats.
 */
export function BodyModal({ bodyId, bodies, defaultCooperationId, defaultParentId, onClose }: { bodyId: number | null; bodies: BodyOption[]; defaultCooperationId: number | null; defaultParentId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const coops = useCooperations();
  const cooperations = useMemo(() => (coops.data ?? []).map((c) => ({ value: String(c.id), label: c.name })), [coops.data]);
  const [createdId, setCreatedId] = useState<number | null>(null);
  const id = bodyId ?? createdId;
  const initial = useMemo(() => emptyForm(defaultCooperationId ?? (cooperations.length === 1 && cooperations[0] ? Number(cooperations[0].value) : null), defaultParentId), [defaultCooperationId, defaultParentId, cooperations]);
  return (
    <Modal opened onClose={onClose} size={1040} title={id === null ? t('governance.edit.newBody') : t('governance.edit.editBody')} data-testid="body-modal">
      {id === null ? (
        <BodyFormFields key={initial.cooperationId ?? 'none'} body={null} bodies={bodies} cooperations={cooperations} initial={initial} onSaved={setCreatedId} onClose={onClose} />
      ) : (
        <ExistingBody id={id} bodies={bodies} cooperations={cooperations} created={createdId !== null} onClose={onClose} />
      )}
    </Modal>
  );
}
