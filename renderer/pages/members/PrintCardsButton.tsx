import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeError } from '@shared/ipc/contract';
import type { PersonDocument } from '@shared/members/person';
import { seasonOn } from '@shared/members/season';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { describeWriteError, translateError } from '@renderer/components/translate-error';
import { appendAudit } from '@renderer/data/audit/write';
import { useSetting } from '@renderer/data/settings/read';
import { printMemberCards } from '@renderer/pdf/member-cards';
import { useSeasons } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';
import { usePlatform } from '@renderer/platform/context';

/** Member cards of `people` for the current season, saved (desktop) or downloaded (web). */
export function PrintCardsButton({ people, label }: { people: readonly PersonDocument[]; label: string }) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const organisation = useSetting('organisation');
  const seasons = useSeasons();
  const [busy, setBusy] = useState(false);
  const season = seasonOn(seasons, localToday(new Date())) ?? seasons[seasons.length - 1];
  const numbered = people.filter((person) => person.memberNumber !== '').slice(0, 500);

  const print = async () => {
    if (organisation.read.state !== 'ok') {
      notifications.show({ color: 'orange', message: t('people.cards.needOrganisation') });
      return;
    }
    if (!season) {
      notifications.show({ color: 'orange', message: t('people.membership.noSeason') });
      return;
    }
    setBusy(true);
    try {
      const result = await printMemberCards(platform, {
        people: numbered,
        organisation: organisation.read.value,
        season,
        perPage: 10,
        t,
      });
      if (result.saved) {
        await appendAudit(
          db,
          { ...context, userName: user.name },
          { action: 'export', collection: 'people', detail: `cartes:${numbered.length}` },
        );
        notifications.show({
          color: 'green',
          message: result.path
            ? t('people.person.cardSavedTo', { path: result.path })
            : t('people.person.cardSaved'),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message:
          error instanceof BridgeError
            ? translateError(t, error.messageKey)
            : describeWriteError(t, user.role, error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="default" onClick={print} loading={busy} disabled={numbered.length === 0}>
      {label}
    </Button>
  );
}
