import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { localToday } from '@shared/dates/parse-date';
import { splitByDate } from '@shared/events/event-list';
import { usePermission } from '@renderer/data/context';
import { useEvents } from '@renderer/data/events/read';
import { EventsTable } from '@renderer/pages/events/list/EventsTable';

/** Past events are many after a few seasons: the latest first, more on demand. */
const PAST_PAGE = 50;

type Tab = 'upcoming' | 'past';

/** « Événements »: what is coming (soonest first) and what is past (latest first). */
export function EventsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = usePermission('events.manage');
  const { loading, events } = useEvents();
  const [tab, setTab] = useState<Tab>('upcoming');
  const [pastShown, setPastShown] = useState(PAST_PAGE);
  const { upcoming, past } = useMemo(() => splitByDate(events, localToday(new Date())), [events]);
  const rows = tab === 'upcoming' ? upcoming : past.slice(0, pastShown);

  useHotkeys([['alt+N', () => mayManage.allowed && navigate('/evenements/nouveau')]], []);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('events.list.title')}</Title>
        {mayManage.allowed ? (
          <Button component={Link} to="/evenements/nouveau" size="md" title={t('events.list.newShortcut')}>
            {t('events.list.new')}
          </Button>
        ) : null}
      </Group>
      <SegmentedControl
        value={tab}
        onChange={(value) => setTab(value as Tab)}
        size="md"
        maw={480}
        aria-label={t('events.list.tabs')}
        data={[
          { value: 'upcoming', label: t('events.list.upcoming', { count: upcoming.length }) },
          { value: 'past', label: t('events.list.past', { count: past.length }) },
        ]}
      />
      {loading ? null : rows.length === 0 ? (
        <Text>{tab === 'upcoming' ? t('events.list.noneUpcoming') : t('events.list.nonePast')}</Text>
      ) : (
        <EventsTable
          events={rows}
          label={tab === 'upcoming' ? t('events.list.upcomingLabel') : t('events.list.pastLabel')}
        />
      )}
      {tab === 'past' && past.length > pastShown ? (
        <Button variant="default" onClick={() => setPastShown((shown) => shown + PAST_PAGE)} maw={320}>
          {t('events.list.showMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
