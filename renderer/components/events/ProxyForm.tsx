import { Button, Group } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import { ProxyRefusedError } from '@shared/events/proxies';
import type { RollEntry } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import { SearchSelect } from '@renderer/components/SearchSelect';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { recordProxy } from '@renderer/data/events/write';
import type { PersonId } from '@shared/ids';

/**
 * Records a proxy (pouvoir) of a general assembly: the absent voter who gives it, the voter who
 * holds it, refused with the AG's reason (`proxyRefusal`) and nothing written. The AG's page and
 * the entrance (a member arriving with a signed pouvoir) use it alike; searchable by name, accents
 * ignored, from the keyboard (a few letters, Entrée).
 */
export function ProxyForm({
  event,
  roll,
  holder: initialHolder = null,
  size = 'md',
  onRecorded,
}: {
  event: EventDocument;
  roll: readonly RollEntry[];
  /** Who holds it, to start with (the member who just came in holding it). */
  holder?: PersonId | null;
  size?: 'md' | 'lg';
  onRecorded?: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [giver, setGiver] = useState<PersonId | null>(null);
  const [holder, setHolder] = useState<PersonId | null>(initialHolder);
  const voters = useMemo(() => roll.filter((entry) => entry.voter), [roll]);
  const options = useMemo(
    () => voters.map((entry) => ({ value: entry.person.id, label: displayName(entry.person) })),
    [voters],
  );
  const names = useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);

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
      setHolder(initialHolder);
      onRecorded?.();
    }
  };

  const picker = (
    label: string,
    value: PersonId | null,
    onChange: (value: PersonId | null) => void,
    first = false,
  ) => (
    <SearchSelect
      // In a dialog (the entrance's), the giver's field takes the focus: typed at once.
      data-autofocus={first || undefined}
      label={label}
      placeholder={t('eventSheets.proxies.pick')}
      data={options}
      value={value}
      // The chosen option's value is a voter's id: read back as that voter's, never cast.
      onChange={(chosen) => onChange(voters.find((entry) => entry.person.id === chosen)?.person.id ?? null)}
      size={size}
      w={300}
    />
  );
  return (
    <Group align="flex-end" gap="md">
      {picker(t('eventSheets.proxies.giver'), giver, setGiver, true)}
      {picker(t('eventSheets.proxies.holder'), holder, setHolder)}
      <Button size={size} onClick={() => void record()} loading={busy} disabled={!giver || !holder}>
        {t('eventSheets.proxies.record')}
      </Button>
    </Group>
  );
}
