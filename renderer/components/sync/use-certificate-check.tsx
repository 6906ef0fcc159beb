import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerCertificate } from '@shared/ipc/contract';
import { usePlatform } from '@renderer/platform/context';

type Answer = (trusted: boolean) => void;

/**
 * Before enrolling the desktop app with an https server whose certificate no authority vouches
 * for (the one `tilleul-server serve --https` makes for itself), shows its fingerprint to compare
 * with the one the server printed, and trusts it on this device only if the person says they
 * match. `check` resolves true when the enrolment may go on. In a browser, or for a certificate an
 * authority vouches for, nothing is asked.
 */
export function useCertificateCheck(): { check: (address: string) => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const { serverCertificates } = usePlatform();
  const [asking, setAsking] = useState<ServerCertificate | null>(null);
  const answer = useRef<Answer | null>(null);

  const check = async (address: string) => {
    if (!serverCertificates || !address.trim().toLowerCase().startsWith('https://')) return true;
    const certificate = await serverCertificates.inspect(address.trim());
    if (certificate.trusted) return true;
    const trusted = await new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setAsking(certificate);
    });
    if (trusted) await serverCertificates.trust(address.trim(), certificate.fingerprint);
    return trusted;
  };
  const close = (trusted: boolean) => {
    answer.current?.(trusted);
    answer.current = null;
    setAsking(null);
  };

  const dialog = (
    <Modal
      opened={asking !== null}
      onClose={() => close(false)}
      title={t('sync.certificate.title')}
      size="lg"
    >
      {asking && (
        <Stack gap="sm">
          <Text size="sm">{t('sync.certificate.why', { host: asking.host })}</Text>
          <Code block aria-label={t('sync.certificate.fingerprint')} fz="md">
            {asking.fingerprint.match(/.{1,24}/g)?.join('\n')}
          </Code>
          <Alert color="orange">{t('sync.certificate.compare')}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('sync.certificate.refuse')}
            </Button>
            <Button onClick={() => close(true)}>{t('sync.certificate.trust')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
  return { check, dialog };
}
