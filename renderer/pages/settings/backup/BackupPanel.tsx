import { Stack } from '@mantine/core';
import { ExportBackupCard } from '@renderer/pages/settings/backup/ExportBackupCard';
import { RestoreBackupCard } from '@renderer/pages/settings/backup/RestoreBackupCard';

/** Paramètres → Sauvegardes: export everything to one file, and restore from one. */
export function BackupPanel() {
  return (
    <Stack gap="xl" maw={720}>
      <ExportBackupCard />
      <RestoreBackupCard />
    </Stack>
  );
}
