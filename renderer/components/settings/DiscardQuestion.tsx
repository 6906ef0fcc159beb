import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * « Abandonner les modifications ? », asked in place of a list dialog's form about to close with
 * changes: the same words as a form left by navigation (`UnsavedChangesGuard`). Asked in the
 * same dialog rather than in a second one, so that one Échap is one answer: the form stays
 * mounted underneath, with what was typed.
 */
export function DiscardQuestion({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('unsaved.body')}</Text>
      <Group justify="flex-end">
        {/* The safe answer has the focus: Entrée keeps what was typed. */}
        <Button variant="default" onClick={onKeep} autoFocus>
          {t('unsaved.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('unsaved.discard')}
        </Button>
      </Group>
    </Stack>
  );
}
