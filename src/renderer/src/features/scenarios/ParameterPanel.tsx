import { ActionIcon, Button, Divider, Group, NumberInput, Select, Slider, Stack, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/iso-date';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { ScenarioMemberRef } from '../../../../shared/api/channels/scenarios.channels';
import type { Language } from '../../format/locales';
import { intlLocale } from '../../format/locales';
import type { ParameterControl, StudioDraft } from './studio-model';

interface Props {
  controls: readonly ParameterControl[];
  draft: StudioDraft;
  members: readonly ScenarioMemberRef[];
  language: Language;
  setParameter: (name: string, value: string) => void;
  updateDraft: (change: (draft: StudioDraft) => StudioDraft) => void;
}

const plainNumbers = new Map<Language, Intl.NumberFormat>();

/** `Number#toLocaleString(locale)`'s format, made once per language rather than on every call. */
function plainNumber(language: Language): Intl.NumberFormat {
  let format = plainNumbers.get(language);
  if (!format) plainNumbers.set(language, (format = new Intl.NumberFormat(intlLocale(language))));
  return format;
}

/** Decimal text → number for a control (display only; the engine gets the text). */
const toNumber = (text: string | null | undefined): number => (text === null || text === undefined || text === '' ? 0 : Number(text));

/** A number from a control → exact decimal text with at most `digits` decimals. */
function toText(value: number | string, digits: number): string {
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  if (!Number.isFinite(n)) return '0';
  return String(Number(n.toFixed(digits)));
}

/**
 * The scenario's assumptions as controls: key parameters (a slider for a share of the pool),
 * the horizon, costs and their indexation, population growth, and members joining or leaving.
 */
export function ParameterPanel({ controls, draft, members, language, setParameter, updateDraft }: Props) {
  const { t } = useTranslation();
  const decimal = language === 'en' ? '.' : ',';
  const percent = (value: number) => `${plainNumber(language).format(value)}${language === 'en' ? '%' : '\u00a0%'}`;

  return (
    <Stack gap="md" className="parameter-panel" data-testid="parameter-panel">
      {controls.length > 0 && (
        <Stack gap="sm">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('studio.params.key')}
          </Text>
          {controls.map((control) =>
            control.kind === 'share' ? (
              <div key={control.name} className="field">
                <Group justify="space-between" gap={4}>
                  <Text size="sm" fw={500} id={`param-${control.name}-label`}>
                    {control.splitsEqually ? t('studio.params.equalShare') : (control.labels[0] ?? control.name)}
                  </Text>
                  <Text size="sm" fw={600} className="num" data-testid={`param-${control.name}-value`}>
                    {percent(toNumber(draft.parameters[control.name]))}
                  </Text>
                </Group>
                <Slider
                  min={0}
                  max={50}
                  step={1}
                  value={toNumber(draft.parameters[control.name])}
                  onChange={(value) => setParameter(control.name, toText(value, 2))}
                  label={(value) => percent(value)}
                  marks={[{ value: 0, label: '0' }, { value: 25, label: '25' }, { value: 50, label: '50' }]}
                  thumbLabel={control.name}
                  data-testid={`param-${control.name}`}
                  mb="md"
                />
                <Text size="xs" c="dimmed">
                  {t('studio.params.shareHint', { labels: control.labels.join(', '), value: control.defaultValue })}
                </Text>
              </div>
            ) : (
              <NumberInput
                key={control.name}
                size="xs"
                label={control.labels.length > 0 ? `${control.labels[0]} (${control.name})` : control.name}
                description={t('studio.params.rateHint', { value: control.defaultValue })}
                value={toNumber(draft.parameters[control.name])}
                decimalScale={4}
                decimalSeparator={decimal}
                step={0.05}
                min={0}
                onChange={(value) => setParameter(control.name, toText(value, 4))}
                data-testid={`param-${control.name}`}
              />
            ),
          )}
        </Stack>
      )}

      <StructuralControls
        horizon={draft.horizon}
        indexRate={draft.indexRate}
        populationGrowth={draft.populationGrowth}
        memberChanges={draft.memberChanges}
        members={members}
        language={language}
        updateDraft={updateDraft}
      />
    </Stack>
  );
}

type Structural = Pick<StudioDraft, 'horizon' | 'indexRate' | 'populationGrowth' | 'memberChanges'>;

/**
 * The what-ifs that change the scenario's structure. A key parameter's step leaves these parts
 * of the draft as they were (same objects), so this half of the panel is not drawn again then.
 */
