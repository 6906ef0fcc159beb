import type { ReactNode } from 'react';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDirectory } from '@renderer/data/context';

/** The door searches from the snapshot alone (renderer/data/directory.ts). */
const WORKS_FROM_SNAPSHOT = '/entree';

/**
 * Holds every page but the entrance until the members file is read: at start-up the directory
 * first has only the door's search snapshot, and the other pages show whole documents.
 */
export function DirectoryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { complete } = useDirectory();
  if (complete || pathname === WORKS_FROM_SNAPSHOT || pathname.startsWith(`${WORKS_FROM_SNAPSHOT}/`)) {
    return children;
  }
  return (
    <Center mih={200}>
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text c="dimmed" role="status">
          {t('app.loadingDirectory')}
        </Text>
      </Stack>
    </Center>
  );
}
