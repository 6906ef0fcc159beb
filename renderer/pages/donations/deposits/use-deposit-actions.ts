import { useTranslation } from 'react-i18next';
import type { ReceivedCheque } from '@shared/deposits/cheques';
import type { DepositDocument } from '@shared/deposits/deposit';
import { formatMoney } from '@shared/format/intl';
import { BridgeError } from '@shared/ipc/contract';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { DepositRuleError, markDeposited, prepareDeposit, undoDeposit } from '@renderer/data/deposits/write';
import { useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { printDepositSlip } from '@renderer/pdf/deposit-slip';
import { usePlatform } from '@renderer/platform/context';

export interface SlipForm {
  date: string;
  account: string;
  /** In cents. */
  cash: number;
}

/**
 * What the treasurer does with deposit slips: prepare one from the cheques ticked (its PDF saved
 * at once, to print and take to the bank), print it again, mark it deposited, undo one not yet
 * deposited. Each says what went wrong in French, a slip's rule in its own words.
 */
export function useDepositActions() {
  const { t } = useTranslation();
  const { db, device } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const platform = usePlatform();
  const locale = localeOf(useLanguage().language);
  const organisation = useSetting('organisation');
  const association = organisation.read.state === 'ok' ? organisation.read.value.name : '';
  const { busy, run } = useWrite();

  const failure = (message: string, error: unknown) => {
    if (error instanceof DepositRuleError) {
      const key = `permissions.${error.key}` as 'permissions.deposits.unknown';
      return t(key, { ...error.values, defaultValue: '' }) || message;
    }
    if (error instanceof BridgeError) return translateError(t, error.messageKey);
    return message;
  };
  const print = (slip: DepositDocument) => printDepositSlip(platform, t, slip, association, locale);

  const prepare = (cheques: readonly ReceivedCheque[], form: SlipForm) =>
    run(
      async () => {
        const slip = await prepareDeposit(db, context, {
          ...form,
          cheques,
          preparedByName: user.name,
          series: device.series,
        });
        await print(slip);
        return slip;
      },
      {
        success: (slip) =>
          t('deposits.prepare.done', {
            number: slip.number,
            count: slip.count,
            total: formatMoney(slip.total, locale),
          }),
        failure,
      },
    );

  const reprint = (slip: DepositDocument) =>
    run(() => print(slip), { success: () => t('deposits.slips.printed', { number: slip.number }), failure });

  const mark = (slip: DepositDocument, on: string) =>
    run(() => markDeposited(db, context, slip.id, on), {
      success: () => t('deposits.slips.marked', { number: slip.number }),
      failure,
    });

  const undo = (slip: DepositDocument) =>
    run(() => undoDeposit(db, slip.id), {
      success: () => t('deposits.slips.undone', { number: slip.number }),
      failure,
    });

  return { busy, prepare, reprint, mark, undo, locale };
}