const StructuralControls = memo(function StructuralControls({
  horizon,
  indexRate,
  populationGrowth,
  memberChanges,
  members,
  language,
  updateDraft,
}: Structural & Pick<Props, 'members' | 'language' | 'updateDraft'>) {
  const { t } = useTranslation();
  const draft: Structural = { horizon, indexRate, populationGrowth, memberChanges };
  const decimal = language === 'en' ? '.' : ',';
  const [changeMember, setChangeMember] = useState<string | null>(null);
  const memberName = (id: string) => members.find((m) => m.memberId === id)?.name ?? id;

  return (
    <>
      <Divider />
      <Stack gap="xs">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('studio.params.horizon')}
        </Text>
        <Group gap="xs" grow>
          <NumberInput
            size="xs"
            label={t('studio.params.from')}
            value={draft.horizon.from}
            min={1900}
            max={draft.horizon.to}
            thousandSeparator=""
            onChange={(value) => typeof value === 'number' && value <= draft.horizon.to && updateDraft((d) => ({ ...d, horizon: { ...d.horizon, from: value } }))}
            data-testid="horizon-from"
          />
          <NumberInput
            size="xs"
            label={t('studio.params.to')}
            value={draft.horizon.to}
            min={draft.horizon.from}
            max={draft.horizon.from + 30}
            thousandSeparator=""
            onChange={(value) => typeof value === 'number' && value >= draft.horizon.from && updateDraft((d) => ({ ...d, horizon: { ...d.horizon, to: value } }))}
            data-testid="horizon-to"
          />
        </Group>
        {draft.indexRate !== null && (
          <NumberInput
            size="xs"
            label={t('studio.params.indexRate')}
            suffix=" %"
            decimalScale={2}
            decimalSeparator={decimal}
            step={0.5}
            value={toNumber(draft.indexRate)}
            onChange={(value) => updateDraft((d) => ({ ...d, indexRate: toText(value, 2) }))}
            data-testid="index-rate"
          />
        )}
        <NumberInput
          size="xs"
          label={t('studio.params.growth')}
          description={t('studio.params.growthHint')}
          suffix=" %"
          decimalScale={2}
          decimalSeparator={decimal}
          step={0.1}
          value={draft.populationGrowth === null ? '' : toNumber(draft.populationGrowth)}
          onChange={(value) => updateDraft((d) => ({ ...d, populationGrowth: value === '' ? null : toText(value, 2) }))}
          data-testid="population-growth"
        />
      </Stack>

      <Divider />
      <Stack gap="xs">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('studio.params.changes')}
        </Text>
        {draft.memberChanges.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('studio.params.noChanges')}
          </Text>
        )}
        {draft.memberChanges.map((change, index) => (
          <Stack key={change.member} gap={4} className="member-change">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500} truncate>
                {memberName(change.member)}
              </Text>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={t('studio.params.removeChange', { name: memberName(change.member) })}
                onClick={() => updateDraft((d) => ({ ...d, memberChanges: d.memberChanges.filter((_, i) => i !== index) }))}
              >
                ×
              </ActionIcon>
            </Group>
            <Group gap="xs" grow>
              <LocalDateInput
                size="xs"
                label={t('studio.params.joined')}
                value={change.joined ?? ''}
                onChange={(value) => {
                  // Only a whole date (or none) reaches the engine; half-typed text stays in the field.
                  if (value !== '' && !isIsoDate(value)) return;
                  updateDraft((d) => ({ ...d, memberChanges: d.memberChanges.map((c, i) => (i === index ? { ...c, joined: value === '' ? undefined : value } : c)) }));
                }}
              />
              <LocalDateInput
                size="xs"
                label={t('studio.params.left')}
                value={change.left ?? ''}
                onChange={(value) => {
                  // Only a whole date (or none) reaches the engine; half-typed text stays in the field.
                  if (value !== '' && !isIsoDate(value)) return;
                  updateDraft((d) => ({ ...d, memberChanges: d.memberChanges.map((c, i) => (i === index ? { ...c, left: value === '' ? undefined : value } : c)) }));
                }}
                data-testid={`leave-${change.member}`}
              />
            </Group>
          </Stack>
        ))}
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            size="xs"
            style={{ flex: 1 }}
            placeholder={t('studio.params.pickMember')}
            aria-label={t('studio.params.pickMember')}
            searchable
            data={members.filter((m) => !draft.memberChanges.some((c) => c.member === m.memberId)).map((m) => ({ value: m.memberId, label: m.name }))}
            value={changeMember}
            onChange={setChangeMember}
          />
          <Button
            size="xs"
            variant="default"
            disabled={changeMember === null}
            onClick={() => {
              if (changeMember === null) return;
              updateDraft((d) => ({ ...d, memberChanges: [...d.memberChanges, { member: changeMember, left: `${d.horizon.from}-06-30` }] }));
              setChangeMember(null);
            }}
          >
            {t('studio.params.addChange')}
          </Button>
        </Group>
      </Stack>
    </>
  );
});
