import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localToday } from '@shared/dates/parse-date';
import type { EventDocument } from '@shared/events/event';
import { formatDate } from '@shared/format/intl';
import { usePermission } from '@renderer/data/context';
import { useEvents } from '@renderer/data/events/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { Door } from '@renderer/pages/entrance/Door';

/**
 * « Entrée »: the door volunteer's screen, and the door account's landing page. The event of
 * the day (or the one in `?evenement=`), one big search field that keeps the focus, big cards to
 * tap, the keyboard alone (arrows, Entrée, Échap), undo, walk-ins, the counters.
 */
export function EntrancePage() {
  const { t } = useTranslation();
  const { events, loading } = useEvents();
  const [params, setParams] = useSearchParams();
  const mayCreate = usePermission('events.manage').allowed;
  const today = localToday(new Date());
  const open = events.filter((event) => event.cancelledOn === '' && event.closedOn === '');
  const todays = open.filter((event) => event.startsOn <= today && (event.endsOn || event.startsOn) >= today);
  const chosen =
    open.find((event) => event.id === params.get('evenement')) ??
    (todays.length === 1 ? todays[0] : undefined);

  if (loading) return null;
  if (!chosen) {
    const offered = todays.length > 0 ? todays : open.filter((event) => event.startsOn >= today).slice(0, 10);
    return (
      <Stack gap="md" maw={900}>
        <Title order={1}>{t('entrance.title')}</Title>
        <Text size="lg">
          {todays.length > 0
            ? t('entrance.chooseEvent')
            : offered.length > 0
              ? t('entrance.noEventToday')
              : mayCreate
                ? t('entrance.noEventsCreate')
                : t('entrance.noEvents')}
        </Text>
        {offered.map((event) => (
          <EventChoice key={event.id} event={event} onPick={() => setParams({ evenement: event.id })} />
        ))}
        {/* No event today: whoever may create the evening's event does it from here (the door
            volunteer may not). */}
        {todays.length === 0 && mayCreate ? (
          <Button component={Link} to="/evenements/nouveau" size="lg" style={{ alignSelf: 'flex-start' }}>
            {t('events.list.new')}
          </Button>
        ) : null}
      </Stack>
    );
  }
  return (
    <Door
      event={chosen}
      onChange={todays.length === 1 && !params.get('evenement') ? undefined : () => setParams({})}
    />
  );
}

function EventChoice({ event, onPick }: { event: EventDocument; onPick: () => void }) {
  const { language } = useLanguage();
  return (
    <Button size="xl" variant="default" justify="flex-start" onClick={onPick} h="auto" py="md">
      <Stack gap={2} align="flex-start">
        <Text fw={700} size="lg">
          {event.title}
        </Text>
        <Text size="sm" c="dimmed">
          {formatDate(event.startsOn, localeOf(language))}
          {event.startTime ? ` · ${event.startTime.replace(':', ' h ')}` : ''}
          {event.location ? ` · ${event.location}` : ''}
        </Text>
      </Stack>
    </Button>
  );
}
