import { Group, Loader, Text } from '@mantine/core';

/** A small spinner with a line saying what is loading, where the content will be. */
export function LoadingNotice({ label }: { label: string }) {
  return (
    <Group gap="xs" p="lg" c="dimmed">
      <Loader size="sm" /> <Text size="sm">{label}</Text>
    </Group>
  );
}
