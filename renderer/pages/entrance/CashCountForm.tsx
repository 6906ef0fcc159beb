import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chequesTotal, countDifference } from '@shared/events/cash-count';
import type { DoorTakings } from '@shared/events/door-payment';
import { parseAmount } from '@shared/money/parse-amount';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { saveCashCount } from '@renderer/data/events/write';
import type { EventId } from '@shared/ids';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * The count itself: the espèces typed the French way (123,50), the difference with what the
 * door recorded as it is typed, the card total, and the cheques the till should hold, one by one.
 */
export function CashCountForm({
  eventId,
  door,
  takings,
  onDone,
}: {
  eventId: EventId;
  door: string;
  takings: DoorTakings;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const field = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const parsed = parseAmount(typed);
  const recorded = takings.byMethod.especes;
  const difference = parsed.ok ? countDifference({ recorded, counted: parsed.cents }) : undefined;
  const chequesLine = t('cashCount.cheques', {
    count: takings.cheques.length,
    total: money(chequesTotal(takings)),
  });

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (!parsed.ok) {
      setError(t('cashCount.countedRequired'));
      // Back to the field: the volunteer types the amount at once.
      field.current?.focus();
      return;
    }
    const saved = await run(
      () => saveCashCount(db, context, eventId, { door, takings, counted: parsed.cents }),
      { success: () => t('cashCount.saved') },
    );
    if (saved) onDone();
  };

  return (
    <form onSubmit={(formEvent) => void submit(formEvent)} noValidate>
      <Stack gap="sm">
        <Text>{t('cashCount.hint')}</Text>
        <Text fw={600}>{t('cashCount.recorded', { amount: money(recorded) })}</Text>
        <TextInput
          ref={field}
          size="xl"
          label={t('cashCount.counted')}
          inputMode="decimal"
          autoComplete="off"
          data-autofocus
          value={typed}
          error={error}
          onChange={(input) => {
            setTyped(input.currentTarget.value);
            setError(null);
          }}
        />
        {difference !== undefined ? (
          <Text size="lg" fw={700} c={difference === 0 ? 'green' : 'orange'} data-testid="cash-difference">
            {difference === 0
              ? t('cashCount.even')
              : t(difference > 0 ? 'cashCount.over' : 'cashCount.under', {
                  amount: money(Math.abs(difference)),
                })}
          </Text>
        ) : null}
        <Text>{t('cashCount.card', { amount: money(takings.byMethod.carte) })}</Text>
        <Text>{chequesLine}</Text>
        {takings.cheques.length > 0 ? (
          <Stack gap={0} component="ul" data-testid="counted-cheques">
            {takings.cheques.map((cheque, index) => (
              <Text component="li" key={`${cheque.number}-${index}`} ml="md">
                {t('cashCount.cheque', { number: cheque.number, amount: money(cheque.amount) })}
              </Text>
            ))}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button size="lg" variant="default" onClick={onDone}>
            {t('cashCount.cancel')}
          </Button>
          <Button size="lg" type="submit" loading={busy}>
            {t('cashCount.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
