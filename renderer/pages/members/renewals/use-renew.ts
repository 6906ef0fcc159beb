import { useTranslation } from 'react-i18next';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import { renewalDraft } from '@shared/members/renewal';
import type { RenewalCampaign } from '@renderer/pages/members/renewals/use-renewal-campaign';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import { takeMemberships } from '@renderer/data/members/write';

/** Renews the chosen memberships in the campaign's new season; `renew` tells whether it did. */
export function useRenew(campaign: RenewalCampaign, chosen: readonly MembershipDocument[]) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const { newSeason, newTariff } = campaign;

  const renew = async (method: PaymentMethod, paidOn: string): Promise<boolean> => {
    if (!newSeason) return false;
    const renewed = await run(
      () =>
        takeMemberships(
          db,
          context,
          chosen.map((membership) => {
            const tariff = newTariff(membership);
            if (!tariff) throw new Error('unreachable: filtered above');
            return renewalDraft(membership, newSeason.id, tariff, { method, paidOn, receivedBy: user.id });
          }),
        ),
      { success: () => t('people.renewals.renewed', { count: chosen.length }) },
    );
    return renewed !== undefined;
  };
  return { busy, renew };
}
