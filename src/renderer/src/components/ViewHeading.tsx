import { Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/** A main view's heading: its title and the line under it (every view in the side bar has one). */
export function ViewHeading({ title, subtitle, className, style, truncate }: { title: ReactNode; subtitle: ReactNode; className?: string; style?: CSSProperties; truncate?: boolean }) {
  return (
    <div className={className} style={style}>
      <Title order={2} size="h3" fw={600}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" truncate={truncate}>
        {subtitle}
      </Text>
    </div>
  );
}
