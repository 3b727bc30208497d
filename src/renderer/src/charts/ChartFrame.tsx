import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A chart's card: title, a quiet subtitle saying what it shows, and the chart. */
export function ChartFrame({ title, subtitle, children, testId, aside }: { title: string; subtitle?: string; children: ReactNode; testId: string; aside?: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" className="chart-frame" data-testid={testId}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" mb={4}>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {subtitle && (
            <Text size="xs" c="dimmed" truncate>
              {subtitle}
            </Text>
          )}
        </div>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
