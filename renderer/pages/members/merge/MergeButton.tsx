import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeLabel } from '@shared/members/merge-record';
import type { PersonDocument } from '@shared/members/person';

/** « Fusionner », then the last word before a merge, which cannot be undone. */
export function MergeButton({
  absorbed,
  survivor,
  busy,
  onMerge,
}: {
  absorbed: PersonDocument;
  survivor: PersonDocument;
  busy: boolean;
  /** Applies the merge: false if it failed, and the confirmation closes on its error. */
  onMerge: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirm = async () => {
    if (!(await onMerge())) setConfirming(false);
  };
  return (
    <>
      <Group>
        <Button color="red" onClick={() => setConfirming(true)}>
          {t('merge.submit')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('merge.confirm.title')}>
        <Stack gap="sm">
          <Text>
            {t('merge.confirm.body', { absorbed: mergeLabel(absorbed), survivor: mergeLabel(survivor) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
              {t('merge.confirm.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
              {t('merge.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
