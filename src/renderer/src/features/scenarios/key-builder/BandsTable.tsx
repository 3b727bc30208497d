import { ActionIcon, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { edgeExample } from './edge-rule';
import type { Problem } from './fields';
import { RateField } from './fields';
import { emptyBand, type BandForm, type Edge } from './key-form';

interface Props {
  /** Key path of the component (or override fee) holding the bands. */
  path: string;
  bands: BandForm[];
  edge: Edge;
  /** `amount`: band fees; `rate`: per-unit bands (a rate, or a flat amount per band); `marginal`: a rate per band. */
  kind: 'amount' | 'rate' | 'marginal';
  onChange: (bands: BandForm[], edge: Edge) => void;
  problem: Problem;
  parameters: string[];
  format: (value: number) => string;
}

/**
 * Bands edited as a table: from, to (empty on the last, open band), the amount or rate. Adding a
 * band starts it where the one before ends. Beside the table, the edge rule in words with the
 * band a value exactly on the first edge falls in, as the engine's band lookup decides it.
 */
export function BandsTable({ path, bands, edge, kind, onChange, problem, parameters, format }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<BandForm>) => onChange(bands.map((b, i) => (i === index ? { ...b, ...patch } : b)), edge);
  const example = kind === 'marginal' ? null : edgeExample(bands, edge);
  const edgeText = (text: string): string => (/^\d+$/u.test(text.trim()) ? format(Number(text.trim())) : text);
  const bandName = (i: number): string => {
    const b = bands[i];
    if (!b) return '';
    return b.to.trim() === '' ? t('keyBuilder.bands.openBand', { from: edgeText(b.from) }) : t('keyBuilder.bands.bandRange', { from: edgeText(b.from), to: edgeText(b.to) });
  };
  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-end">
        {kind !== 'marginal' && (
          <Select
            size="xs"
            name={`${path}.edge`}
            label={t('keyBuilder.bands.edge')}
            data={[
              { value: 'lower-inclusive', label: t('keyBuilder.bands.lowerInclusive') },
              { value: 'upper-inclusive', label: t('keyBuilder.bands.upperInclusive') },
            ]}
            value={edge}
            onChange={(value) => value && onChange(bands, value as Edge)}
            allowDeselect={false}
            w={260}
            data-testid={`kb-${path}.edge`}
          />
        )}
        <Text size="xs" c="dimmed" data-testid={`kb-${path}.edge-rule`} style={{ flex: 1, minWidth: 200 }}>
          {kind === 'marginal'
            ? t('keyBuilder.bands.marginalRule')
            : example
              ? t('keyBuilder.bands.edgeExample', { value: format(example.value), band: bandName(example.band) })
              : t(edge === 'lower-inclusive' ? 'keyBuilder.bands.lowerRule' : 'keyBuilder.bands.upperRule')}
        </Text>
      </Group>
      <Table withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing={6} className="kb-bands" aria-label={t('keyBuilder.bands.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('keyBuilder.bands.from')}</Table.Th>
            <Table.Th>{t('keyBuilder.bands.to')}</Table.Th>
            <Table.Th>{kind === 'amount' ? t('keyBuilder.bands.amount') : t('keyBuilder.bands.rate')}</Table.Th>
            {kind === 'rate' && <Table.Th>{t('keyBuilder.bands.flat')}</Table.Th>}
            <Table.Th>
              <span className="kb-visually-hidden">{t('keyBuilder.remove')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bands.map((band, i) => {
            const here = `${path}.bands[${i}]`;
            const last = i === bands.length - 1;
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput size="xs" name={`${here}.from`} aria-label={t('keyBuilder.bands.fromOf', { n: i + 1 })} value={band.from} onChange={(e) => set(i, { from: e.currentTarget.value })} error={problem(`${here}.from`)} w={100} styles={{ input: { textAlign: 'right' } }} data-testid={`kb-${here}.from`} />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    name={`${here}.to`}
                    aria-label={t('keyBuilder.bands.toOf', { n: i + 1 })}
                    placeholder={last ? t('keyBuilder.bands.open') : undefined}
                    value={band.to}
                    onChange={(e) => set(i, { to: e.currentTarget.value })}
                    error={problem(`${here}.to`)}
                    w={100}
                    styles={{ input: { textAlign: 'right' } }}
                    data-testid={`kb-${here}.to`}
                  />
                </Table.Td>
                <Table.Td>
                  {kind === 'amount' || (kind === 'rate' && band.useAmount) ? (
                    <TextInput size="xs" name={`${here}.amount`} aria-label={t('keyBuilder.bands.amountOf', { n: i + 1 })} value={band.amount} onChange={(e) => set(i, { amount: e.currentTarget.value })} error={problem(`${here}.amount`)} w={120} styles={{ input: { textAlign: 'right' } }} data-testid={`kb-${here}.amount`} />
                  ) : (
                    <RateField path={`${here}.rate`} label={t('keyBuilder.bands.rateOf', { n: i + 1 })} value={band.rate} onChange={(rate) => set(i, { rate: { mode: rate.mode === 'param' ? 'param' : 'value', value: rate.value, param: rate.param } })} problem={problem} parameters={parameters} width={110} />
                  )}
                </Table.Td>
                {kind === 'rate' && (
                  <Table.Td>
                    <Checkbox size="xs" aria-label={t('keyBuilder.bands.flatOf', { n: i + 1 })} checked={band.useAmount} onChange={(e) => set(i, { useAmount: e.currentTarget.checked })} />
                  </Table.Td>
                )}
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('keyBuilder.bands.removeBand', { n: i + 1 })}
                    disabled={bands.length === 1}
                    onClick={() => onChange(bands.filter((_, j) => j !== i), edge)}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {problem(`${path}.bands`) && (
        <Text size="xs" c="red" role="alert">
          {problem(`${path}.bands`)}
        </Text>
      )}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            const lastBand = bands[bands.length - 1];
            onChange([...bands, emptyBand(lastBand?.to ?? '')], edge);
          }}
          data-testid={`kb-${path}.add-band`}
        >
          {t('keyBuilder.bands.add')}
        </Button>
      </Group>
    </Stack>
  );
}
