import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import { ProxyRefusedError } from '@shared/events/proxies';
import type { RollEntry } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { recordProxy, withdrawProxy } from '@renderer/data/events/write';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

/**
 * The proxies (pouvoirs) of a general assembly: who gives, who holds, refused with the reason
 * when the AG's rules say no; each recorded one can be withdrawn.
 */
export function ProxiesSection({ event, roll }: { event: EventDocument; roll: readonly RollEntry[] }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [giver, setGiver] = useState<string | null>(null);
  const [holder, setHolder] = useState<string | null>(null);
  const voters = useMemo(() => roll.filter((entry) => entry.voter), [roll]);
  const options = useMemo(
    () => voters.map((entry) => ({ value: entry.person.id, label: displayName(entry.person) })),
    [voters],
  );
  const names = useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);
  const given = roll.filter((entry) => (entry.record?.proxyHolderId ?? '') !== '');
  const presentIds = new Set(roll.filter((entry) => entry.record?.present).map((entry) => entry.person.id));

  const record = async () => {
    if (!giver || !holder) return;
    const ids = new Set(voters.map((entry) => entry.person.id));
    const done = await run(
      async () => {
        await recordProxy(
          db,
          context,
          { eventId: event.id, giverId: giver, holderId: holder },
          { isVoter: (id) => ids.has(id), maxPerHolder: event.assembly.maxProxiesPerMember },
        );
        return true;
      },
      {
        success: () =>
          t('eventSheets.proxies.recorded', { giver: names.get(giver), holder: names.get(holder) }),
        failure: (message, error) =>
          error instanceof ProxyRefusedError ? t(`eventSheets.proxies.refusal.${error.code}`) : message,
      },
    );
    // `run` answers undefined when the write was refused: the choices stay, to correct one.
    if (done) {
      setGiver(null);
      setHolder(null);
    }
  };

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
        <Group align="flex-end" gap="md">
          <Select
            label={t('eventSheets.proxies.giver')}
            placeholder={t('eventSheets.proxies.pick')}
            data={options}
            value={giver}
            onChange={setGiver}
            searchable
            filter={foldedOptionsFilter}
            allowDeselect={false}
            size="md"
            w={300}
          />
          <Select
            label={t('eventSheets.proxies.holder')}
            placeholder={t('eventSheets.proxies.pick')}
            data={options}
            value={holder}
            onChange={setHolder}
            searchable
            filter={foldedOptionsFilter}
            allowDeselect={false}
            size="md"
            w={300}
          />
          <Button size="md" onClick={() => void record()} loading={busy} disabled={!giver || !holder}>
            {t('eventSheets.proxies.record')}
          </Button>
        </Group>
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
