/**
 * "Connect to a server" on the start screen of the desktop app: the address of an Andel server
 * (`andel serve`), checked by the shell, whose page then opens in a window of its own. Not offered
 * in a page that a server serves (there the browser is already on the server).
 */
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONNECT_SERVER_HASH } from '../../../../shared/connect-server-hash';
import { localizeError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';

/**
 * `fromMenu`: no button; the dialog opens when the desktop File menu's "Connect to a server…" moves
 * the page to CONNECT_SERVER_HASH, and the page goes back to the view it came from.
 */
export function ConnectServer({ fromMenu = false }: { fromMenu?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    if (!fromMenu) return undefined;
    const onHash = (): void => {
      if (window.location.hash !== CONNECT_SERVER_HASH) return;
      setAddress('');
      setError(null);
      setOpen(true);
      window.history.back();
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [fromMenu]);
  if (typeof window !== 'undefined' && window.andel?.server) return null;

  async function connect() {
    setBusy(true);
    const reply = await call('workspace:connectServer', { address });
    setBusy(false);
    if (reply.ok) {
      setOpened(reply.value.address);
      setOpen(false);
    } else setError(localizeError(reply.error, language).message);
  }

  return (
    <>
      {!fromMenu && <Button variant="subtle" onClick={() => { setAddress(''); setError(null); setOpen(true); }} data-testid="connect-server">
        {t('serverConnect.open')}
      </Button>}
      {opened && (
        <Alert color="green" variant="light" role="status" data-testid="connect-server-opened">
          {t('serverConnect.opened', { address: opened })}
        </Alert>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={<Text fw={600}>{t('serverConnect.title')}</Text>} size={480}>
        <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); void connect(); }}>
          <TextInput
            label={t('serverConnect.address')}
            description={t('serverConnect.hint')}
            value={address}
            onChange={(e) => { setAddress(e.currentTarget.value); setError(null); }}
            error={error}
            inputMode="url"
            autoComplete="url"
            data-autofocus
            data-testid="connect-server-address"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="connect-server-submit">
              {t('serverConnect.connect')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
