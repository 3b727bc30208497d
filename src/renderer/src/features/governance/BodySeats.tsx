/** A body's seats: who sits for which organisation in which role, ending a seat and adding one (with a new person typed on the spot). */
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail, PersonView, SeatView } from '../../../../shared/api/channels/governance.channels';
import { seatRoles } from '../../../../shared/document/workspace-document.schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { dateProblem, fieldIssues, needsNotice, optionalDate, OptionalDateInput, PersonPicker, useOrganisationOptions } from './forms';
import { seatRoleLabel, todayIso, type SeatRole } from './labels';
import { useAddSeat, useEndSeat, usePersons } from './queries';
import { idOrNull } from './BodyForm';

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

export function Seats({ body }: { body: BodyDetail }) {
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
