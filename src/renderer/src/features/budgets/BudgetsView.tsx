import { Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { useCooperations } from '../cooperations/queries';
import './budgets.css';
import { CooperationBudget } from './CooperationBudget';
import { ViewHeading } from '../../components/ViewHeading';

const STORAGE_KEY = 'andel.budgets.cooperation';

function storedCooperation(): number | null {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Budgets: pick a cooperation; its lines for a year against the year before, staff, funding, and the balance. */
export function BudgetsView() {
  const { t } = useTranslation();
  const cooperations = useCooperations();
  const [chosen, setChosen] = useState<number | null>(storedCooperation);
  const list = cooperations.data ?? [];
  const cooperationId = list.some((c) => c.id === chosen) ? chosen : (list[0]?.id ?? null);

  if (cooperations.status === 'error' && !cooperations.data) return <ErrorNotice error={cooperations.error} onRetry={cooperations.refetch} />;
  if (!cooperations.data) {
    return (
      <LoadingNotice label={t('budgets.loading')} />
    );
  }
  if (cooperationId === null) return <EmptyState title={t('budgets.noCooperationsTitle')}>{t('budgets.noCooperationsBody')}</EmptyState>;

  return (
    <Stack gap="md" className="view budgets-view">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <ViewHeading title={t('budgets.title')} subtitle={t('budgets.subtitle')} />
        <Select
          w={320}
          aria-label={t('budgets.cooperation')}
          value={String(cooperationId)}
          allowDeselect={false}
          data={list.map((c) => ({ value: String(c.id), label: c.name }))}
          onChange={(value) => {
            if (!value) return;
            setChosen(Number(value));
            try {
              window.localStorage.setItem(STORAGE_KEY, value);
            } catch {
              // Not remembering the choice is harmless.
            }
          }}
          data-testid="budgets-cooperation"
        />
      </Group>
      <CooperationBudget key={cooperationId} cooperationId={cooperationId} />
    </Stack>
  );
}
