/**
 * Served by `andel serve`, the app needs a signed-in session: until there is one (or after the
 * server says 401, which the transport announces as `andel:signed-out`), the login page stands in
 * for the app. In the desktop app there is no `window.andel.server` and the app shows at once.
 */
import { Center, Loader } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ServerSessionUser } from '../../../../preload/andel-api';
import { useTranslation } from 'react-i18next';
import { invalidate } from '../../api/invalidation';
import { ServerAccessProvider, type ServerAccess } from './server-access';
import { ServerLogin } from './ServerLogin';

export const SIGNED_OUT_EVENT = 'andel:signed-out';

type GateState = 'checking' | 'signedIn' | 'signedOut';

export function ServerGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const server = typeof window === 'undefined' ? undefined : window.andel?.server;
  const [state, setState] = useState<GateState>(server ? 'checking' : 'signedIn');
  const [user, setUser] = useState<ServerSessionUser | null>(null);
  const access = useMemo<ServerAccess | null>(() => (server && user ? { user, signOut: () => server.logout() } : null), [server, user]);

  useEffect(() => {
    if (!server) return undefined;
    let live = true;
    void server.session().then(
      (signedIn) => {
        if (!live) return;
        setUser(signedIn);
        setState(signedIn ? 'signedIn' : 'signedOut');
      },
      () => live && setState('signedOut'),
    );
    const signedOut = (): void => {
      setUser(null);
      setState('signedOut');
    };
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => {
      live = false;
      window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
    };
  }, [server]);

  if (state === 'checking') {
    return (
      <Center h="100vh" component="main">
        <Loader aria-label={t('serverLogin.checking')} />
      </Center>
    );
  }
  if (state === 'signedOut' && server) {
    return (
      <ServerLogin
        server={server}
        onSignedIn={(signedIn) => {
          // Whatever was asked while signed out is asked again.
          invalidate();
          setUser(signedIn);
          setState('signedIn');
        }}
      />
    );
  }
  return <ServerAccessProvider value={access}>{children}</ServerAccessProvider>;
}
