import { ActionIcon, Autocomplete, Button, Checkbox, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { BudgetLineView, FundingSourceView, FundingStatusName, StaffAllocationView } from '../../../../shared/api/channels/budgets.channels';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { moneyInputText, parseMoneyInput } from './money-input';
import { saveFundingCommand, saveLineCommand, saveStaffCommand, type LineInput } from './mutations';

const issueFor = (error: ApiError | null, path: string): string | undefined => error?.issues?.find((i) => i.path === path)?.message;

export function LineModal({
  cooperationId,
  currency,
  line,
  defaultYear,
  categories,
  onClose,
}: {
  cooperationId: number;
  currency: string;
  line: BudgetLineView | null;
  defaultYear: number;
  categories: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [kind, setKind] = useState<LineInput['kind']>(line?.kind ?? 'cost');
  const [year, setYear] = useState<number | string>(line?.year ?? defaultYear);
  const [category, setCategory] = useState(line?.category ?? '');
  const [label, setLabel] = useState(line?.label ?? '');
  const [direct, setDirect] = useState(line?.direct ?? false);
  const [amount, setAmount] = useState(line ? moneyInputText(Math.abs(line.amount), language) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    const found: Record<string, string> = {};
    const minor = parseMoneyInput(amount, language);
    if (label.trim() === '') found.label = t('validation.required');
    if (!/^[a-z][a-z0-9_]{0,39}$/u.test(category.trim())) found.category = t('validation.category');
    if (minor === null) found.amount = t('validation.amount');
    else if (minor < 0) found.amount = t('validation.positiveAmount');
    if (typeof year !== 'number' || year < 1900 || year > 2200) found.year = t('validation.year');
    setErrors(found);
    if (Object.keys(found).length > 0 || minor === null || typeof year !== 'number') return;
    setSaving(true);
    const input = { cooperationId, year, kind, category: category.trim(), label: label.trim(), amount: kind === 'cost' ? -minor : minor, direct: kind === 'cost' && direct };
    const error = await executeEdit(saveLineCommand(t, input, line ?? undefined));
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>{line ? t('budgets.editLine') : t('budgets.addLine')}</Text>} size={520}>
      <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="line-form">
        <SegmentedControl value={kind} onChange={(v) => setKind(v as LineInput['kind'])} data={[{ value: 'revenue', label: t('budgets.revenue') }, { value: 'cost', label: t('budgets.cost') }]} />
        <TextInput label={t('budgets.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label ?? issueFor(apiError, 'label')} data-autofocus data-testid="line-label" />
        <SimpleGrid cols={3} spacing="sm">
          <NumberInput label={t('budgets.year')} value={year} onChange={setYear} allowDecimal={false} hideControls error={errors.year ?? issueFor(apiError, 'year')} />
          <Autocomplete label={t('budgets.category')} value={category} onChange={setCategory} data={categories} error={errors.category ?? issueFor(apiError, 'category')} data-testid="line-category" />
          <TextInput label={t('budgets.amountIn', { currency })} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.amount ?? issueFor(apiError, 'amount')} styles={{ input: { textAlign: 'right' } }} data-testid="line-amount" />
        </SimpleGrid>
        {kind === 'cost' && (
          <Checkbox
            label={t('budgets.directLabel')}
            description={t('budgets.directHint')}
            checked={direct}
            onChange={(e) => setDirect(e.currentTarget.checked)}
            error={issueFor(apiError, 'direct')}
            data-testid="line-direct"
          />
        )}
        <FormFooter onCancel={onClose} saving={saving} error={apiError && !apiError.issues ? apiError : null} testId="line-save" />
      </Stack>
    </Modal>
  );
}

interface PeriodDraft {
  from: string;
  to: string;
  percent: number | string;
}

export function StaffModal({ cooperationId, currency, staff, onClose }: { cooperationId: number; currency: string; staff: StaffAllocationView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [role, setRole] = useState(staff?.role ?? '');
  const [annualCost, setAnnualCost] = useState(staff ? moneyInputText(staff.annualCost, language) : '');
  const [periods, setPeriods] = useState<PeriodDraft[]>(staff?.periods ?? [{ from: '', to: '', percent: 100 }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const setPeriod = (index: number, patch: Partial<PeriodDraft>) => setPeriods((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  async function save() {
    const found: Record<string, string> = {};
    const cost = parseMoneyInput(annualCost, language);
    if (role.trim() === '') found.role = t('validation.required');
    if (cost === null || cost < 0) found.annualCost = t('validation.positiveAmount');
    periods.forEach((p, i) => {
      if (!isIsoDate(p.from.trim())) found[`periods[${i}].from`] = t('validation.date');
      if (!isIsoDate(p.to.trim())) found[`periods[${i}].to`] = t('validation.date');
      if (typeof p.percent !== 'number' || p.percent < 0 || p.percent > 100) found[`periods[${i}].percent`] = t('validation.percent');
    });
    setErrors(found);
    if (Object.keys(found).length > 0 || cost === null) return;
    setSaving(true);
    const input = { cooperationId, role: role.trim(), personId: staff?.personId ?? null, annualCost: cost, periods: periods.map((p) => ({ from: p.from.trim(), to: p.to.trim(), percent: Number(p.percent) })) };
    const error = await executeEdit(saveStaffCommand(t, input, staff ?? undefined));
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }
  const err = (path: string) => errors[path] ?? issueFor(apiError, path);

  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>{staff ? t('budgets.editStaff') : t('budgets.addStaff')}</Text>} size={620}>
      <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="staff-form">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('budgets.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} error={err('role')} data-autofocus />
          <TextInput label={t('budgets.annualCost', { currency })} description={t('budgets.annualCostHint')} value={annualCost} onChange={(e) => setAnnualCost(e.currentTarget.value)} error={err('annualCost')} styles={{ input: { textAlign: 'right' } }} />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {t('budgets.periods')}
        </Text>
        {periods.map((p, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <LocalDateInput size="xs" w={130} label={i === 0 ? t('budgets.from') : undefined} aria-label={i === 0 ? undefined : t('budgets.from')} value={p.from} onChange={(v) => setPeriod(i, { from: v })} error={err(`periods[${i}].from`)} data-testid={`period-from-${i}`} />
            <LocalDateInput size="xs" w={130} label={i === 0 ? t('budgets.to') : undefined} aria-label={i === 0 ? undefined : t('budgets.to')} value={p.to} onChange={(v) => setPeriod(i, { to: v })} error={err(`periods[${i}].to`)} data-testid={`period-to-${i}`} />
            <NumberInput size="xs" w={90} label={i === 0 ? t('budgets.percent') : undefined} value={p.percent} onChange={(v) => setPeriod(i, { percent: v })} min={0} max={100} suffix=" %" decimalScale={2} hideControls error={err(`periods[${i}].percent`)} />
            <ActionIcon variant="subtle" color="red" mt={i === 0 ? 22 : 2} aria-label={t('budgets.removePeriod')} disabled={periods.length === 1} onClick={() => setPeriods((list) => list.filter((_, j) => j !== i))}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => setPeriods((list) => [...list, { from: '', to: '', percent: list[list.length - 1]?.percent ?? 100 }])}>
            {t('budgets.addPeriod')}
          </Button>
        </Group>
        <FormFooter onCancel={onClose} saving={saving} error={apiError && !apiError.issues?.some((i) => err(i.path)) ? apiError : null} testId="staff-save" />
      </Stack>
    </Modal>
  );
}

interface AmountDraft {
  year: number | string;
  amount: string;
  status: FundingStatusName;
}

export function FundingModal({ cooperationId, currency, funding, defaultYear, onClose }: { cooperationId: number; currency: string; funding: FundingSourceView | null; defaultYear: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [name, setName] = useState(funding?.name ?? '');
  const [purpose, setPurpose] = useState(funding?.purpose ?? '');
  const [amounts, setAmounts] = useState<AmountDraft[]>(
    funding?.amounts.map((a) => ({ year: a.year, amount: moneyInputText(a.amount, language), status: a.status })) ?? [{ year: defaultYear, amount: '', status: 'expected' }],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const setAmount = (index: number, patch: Partial<AmountDraft>) => setAmounts((list) => list.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  async function save() {
    const found: Record<string, string> = {};
    if (name.trim() === '') found.name = t('validation.required');
    const parsed = amounts.map((a, i) => {
      const minor = parseMoneyInput(a.amount, language);
      if (minor === null || minor < 0) found[`amounts[${i}].amount`] = t('validation.positiveAmount');
      if (typeof a.year !== 'number' || a.year < 1900 || a.year > 2200) found[`amounts[${i}].year`] = t('validation.year');
      return { year: Number(a.year), amount: minor ?? 0, status: a.status };
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const input = { cooperationId, name: name.trim(), funderOrganisationId: funding?.funderOrganisationId ?? null, purpose: purpose.trim() || null, amounts: parsed };
    const error = await executeEdit(saveFundingCommand(t, input, funding ?? undefined));
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }
  const err = (path: string) => errors[path] ?? issueFor(apiError, path);

  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>{funding ? t('budgets.editFunding') : t('budgets.addFunding')}</Text>} size={620}>
      <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="funding-form">
        <TextInput label={t('budgets.fundingName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} data-autofocus />
        <TextInput label={t('budgets.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} />
        {amounts.map((a, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput size="xs" w={90} label={i === 0 ? t('budgets.year') : undefined} value={a.year} onChange={(v) => setAmount(i, { year: v })} allowDecimal={false} hideControls error={err(`amounts[${i}].year`)} />
            <TextInput size="xs" w={170} label={i === 0 ? t('budgets.amountIn', { currency }) : undefined} value={a.amount} onChange={(e) => setAmount(i, { amount: e.currentTarget.value })} error={err(`amounts[${i}].amount`)} styles={{ input: { textAlign: 'right' } }} />
            <Select
              size="xs"
              w={150}
              label={i === 0 ? t('budgets.status') : undefined}
              value={a.status}
              allowDeselect={false}
              onChange={(v) => v && setAmount(i, { status: v as FundingStatusName })}
              data={(['secured', 'expected', 'uncertain'] as const).map((s) => ({ value: s, label: t(`budgets.statuses.${s}`) }))}
            />
            <ActionIcon variant="subtle" color="red" mt={i === 0 ? 22 : 2} aria-label={t('budgets.removeAmount')} onClick={() => setAmounts((list) => list.filter((_, j) => j !== i))}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => setAmounts((list) => [...list, { year: Number(list[list.length - 1]?.year ?? defaultYear) + 1, amount: '', status: list[list.length - 1]?.status ?? 'expected' }])}>
            {t('budgets.addAmount')}
          </Button>
        </Group>
        <FormFooter onCancel={onClose} saving={saving} error={apiError && !apiError.issues?.some((i) => err(i.path)) ? apiError : null} testId="funding-save" />
      </Stack>
    </Modal>
  );
}
