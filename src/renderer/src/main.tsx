import '@mantine/core/styles.css';
import './styles/app.css';
import { Drawer, MantineProvider, Modal, mergeThemeOverrides } from '@mantine/core';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServerGate } from './features/server-login/ServerGate';
import { theme } from './app/theme';
import { initI18n } from './i18n/i18n';
import { tellMainLanguage } from './i18n/tell-main-language';
import { preloadRoute } from './app/preload-route';
import { useTranslation } from 'react-i18next';

// Main's menu and dialogs follow the language chosen here.
tellMainLanguage(initI18n());
// The first view's code and data, started before React renders (see preload-route.ts).
preloadRoute(window.location.hash);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The theme with every dialog's and drawer's close button named in the interface language. */
function Themed() {
  const { t } = useTranslation();
  const close = t('common.close');
  const localTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
          Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localTheme} defaultColorScheme="light">
      <ServerGate>
        <App />
      </ServerGate>
    </MantineProvider>
  );
}

createRoot(root).render(
  <StrictMode>
    <Themed />
  </StrictMode>,
);
