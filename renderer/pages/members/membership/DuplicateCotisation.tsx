import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MembershipDocument } from '@shared/members/membership';
import { holderName } from '@shared/members/membership-holder';
import { toCents } from '@shared/money/cents';
import { useDirectory } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { ConfirmAlert } from '@renderer/pages/members/membership/ConfirmAlert';

/**
 * « Deuxième cotisation ? »: the fees of the season already recorded for whom this one would
 * cover, and the choice to record one more. `covers` when some are another tariff or the
 * household's (or a member's): the question then says who is already up to date.
 */
export function DuplicateCotisation({
  same,
  covers,
  holder,
  busy,
  onConfirm,
  onDismiss,
}: {
  same: readonly MembershipDocument[];
  covers: boolean;
  /** Who the new fee is for: a person (by name) or their household. */
  holder: { kind: 'person'; name: string } | { kind: 'household' };
  busy: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const directory = useDirectory();
  const seasons = useSeasons();
  return (
    <ConfirmAlert
      title={t('cotisations.duplicate.title')}
      keepLabel={t('cotisations.duplicate.dismiss')}
      confirmLabel={t('cotisations.duplicate.confirm')}
      onKeep={onDismiss}
      onConfirm={onConfirm}
      busy={busy}
    >
      {same.map((membership) => (
        <Text size="sm" key={membership.id}>
          {t('cotisations.duplicate.body', {
            holder: holderName(membership, directory),
            tariff: membership.tariffLabel,
            season: seasons.find((s) => s.id === membership.seasonId)?.label ?? membership.seasonId,
            amount: formatMoney(toCents(membership.amount), locale),
            date: formatDate(membership.paidOn, locale),
          })}
        </Text>
      ))}
      <Text size="sm" fw={600}>
        {!covers
          ? t('cotisations.duplicate.question')
          : holder.kind === 'person'
            ? t('cotisations.duplicate.coveredPerson', { name: holder.name })
            : t('cotisations.duplicate.coveredHousehold')}
      </Text>
    </ConfirmAlert>
  );
}
