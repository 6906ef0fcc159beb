import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import type { RollEntry } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { ProxyForm } from '@renderer/components/events/ProxyForm';
import { withdrawProxy } from '@renderer/data/events/write';

/**
 * The proxies (pouvoirs) of a general assembly: who gives, who holds, refused with the reason
 * when the AG's rules say no; each recorded one can be withdrawn.
 */
export function ProxiesSection({ event, roll }: { event: EventDocument; roll: readonly RollEntry[] }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { run } = useWrite();
  const names = useMemo(
    () =>
      new Map<string, string>(
        roll.filter((entry) => entry.voter).map((entry) => [entry.person.id, displayName(entry.person)]),
      ),
    [roll],
  );
  const given = roll.filter((entry) => (entry.record?.proxyHolderId ?? '') !== '');
  const presentIds = new Set<string>(
    roll.filter((entry) => entry.record?.present).map((entry) => entry.person.id),
  );

  const withdraw = (entry: RollEntry) =>
    run(() => withdrawProxy(db, context, { eventId: event.id, giverId: entry.person.id }), {
      success: () => t('eventSheets.proxies.withdrawn', { giver: displayName(entry.person) }),
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proxies-title">
      <Stack gap="sm">
        <Title order={2} id="proxies-title">
          {t('eventSheets.proxies.title')}
        </Title>
        <Text c="dimmed">{t('eventSheets.proxies.rules', { max: event.assembly.maxProxiesPerMember })}</Text>
        <ProxyForm event={event} roll={roll} />
        {given.length === 0 ? <Text>{t('eventSheets.proxies.none')}</Text> : null}
        {given.map((entry) => {
          const holderId = entry.record?.proxyHolderId ?? '';
          const counted = presentIds.has(holderId) && !presentIds.has(entry.person.id);
          return (
            <Group key={entry.person.id} gap="md">
              <Text>
                {t('eventSheets.proxies.line', {
                  giver: displayName(entry.person),
                  holder: names.get(holderId) ?? '—',
                })}
              </Text>
              {counted ? null : <Text c="dimmed">{t('eventSheets.proxies.notCounted')}</Text>}
              <Button variant="subtle" color="red" onClick={() => void withdraw(entry)}>
                {t('eventSheets.proxies.withdraw', { giver: displayName(entry.person) })}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
