/** One cooperation's budget: its lines for a year against the year before, staff, funding and the balance, with their editors. */
import { Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineView, FundingSourceView, StaffAllocationView } from '../../../../shared/api/channels/budgets.channels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatMoney } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { BalanceChart } from './BalanceChart';
import { FundingModal, LineModal, StaffModal } from './BudgetEditors';
import { useBudget } from './queries';
import { FundingTable, LinesTable, StaffTable } from './BudgetTables';

export function CooperationBudget({ cooperationId }: { cooperationId: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const budget = useBudget(cooperationId);
  const [year, setYear] = useState<number | null>(null);
  const [lineEditor, setLineEditor] = useState<{ line: BudgetLineView | null } | null>(null);
  const [staffEditor, setStaffEditor] = useState<{ staff: StaffAllocationView | null } | null>(null);
  const [fundingEditor, setFundingEditor] = useState<{ funding: FundingSourceView | null } | null>(null);
  const data = budget.data;
  const lineYears = useMemo(() => [...new Set((data?.lines ?? []).map((l) => l.year))].sort((a, b) => b - a), [data]);

  if (budget.status === 'error' && !data) return <ErrorNotice error={budget.error} onRetry={budget.refetch} />;
  if (!data) return <Loader size="sm" />;

  const shownYear = year !== null && lineYears.includes(year) ? year : (lineYears[0] ?? null);
  const previousYear = shownYear !== null && lineYears.includes(shownYear - 1) ? shownYear - 1 : null;
  const money = (minor: number) => formatMoney(minor, data.cooperation.currency, language);
  const categories = [...new Set(data.lines.map((l) => l.category).concat(['membership_fees', 'management_shares', 'purchased_services', 'staff', 'other_costs']))];
  const defaultYear = shownYear ?? data.years[data.years.length - 1] ?? 2026;

  return (
    <Stack gap="md">
      <Paper withBorder radius="sm" p="md" className="budget-panel">
        {/* Wraps when narrow (200 % zoom), so "Add line" is never cut at the card's edge. */}
        <Group justify="space-between" mb="sm" gap="xs">
          <Group gap="sm">
            <Title order={3} size="h5" fw={600}>
              {t('budgets.linesTitle')}
            </Title>
            {lineYears.length > 0 && (
              <Select
                size="xs"
                w={110}
                aria-label={t('budgets.year')}
                value={shownYear === null ? null : String(shownYear)}
                allowDeselect={false}
                data={lineYears.map(String)}
                onChange={(v) => v && setYear(Number(v))}
                data-testid="budgets-year"
              />
            )}
            {previousYear !== null && (
              <Text size="xs" c="dimmed">
                {t('budgets.against', { year: previousYear })}
              </Text>
            )}
          </Group>
          <Button size="xs" variant="light" onClick={() => setLineEditor({ line: null })} data-testid="budgets-add-line">
            {t('budgets.addLine')}
          </Button>
        </Group>
        {shownYear === null ? (
          <Text size="sm" c="dimmed">
            {t('budgets.noLines')}
          </Text>
        ) : (
          <LinesTable data={data} year={shownYear} previousYear={previousYear} money={money} language={language} onEdit={(line) => setLineEditor({ line })} />
        )}
      </Paper>

      <SimpleGrid cols={1} spacing="md">
        <Paper withBorder radius="sm" p="md" className="budget-panel">
          <Title order={3} size="h5" fw={600} mb="xs">
            {t('budgets.balanceTitle')}
          </Title>
          {data.balance.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('budgets.noBalance')}
            </Text>
          ) : (
            <BalanceChart balance={data.balance} currency={data.cooperation.currency} language={language} />
          )}
        </Paper>
        <Paper withBorder radius="sm" p="md" className="budget-panel">
          <PanelHeading title={t('budgets.fundingTitle')} add={t('budgets.addFunding')} onAdd={() => setFundingEditor({ funding: null })} testId="budgets-add-funding" />
          <FundingTable data={data} money={money} onEdit={(funding) => setFundingEditor({ funding })} />
        </Paper>
      </SimpleGrid>

      <Paper withBorder radius="sm" p="md" className="budget-panel">
        <PanelHeading title={t('budgets.staffTitle')} add={t('budgets.addStaff')} onAdd={() => setStaffEditor({ staff: null })} testId="budgets-add-staff" />
        <StaffTable data={data} money={money} language={language} onEdit={(staff) => setStaffEditor({ staff })} />
      </Paper>

      {lineEditor && (
        <LineModal cooperationId={cooperationId} currency={data.cooperation.currency} line={lineEditor.line} defaultYear={defaultYear} categories={categories} onClose={() => setLineEditor(null)} />
      )}
      {staffEditor && <StaffModal cooperationId={cooperationId} currency={data.cooperation.currency} staff={staffEditor.staff} onClose={() => setStaffEditor(null)} />}
      {fundingEditor && (
        <FundingModal cooperationId={cooperationId} currency={data.cooperation.currency} funding={fundingEditor.funding} defaultYear={defaultYear} onClose={() => setFundingEditor(null)} />
      )}
    </Stack>
  );
}

/** A budget panel's heading with its "add" button (funding, staff). */
function PanelHeading({ title, add, onAdd, testId }: { title: string; add: string; onAdd: () => void; testId: string }) {
  return (
    <Group justify="space-between" mb="xs">
      <Title order={3} size="h5" fw={600}>
        {title}
      </Title>
      <Button size="xs" variant="light" onClick={onAdd} data-testid={testId}>
        {add}
      </Button>
    </Group>
  );
}
