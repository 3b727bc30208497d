/** The body dialog: a new body's form (BodyForm), or an existing body's form and its seats (BodySeats). */
import { Alert, Badge, Divider, Loader, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { todayIso } from './labels';
import { useCooperations } from '../cooperations/queries';
import { useBody } from './queries';
import { BodyFormFields, emptyForm, formOf } from './BodyForm';
import { Seats } from './BodySeats';
import { BodyCalendar } from './BodyCalendar';

export interface BodyOption {
  id: number;
  name: string;
  cooperationId: number;
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
      <Divider />
      <BodyCalendar bodyId={body.data.id} />
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
