import { List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import { cashCountsOf, countDifference } from '@shared/events/cash-count';
import type { EventDocument } from '@shared/events/event';
import { formatClockTime } from '@shared/events/event-time';
import { formatDate } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { pdfMoney } from '@shared/pdf/money';

/**
 * The doors' cash counts, one sentence each (the event page and the sheet's PDF): which door,
 * when, the espèces counted and recorded with the difference, the cheques, the card. Money:
 * for whoever reads the sheets, never the door.
 */
export function useCashCountLines(event: EventDocument | undefined, locale: string): string[] {
  const { t } = useTranslation();
  return useMemo(() => {
    if (!event) return [];
    const money = (cents: number) => pdfMoney(cents as Cents, locale);
    return cashCountsOf(event).map((count) => {
      const difference = countDifference(count);
      const cheques = count.cheques.map((cheque) =>
        t('cashCount.cheque', { number: cheque.number, amount: money(cheque.amount) }),
      );
      return t('cashCount.line', {
        door: count.device,
        date: formatDate(localToday(new Date(count.countedAt)), locale),
        time: formatClockTime(count.countedAt, locale),
        counted: money(count.counted),
        recorded: money(count.recorded),
        difference:
          difference === 0
            ? t('cashCount.differenceNone')
            : t(difference > 0 ? 'cashCount.differenceOver' : 'cashCount.differenceUnder', {
                amount: money(Math.abs(difference)),
              }),
        cheques: cheques.length > 0 ? cheques.join(', ') : '—',
        card: money(count.card),
        interpolation: { escapeValue: false },
      });
    });
  }, [event, locale, t]);
}

/** « Comptages de caisse » on the event page, once a door has saved one. */
export function CashCountsSection({ event, locale }: { event: EventDocument; locale: string }) {
  const { t } = useTranslation();
  const lines = useCashCountLines(event, locale);
  if (lines.length === 0) return null;
  return (
    <Stack gap={4} data-testid="cash-counts">
      <Title order={2}>{t('cashCount.section')}</Title>
      <List spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>
            <Text>{line}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
