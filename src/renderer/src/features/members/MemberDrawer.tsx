import { Badge, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListRow } from '../../../../shared/api/channels/members.channels';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { formatInteger } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { kindLabel } from './member-columns';
import { MetricsEditor } from './MetricsEditor';
import { OrganisationEditor } from './OrganisationEditor';
import { ParticipationsEditor } from './ParticipationsEditor';
import { useOrganisation } from './queries';
import { OtherMemberNotice, ReadOnlyNotice } from '../server-login/RoleNotices';
import { mayOpenMember, useMayCall, useServerAccess } from '../server-login/server-access';

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

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={4} size="sm" fw={600} c="gray.8">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A section the role may read but not change: its controls disabled (the server would refuse them anyway). */
function ReadOnlyUnless({ may, children }: { may: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={!may} className="plain-fieldset" data-read-only={may ? undefined : true}>
      {children}
    </fieldset>
  );
}

function OrganisationSection({ id }: { id: number }) {
  const organisation = useOrganisation(id);
  if (!organisation.data) return <Loader size="xs" />;
  return <OrganisationEditor organisation={organisation.data} />;
}

/** One member: its details, figures per year and cooperations, each editable and undoable. */
export function MemberDrawer({ member, onClose }: { member: MemberListRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const user = useServerAccess()?.user ?? null;
  const mayCall = useMayCall();
  // Over a server: a member viewer reads its own organisation only; a role without the register's writes reads it.
  const ownOnly = member !== null && !mayOpenMember(user, member.organisationId);
  const mayChange = mayCall('organisations:update') || mayCall('metrics:upsert') || mayCall('participations:update');
  return (
    <Drawer
      opened={member !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Text fw={600} size="lg">
          {member?.name}
        </Text>
      }
      data-testid="member-drawer"
    >
      {member && (
        <Stack gap="md" key={member.organisationId}>
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {kindLabel(t, member.kind)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`country.${member.countryCode}` as 'country.SE', { defaultValue: member.countryCode })}
            </Text>
          </Group>
          <Field label={t('member.population')}>
            <span data-testid="drawer-population">
              {member.population === null ? t('member.populationNone') : populationText(member, (key, values) => t(key, values), language)}
            </span>
          </Field>
          {ownOnly ? (
            <OtherMemberNotice member={member.name} />
          ) : (
            <>
              {!mayChange && <ReadOnlyNotice />}
              <Section title={t('member.details')}>
                <ReadOnlyUnless may={mayCall('organisations:update')}>
                  <OrganisationSection id={member.organisationId} />
                </ReadOnlyUnless>
              </Section>
              <Divider />
              <Section title={t('member.figures')}>
                <ReadOnlyUnless may={mayCall('metrics:upsert')}>
                  <MetricsEditor organisationId={member.organisationId} organisationName={member.name} />
                </ReadOnlyUnless>
              </Section>
              <Divider />
              <Section title={t('member.participations')}>
                <ReadOnlyUnless may={mayCall('participations:update')}>
                  <ParticipationsEditor organisationId={member.organisationId} organisationName={member.name} />
                </ReadOnlyUnless>
              </Section>
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
