import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { routeHash } from '../../router/routes';

export function NotFoundView({ hash }: { hash: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')} action={<Anchor href={routeHash({ name: 'members' })}>{t('notFound.back')}</Anchor>}>
      {t('notFound.body', { hash })}
    </EmptyState>
  );
}
