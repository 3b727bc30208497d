/** The budget's tables: lines by category (this year against the year before), funding sources and staff, each row with its edit and delete actions. */
import { ActionIcon, Badge, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BudgetLineView, BudgetOverview, FundingSourceView, StaffAllocationView } from '../../../../shared/api/channels/budgets.channels';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { formatPercent } from '../../../../shared/format/numbers';
import { executeEdit } from '../../undo/undo-store';
import { deleteFundingCommand, deleteLineCommand, deleteStaffCommand, toggleDirectCommand } from './mutations';

function categoryLabel(t: TFunction, category: string): string {
  return t(`budgets.categories.${category}` as 'budgets.categories.staff', { defaultValue: category.replaceAll('_', ' ') });
}

function RowActions({ label, onEdit, onDelete }: { label: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end" className="row-actions">
      <ActionIcon size="sm" variant="subtle" aria-label={t('common.editNamed', { name: label })} onClick={onEdit}>
        ✎
      </ActionIcon>
      <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('common.deleteNamed', { name: label })} onClick={onDelete}>
        ×
      </ActionIcon>
    </Group>
  );
}

export function LinesTable({
  data,
  year,
  previousYear,
  money,
  language,
  onEdit,
}: {
  data: BudgetOverview;
  year: number;
  previousYear: number | null;
  money: (minor: number) => string;
  language: Language;
  onEdit: (line: BudgetLineView) => void;
}) {
  const { t } = useTranslation();
  const lines = data.lines.filter((l) => l.year === year);
  const previous = previousYear === null ? [] : data.lines.filter((l) => l.year === previousYear);
  const totals = data.totals.find((x) => x.year === year);
  const previousTotals = data.totals.find((x) => x.year === previousYear);
  const match = (line: BudgetLineView) => previous.find((p) => p.category === line.category && p.kind === line.kind) ?? previous.find((p) => p.label === line.label);
  const share = (line: BudgetLineView | undefined) => (line?.percentOfRevenue === null || line === undefined ? '' : formatPercent(line.percentOfRevenue / 100, language));
  const groups: { key: string; title: string; rows: BudgetLineView[] }[] = [
    { key: 'revenue', title: t('budgets.groups.revenue'), rows: lines.filter((l) => l.kind === 'revenue') },
    { key: 'direct', title: t('budgets.groups.direct'), rows: lines.filter((l) => l.kind === 'cost' && l.direct) },
    { key: 'other', title: t('budgets.groups.other'), rows: lines.filter((l) => l.kind === 'cost' && !l.direct) },
  ];
  const hasPrevious = previousYear !== null;
  const totalRow = (label: string, key: 'revenue' | 'grossResult' | 'result', testId: string, strong = false) => (
    <Table.Tr className={strong ? 'budget-total budget-result' : 'budget-total'} data-testid={testId}>
      <Table.Td colSpan={3}>{label}</Table.Td>
      <Table.Td ta="right" className="num">
        {totals ? money(totals[key]) : ''}
      </Table.Td>
      <Table.Td />
      {hasPrevious && (
        <>
          <Table.Td ta="right" className="num">
            {previousTotals ? money(previousTotals[key]) : ''}
          </Table.Td>
          <Table.Td />
        </>
      )}
      <Table.Td />
    </Table.Tr>
  );

  return (
    // Its own sideways scroll when narrower than its columns (200 % zoom): the card never overflows.
    <div className="budget-table-scroll">
      <Table fz="sm" verticalSpacing={6} horizontalSpacing="sm" highlightOnHover data-testid="budget-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budgets.line')}</Table.Th>
            <Table.Th w={200}>{t('budgets.category')}</Table.Th>
            <Table.Th w={90} ta="center">
              <Tooltip label={t('budgets.directHint')} multiline w={280}>
                <span>{t('budgets.directColumn')}</span>
              </Tooltip>
            </Table.Th>
            <Table.Th ta="right" w={160}>
              {year}
            </Table.Th>
            <Table.Th ta="right" w={110}>
              {t('budgets.shareOfRevenue')}
            </Table.Th>
            {hasPrevious && (
              <>
                <Table.Th ta="right" w={160}>
                  {previousYear}
                </Table.Th>
                <Table.Th ta="right" w={110}>
                  {t('budgets.shareOfRevenue')}
                </Table.Th>
              </>
            )}
            <Table.Th w={64} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Fragment key={group.key}>
              {group.rows.length > 0 && (
                <Table.Tr className="budget-group">
                  <Table.Td colSpan={hasPrevious ? 8 : 6}>{group.title}</Table.Td>
                </Table.Tr>
              )}
              {group.rows.map((line) => {
                const before = match(line);
                return (
                  <Table.Tr key={line.id} data-line-id={line.id}>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td c="dimmed">{categoryLabel(t, line.category)}</Table.Td>
                    <Table.Td ta="center">
                      {line.kind === 'cost' && (
                        <Checkbox
                          size="xs"
                          display="inline-block"
                          checked={line.direct}
                          onChange={() => void executeEdit(toggleDirectCommand(t, line))}
                          aria-label={t('budgets.directToggle', { label: line.label })}
                          data-testid="line-direct-toggle"
                        />
                      )}
                    </Table.Td>
                    <Table.Td ta="right" className={line.amount < 0 ? 'num negative' : 'num'}>
                      {money(line.amount)}
                    </Table.Td>
                    <Table.Td ta="right" className="num" c="dimmed">
                      {share(line)}
                    </Table.Td>
                    {hasPrevious && (
                      <>
                        <Table.Td ta="right" className="num" c="dimmed">
                          {before ? money(before.amount) : '—'}
                        </Table.Td>
                        <Table.Td ta="right" className="num" c="dimmed">
                          {share(before)}
                        </Table.Td>
                      </>
                    )}
                    <Table.Td>
                      <RowActions label={line.label} onEdit={() => onEdit(line)} onDelete={() => void executeEdit(deleteLineCommand(t, line))} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              {group.key === 'revenue' && group.rows.length > 0 && totalRow(t('budgets.totalRevenue'), 'revenue', 'budget-revenue')}
              {group.key === 'direct' && group.rows.length > 0 && totalRow(t('budgets.grossResult'), 'grossResult', 'budget-gross')}
            </Fragment>
          ))}
          {totalRow(t('budgets.result'), 'result', 'budget-result', true)}
        </Table.Tbody>
      </Table>
    </div>
  );
}

export function FundingTable({ data, money, onEdit }: { data: BudgetOverview; money: (minor: number) => string; onEdit: (f: FundingSourceView) => void }) {
  const { t } = useTranslation();
  if (data.funding.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('budgets.noFunding')}
      </Text>
    );
  }
  const years = [...new Set(data.funding.flatMap((f) => f.amounts.map((a) => a.year)))].sort((a, b) => a - b);
  return (
    <div className="budget-table-scroll">
      <Table fz="xs" verticalSpacing={6} horizontalSpacing={8} data-testid="funding-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budgets.source')}</Table.Th>
            {years.map((y) => (
              <Table.Th key={y} ta="right">
                {y}
              </Table.Th>
            ))}
            <Table.Th w={56} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.funding.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text size="xs" fw={500} lineClamp={2} title={f.purpose ?? undefined}>
                  {f.name}
                </Text>
                {f.usedByScenarios && f.usedByScenarios.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={2} data-testid={`funding-used-${f.id}`}>
                    {t('scenarioEditor.usedInScenarios', { names: f.usedByScenarios.map((u) => u.name).join(', ') })}
                  </Text>
                )}
              </Table.Td>
              {years.map((y) => {
                const amount = f.amounts.find((a) => a.year === y);
                return (
                  <Table.Td key={y} ta="right" className={amount ? `num funding-${amount.status}` : 'num'}>
                    {amount ? (
                      <Tooltip label={t(`budgets.statuses.${amount.status}`)} openDelay={200}>
                        <span>{money(amount.amount)}</span>
                      </Tooltip>
                    ) : (
                      ''
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>
                <RowActions label={f.name} onEdit={() => onEdit(f)} onDelete={() => void executeEdit(deleteFundingCommand(t, f))} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs" mt={6}>
        <Badge size="xs" variant="light" color="andel">
          {t('budgets.statuses.secured')}
        </Badge>
        <Badge size="xs" variant="light" color="yellow">
          {t('budgets.statuses.expected')}
        </Badge>
        <Badge size="xs" variant="outline" color="gray" className="funding-uncertain-badge">
          {t('budgets.statuses.uncertain')}
        </Badge>
      </Group>
    </div>
  );
}

export function StaffTable({ data, money, language, onEdit }: { data: BudgetOverview; money: (minor: number) => string; language: Language; onEdit: (s: StaffAllocationView) => void }) {
  const { t } = useTranslation();
  if (data.staff.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('budgets.noStaff')}
      </Text>
    );
  }
  const years = Object.keys(data.staffCostByYear).sort();
  return (
    <div className="budget-table-scroll">
      <Table fz="sm" verticalSpacing={6} horizontalSpacing="sm" data-testid="staff-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budgets.role')}</Table.Th>
            <Table.Th>{t('budgets.periods')}</Table.Th>
            <Table.Th ta="right">{t('budgets.fullTime')}</Table.Th>
            {years.map((y) => (
              <Table.Th key={y} ta="right">
                {y}
              </Table.Th>
            ))}
            <Table.Th w={64} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.staff.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm">{s.role}</Text>
                {s.personName && (
                  <Text size="xs" c="dimmed">
                    {s.personName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {s.periods.map((p, i) => (
                  <Text key={i} size="xs" className="num">
                    {formatPercent(p.percent / 100, language)} · {formatDate(p.from, language)} – {formatDate(p.to, language)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td ta="right" className="num">
                {money(s.annualCost)}
              </Table.Td>
              {years.map((y) => (
                <Table.Td key={y} ta="right" className="num">
                  {s.costByYear[y] ? money(s.costByYear[y]) : ''}
                </Table.Td>
              ))}
              <Table.Td>
                <RowActions label={s.role} onEdit={() => onEdit(s)} onDelete={() => void executeEdit(deleteStaffCommand(t, s))} />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className="budget-total">
            <Table.Td colSpan={3}>{t('budgets.staffTotal')}</Table.Td>
            {years.map((y) => (
              <Table.Td key={y} ta="right" className="num">
                {money(data.staffCostByYear[y] ?? 0)}
              </Table.Td>
            ))}
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
