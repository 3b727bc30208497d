/**
 * "Our charges": what the adopted scenarios charge the signed-in member viewer's organisation, year
 * by year, with "Why this amount?" in words. Main answers `charges:own` with that organisation's
 * row only (src/main/server/policy.ts); the page shows what it is given.
 */
import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnAdoptedCharge } from '../../../../shared/api/channels/scenarios.channels';
import { formatMoney } from '../../../../shared/format/numbers';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { useServerAccess } from '../server-login/server-access';
import { ViewHeading } from '../../components/ViewHeading';

function AdoptedCharge({ charge }: { charge: OwnAdoptedCharge }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (minor: number) => formatMoney(minor, charge.currency, language);
  return (
    <Card withBorder padding="md" component="section" aria-label={charge.scenarioName} data-testid={`own-charge-${charge.snapshotId}`}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" fw={600}>
            {charge.cooperationName}: {charge.scenarioName}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('charges.adopted', { date: formatDate(charge.adoptedAt.slice(0, 10), language) })}
            </Text>
            {charge.decisions.map((decision) => (
              <Badge key={decision.id} variant="light" title={decision.title}>
                {decision.number}
              </Badge>
            ))}
          </Group>
        </div>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('charges.year')}</Table.Th>
              <Table.Th ta="right">{t('studio.why.gross')}</Table.Th>
              <Table.Th ta="right">{t('studio.why.subsidies')}</Table.Th>
              <Table.Th ta="right">{t('studio.why.net')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {charge.years.map((year) => (
              <Table.Tr key={`${year.memberName}-${year.year}`}>
                <Table.Td>{year.year}</Table.Td>
                <Table.Td ta="right" className="num">{money(year.gross)}</Table.Td>
                <Table.Td ta="right" className="num">{money(-year.subsidies)}</Table.Td>
                <Table.Td ta="right" className="num" fw={700} data-testid="own-charge-net">{money(year.net)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {charge.years.map((year) => (
          <details key={`${year.memberName}-${year.year}`}>
            <summary>{t('charges.why', { year: year.year })}</summary>
            <List spacing="xs" size="sm" mt="xs" data-testid="own-charge-why">
              {year.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </details>
        ))}
      </Stack>
    </Card>
  );
}

function OwnCharges({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const charges = useQuery('charges:own', { organisationId, language });
  if (charges.status === 'error' && !charges.data) return <ErrorNotice error={charges.error} onRetry={charges.refetch} />;
  if (!charges.data) return <LoadingNotice label={t('charges.loading')} />;
  if (charges.data.length === 0) return <EmptyState title={t('charges.noneTitle')}>{t('charges.noneBody')}</EmptyState>;
  return (
    <>
      {charges.data.map((charge) => (
        <AdoptedCharge key={charge.snapshotId} charge={charge} />
      ))}
    </>
  );
}

/** Offered only to a member viewer (its organisation is the session's): see mayOpenView. */
export function OwnChargesView() {
  const { t } = useTranslation();
  const organisationId = useServerAccess()?.user.organisationId ?? null;
  return (
    <Stack gap="md" className="view" data-testid="own-charges">
      <ViewHeading title={t('charges.title')} subtitle={t('charges.subtitle')} />
      {organisationId !== null && <OwnCharges organisationId={organisationId} />}
    </Stack>
  );
}
