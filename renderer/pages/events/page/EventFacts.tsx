import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import { formatEventStart, formatTime } from '@shared/events/event-time';
import { formatMoney } from '@shared/format/intl';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="lg">{children}</Text>
    </Stack>
  );
}

/** The event's header: when, where, what kind, prices and capacity, as people will be told. */
export function EventFacts({ event, locale }: { event: EventDocument; locale: string }) {
  const { t } = useTranslation();
  const price = (cents: number) =>
    cents === 0 ? t('events.page.free') : formatMoney(cents as EventDocument['memberPrice'], locale);
  const when =
    formatEventStart(event, locale) +
    (event.endTime ? ` ${t('events.page.until', { time: formatTime(event.endTime, locale) })}` : '');
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Fact label={t('events.page.when')}>{when}</Fact>
        <Fact label={t('events.page.where')}>{event.location || '—'}</Fact>
        <Fact label={t('events.page.kind')}>{t(`events.kinds.${event.kind}`)}</Fact>
        <Fact label={t('events.page.memberPrice')}>{price(event.memberPrice)}</Fact>
        <Fact label={t('events.page.nonMemberPrice')}>
          {event.membersOnly ? t('events.page.membersOnly') : price(event.nonMemberPrice)}
        </Fact>
        <Fact label={t('events.page.capacity')}>
          {event.capacity === 0 ? t('events.page.noCapacity') : event.capacity}
        </Fact>
      </SimpleGrid>
      {event.description ? (
        <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {event.description}
        </Text>
      ) : null}
      {event.notes ? (
        <Text mt="md" size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {t('events.page.notes')} {event.notes}
        </Text>
      ) : null}
    </Card>
  );
}
