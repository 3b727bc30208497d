import { ActionIcon, Autocomplete, Button, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricValueView } from '../../../../shared/api/channels/members.channels';
import type { MetricValueRecord } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../format/dates';
import { formatInteger } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { parseWhole, validateMetric, type FieldErrors, type MetricForm } from './member-validation';
import { deleteMetricCommand, metricLabel, setMetricCommand } from './mutations';
import { useOrganisationMetrics } from './queries';

const emptyForm = (latest: MetricValueRecord | undefined): MetricForm => {
  const year = latest ? latest.year + 1 : new Date().getFullYear() - 1;
  return { metric: 'population', year, value: '', referenceDate: `${year}-12-31`, source: latest?.source ?? '' };
};

/** Population and any other metric per year, each with its reference date and source; add, change, remove. */
export function MetricsEditor({ organisationId, organisationName }: { organisationId: number; organisationName: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const metrics = useOrganisationMetrics(organisationId);
  const rows = [...(metrics.data ?? [])].sort((a, b) => a.metric.localeCompare(b.metric) || b.year - a.year);
  const [editing, setEditing] = useState<{ original?: MetricValueView; form: MetricForm } | null>(null);
  const [errors, setErrors] = useState<FieldErrors<keyof MetricForm>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const start = (original?: MetricValueView) => {
    setErrors({});
    setApiError(null);
    setEditing(
      original
        ? { original, form: { metric: original.metric, year: original.year, value: original.value, referenceDate: original.referenceDate, source: original.source ?? '' } }
        : { form: emptyForm(rows.find((r) => r.metric === 'population')) },
    );
  };
  const set = (key: keyof MetricForm, value: string | number) => {
    if (!editing) return;
    const form = { ...editing.form, [key]: value };
    // A new figure's reference date follows its year until the user sets one.
    if (key === 'year' && !editing.original && /^\d{4}-12-31$/u.test(editing.form.referenceDate) && /^\d{4}$/u.test(String(value))) form.referenceDate = `${value}-12-31`;
    setEditing({ ...editing, form });
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  async function save() {
    if (!editing) return;
    const found = validateMetric(editing.form);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const f = editing.form;
    setSaving(true);
    const error = await executeEdit(
      setMetricCommand(
        t,
        organisationName,
        { organisationId, metric: f.metric.trim(), year: parseWhole(f.year), value: parseWhole(f.value), referenceDate: f.referenceDate.trim(), source: f.source.trim() || null },
        editing.original,
      ),
    );
    setSaving(false);
    setApiError(error);
    if (!error) setEditing(null);
  }

  const fieldError = (key: keyof MetricForm) => {
    const code = errors[key];
    if (code) return t(code);
    return apiError?.issues?.find((issue) => issue.path === key)?.message;
  };
  const knownMetrics = [...new Set(['population', ...rows.map((r) => r.metric)])];

  return (
    <Stack gap="xs">
      {metrics.status === 'loading' && !metrics.data ? (
        <Loader size="xs" />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('member.metricsNone')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} horizontalSpacing={6} striped highlightOnHover data-testid="metrics-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('member.metric')}</Table.Th>
              <Table.Th ta="right">{t('member.year')}</Table.Th>
              <Table.Th ta="right">{t('member.value')}</Table.Th>
              <Table.Th>{t('member.referenceDate')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-metric-row={`${row.metric}-${row.year}`}>
                <Table.Td>
                  <Tooltip label={row.source ?? t('member.noSource')} openDelay={300} multiline maw={320}>
                    <span>{metricLabel(t, row.metric)}</span>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {row.year}
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {formatInteger(row.value, language)}
                </Table.Td>
                <Table.Td className="num">{formatDate(row.referenceDate, language)}</Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap" justify="flex-end">
                    <ActionIcon size="sm" variant="subtle" aria-label={t('member.editFigure', { year: row.year })} onClick={() => start(row)} data-testid="metric-edit">
                      ✎
                    </ActionIcon>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('member.deleteFigure', { year: row.year })}
                      onClick={() => void executeEdit(deleteMetricCommand(t, organisationName, row)).then(setApiError)}
                      data-testid="metric-delete"
                    >
                      ×
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <Paper withBorder p="sm" radius="sm" bg="gray.0" component="form" onSubmit={(event) => { event.preventDefault(); void save(); }} data-testid="metric-form">
          <Stack gap="xs">
            <SimpleGrid cols={3} spacing="xs">
              <Autocomplete label={t('member.metric')} value={editing.form.metric} onChange={(v) => set('metric', v)} data={knownMetrics} error={fieldError('metric')} data-testid="metric-name" />
              <NumberInput label={t('member.year')} value={editing.form.year} onChange={(v) => set('year', v)} min={1900} max={2200} allowDecimal={false} hideControls error={fieldError('year')} data-testid="metric-year" />
              <NumberInput
                label={t('member.value')}
                value={editing.form.value}
                onChange={(v) => set('value', v)}
                allowDecimal={false}
                thousandSeparator={language === 'en' ? ',' : ' '}
                hideControls
                error={fieldError('value')}
                data-autofocus
                data-testid="metric-value"
              />
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="xs">
              <TextInput label={t('member.referenceDate')} placeholder="2024-12-31" value={editing.form.referenceDate} onChange={(e) => set('referenceDate', e.currentTarget.value)} error={fieldError('referenceDate')} data-testid="metric-date" />
              <TextInput label={t('member.source')} placeholder={t('member.sourcePlaceholder')} value={editing.form.source} onChange={(e) => set('source', e.currentTarget.value)} error={fieldError('source')} data-testid="metric-source" />
            </SimpleGrid>
            {apiError && !apiError.issues && <ErrorNotice error={apiError} onReload={() => { setApiError(null); setEditing(null); }} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="xs" loading={saving} data-testid="metric-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Group>
          <Button variant="light" size="xs" onClick={() => start()} data-testid="metric-add">
            {t('member.addFigure')}
          </Button>
        </Group>
      )}
      {!editing && apiError && <ErrorNotice error={apiError} onReload={() => setApiError(null)} />}
    </Stack>
  );
}
