import { Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { theme } from '@renderer/app/theme';

/** Shown while the database opens and the members file loads (a few seconds at 50,000 people). */
export function Starting({ label }: { label: string }) {
  return (
    <MantineProvider theme={theme}>
      <Center h="100vh">
        <Stack align="center" gap="sm">
          <Loader />
          <Text c="dimmed">{label}</Text>
        </Stack>
      </Center>
    </MantineProvider>
  );
}
