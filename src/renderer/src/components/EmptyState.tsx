import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A calm message where content would be, saying what to do next. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Stack align="center" justify="center" gap="xs" py={64} px="md" className="empty-state" role="status">
      <Title order={3} fw={600} size="h4">
        {title}
      </Title>
      <Text c="dimmed" size="sm" maw={520} ta="center">
        {children}
      </Text>
      {action}
    </Stack>
  );
}
