import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Area = 'governance' | 'budgets' | 'exports';

/** A view that is not built yet says what it will hold, rather than showing nothing. */
export function PlaceholderView({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" p="lg" maw={640}>
      <Title order={2} size="h3">
        {t(`nav.${area}`)}
      </Title>
      <Text size="sm">{t(`placeholder.${area}`)}</Text>
      <Text size="sm" c="dimmed">
        {t('placeholder.next')}
      </Text>
    </Stack>
  );
}
