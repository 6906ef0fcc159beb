import { Alert, Code, Loader, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { useData } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';

export function AboutPanel() {
  const { t } = useTranslation();
  const { device } = useData();
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

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
      info.dataDir ? <Code>{info.dataDir}</Code> : t('settings.about.dataDirWeb'),
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
  );
}
