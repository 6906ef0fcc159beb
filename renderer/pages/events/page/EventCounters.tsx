import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { attendanceCounts } from '@shared/events/check-in';
import type { EventDocument } from '@shared/events/event';
import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';

function Counter({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {value}
      </Text>
    </Card>
  );
}

/** Présents / inscrits / places restantes, and what the doors took, method by method. */
export function EventCounters({
  event,
  counts,
  locale,
}: {
  event: EventDocument;
  counts: ReturnType<typeof attendanceCounts>;
  locale: string;
}) {
  const { t } = useTranslation();
  const takings = [...counts.takings];
  const total = takings.reduce((sum, [, amount]) => sum + amount, 0);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: event.capacity > 0 ? 4 : 3 }} spacing="md">
        <Counter label={t('events.page.present')} value={counts.present} />
        <Counter label={t('events.page.registered')} value={counts.registered} />
        {/* The capacity itself is in the facts above: here, what is left of it, if it has a limit. */}
        {event.capacity > 0 && (
          <Counter label={t('events.page.placesLeft')} value={Math.max(0, event.capacity - counts.present)} />
        )}
        <Counter label={t('events.page.takings')} value={formatMoney(total as Cents, locale)} />
      </SimpleGrid>
      {takings.length > 0 ? (
        <Group gap="lg" aria-label={t('events.page.takingsByMethod')}>
          {takings.map(([method, amount]) => (
            <Text key={method}>
              {t('events.page.takingsLine', {
                method: t(`people.membership.methods.${method}`),
                amount: formatMoney(amount as Cents, locale),
              })}
            </Text>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
