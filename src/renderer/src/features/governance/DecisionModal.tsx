import { Alert, Group, Modal, SegmentedControl, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionRow } from '../../../../shared/api/channels/governance.channels';
import type { ApiError } from '../../../../shared/errors';
import { formatDecisionNumber } from '../../../../shared/governance/decision-number';
import { FormFooter } from '../../components/FormFooter';
import { seenVersion } from '../../undo/seen-version';
import { callEdit, executeEdit } from '../../undo/undo-store';
import { dateProblem, diff, fieldIssues, needsNotice, optionalDate, OptionalDateInput, PersonPicker, useAllBodies } from './forms';
import { decisionStatusLabel, todayIso } from './labels';
import { useCreateDecision, usePersons } from './queries';

const fields = ['bodyId', 'decidedOn', 'title', 'text', 'status', 'ownerPersonId', 'reviewOn', 'tags', 'links', 'year'] as const;
const EDITABLE_TEXT = new Set(['proposed', 'postponed']);

interface Props {
  /** The decision to edit; null for a new register entry. */
  decision: DecisionRow | null;
  /** Every register row, to preview the number a new decision will get. */
  rows: DecisionRow[];
  /** A new decision that supersedes this one (the link is made with it). */
  supersedes?: DecisionRow | null;
  onClose: () => void;
  onCreated?: (id: number) => void;
}

/**
 * A register entry typed in directly (not through a meeting's minutes): body, date, title, text,
 * proposed or adopted, owner, review date and tags. Editing later is undoable; the wording of an
 * adopted decision is final, so only its owner, review date and tags change then.
 */
