import { Alert, Button, Group, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Where typing goes: a choice between options (a radio, a box to tick) is not the first field. */
const FIELDS =
  'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not(:disabled), textarea:not(:disabled), select:not(:disabled)';

/**
 * Says that what was typed before a lock is back, with the way to start again without it. The
 * notice goes with its button: the focus then moves to the form's first field (it fell on the page,
 * and the next keys typed were lost), unless the form already put it somewhere.
 */
export function DraftNotice({
  savedAt,
  startAgainLabel,
  onStartAgain,
}: {
  savedAt: string;
  /** « Repartir d’une fiche vide », « Repartir de la fiche enregistrée »… */
  startAgainLabel: string;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notice = useRef<HTMLDivElement>(null);
  const startAgain = () => {
    const form = notice.current?.parentElement;
    onStartAgain();
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const first = [...(form?.querySelectorAll<HTMLElement>(FIELDS) ?? [])].find(
        (field) => field.getClientRects().length > 0,
      );
      first?.focus();
    });
  };
  return (
    <Alert color="blue" ref={notice}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {t('unsaved.draftRestored', { date: formatDateTime(savedAt, localeOf(language)) })}
        </Text>
        <Button size="compact-sm" variant="default" onClick={startAgain}>
          {startAgainLabel}
        </Button>
      </Group>
    </Alert>
  );
}
