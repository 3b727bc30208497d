/** A body's own fields (name, kind, mandate, place in the tree, period, decision numbering): the form that creates a body or edits one. */
import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '../../../../shared/api/channels/governance.channels';
import { bodyKinds } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { decisionNumberPatternProblems, formatDecisionNumber } from '../../../../shared/governance/decision-number';
import { FormFooter } from '../../components/FormFooter';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { dateProblem, diff, fieldIssues, needsNotice, optionalDate, OptionalDateInput, updateCommand } from './forms';
import { bodyKindLabel, todayIso, type BodyKind } from './labels';
import { useCreateBody } from './queries';
import type { BodyOption } from './BodyModal';

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

export const emptyForm = (cooperationId: number | null, parentBodyId: number | null): BodyForm => ({
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

export const formOf = (b: BodyDetail): BodyForm => ({
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

export const idOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

const bodyFields = ['name', 'kind', 'mandate', 'parentBodyId', 'permanent', 'startDate', 'endDate', 'replacedByBodyId', 'decisionNumberPattern', 'cooperationId'] as const;

export function BodyFormFields({ body, bodies, cooperations, initial, onSaved, onClose }: { body: BodyDetail | null; bodies: BodyOption[]; cooperations: { value: string; label: string }[]; initial: BodyForm; onSaved: (id: number) => void; onClose: () => void }) {
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
