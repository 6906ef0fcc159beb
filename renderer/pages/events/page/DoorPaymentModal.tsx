import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZodError } from 'zod';
import type { AttendanceDocument } from '@shared/events/attendance';
import { DOOR_PAYMENT_REASON_MAX } from '@shared/events/door-payment-correction';
import { doorPaid, doorPaymentLines } from '@shared/events/door-payment-lines';
import { formatMoney } from '@shared/format/intl';
import type { PaymentMethod } from '@shared/members/membership';
import { PAYMENT_METHODS } from '@shared/members/membership';
import { parseAmount } from '@shared/money/parse-amount';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { correctDoorPayment } from '@renderer/data/events/write';
import { describeDoorPayments } from '@renderer/pages/events/page/payment-lines';

type Errors = Partial<Record<'amount' | 'method' | 'reason', string>>;

/**
 * « Corriger le paiement à l'entrée » (issue 15, item 4): the office sets what was really paid;
 * lowering it asks for the reason, kept on the record's notes and in the journal.
 */
export function DoorPaymentModal({
  record,
  name,
  locale,
  onClose,
}: {
  record: AttendanceDocument;
  name: string;
  locale: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const paid = { amount: doorPaid(record), method: record.doorPayment.method };
  const lines = doorPaymentLines(record);
  const [amount, setAmount] = useState(formatMoney(paid.amount, locale).replace(/\s*€$/, ''));
  const [method, setMethod] = useState<PaymentMethod | ''>(paid.method);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const save = async () => {
    const parsed = parseAmount(amount);
    if (!parsed.ok) {
      setErrors({ amount: translateError(t, parsed.error) });
      return;
    }
    const input = { amount: parsed.cents, method: parsed.cents > 0 ? method : ('' as const), reason };
    const done = await run(() => correctDoorPayment(db, context, record.id, input), {
      success: () => t('doorPayment.done'),
      failure: (message, error) => {
        if (!(error instanceof ZodError)) return message;
        const found: Errors = {};
        for (const issue of error.issues) {
          const field = issue.path[0] as keyof Errors;
          found[field] ??= translateError(t, issue.message);
        }
        setErrors(found);
        return null;
      },
    });
    if (done) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('doorPayment.title')} centered size={520}>
      <Stack>
        <Text>{t('doorPayment.intro', { name, amount: formatMoney(paid.amount, locale) })}</Text>
        {lines.length > 1 ? (
          <Text size="sm">
            {t('doorPayment.several', {
              count: lines.length,
              lines: describeDoorPayments(t, lines, locale),
            })}
          </Text>
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label={t('doorPayment.amount')}
            description={t('doorPayment.amountHint')}
            size="md"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={errors.amount}
            data-autofocus
          />
          <Select
            label={t('doorPayment.method')}
            size="md"
            data={PAYMENT_METHODS.map((value) => ({ value, label: t(`people.membership.methods.${value}`) }))}
            value={method || null}
            onChange={(value) => setMethod((value as PaymentMethod | null) ?? '')}
            error={errors.method}
          />
        </Group>
        <Textarea
          label={t('doorPayment.reason')}
          description={t('doorPayment.reasonHint')}
          size="md"
          autosize
          minRows={2}
          maxLength={DOOR_PAYMENT_REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t('doorPayment.cancel')}
          </Button>
          <Button size="md" loading={busy} onClick={() => void save()}>
            {t('doorPayment.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
