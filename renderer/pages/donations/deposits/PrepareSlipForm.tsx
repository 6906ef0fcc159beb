import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import type { Cents } from '@shared/money/cents';
import { formatMoney } from '@shared/format/intl';
import { parseAmount } from '@shared/money/parse-amount';
import { DateField } from '@renderer/components/DateField';
import { translateError } from '@renderer/components/translate-error';
import type { SlipForm } from '@renderer/pages/donations/deposits/use-deposit-actions';

/**
 * The slip's date, the account credited (the last slip's, to start with) and any cash, under the
 * cheques ticked; Entrée in a field or the button prepares it. It stays at the bottom of the
 * window while the list scrolls (a hundred cheques pending is a long list): the count and total
 * ticked are always in sight, and Alt+B brings the keyboard to its first field from any box.
 */
export function PrepareSlipForm({
  count,
  total,
  lastAccount,
  busy,
  locale,
  onPrepare,
}: {
  count: number;
  total: Cents;
  lastAccount: string;
  busy: boolean;
  locale: string;
  onPrepare: (form: SlipForm) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => localToday(new Date()));
  const [account, setAccount] = useState(lastAccount);
  const [cashText, setCashText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useHotkeys([['alt+B', () => form.current?.querySelector('input')?.focus()]], []);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const cash = cashText.trim() === '' ? { ok: true as const, cents: 0 } : parseAmount(cashText);
    if (!cash.ok) return setError(translateError(t, cash.error));
    if (count === 0 && cash.cents === 0) return setError(t('deposits.prepare.nothing'));
    setError(null);
    await onPrepare({ date, account, cash: cash.cents });
    setCashText('');
  };
  return (
    <Paper
      ref={form}
      component="form"
      onSubmit={(event: React.FormEvent) => void submit(event)}
      noValidate
      aria-label={t('deposits.prepare.region')}
      aria-keyshortcuts="Alt+B"
      withBorder
      shadow="sm"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 2 }}
    >
      <Group align="flex-end" gap="md">
        <DateField label={t('deposits.prepare.date')} value={date} onChange={setDate} w={170} />
        <TextInput
          label={t('deposits.prepare.account')}
          placeholder={t('deposits.prepare.accountHint')}
          value={account}
          maxLength={120}
          onChange={(event) => setAccount(event.currentTarget.value)}
          w={300}
        />
        <TextInput
          label={t('deposits.prepare.cash')}
          value={cashText}
          onChange={(event) => setCashText(event.currentTarget.value)}
          w={180}
        />
        <Button type="submit" size="md" loading={busy}>
          {t('deposits.prepare.submit')}
        </Button>
      </Group>
      <Text size="sm" mt="xs" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
        {error ?? t('deposits.toDeposit.selected', { count, total: formatMoney(total, locale) })}
      </Text>
    </Paper>
  );
}
