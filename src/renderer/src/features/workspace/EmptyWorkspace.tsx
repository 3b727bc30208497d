import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { invalidate } from '../../api/invalidation';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConnectServer } from './ConnectServer';

/** No workspace open: say so, and offer the two ways in that need no file dialog. */
export function EmptyWorkspace() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'demo' | 'new' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  async function openDemo() {
    setBusy('demo');
    const reply = await call('workspace:openDemo', {});
    setBusy(null);
    if (reply.ok) invalidate();
    else setError(reply.error);
  }

  async function create() {
    if (name.trim() === '') {
      setNameError(t('validation.required'));
      return;
    }
    setBusy('new');
    const reply = await call('workspace:createNew', { name: name.trim() });
    setBusy(null);
    if (reply.ok) {
      setNaming(false);
      invalidate();
    } else if (reply.error.code === 'INVALID_INPUT') setNameError(reply.error.issues?.[0]?.message ?? reply.error.message);
    else setNameError(reply.error.message);
  }

  return (
    <>
      <EmptyState
        title={t('workspace.noneTitle')}
        action={
          <Stack gap="sm" align="center" mt="sm">
            <Group gap="sm">
              <Button onClick={() => void openDemo()} loading={busy === 'demo'} data-testid="open-demo">
                {t('workspace.openDemo')}
              </Button>
              <Button variant="default" onClick={() => { setName(''); setNameError(null); setNaming(true); }} data-testid="new-workspace">
                {t('workspace.new')}
              </Button>
            </Group>
            <ConnectServer />
            {error && <ErrorNotice error={error} />}
          </Stack>
        }
      >
        {t('workspace.noneBody')}
      </EmptyState>
      <Modal opened={naming} onClose={() => setNaming(false)} title={<Text fw={600}>{t('workspace.newTitle')}</Text>} size={440}>
        <Stack gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <TextInput label={t('workspace.newName')} description={t('workspace.newNameHint')} value={name} onChange={(e) => { setName(e.currentTarget.value); setNameError(null); }} error={nameError} data-autofocus data-testid="new-workspace-name" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setNaming(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy === 'new'}>
              {t('workspace.create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
