import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoorMethod, DoorPayment } from '@shared/events/door-payment';
import { DOOR_METHODS, doorPaymentInputSchema } from '@shared/events/door-payment';
import type { Cents } from '@shared/money/cents';
import { parseAmount } from '@shared/money/parse-amount';
import { translateError } from '@renderer/components/translate-error';

/** « 5,50 »: cents as the field shows them, the French way, without the euro sign. */
const typed = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/**
 * The amount (filled in with the price, typed the French way: « 5,50 ») and one big button per
 * way of paying at the door: a tap on Espèces or Carte pays; Chèque asks for its number first.
 * From the keyboard, Entrée in the amount goes to Espèces, and Entrée there pays.
 */
export function PaymentMethods({
  name,
  price,
  busy,
  onPay,
  focusFirst = false,
}: {
  /** Says what the buttons pay for, for screen readers and tests: « Entrée », « Adhésion ». */
  name: string;
  price: number;
  busy: boolean;
  onPay: (payment: DoorPayment) => void;
  /**
   * The dialog opens in the amount, its price selected (typed over, or Tab to the methods): on a
   * PC at the door, where the focus otherwise fell on the close button. Not on a touch screen,
   * where a focused field would open the keyboard over the buttons.
   */
  focusFirst?: boolean;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(() => typed(price));
  const [cheque, setCheque] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ amount?: string; chequeNumber?: string }>({});
  const methods = useRef<HTMLDivElement>(null);

  const pay = (method: DoorMethod, chequeNumber = '') => {
    const parsed = parseAmount(amount);
    const input = { amount: parsed.ok ? parsed.cents : (0 as Cents), method, chequeNumber };
    const result = doorPaymentInputSchema.safeParse(input);
    if (!parsed.ok || !result.success) {
      const issue = (path: string) => result.error?.issues.find((i) => i.path.join('.') === path)?.message;
      setErrors({
        amount: parsed.ok
          ? issue('amount') && translateError(t, issue('amount'))
          : translateError(t, parsed.error),
        chequeNumber: issue('chequeNumber') && translateError(t, issue('chequeNumber')),
      });
      return;
    }
    setErrors({});
    onPay(result.data);
  };

  return (
    <Stack gap="sm">
      <TextInput
        size="lg"
        label={t('entrance.pay.amount', { what: name })}
        value={amount}
        error={errors.amount}
        inputMode="decimal"
        rightSection="€"
        data-autofocus={focusFirst || undefined}
        description={focusFirst ? t('entrance.pay.amountKeys') : undefined}
        onFocus={(input) => input.currentTarget.select()}
        onKeyDown={(key) => {
          // Entrée goes on to the ways of paying (Espèces first): a second Entrée pays, never the first.
          if (key.key !== 'Enter') return;
          key.preventDefault();
          methods.current?.querySelector('button')?.focus();
        }}
        onChange={(input) => setAmount(input.currentTarget.value)}
      />
      {/* Side by side, three buttons cut their words on a phone (« Es », « Ch »): one a line there. */}
      <SimpleGrid ref={methods} cols={{ base: 1, xs: 3 }} spacing="sm">
        {DOOR_METHODS.map((method) => (
          <Button
            key={method}
            size="xl"
            variant={cheque !== null && method === 'cheque' ? 'filled' : 'light'}
            disabled={busy}
            aria-label={t('entrance.pay.by', {
              what: name,
              method: t(`people.membership.methods.${method}`),
            })}
            onClick={() => (method === 'cheque' ? setCheque(cheque ?? '') : pay(method))}
          >
            {t(`people.membership.methods.${method}`)}
          </Button>
        ))}
      </SimpleGrid>
      {cheque !== null ? (
        <Group align="flex-end">
          <TextInput
            size="lg"
            style={{ flex: 1 }}
            label={t('people.membership.chequeNumber')}
            value={cheque}
            error={errors.chequeNumber}
            data-autofocus
            autoFocus
            onChange={(input) => setCheque(input.currentTarget.value)}
            onKeyDown={(key) => {
              if (key.key === 'Enter') pay('cheque', cheque.trim());
            }}
          />
          <Button size="lg" disabled={busy} onClick={() => pay('cheque', cheque.trim())}>
            {t('entrance.pay.chequeOk')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
