import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { BridgeError } from '@shared/ipc/contract';
import { cardHolders } from '@shared/members/card-holders';
import type { PersonDocument } from '@shared/members/person';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentSeason } from '@renderer/data/members/read';
import { useSetting } from '@renderer/data/settings/read';
import { printMemberCards } from '@renderer/pdf/member-cards';
import { usePlatform } from '@renderer/platform/context';

/** Member cards of `people` for the current season, saved (desktop) or downloaded (web). */
export function PrintCardsButton({ people, label }: { people: readonly PersonDocument[]; label: string }) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const organisation = useSetting('organisation');
  const season = useCurrentSeason();
  const { busy, run } = useWrite();
  const numbered = cardHolders(people);

  const print = async () => {
    if (organisation.read.state !== 'ok') {
      notifications.show({ color: 'orange', message: t('people.cards.needOrganisation') });
      return;
    }
    if (!season) {
      notifications.show({ color: 'orange', message: t('people.membership.noSeason') });
      return;
    }
    const { value } = organisation.read;
    await run(
      async () => {
        const result = await printMemberCards(platform, {
          people: numbered,
          organisation: value,
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
        }
        return result;
      },
      {
        success: (result) =>
          !result.saved
            ? undefined
            : result.path
              ? t('people.person.cardSavedTo', { path: result.path })
              : t('people.person.cardSaved'),
        // The desktop bridge's refusals (a bad file name, a failed write) come as message keys.
        failure: (message, error) =>
          error instanceof BridgeError ? translateError(t, error.messageKey) : message,
      },
    );
  };

  return (
    <Button variant="default" onClick={print} loading={busy} disabled={numbered.length === 0}>
      {label}
    </Button>
  );
}
