import { Stack } from '@mantine/core';
import { AutoBackupsCard } from '@renderer/pages/settings/backup/AutoBackupsCard';
import { ExportBackupCard } from '@renderer/pages/settings/backup/ExportBackupCard';
import { RestoreBackupCard } from '@renderer/pages/settings/backup/RestoreBackupCard';

/** Paramètres → Sauvegardes: export everything to one file, restore one; the desktop's automatic ones. */
export function BackupPanel() {
  return (
    <Stack gap="xl" maw={720}>
      <ExportBackupCard />
      <RestoreBackupCard />
      <AutoBackupsCard />
    </Stack>
  );
}
