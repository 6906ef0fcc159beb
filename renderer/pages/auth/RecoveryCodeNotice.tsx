import { Alert, Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite } from '@renderer/components/use-write';
import { useLanguage } from '@renderer/i18n/language';
import { printRecoveryCode } from '@renderer/pdf/recovery-code';
import { usePlatform } from '@renderer/platform/context';

/**
 * A recovery code, shown once: big, printable, and a required « Je l'ai noté » before going on.
 * Nothing keeps the code after this screen; only its verifier is stored.
 */
export function RecoveryCodeNotice({
  code,
  accountName,
  onDone,
}: {
  code: string;
  accountName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { language } = useLanguage();
  const [noted, setNoted] = useState(false);
  // useWrite: one print at a time, its notices, and the keyboard given back to « Imprimer ».
  const { busy: printing, run } = useWrite();

  const print = () =>
    run(() => printRecoveryCode(platform, { code, accountName, t, language }), {
      success: (result) => (result.saved ? t('recovery.notice.printed') : undefined),
      failure: (_said, error) => t('recovery.notice.printFailed', { message: (error as Error).message }),
    });

  return (
    <Stack gap="md">
      <Alert color="orange">{t('recovery.notice.body')}</Alert>
      <Stack gap={4} align="center">
        <Text size="sm" c="dimmed">
          {t('recovery.notice.codeLabel', { name: accountName })}
        </Text>
        <Code
          data-testid="recovery-code"
          fz={24}
          fw={700}
          p="md"
          style={{ letterSpacing: '0.08em', whiteSpace: 'nowrap', overflowX: 'auto', maxWidth: '100%' }}
        >
          {code}
        </Code>
      </Stack>
      <Group grow>
        {/* The keyboard starts here: the form that led to this screen is gone with its focus. */}
        <Button
          size="md"
          variant="default"
          loading={printing}
          onClick={() => void print()}
          autoFocus
          data-autofocus
        >
          {t('recovery.notice.print')}
        </Button>
      </Group>
      <Checkbox
        size="md"
        label={t('recovery.notice.noted')}
        checked={noted}
        onChange={(event) => setNoted(event.currentTarget.checked)}
      />
      <Button size="md" disabled={!noted} onClick={onDone}>
        {t('recovery.notice.continue')}
      </Button>
    </Stack>
  );
}
