import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '@renderer/i18n/i18n';
import { describeSyncError, formatSyncTime } from '@renderer/components/sync/describe-sync';
import type { EnrolmentSummary } from '@renderer/sync/enrolment';
import { SyncDetails } from '@renderer/components/sync/SyncDetails';
import { useEnrolment, useServerInfo, useSyncStatus } from '@renderer/sync/use-sync';
import { useLanguage } from '@renderer/i18n/language';
import { useSyncService } from '@renderer/sync/use-sync';
import { useWrite } from '@renderer/components/use-write';
import { OfflineReadinessAlert } from '@renderer/components/offline/OfflineReadinessAlert';
import { useCertificateCheck } from '@renderer/components/sync/use-certificate-check';

/** Paramètres → Synchronisation: enrol this device, or see its enrolment and leave the server. */
export function SyncPanel() {
  const enrolment = useEnrolment();
  // Kept here: the form gives way to the enrolment's details as soon as it is stored.
  const [restarting, setRestarting] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <OfflineReadinessAlert audience="admin" />
      {restarting && (
        <Alert color="green" role="status" maw={640}>
          {restarting}
        </Alert>
      )}
      {enrolment ? <EnrolledPanel enrolment={enrolment} /> : <EnrolForm onEnrolled={setRestarting} />}
    </Stack>
  );
}

/** How long the confirmation stays readable before the restart that takes the new identity. */
const RESTART_DELAY_MS = 1500;

export function EnrolForm({
  onEnrolled,
  restartDelayMs = RESTART_DELAY_MS,
}: {
  onEnrolled: (message: string) => void;
  /** 0 on the first-run screen: nothing to read there, and the accounts are on their way. */
  restartDelayMs?: number;
}) {
  const { t } = useTranslation();
  const sync = useSyncService();
  const [address, setAddress] = useState(() =>
    window.location.protocol.startsWith('http') ? window.location.origin : '',
  );
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useWrite();
  const certificate = useCertificateCheck();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const empty = new Set(
      Object.entries({ address, code, deviceName })
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => key),
    );
    setMissing(empty);
    setError(null);
    if (empty.size > 0) return;
    const enrolled = await run(
      async () => ((await certificate.check(address)) ? sync.enrol({ address, code, deviceName }) : null),
      {
        // Under the form: the server's refusal (wrong code, unreachable) is what to fix here.
        failure: (_message, failure) => {
          setError(describeSyncError(t, failure));
          return null;
        },
      },
    );
    if (!enrolled) return;
    onEnrolled(t('sync.panel.enrolled', { org: enrolled.orgName }));
    // The device's id changed: restart so the write guard and the screens take the new one.
    setTimeout(() => window.location.reload(), restartDelayMs);
  };
  const required = (key: string) => (missing.has(key) ? t('sync.panel.required') : null);

  return (
    <form onSubmit={submit} noValidate>
      {certificate.dialog}
      <Stack gap="sm" maw={560}>
        {/* Not SyncDetails: unenrolled, it would only say again, pointing here, what the intro says. */}
        <Text size="sm">{t('sync.panel.intro')}</Text>
        <TextInput
          label={t('sync.panel.address')}
          description={t('sync.panel.addressHelp')}
          placeholder={t('sync.panel.addressPlaceholder')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={required('address')}
          autoComplete="url"
          inputMode="url"
        />
        <TextInput
          label={t('sync.panel.code')}
          description={t('sync.panel.codeHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={required('code')}
          autoComplete="one-time-code"
          spellCheck={false}
        />
        <TextInput
          label={t('sync.panel.deviceName')}
          description={t('sync.panel.deviceNameHelp')}
          value={deviceName}
          onChange={(e) => setDeviceName(e.currentTarget.value)}
          error={required('deviceName')}
          maxLength={80}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('sync.panel.enrol')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EnrolledPanel({ enrolment }: { enrolment: EnrolmentSummary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sync = useSyncService();
  const status = useSyncStatus();
  const server = useServerInfo();
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useWrite();

  const leave = async () => {
    await run(() => sync.leave(), {
      success: () => t('sync.panel.left'),
      failure: (_message, failure) => describeSyncError(t, failure),
    });
    setConfirming(false);
  };

  const rows: [string, string][] = [
    [t('sync.panel.association'), enrolment.orgName],
    [t('sync.panel.device'), enrolment.deviceName],
    [t('sync.panel.scope'), t(`sync.panel.scopes.${enrolment.scope}`)],
    [t('sync.panel.series'), enrolment.series],
    [t('sync.panel.server'), enrolment.serverUrl],
    [t('sync.panel.enrolledAt'), formatSyncTime(enrolment.enrolledAt, localeOf(language), true)],
    [t('sync.panel.status'), t(`sync.status.${status.phase}`)],
    [
      t('sync.panel.certificate'),
      server === undefined
        ? '…'
        : server === null
          ? t('sync.panel.certificateUnknown')
          : (server.tlsFingerprint ?? t('sync.panel.noCertificate')),
    ],
  ];

  return (
    <Stack gap="md" maw={640}>
      <Table withRowBorders={false} aria-label={t('sync.panel.title')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {server?.tlsFingerprint && (
        <Text size="sm" c="dimmed">
          {t('sync.panel.certificateHint')}
        </Text>
      )}
      <SyncDetails />
      <Group>
        <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
          {t('sync.panel.leave')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('sync.panel.leaveTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('sync.panel.leaveBody', { count: status.pendingChanges })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('sync.panel.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void leave()}>
              {t('sync.panel.leaveConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
