import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The batch's confirmation: what is kept and what goes, and EFFACER typed. */
export function ConfirmBatchErasure(props: {
  opened: boolean;
  count: number;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const close = () => {
    setTyped('');
    props.onCancel();
  };
  const matches = typed.trim().toUpperCase() === t('retention.confirmWord');
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('retention.confirmTitle', { count: props.count })}
      centered
    >
      <Stack gap="sm">
        <Text>{t('retention.confirmText')}</Text>
        <TextInput
          label={t('retention.confirmLabel')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
          size="md"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('erasure.confirm.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            onClick={() => {
              setTyped('');
              props.onConfirm();
            }}
          >
            {t('erasure.confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
