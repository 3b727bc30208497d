/**
 * The signed-in user of a served workspace in the header (with the sign-out button), and the
 * notices that say what a role sees instead of letting the server refuse it: a view the role may
 * not open, another member than a member viewer's own, a drawer it may read but not change.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerSessionUser } from '../../../../preload/andel-api';
import { translate } from '../../../../shared/i18n/translate';
import { navigationItems } from '../../app/navigation';
import { useLanguage } from '../../i18n/use-language';
import { useOrganisation } from '../members/queries';
import { mayOpenView, useServerAccess } from './server-access';

type RoleRender = (role: string, organisation: string) => ReactNode;

/** A member viewer's role in words, with its own organisation's name (the one it may read). */
function ViewerRole({ organisationId, render }: { organisationId: number; render: RoleRender }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(organisationId);
  const name = organisation.data?.name ?? '…';
  return <>{render(t('serverAccess.viewerRole', { organisation: name }), name)}</>;
}

/** Gives `render` the role in the reader's words ("chair", "member viewer for Skövde") and a member viewer's organisation. */
function WithRole({ user, render }: { user: ServerSessionUser; render: RoleRender }) {
  const [language] = useLanguage();
  if (user.role === 'member_viewer' && user.organisationId !== null) return <ViewerRole organisationId={user.organisationId} render={render} />;
  return <>{render(translate(language, `server.role.${user.role}`), '')}</>;
}

/** Who is signed in, and the button that ends the session on the server (the login page follows). */
export function SignedInUser() {
  const { t } = useTranslation();
  const access = useServerAccess();
  const [busy, setBusy] = useState(false);
  if (!access) return null;
  return (
    <Group gap="xs" wrap="nowrap" miw={0}>
      <Text size="sm" c="dimmed" truncate visibleFrom="md" data-testid="signed-in-user">
        <WithRole user={access.user} render={(role) => t('serverAccess.signedInAs', { user: access.user.userName, role })} />
      </Text>
      <Button
        size="xs"
        variant="default"
        loading={busy}
        onClick={() => {
          setBusy(true);
          void access.signOut().finally(() => setBusy(false));
        }}
        data-testid="sign-out"
      >
        {t('serverAccess.signOut')}
      </Button>
    </Group>
  );
}

function Notice({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Alert color="blue" variant="light" role="status" data-testid={testId}>
      {children}
    </Alert>
  );
}

/** What the role sees, for a view it may not open (reached by its address or a shortcut). */
export function ViewNotOffered() {
  const { t } = useTranslation();
  const access = useServerAccess();
  if (!access) return null;
  const views = navigationItems.filter((item) => mayOpenView(access.user, item.name)).map((item) => t(item.label));
  return (
    <div className="view">
      <Notice testId="view-not-offered">
        <Text size="sm" fw={600}>
          {t('serverAccess.viewNotOffered')}
        </Text>
        <Text size="sm">
          <WithRole user={access.user} render={(role) => t('serverAccess.sees', { role, views: views.join(', ') })} />
        </Text>
      </Notice>
    </div>
  );
}

/** A member viewer's scope, once at the top of the members view. */
export function ViewerScope() {
  const { t } = useTranslation();
  const access = useServerAccess();
  if (access?.user.role !== 'member_viewer') return null;
  return (
    <Notice testId="viewer-scope">
      <WithRole user={access.user} render={(role, organisation) => t('serverAccess.viewerScope', { role, organisation })} />
    </Notice>
  );
}

/** In a member's drawer: another member than the viewer's own (only the register's line is shown). */
export function OtherMemberNotice({ member }: { member: string }) {
  const { t } = useTranslation();
  const access = useServerAccess();
  if (!access) return null;
  return (
    <Notice testId="other-member">
      <WithRole user={access.user} render={(_role, organisation) => t('serverAccess.otherMember', { organisation, member })} />
    </Notice>
  );
}

/** In a member's drawer: what the role may read but not change. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const access = useServerAccess();
  if (!access) return null;
  return (
    <Notice testId="read-only">
      <WithRole user={access.user} render={(role) => t('serverAccess.readOnly', { role })} />
    </Notice>
  );
}
