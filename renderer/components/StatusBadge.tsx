import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '@shared/members/status';

const COLORS: Record<MembershipStatus, string> = {
  'a-jour': 'green',
  'a-renouveler': 'orange',
  'ancien-membre': 'gray',
  'jamais-adherent': 'blue',
};

export function StatusBadge({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`people.status.${status}`)}
    </Badge>
  );
}
