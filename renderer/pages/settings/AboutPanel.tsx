import { Alert, Button, Code, Group, Loader, Stack, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { can } from '@shared/auth/permissions';
import { useCurrentUser, useData } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';
import { UpdateFeedForm } from '@renderer/pages/settings/UpdateFeedForm';
import { UpdateSection } from '@renderer/pages/settings/UpdateSection';

export function AboutPanel() {
  const { t } = useTranslation();
  const { device } = useData();
  const platform = usePlatform();
  // Where this installation looks for updates is the administrators' choice.
  const mayChooseFeed = can(useCurrentUser().role, 'settings.manage').allowed;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [folderFailure, setFolderFailure] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    platform.getAppInfo().then(
      (value) => live && setInfo(value),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [platform]);

  if (failure) return <Alert color="red">{t('errors.common.unexpected', { message: failure })}</Alert>;
  if (!info) return <Loader size="sm" />;
  const rows: [string, React.ReactNode][] = [
    [t('settings.about.version'), info.version],
    [
      t('settings.about.platform'),
      info.electron ? t('settings.about.desktop', { version: info.electron }) : t('settings.about.web'),
    ],
    [
      t('settings.about.dataDir'),
      info.dataDir ? (
        <Group gap="sm" key="dataDir">
          <Code>{info.dataDir}</Code>
          {platform.openDataFolder && (
            <Button
              size="xs"
              variant="light"
              onClick={() => platform.openDataFolder?.().then(() => setFolderFailure(null), setFolderFailure)}
            >
              {t('settings.about.openDataDir')}
            </Button>
          )}
        </Group>
      ) : (
        t('settings.about.dataDirWeb')
      ),
    ],
    // Shown on purpose, for whoever helps with the server: marked so, for the raw-text checks.
    [
      t('settings.about.deviceId'),
      <Code key="id" data-identifier>
        {device.deviceId}
      </Code>,
    ],
    [t('settings.about.series'), device.series],
  ];
  return (
    <Stack gap="lg">
      <Table maw={720} variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {folderFailure !== null && (
        <Alert color="red" maw={720}>
          {t('errors.ipc.openFolderFailed')}
        </Alert>
      )}
      {platform.updates && <UpdateSection updates={platform.updates} />}
      {platform.updates && mayChooseFeed && <UpdateFeedForm updates={platform.updates} />}
    </Stack>
  );
}
