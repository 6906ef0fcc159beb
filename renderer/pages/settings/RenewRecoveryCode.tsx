import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useUsers } from '@renderer/data/users/read';
import { renewRecoveryCode } from '@renderer/data/users/recovery';
import { RecoveryCodeNotice } from '@renderer/pages/auth/RecoveryCodeNotice';

/**
 * « Nouveau code de secours » (Paramètres → Comptes), for the signed-in administrator: the new
 * code replaces the old one and is shown once, in a dialog that closes only once it is noted.
 */
export function RenewRecoveryCode() {
  const { t } = useTranslation();
  const { db } = useData();
  const me = useCurrentUser();
  const context = useWriteContext();
  const { users } = useUsers();
  const { busy, run } = useWrite();
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  if (me.role !== 'admin') return null;
  const hasCode = users.find((user) => user.id === me.id)?.recovery !== undefined;

  // No success notice: it would cover the dialog, which shows the new code and says it replaces the old.
  const renew = () =>
    run(() => renewRecoveryCode(db, context, me.id)).then((made) => {
      if (made) setCode(made);
    });
  const close = () => {
    setAsking(false);
    setCode(null);
  };

  return (
    <Stack gap="xs">
      {hasCode ? null : <Alert color="orange">{t('recovery.renew.none')}</Alert>}
      <Group>
        <Button variant="default" onClick={() => setAsking(true)}>
          {t('recovery.renew.button')}
        </Button>
      </Group>
      <Modal
        opened={asking}
        onClose={code ? () => undefined : close}
        title={code ? t('recovery.notice.title') : t('recovery.renew.title')}
        closeOnEscape={code === null}
        closeOnClickOutside={code === null}
        withCloseButton={code === null}
        size="lg"
      >
        {code ? (
          <RecoveryCodeNotice code={code} accountName={me.name} onDone={close} />
        ) : (
          <Stack gap="md">
            <Text>{t('recovery.renew.body')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('recovery.renew.cancel')}
              </Button>
              <Button loading={busy} onClick={() => void renew()}>
                {t('recovery.renew.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
