import { Alert, Divider, Drawer, Group, List, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeMemberYear, explainCharge, withParameters, type ResolvedScenario } from '../../../../shared/calc';
import type { Language } from '../../format/locales';
import { formatMoney } from '../../../../shared/format/numbers';

interface Props {
  resolved: ResolvedScenario | null;
  parameters: Record<string, string>;
  memberId: string | null;
  year: number;
  language: Language;
  onClose: () => void;
}

/**
 * "Why this amount?": the charge's explanation trail in words, in the interface language, for
 * exactly what the studio shows (the what-ifs included), computed for this one member-year.
 */
export const ExplainDrawer = memo(function ExplainDrawer({ resolved, parameters, memberId, year, language, onClose }: Props) {
  const { t } = useTranslation();
  const explanation = useMemo(() => {
    if (!resolved || memberId === null) return null;
    try {
      const scenario = withParameters(resolved, parameters);
      const charge = explainCharge(scenario, memberId, year);
      const member = scenario.members.find((m) => m.id === memberId);
      return { charge, name: member?.name ?? memberId, lines: describeMemberYear(charge, language, scenario.currency), currency: scenario.currency, error: null };
    } catch (error) {
      return { charge: null, name: memberId, lines: [], currency: resolved.currency, error: error instanceof Error ? error.message : String(error) };
    }
  }, [resolved, parameters, memberId, year, language]);
  const money = (minor: number) => formatMoney(minor, explanation?.currency ?? 'SEK', language);

  return (
    <Drawer
      opened={memberId !== null}
      onClose={onClose}
      position="right"
      size={480}
      title={
        <Text fw={600} size="lg">
          {t('studio.why.title', { name: explanation?.name ?? '', year })}
        </Text>
      }
      data-testid="why-drawer"
    >
      {explanation?.error && <Alert color="red">{explanation.error}</Alert>}
      {explanation?.charge && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('studio.why.intro')}
          </Text>
          <List spacing="xs" size="sm" className="why-lines" data-testid="why-lines">
            {explanation.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Divider />
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm">{t('studio.why.gross')}</Text>
              <Text size="sm" className="num">
                {money(explanation.charge.gross)}
              </Text>
            </Group>
            {explanation.charge.subsidies !== 0 && (
              <Group justify="space-between">
                <Text size="sm">{t('studio.why.subsidies')}</Text>
                <Text size="sm" className="num">
                  {money(-explanation.charge.subsidies)}
                </Text>
              </Group>
            )}
            <Group justify="space-between">
              <Text size="sm" fw={700}>
                {t('studio.why.net')}
              </Text>
              <Text size="sm" fw={700} className="num" data-testid="why-net">
                {money(explanation.charge.net)}
              </Text>
            </Group>
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
});
