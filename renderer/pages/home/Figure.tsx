import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of the dashboard: what it counts, the number, and what it is measured against. */
export function Figure({
  label,
  value,
  detail,
  extra,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  extra?: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.1}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
        {extra}
      </Stack>
    </Card>
  );
}
