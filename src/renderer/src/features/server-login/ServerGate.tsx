/**
 * Served by `andel serve`, the app needs a signed-in session: until there is one (or after the
 * server says 401, which the transport announces as `andel:signed-out`), the login page stands in
 * for the app. In the desktop app there is no `window.andel.server` and the app shows at once.
 */
import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidate } from '../../api/invalidation';
import { ServerLogin } from './ServerLogin';

export const SIGNED_OUT_EVENT = 'andel:signed-out';

type GateState = 'checking' | 'signedIn' | 'signedOut';

export function ServerGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const server = typeof window === 'undefined' ? undefined : window.andel?.server;
  const [state, setState] = useState<GateState>(server ? 'checking' : 'signedIn');

  useEffect(() => {
    if (!server) return undefined;
    let live = true;
    void server.session().then(
      (user) => live && setState(user ? 'signedIn' : 'signedOut'),
      () => live && setState('signedOut'),
    );
    const signedOut = (): void => setState('signedOut');
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
        onSignedIn={() => {
          // Whatever was asked while signed out is asked again.
          invalidate();
          setState('signedIn');
        }}
      />
    );
  }
  return <>{children}</>;
}
