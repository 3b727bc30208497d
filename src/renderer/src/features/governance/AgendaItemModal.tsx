import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, PersonView } from '../../../../shared/api/channels/governance.channels';
import { agendaItemKinds } from '../../../../shared/document/workspace-document.schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormButtons } from '../../components/FormFooter';
import { useScenarios } from '../scenarios/queries';
import { agendaKindLabel, type AgendaItemKind } from './labels';
import { useAddAgendaItem, useRemoveAgendaItem, useUpdateAgendaItem } from './queries';

interface Props {
  meetingId: number;
  /** The cooperation of the meeting's body: its scenarios may be proposed for adoption. */
  cooperationId: number;
  /** The item to edit; null to add one at the end. */
  item: AgendaItemView | null;
  persons: PersonView[];
  /** The minutes are recorded: the item can be edited but not removed. */
  frozen?: boolean;
  onClose: () => void;
}

/** Adds or edits one agenda item: title, kind, presenter, estimated minutes, proposal and minutes. */
export function AgendaItemModal({ meetingId, cooperationId, item, persons, frozen = false, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddAgendaItem();
  const update = useUpdateAgendaItem();
  const remove = useRemoveAgendaItem();
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'information');
  const [presenter, setPresenter] = useState<string | null>(item?.presenterPersonId ? String(item.presenterPersonId) : null);
  const [minutesEstimate, setMinutesEstimate] = useState<number | string>(item?.estimatedMinutes ?? 15);
  const [proposal, setProposal] = useState(item?.proposal ?? '');
  const [proposalScenario, setProposalScenario] = useState<string | null>(item?.proposalScenario ? String(item.proposalScenario.id) : null);
  const scenarios = useScenarios(cooperationId);
  const [minutes, setMinutes] = useState(item?.minutes ?? '');
  const [touched, setTouched] = useState(false);
  const error = add.error ?? update.error ?? remove.error;
  const estimate = typeof minutesEstimate === 'number' ? minutesEstimate : Number.NaN;
  const titleProblem = title.trim() === '' ? t('validation.required') : undefined;
  const estimateProblem = Number.isInteger(estimate) && estimate >= 0 && estimate <= 600 ? undefined : t('governance.agenda.minutesRange');

  async function save() {
    setTouched(true);
    if (titleProblem || estimateProblem) return;
    const fields = {
      title: title.trim(),
      kind,
      presenterPersonId: presenter === null ? null : Number(presenter),
      estimatedMinutes: estimate,
      proposal: proposal.trim() === '' ? null : proposal,
      proposalScenarioId: kind === 'decision' && proposalScenario !== null ? Number(proposalScenario) : null,
    };
    const done = item ? await update.run({ id: item.id, ...fields, minutes: minutes.trim() === '' ? null : minutes }) : await add.run({ meetingId, ...fields });
    if (done) onClose();
  }

  async function onRemove() {
    if (!item) return;
    if (await remove.run({ id: item.id })) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={item ? t('governance.agenda.editTitle', { ordinal: item.ordinal }) : t('governance.agenda.addTitle')} size="lg" data-testid="agenda-item-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('governance.agenda.itemTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={touched ? titleProblem : undefined} data-autofocus data-testid="agenda-item-title" />
          <Group grow align="flex-start">
            <Select
              label={t('governance.agenda.kind')}
              data={agendaItemKinds.map((k) => ({ value: k, label: agendaKindLabel(t, k) }))}
              value={kind}
              onChange={(value) => value && setKind(value as AgendaItemKind)}
              allowDeselect={false}
              data-testid="agenda-item-kind"
            />
            <Select
              label={t('governance.agenda.presenter')}
              placeholder={t('governance.agenda.noPresenter')}
              clearable
              searchable
              data={persons.map((p) => ({ value: String(p.id), label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))}
              value={presenter}
              onChange={setPresenter}
            />
            <NumberInput label={t('governance.agenda.estimate')} min={0} max={600} step={5} allowDecimal={false} value={minutesEstimate} onChange={setMinutesEstimate} error={touched ? estimateProblem : undefined} data-testid="agenda-item-minutes" />
          </Group>
          <Textarea label={t('governance.agenda.proposal')} description={t('governance.agenda.proposalHint')} autosize minRows={3} maxRows={8} value={proposal} onChange={(e) => setProposal(e.currentTarget.value)} data-testid="agenda-item-proposal" />
          {kind === 'decision' && (
            <Select
              label={t('governance.agenda.proposalScenario')}
              description={t('governance.agenda.proposalScenarioHint')}
              placeholder={t('governance.agenda.noProposalScenario')}
              clearable
              data={(scenarios.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
              value={proposalScenario}
              onChange={setProposalScenario}
              data-testid="agenda-item-scenario"
            />
          )}
          {item && <Textarea label={t('governance.agenda.minutes')} autosize minRows={2} maxRows={8} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} data-testid="agenda-item-minutes-text" />}
          {error && <ErrorNotice error={error} />}
          <Group justify="space-between">
            {item ? (
              <Button variant="subtle" color="red" onClick={() => void onRemove()} loading={remove.pending} disabled={frozen} title={frozen ? t('governance.agenda.frozen') : undefined} data-testid="agenda-item-remove">
                {t('governance.agenda.remove')}
              </Button>
            ) : (
              <span />
            )}
            <FormButtons onCancel={onClose} saving={add.pending || update.pending} testId="agenda-item-save" />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
