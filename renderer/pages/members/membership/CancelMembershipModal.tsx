import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { localToday } from '@shared/dates/parse-date';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MembershipDocument } from '@shared/members/membership';
import { toCents } from '@shared/money/cents';
import { issuesByPath, translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { cancelMembershipWithReason, MembershipChangeError } from '@renderer/data/members/memberships';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Cancels a fee today, with the reason the history will show (a bounced cheque, a refund). */
export function CancelMembershipModal({
  membership,
  onClose,
}: {
  membership: MembershipDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const cancel = async (event: FormEvent) => {
    event.preventDefault();
    const on = localToday(new Date());
    const cancelled = await run(
      () => cancelMembershipWithReason(db, context, membership.id, { on, reason }),
      {
        success: () => t('cotisations.cancelledNotice'),
        failure: (message, failure) => {
          if (failure instanceof MembershipChangeError) return t(`cotisations.errors.${failure.code}`);
          if (!(failure instanceof z.ZodError)) return message;
          // The day is today's: a refusal of it (paid later than today) is said under the reason.
          const byPath = issuesByPath(failure);
          setErrors({ reason: byPath.reason ?? byPath.on ?? byPath.cancelledOn ?? 'errors.common.invalid' });
          return null;
        },
      },
    );
    if (cancelled) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('cotisations.cancelTitle')}>
      <form onSubmit={(event) => void cancel(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('cotisations.cancelIntro', {
              tariff: membership.tariffLabel,
              amount: formatMoney(toCents(membership.amount), locale),
              date: formatDate(membership.paidOn, locale),
            })}
          </Text>
          <TextInput
            label={t('cotisations.cancelReason')}
            description={t('cotisations.cancelReasonHint')}
            withAsterisk
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason ? translateError(t, errors.reason) : undefined}
            maxLength={200}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cotisations.cancelKeep')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('cotisations.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