export function DecisionModal({ decision, rows, supersedes = null, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateDecision();
  const persons = usePersons();
  const bodies = useAllBodies();
  const [bodyId, setBodyId] = useState<string | null>(decision ? String(decision.bodyId) : supersedes ? String(supersedes.bodyId) : null);
  const [decidedOn, setDecidedOn] = useState(decision?.decidedOn ?? todayIso());
  const [title, setTitle] = useState(decision?.title ?? '');
  const [text, setText] = useState(decision?.text ?? '');
  const [status, setStatus] = useState<'proposed' | 'adopted'>('adopted');
  const [owner, setOwner] = useState<string | null>(decision?.ownerPersonId ? String(decision.ownerPersonId) : null);
  const [reviewOn, setReviewOn] = useState(decision?.reviewOn ?? '');
  const [tags, setTags] = useState<string[]>(decision?.tags ?? supersedes?.tags ?? []);
  const [touched, setTouched] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const wordingFinal = decision !== null && !EDITABLE_TEXT.has(decision.status);

  const cooperationId = supersedes ? supersedes.cooperationId : undefined;
  const bodyOptions = bodies.filter((b) => cooperationId === undefined || b.cooperationId === cooperationId).map((b) => ({ value: String(b.id), label: b.name }));

  // The number the register will give: next in the body's sequence for the year of the date.
  const nextNumber = useMemo(() => {
    if (decision || bodyId === null) return null;
    const body = bodies.find((b) => String(b.id) === bodyId);
    const date = decidedOn.trim() || todayIso();
    if (!body || dateProblem(t, date)) return null;
    const year = Number(date.slice(0, 4));
    const used = rows.filter((r) => r.bodyId === body.id && r.year === year).map((r) => r.sequence);
    return formatDecisionNumber(body.pattern, year, Math.max(0, ...used) + 1);
  }, [decision, bodyId, bodies, decidedOn, rows, t]);

  const local = {
    bodyId: bodyId === null ? t('validation.required') : undefined,
    title: title.trim() === '' ? t('validation.required') : undefined,
    decidedOn: dateProblem(t, decidedOn) ?? (status === 'adopted' && decidedOn.trim() === '' && !decision ? t('governance.edit.adoptedNeedsDate') : undefined),
    reviewOn: dateProblem(t, reviewOn),
  };
  const error = apiError ?? create.error;
  const issues = fieldIssues(error, { input: 'links' });
  const problem = (field: (typeof fields)[number]) => (touched && field in local ? local[field as keyof typeof local] : undefined) ?? issues[field];

  async function save() {
    setTouched(true);
    setApiError(null);
    if (Object.values(local).some(Boolean)) return;
    const common = { ownerPersonId: owner === null ? null : Number(owner), reviewOn: optionalDate(reviewOn), tags };
    if (!decision) {
      const created = await create.run({
        bodyId: Number(bodyId),
        title: title.trim(),
        text,
        status,
        // A proposal is not decided yet: its date only says which year it is numbered in.
        ...(status === 'adopted' ? { decidedOn: optionalDate(decidedOn) } : decidedOn.trim() ? { year: Number(decidedOn.trim().slice(0, 4)) } : {}),
        ...common,
        ...(supersedes ? { links: [{ kind: 'supersedes' as const, targetDecisionId: supersedes.id }] } : {}),
      });
      if (created) {
        onClose();
        onCreated?.(created.id);
      }
      return;
    }
    const before = { title: decision.title, text: decision.text, ownerPersonId: decision.ownerPersonId, reviewOn: decision.reviewOn, tags: decision.tags };
    const { changes, previous } = diff(before, wordingFinal ? common : { title: title.trim(), text, ...common });
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    // Saved from the version the dialog opened on (undo and redo too): an edit someone else saved since is not overwritten.
    const version = seenVersion(decision.rowVersion);
    const update = (fields: typeof changes) => version.save((expectedVersion) => callEdit('decisions:update', { id: decision.id, ...fields, expectedVersion }), (saved) => saved.rowVersion);
    const failed = await executeEdit({
      label: () => t('governance.edit.undoDecision', { number: decision.number }),
      run: async () => void (await update(changes)),
      revert: async () => void (await update(previous)),
    });
    setSaving(false);
    setApiError(failed);
    if (!failed) onClose();
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={decision ? t('governance.edit.editDecision', { number: decision.number }) : supersedes ? t('governance.edit.newSuperseding', { number: supersedes.number }) : t('governance.edit.newDecision')} data-testid="decision-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {supersedes && (
            <Alert variant="light" color="blue" data-testid="decision-supersedes-note">
              {t('governance.edit.supersedesNote', { number: supersedes.number, title: supersedes.title })}
            </Alert>
          )}
          {decision ? (
            <TextInput label={t('governance.body')} value={decision.bodyName} readOnly variant="filled" />
          ) : (
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <Select flex={1} label={t('governance.body')} searchable data={bodyOptions} value={bodyId} onChange={setBodyId} allowDeselect={false} error={problem('bodyId')} data-testid="decision-body" />
              <OptionalDateInput label={t('governance.decision.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={problem('decidedOn') ?? issues['year']} testId="decision-date" />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('governance.register.status')}
                </Text>
                <SegmentedControl
                  value={status}
                  onChange={(v) => setStatus(v as 'proposed' | 'adopted')}
                  data={(['proposed', 'adopted'] as const).map((s) => ({ value: s, label: decisionStatusLabel(t, s) }))}
                  data-testid="decision-status-choice"
                />
              </div>
            </Group>
          )}
          {nextNumber && (
            <Text size="sm" c="dimmed" data-testid="decision-next-number">
              {t('governance.edit.nextNumber')} <span className="mono decision-next">{nextNumber}</span>
            </Text>
          )}
          <TextInput label={t('governance.register.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problem('title')} disabled={wordingFinal} data-autofocus data-testid="decision-title-input" />
          <Textarea
            label={t('governance.decision.text')}
            description={wordingFinal ? t('governance.edit.wordingFinal') : t('governance.edit.ctrlEnter')}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
            error={problem('text')}
            disabled={wordingFinal}
            data-testid="decision-text-input"
          />
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <PersonPicker flex={1} clearable label={t('governance.decision.owner')} placeholder={t('governance.edit.noOwner')} value={owner} onChange={(id) => setOwner(id)} persons={persons.data ?? []} error={problem('ownerPersonId')} testId="decision-owner" />
            <OptionalDateInput label={t('governance.decision.reviewOn')} value={reviewOn} onChange={setReviewOn} error={problem('reviewOn')} testId="decision-review" />
          </Group>
          <TagsInput label={t('governance.register.tags')} description={t('governance.edit.tagsHint')} value={tags} onChange={setTags} clearable error={problem('tags')} data-testid="decision-tags" />
          {problem('links') && (
            <Text size="sm" c="red">
              {problem('links')}
            </Text>
          )}
          <FormFooter
            onCancel={onClose}
            saving={create.pending || saving}
            error={error && needsNotice(error, fields, { input: 'links' }) ? error : null}
            testId="decision-save"
            saveLabel={decision ? t('common.save') : t('governance.edit.registerDecision')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
