import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/auth/permissions';
import { BridgeError } from '@shared/ipc/contract';
import { cardHolders, cardRefusal } from '@shared/members/card-holders';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import type { Season } from '@shared/members/season';
import { isCoveredFor, seasonsByHolder } from '@shared/members/status';
import { memberCardFileName } from '@shared/pdf/member-cards';
import { useCurrentUser, useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentSeason, useStatuses } from '@renderer/data/members/read';
import { useSetting } from '@renderer/data/settings/read';
import { printMemberCards } from '@renderer/pdf/member-cards';
import { usePlatform } from '@renderer/platform/context';
import { notify } from '@renderer/components/notices';

/**
 * Member cards of `people` for `season` (by default the current one), saved (desktop) or
 * downloaded (web). Only people à jour for that season get one: a card is what the door trusts.
 * One card is named after its holder, « carte-A-0042-Helene-Dupre.pdf ».
 */
export function PrintCardsButton({
  people,
  label,
  season: chosen,
}: {
  people: readonly PersonDocument[];
  label: string;
  season?: Season;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const { statusOf } = useStatuses();
  const organisation = useSetting('organisation');
  const current = useCurrentSeason();
  const season = chosen ?? current;
  const { busy, run } = useWrite();
  const byHolder = useMemo(() => seasonsByHolder(directory.memberships.values()), [directory]);
  const anyNumber = people.some((person) => person.memberNumber !== '');

  const refuse = (message: string): void => {
    notify('orange', message);
  };

  const print = async () => {
    // Only an administrator may fill it in: the others are told whom to ask.
    if (organisation.read.state !== 'ok')
      return refuse(
        can(user.role, 'settings.manage').allowed
          ? t('people.cards.needOrganisation')
          : t('people.cards.needOrganisationAsk'),
      );
    if (!season) return refuse(t('people.membership.noSeason'));
    const coveredFor = (person: PersonDocument) => isCoveredFor(person, season.id, byHolder);
    const { holders, refused, capped } = cardHolders(people, coveredFor);
    const [only] = people;
    if (holders.length === 0) {
      if (people.length !== 1 || !only) return refuse(t('memberCards.noneCovered', { season: season.label }));
      const why = cardRefusal(only, coveredFor(only)) ?? 'not-covered';
      const status = t(`people.status.${statusOf(only)}`);
      const reason = t(`memberCards.refusal.${why}`, { status, season: season.label });
      return refuse(t('memberCards.refusedOne', { name: displayName(only), reason }));
    }
    const leftOut = refused['no-number'] + refused['not-covered'];
    const { value } = organisation.read;
    const [first] = holders;
    await run(
      async () => {
        const result = await printMemberCards(platform, {
          people: holders,
          organisation: value,
          season,
          perPage: 10,
          t,
          fileName: holders.length === 1 && first ? memberCardFileName(first) : undefined,
        });
        if (result.saved) {
          await appendAudit(
            db,
            { ...context, userName: user.name },
            { action: 'export', collection: 'people', detail: `cartes:${holders.length}` },
          );
        }
        return result;
      },
      {
        success: (result) => {
          if (!result.saved) return undefined;
          const saved = result.path
            ? t('people.person.cardSavedTo', { path: result.path })
            : t('memberCards.printed', { count: holders.length, season: season.label });
          const notes = [
            leftOut > 0 ? t('memberCards.leftOut', { count: leftOut, season: season.label }) : '',
            capped ? t('memberCards.capped') : '',
          ];
          return [saved, ...notes].filter(Boolean).join(' ');
        },
        // The desktop bridge's refusals (a bad file name, a failed write) come as message keys.
        failure: (message, error) =>
          error instanceof BridgeError ? translateError(t, error.messageKey) : message,
      },
    );
  };

  return (
    <Button variant="default" onClick={() => void print()} loading={busy} disabled={!anyNumber}>
      {label}
    </Button>
  );
}
