import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayName } from '@shared/members/person';
import { formatFrenchDate } from '@shared/dates/parse-date';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * « Émettre le reçu n° 2026-A-0002 ? »: what is about to be issued — the gift or the fee, its
 * donor and amount, or a year's count, numbers and total — before a legal, gapless number is
 * given. Entrée issues (the button has the focus), Échap or « Retour » leaves everything as it was.
 */
export function IssueConfirmModal({ actions }: { actions: ReturnType<typeof useReceiptActions> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { question, answer } = actions;
  const plan = question?.plan;
  const donor = plan?.donor ? displayName(plan.donor) : '';
  const amount = plan ? money(plan.total) : '';
  const annual = question?.kind === 'annual';

  return (
    <Modal
      opened={question !== null}
      onClose={() => answer(false)}
      title={
        !question || !plan
          ? ''
          : question.kind === 'annual'
            ? t('donations.confirm.titleAnnual', { year: question.year })
            : t('donations.confirm.titleOne', { number: plan.first })
      }
      size="lg"
    >
      {question && plan ? (
        <Stack gap="sm">
          <Text>
            {question.kind === 'gift'
              ? t('donations.confirm.gift', { donor, date: formatFrenchDate(question.date), amount })
              : question.kind === 'fee'
                ? t('donations.confirm.fee', { donor, tariff: question.tariff, amount })
                : t('donations.confirm.annual', {
                    count: plan.receipts,
                    year: question.year,
                    first: plan.first,
                    last: plan.last,
                    amount,
                  })}
          </Text>
          <Text size="sm">
            {t('donations.confirm.final')}{' '}
            {annual ? t('donations.confirm.afterAnnual') : t('donations.confirm.afterOne')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={() => answer(false)}>
              {t('donations.confirm.back')}
            </Button>
            <Button size="md" data-autofocus onClick={() => answer(true)}>
              {annual
                ? t('donations.confirm.issueAnnual', { count: plan.receipts })
                : t('donations.confirm.issueOne', { number: plan.first })}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
