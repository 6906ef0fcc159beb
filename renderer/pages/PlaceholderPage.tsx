import { Stack, Text, Title } from '@mantine/core';

/** A section that a later version fills: its title and one honest sentence, nothing fake. */
export function PlaceholderPage({ title, intro }: { title: string; intro: string }) {
  return (
    <Stack gap="sm" maw={720}>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{intro}</Text>
    </Stack>
  );
}
