import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** « Corriger » and « Annuler » of a fee, or why they are not offered (its tax receipt). */
export function MembershipActions({
  locked,
  names,
  onCorrect,
  onCancel,
}: {
  locked: boolean;
  names: { tariff: string; season: string; date: string };
  onCorrect: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  if (locked) {
    return (
      <Text size="sm" c="dimmed" maw={220}>
        {t('cotisations.receipt.locked')}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        onClick={onCorrect}
        aria-label={t('cotisations.correctNamed', names)}
      >
        {t('cotisations.correct')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={onCancel}
        aria-label={t('cotisations.cancelNamed', names)}
      >
        {t('cotisations.cancel')}
      </Button>
    </Group>
  );
}
