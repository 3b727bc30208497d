import { Group, Modal, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../shared/api/channels/governance.channels';
import { agreementTypes, type AgreementPartyRole } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { FormFooter } from '../../components/FormFooter';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { dateProblem, diff, fieldIssues, monthsValue, needsNotice, optionalDate, OptionalDateInput, updateCommand, useOrganisationOptions } from './forms';
import { agreementTypeLabel, type AgreementType } from './labels';
import { useCooperations } from '../cooperations/queries';
import { useCreateAgreement } from './queries';

const fields = ['cooperationId', 'type', 'title', 'counterpartyOrganisationId', 'parties', 'signedOn', 'startDate', 'initialTermMonths', 'renewalMonths', 'noticeMonths', 'notes'] as const;
type Field = (typeof fields)[number];

const months = (value: number | null): string | number => (value === null ? '' : value);

/**
 * Creates or edits an agreement: type, title, counterparty, parties, signed and start dates and
 * its terms in months. Editing is undoable; the table then shows the new end and notice deadline.
 */
export function AgreementModal({ agreement, defaultCooperationId, onClose }: { agreement: AgreementView | null; defaultCooperationId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const create = useCreateAgreement();
  const coops = useCooperations();
  const organisations = useOrganisationOptions();
  const [cooperationId, setCooperationId] = useState<string | null>(agreement ? String(agreement.cooperationId) : defaultCooperationId === null ? null : String(defaultCooperationId));
  const [type, setType] = useState<AgreementType>((agreement?.type as AgreementType | undefined) ?? 'cooperation');
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [counterparty, setCounterparty] = useState<string | null>(agreement?.counterpartyOrganisationId ? String(agreement.counterpartyOrganisationId) : null);
  const [parties, setParties] = useState<string[]>((agreement?.parties ?? []).filter((p) => p.role === 'party').map((p) => String(p.organisationId)));
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? '');
  const [startDate, setStartDate] = useState(agreement?.startDate ?? '');
  const [initialTerm, setInitialTerm] = useState<string | number>(months(agreement?.initialTermMonths ?? null));
  const [renewal, setRenewal] = useState<string | number>(months(agreement?.renewalMonths ?? null));
  const [notice, setNotice] = useState<string | number>(months(agreement?.noticeMonths ?? null));
  const [notes, setNotes] = useState(agreement?.notes ?? '');
  const [touched, setTouched] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const term = monthsValue(initialTerm);
  const renew = monthsValue(renewal);
  const noticeMonths = monthsValue(notice);
  const monthProblem = (value: number | null, min: number, max: number) => (value === null || (Number.isInteger(value) && value >= min && value <= max) ? undefined : t('governance.edit.monthsRange', { min, max }));
  const local: Partial<Record<Field, string>> = {
    cooperationId: cooperationId === null ? t('validation.required') : undefined,
    title: title.trim() === '' ? t('validation.required') : undefined,
    signedOn: dateProblem(t, signedOn),
    startDate: dateProblem(t, startDate),
    initialTermMonths: monthProblem(term, 1, 1200),
    renewalMonths: monthProblem(renew, 1, 1200) ?? (renew !== null && term === null ? t('governance.edit.renewalNeedsTerm') : undefined),
    noticeMonths: monthProblem(noticeMonths, 0, 120),
  };
  const error = apiError ?? create.error;
  const issues = fieldIssues(error);
  const problem = (field: Field) => (touched ? local[field] : undefined) ?? issues[field];

  async function save() {
    setTouched(true);
    setApiError(null);
    if (Object.values(local).some(Boolean)) return;
    // Parties keep their other roles (signatories, a counterparty listed as a party); the picker edits the plain parties.
    const kept = (agreement?.parties ?? []).filter((p) => p.role !== 'party').map((p) => ({ organisationId: p.organisationId, role: p.role }));
    const values = {
      type,
      title: title.trim(),
      counterpartyOrganisationId: counterparty === null ? null : Number(counterparty),
      signedOn: optionalDate(signedOn),
      startDate: optionalDate(startDate),
      initialTermMonths: term,
      renewalMonths: renew,
      noticeMonths,
      notes: notes.trim() === '' ? null : notes,
      parties: [...kept, ...parties.map((id) => ({ organisationId: Number(id), role: 'party' as const }))],
    };
    if (!agreement) {
      const created = await create.run({ cooperationId: Number(cooperationId), ...values });
      if (created) onClose();
      return;
    }
    const before = {
      type: agreement.type,
      title: agreement.title,
      counterpartyOrganisationId: agreement.counterpartyOrganisationId,
      signedOn: agreement.signedOn,
      startDate: agreement.startDate,
      initialTermMonths: agreement.initialTermMonths,
      renewalMonths: agreement.renewalMonths,
      noticeMonths: agreement.noticeMonths,
      notes: agreement.notes,
      parties: agreement.parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    };
    const sortParties = (list: { organisationId: number; role: AgreementPartyRole }[]) => [...list].sort((a, b) => a.role.localeCompare(b.role) || a.organisationId - b.organisationId);
    const { changes, previous } = diff({ ...before, parties: sortParties(before.parties) }, { ...values, parties: sortParties(values.parties) });
    if (changes.parties) {
      changes.parties = values.parties;
      previous.parties = before.parties;
    }
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    const failed = await executeEdit(
      updateCommand(() => t('governance.edit.undoAgreement', { title: values.title }), 'agreements:update', { id: agreement.id, ...changes }, { id: agreement.id, ...previous }),
    );
    setSaving(false);
    setApiError(failed);
    if (!failed) onClose();
  }

  const terms = agreement?.terms;
  return (
    <Modal opened onClose={onClose} size="xl" title={agreement ? t('governance.edit.editAgreement') : t('governance.edit.newAgreement')} data-testid="agreement-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('governance.agreements.agreement')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problem('title')} data-autofocus data-testid="agreement-title" />
          <SimpleGrid cols={3} spacing="sm">
            {agreement ? (
              <TextInput label={t('governance.cooperation')} value={agreement.cooperationName} readOnly variant="filled" />
            ) : (
              <Select label={t('governance.cooperation')} data={(coops.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))} value={cooperationId} onChange={setCooperationId} allowDeselect={false} error={problem('cooperationId')} data-testid="agreement-cooperation" />
            )}
            <Select label={t('governance.agreements.type')} data={agreementTypes.map((a) => ({ value: a, label: agreementTypeLabel(t, a) }))} value={type} onChange={(v) => v && setType(v as AgreementType)} allowDeselect={false} error={problem('type')} data-testid="agreement-type" />
            <Select label={t('governance.edit.counterparty')} placeholder={t('governance.edit.noCounterparty')} clearable searchable data={organisations} value={counterparty} onChange={setCounterparty} error={problem('counterpartyOrganisationId')} data-testid="agreement-counterparty" />
          </SimpleGrid>
          <MultiSelect label={t('governance.agreements.parties')} placeholder={parties.length === 0 ? t('governance.edit.partiesPlaceholder') : undefined} searchable clearable data={organisations} value={parties} onChange={setParties} error={problem('parties')} data-testid="agreement-parties" />
          <Group gap="sm" align="flex-start">
            <OptionalDateInput label={t('governance.edit.signedOn')} value={signedOn} onChange={setSignedOn} error={problem('signedOn')} testId="agreement-signed" />
            <OptionalDateInput label={t('governance.agreements.start')} value={startDate} onChange={setStartDate} error={problem('startDate')} testId="agreement-start" />
            <NumberInput w={150} label={t('governance.edit.initialTerm')} description={t('governance.edit.monthsUnit')} min={1} max={1200} allowDecimal={false} value={initialTerm} onChange={setInitialTerm} error={problem('initialTermMonths')} data-testid="agreement-term" />
            <NumberInput w={150} label={t('governance.edit.renewal')} description={t('governance.edit.monthsUnit')} min={1} max={1200} allowDecimal={false} value={renewal} onChange={setRenewal} error={problem('renewalMonths')} data-testid="agreement-renewal" />
            <NumberInput w={150} label={t('governance.agreements.notice')} description={t('governance.edit.monthsUnit')} min={0} max={120} allowDecimal={false} value={notice} onChange={setNotice} error={problem('noticeMonths')} data-testid="agreement-notice" />
          </Group>
          {terms && (
            <Paper withBorder radius="sm" p="xs" bg="gray.0" data-testid="agreement-terms-now">
              <Text size="xs" c="dimmed">
                {t('governance.edit.termsNow', {
                  end: formatDate(terms.currentEndDate, language),
                  deadline: terms.noticeDeadline ? formatDate(terms.noticeDeadline, language) : '—',
                })}
              </Text>
            </Paper>
          )}
          <Textarea label={t('governance.edit.notes')} autosize minRows={2} maxRows={6} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={problem('notes')} data-testid="agreement-notes" />
          <FormFooter
            onCancel={onClose}
            saving={create.pending || saving}
            error={error && needsNotice(error, fields) ? error : null}
            testId="agreement-save"
            saveLabel={agreement ? t('common.save') : t('governance.edit.createAgreement')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
