/** The login page of a workspace served by `andel serve`: user name and password, in the reader's language. */
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerSessionUser, ServerTransport } from '../../../../preload/andel-api';
import { localizeError } from '../../../../shared/errors';
import { isMessageLanguage } from '../../../../shared/i18n/translate';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';

export function ServerLogin({ server, onSignedIn }: { server: ServerTransport; onSignedIn: (user: ServerSessionUser) => void }) {
  const { t, i18n } = useTranslation();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (userName.trim() === '' || password === '') {
      setError(t('serverLogin.required'));
      return;
    }
    setBusy(true);
    const reply = await server.login(userName.trim(), password).catch(() => null);
    setBusy(false);
    if (reply?.ok) {
      setPassword('');
      onSignedIn(reply.value);
      return;
    }
    const language = i18n.resolvedLanguage ?? i18n.language;
    setError(reply ? localizeError(reply.error, isMessageLanguage(language) ? language : 'en').message : t('serverLogin.required'));
  }

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="server-login">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <Title order={1} size="h2">
                {t('serverLogin.title')}
              </Title>
              <LanguageSwitcher />
            </Group>
            <Text size="sm">{t('serverLogin.intro')}</Text>
            <TextInput
              label={t('serverLogin.userName')}
              value={userName}
              onChange={(event) => setUserName(event.currentTarget.value)}
              autoComplete="username"
              required
              data-testid="login-user"
            />
            <PasswordInput
              label={t('serverLogin.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              autoComplete="current-password"
              required
              data-testid="login-password"
            />
            {error && (
              <Alert color="red" role="alert" data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="login-submit">
              {t('serverLogin.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
