import { Badge, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListRow } from '../../../../shared/api/channels/workspace.channels';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { formatInteger } from '../../format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { kindLabel, roleLabel } from './member-columns';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/**
 * "42 307 inhabitants on 31 December 2024"; the statistical year is named only when it is not
 * the reference date's own year (Norway counts on 1 January for the year that starts).
 */
function populationText(
  member: MemberListRow,
  t: (key: 'member.populationOn' | 'member.populationOnYear', values: Record<string, string | number>) => string,
  language: Language,
): string {
  const value = formatInteger(member.population ?? 0, language);
  const reference = member.populationReferenceDate;
  const date = reference ? formatDate(reference, language, 'long') : '—';
  const year = member.populationYear;
  if (year === null || (reference !== null && reference.startsWith(`${year}-`))) return t('member.populationOn', { value, date });
  return t('member.populationOnYear', { value, date, year });
}

/** One member's details, read-only for now (editing comes with issue 6's full members view). */
export function MemberDrawer({ member, onClose }: { member: MemberListRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Drawer
      opened={member !== null}
      onClose={onClose}
      position="right"
      size={440}
      title={
        <Text fw={600} size="lg">
          {member?.name}
        </Text>
      }
      aria-label={t('member.drawerTitle')}
      data-testid="member-drawer"
    >
      {member && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {kindLabel(t, member.kind)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('member.readOnly')}
            </Text>
          </Group>
          <Field label={t('member.orgNumber')}>{member.orgNumber ?? '—'}</Field>
          <Field label={t('member.country')}>{t(`country.${member.countryCode}` as 'country.SE', { defaultValue: member.countryCode })}</Field>
          <Field label={t('member.population')}>
            {member.population === null
              ? t('member.populationNone')
              : populationText(member, (key, values) => t(key, values), language)}
          </Field>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} mb={4}>
              {t('member.participations')}
            </Text>
            {member.participations.length === 0 ? (
              <Text size="sm">{t('member.participationsNone')}</Text>
            ) : (
              <Table withTableBorder={false} verticalSpacing={6} horizontalSpacing={0} fz="sm">
                <Table.Tbody>
                  {member.participations.map((p) => (
                    <Table.Tr key={p.cooperationId}>
                      <Table.Td>{p.cooperationName}</Table.Td>
                      <Table.Td ta="right" c="dimmed">
                        {roleLabel(t, p.role)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
