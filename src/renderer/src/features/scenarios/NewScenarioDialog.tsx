import { Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Language } from '../../format/locales';
import { KeyBuilderModal } from './key-builder/KeyBuilderModal';
import { buildNewScenario, fieldOfIssue, horizonYears, type ChosenKey, type CostMode, type LocalError, type NewScenarioField } from './new-scenario';
import { useKey, useKeys, useSaveScenario } from './queries';

interface Props {
  cooperationId: number;
  currency: string;
  language: Language;
  onClose: () => void;
  onCreated: (scenarioId: number) => void;
}

/**
 * "New scenario…": one of the cooperation's keys, a name, the horizon, the yearly cost to share
 * (allocation keys) and optional population growth, saved as a new scenario. Mounted when opened,
 * so every opening starts from an empty form.
 */
export function NewScenarioDialog({ cooperationId, currency, language, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const keys = useKeys(cooperationId);
  const keyList = keys.data && keys.data.every((k) => k.cooperationId === cooperationId) ? keys.data : [];
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [buildingKey, setBuildingKey] = useState(false);
  const keyId = chosenKey !== null ? Number(chosenKey) : (keyList.find((k) => k.latest)?.id ?? keyList[0]?.id ?? null);
  const key = useKey(keyId);
  const definition = key.data?.id === keyId ? (key.data.definition as ChosenKey) : null;
  const family = definition?.family ?? keyList.find((k) => k.id === keyId)?.family ?? null;

  const thisYear = new Date().getFullYear();
  const [name, setName] = useState('');
  const [from, setFrom] = useState<number | string>(thisYear);
  const [to, setTo] = useState<number | string>(thisYear);
  const [costMode, setCostMode] = useState<CostMode>('byYear');
  const [costsByYear, setCostsByYear] = useState<Record<string, string>>({});
  const [baseAmount, setBaseAmount] = useState('');
  const [indexRate, setIndexRate] = useState('');
  const [growth, setGrowth] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<NewScenarioField, LocalError>>({});
  const save = useSaveScenario();
  const years = horizonYears(from, to);

  // The backend's refusals, each beside its field; what belongs to no field stays under the form.
  const issues = save.error?.issues ?? [];
  const apiErrors: Record<NewScenarioField, string> = {};
  const unplaced: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path, costMode);
    if (field === null) unplaced.push(issue);
    else apiErrors[field] ??= issue.message;
  }
  const first = unplaced[0];
  const generalError: ApiError | null =
    save.error && issues.length === 0 ? save.error : save.error && first ? { ...save.error, message: `${first.path}: ${first.message}`, issues: unplaced } : null;
  const err = (field: NewScenarioField): string | undefined => {
    const local = localErrors[field];
    return local ? t(local) : apiErrors[field];
  };

  async function onCreate() {
    const built = buildNewScenario({ name, from, to, costMode, costsByYear, baseAmount, indexRate, growth }, definition, currency, language, new Date());
    if (!built.ok) {
      setLocalErrors(built.errors);
      return;
    }
    setLocalErrors({});
    const saved = await save.run({ cooperationId, name: built.definition.name, definition: built.definition });
    if (saved) onCreated(saved.id);
  }

  const decimal = language === 'en' ? '.' : ',';
  return (
    <Modal opened onClose={onClose} title={t('studio.new.title')} size="lg">
      {buildingKey && (
        <KeyBuilderModal
          cooperationId={cooperationId}
          language={language}
          onClose={() => setBuildingKey(false)}
          onSaved={(saved) => {
            setChosenKey(String(saved.id));
            setBuildingKey(false);
          }}
        />
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onCreate();
        }}
      >
        <Stack gap="sm" data-testid="new-scenario">
          <Text size="sm" c="dimmed">
            {t('studio.new.body')}
          </Text>
          {keys.status === 'error' && <ErrorNotice error={keys.error} onRetry={keys.refetch} />}
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 1 }}
              label={t('studio.new.key')}
              placeholder={keyList.length === 0 && keys.status === 'success' ? t('studio.new.noKeys') : undefined}
              data={keyList.map((k) => ({ value: String(k.id), label: t('studio.new.keyOption', { name: k.name, version: k.version }) }))}
              value={keyId === null ? null : String(keyId)}
              onChange={setChosenKey}
              allowDeselect={false}
              error={err('key')}
              data-testid="new-key"
            />
            <Button variant="light" onClick={() => setBuildingKey(true)} mb={err('key') ? 22 : 0} data-testid="new-key-build">
              {t('keyBuilder.newKey')}
            </Button>
          </Group>
          <TextInput label={t('studio.new.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={err('name')} data-autofocus data-testid="new-name" />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('studio.params.from')} value={from} onChange={setFrom} allowDecimal={false} thousandSeparator="" hideControls error={err('from')} data-testid="new-from" />
            <NumberInput label={t('studio.params.to')} value={to} onChange={setTo} allowDecimal={false} thousandSeparator="" hideControls error={err('to')} data-testid="new-to" />
          </SimpleGrid>
          {family === 'allocation' && (
            <Stack gap="xs">
              <Group justify="space-between" align="flex-end">
                <div>
                  <Text size="sm" fw={500}>
                    {t('studio.new.costs')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('studio.new.costsHint')}
                  </Text>
                </div>
                <SegmentedControl
                  size="xs"
                  value={costMode}
                  onChange={(value) => setCostMode(value as CostMode)}
                  data={[
                    { value: 'byYear', label: t('studio.new.costsByYear') },
                    { value: 'indexed', label: t('studio.new.costsIndexed') },
                  ]}
                  data-testid="new-cost-mode"
                />
              </Group>
              {costMode === 'byYear' ? (
                <SimpleGrid cols={3} spacing="sm">
                  {years.map((year) => (
                    <TextInput
                      key={year}
                      label={t('studio.new.costFor', { year, currency })}
                      value={costsByYear[String(year)] ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setCostsByYear((previous) => ({ ...previous, [String(year)]: value }));
                      }}
                      error={err(`cost:${year}`)}
                      styles={{ input: { textAlign: 'right' } }}
                      data-testid={`new-cost-${year}`}
                    />
                  ))}
                </SimpleGrid>
              ) : (
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    label={t('studio.new.costFor', { year: years[0] ?? from, currency })}
                    value={baseAmount}
                    onChange={(event) => setBaseAmount(event.currentTarget.value)}
                    error={err('baseAmount')}
                    styles={{ input: { textAlign: 'right' } }}
                    data-testid="new-base-amount"
                  />
                  <TextInput
                    label={t('studio.new.indexRate')}
                    description={t('studio.new.indexRateHint')}
                    placeholder={`2${decimal}5`}
                    value={indexRate}
                    onChange={(event) => setIndexRate(event.currentTarget.value)}
                    error={err('indexRate')}
                    data-testid="new-index-rate"
                  />
                </SimpleGrid>
              )}
              {apiErrors['costs'] && (
                <Text size="xs" c="red">
                  {apiErrors['costs']}
                </Text>
              )}
            </Stack>
          )}
          {family !== null && family !== 'allocation' && (
            <Text size="sm" c="dimmed">
              {t('studio.new.feeSchedule')}
            </Text>
          )}
          <TextInput
            label={t('studio.new.growth')}
            description={t('studio.new.growthHint')}
            placeholder={`0${decimal}5`}
            value={growth}
            onChange={(event) => setGrowth(event.currentTarget.value)}
            error={err('growth')}
            data-testid="new-growth"
          />
          {generalError && <ErrorNotice error={generalError} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('studio.cancel')}
            </Button>
            <Button type="submit" loading={save.pending} disabled={keyId === null || (keyId !== null && definition === null)} data-testid="new-create">
              {t('studio.new.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
