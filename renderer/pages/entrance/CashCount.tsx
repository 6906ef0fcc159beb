import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CashCount as SavedCount } from '@shared/events/cash-count';
import { cashCountsOf, countDifference } from '@shared/events/cash-count';
import type { DoorTakings } from '@shared/events/door-payment';
import type { EventDocument } from '@shared/events/event';
import { formatTime } from '@shared/format/intl';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { CashCountForm } from '@renderer/pages/entrance/CashCountForm';
import { DoorModal } from '@renderer/pages/entrance/DoorModal';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * « Compter la caisse », at the end: the door types the espèces counted, sees the difference with
 * what its check-ins recorded and the cheques it should hold, and saves the count on the event,
 * where it reaches the treasurer with the sheet. The door sees its own counts only.
 */
export function CashCount({
  event,
  door,
  takings,
  onClosed,
}: {
  event: EventDocument;
  door: string;
  takings: DoorTakings;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const money = useMoney();
  const [opened, setOpened] = useState(false);
  const last = cashCountsOf(event)
    .filter((count) => count.device === door)
    .at(-1);
  const close = () => {
    setOpened(false);
    onClosed();
  };
  return (
    <Group gap="md">
      <Button size="lg" variant="default" onClick={() => setOpened(true)}>
        {t('cashCount.open')}
      </Button>
      {last ? (
        <Text data-testid="cash-count-saved">
          {t('cashCount.savedAt', {
            time: formatTime(last.countedAt, localeOf(language)),
            counted: money(last.counted),
            difference: differenceWords(t, last, money),
          })}
        </Text>
      ) : null}
      <DoorModal opened={opened} onClose={close} title={t('cashCount.title', { door })}>
        {opened ? <CashCountForm eventId={event.id} door={door} takings={takings} onDone={close} /> : null}
      </DoorModal>
    </Group>
  );
}

export function differenceWords(
  t: TFunction,
  count: Pick<SavedCount, 'recorded' | 'counted'>,
  money: (cents: number) => string,
): string {
  const difference = countDifference(count);
  if (difference === 0) return t('cashCount.differenceNone');
  return t(difference > 0 ? 'cashCount.differenceOver' : 'cashCount.differenceUnder', {
    amount: money(Math.abs(difference)),
  });
}
