import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonationDocument } from '@shared/donations/donation';
import type { MembershipDocument } from '@shared/members/membership';
import { personHolderOf } from '@shared/members/membership';
import { localToday } from '@shared/dates/parse-date';
import { BridgeError } from '@shared/ipc/contract';
import { ReceiptRuleError } from '@shared/receipts/issue';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { notify, notifySuccess } from '@renderer/components/notices';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import type { IssuePlan, IssueRequest, IssueSettings } from '@renderer/data/donations/write';
import {
  cancelReceipt,
  issueAnnualReceipts,
  issueReceipt,
  planAnnualReceipts,
  planIssue,
  replaceReceipt,
} from '@renderer/data/donations/write';
import { useSetting } from '@renderer/data/settings/read';
import type { ReceiptsBatch } from '@renderer/pdf/receipts';
import {
  renderReceiptsBatch,
  saveReceiptPdf,
  saveReceiptsBatchPdf,
  saveReceiptsZip,
} from '@renderer/pdf/receipts';
import { usePlatform } from '@renderer/platform/context';

/**
 * A receipt, or a year's batch, waiting for the treasurer's yes (`IssueConfirmModal`): its number
 * is legal and gapless, and a wrong one can only be cancelled, its number kept in the register.
 */
export type IssueQuestion = { plan: IssuePlan } & (
  { kind: 'gift'; date: string } | { kind: 'fee'; tariff: string } | { kind: 'annual'; year: number }
);

/**
 * What the treasurer does with receipts: issue one for a gift (or a fee without counterpart), the annual ones of a year, reprint
 * (« Duplicata »), cancel with a reason and reissue. An issue is planned (checked, nothing
 * written), then asked (`question`, answered by `answer`), then written; an issued receipt's PDF
 * is saved at once (the original); each write says what went wrong in French, a receipt rule in
 * its own words.
 */
export function useReceiptActions() {
  const { t } = useTranslation();
  const { db, device } = useData();
  const context = useWriteContext();
  const platform = usePlatform();
  const organisation = useSetting('organisation');
  const mayFillOrganisation = usePermission('settings.manage').allowed;
  const { busy, run } = useWrite();
  // Planning is a read with its own failure notices but no busy state: a button disabled while it
  // runs would lose the focus, which the question then could not give back when it closes.
  const planning = useWrite();
  const [question, setQuestion] = useState<IssueQuestion | null>(null);
  const waiting = useRef<(yes: boolean) => void>(undefined);
  const ask = (asked: IssueQuestion) =>
    new Promise<boolean>((resolve) => {
      waiting.current?.(false);
      waiting.current = resolve;
      setQuestion(asked);
    });
  const answer = (yes: boolean) => {
    const resolve = waiting.current;
    waiting.current = undefined;
    setQuestion(null);
    resolve?.(yes);
  };
  const signature = organisation.read.state === 'ok' ? organisation.read.value.signature : '';
  const pdfOptions = signature ? { signatureImage: signature } : {};

  const failure = (message: string, error: unknown) => {
    if (error instanceof ReceiptRuleError) {
      // The rule's key is one of `permissions.receipts.*` (records.fr.ts).
      const key = `permissions.${error.key}` as 'permissions.receipts.unknown';
      return t(key, { ...error.values, defaultValue: '' }) || message;
    }
    if (error instanceof BridgeError) return translateError(t, error.messageKey);
    return message;
  };
  /** The association's block and this device's series, or null (and why) before the settings exist. */
  const settings = (): IssueSettings | null => {
    if (organisation.read.state !== 'ok') {
      // Only an administrator may fill it in: the others are told whom to ask.
      notify(
        'orange',
        mayFillOrganisation
          ? t('donations.receipts.needOrganisation')
          : t('donations.receipts.needOrganisationAsk'),
      );
      return null;
    }
    return { organisation: organisation.read.value, series: device.series, issuedOn: localToday(new Date()) };
  };

  /** Plans, asks, then issues one receipt and saves its PDF; `undefined` when refused or declined. */
  const issueAsked = async (
    ready: IssueSettings,
    request: IssueRequest,
    detail: { kind: 'gift'; date: string } | { kind: 'fee'; tariff: string },
  ) => {
    const plan = await planning.run(() => planIssue(db, ready, request), { failure });
    if (!plan || !(await ask({ ...detail, plan }))) return undefined;
    return run(
      async () => {
        const receipt = await issueReceipt(db, context, ready, request);
        await saveReceiptPdf(platform, receipt, pdfOptions);
        return receipt;
      },
      { success: (receipt) => t('donations.receipts.issued', { number: receipt.number }), failure },
    );
  };

  const issueSingle = (donation: DonationDocument) => {
    const ready = settings();
    if (!ready) return Promise.resolve(undefined);
    const request = { donorId: donation.donorId, scope: 'single' as const, donationIds: [donation.id] };
    return issueAsked(ready, request, { kind: 'gift', date: donation.receivedOn });
  };

  /** A receipt for one membership fee whose tariff gives no counterpart (a gift in law). */
  const issueFee = (fee: MembershipDocument) => {
    const ready = settings();
    // A household's fee opens no receipt (feeReceiptable): its button is not offered.
    const donorId = personHolderOf(fee);
    if (!ready || !donorId) return Promise.resolve(undefined);
    const request = { donorId, scope: 'single' as const, donationIds: [], feeIds: [fee.id] };
    return issueAsked(ready, request, { kind: 'fee', tariff: fee.tariffLabel });
  };

  const issueAnnual = async (year: number, onProgress: (done: number, total: number) => void) => {
    const ready = settings();
    if (!ready) return undefined;
    const plan = await planning.run(() => planAnnualReceipts(db, ready, year), { failure });
    if (plan === undefined) return undefined;
    if (plan === null) {
      notifySuccess(t('donations.annual.none', { year }));
      return [];
    }
    if (!(await ask({ kind: 'annual', year, plan }))) return undefined;
    return run(() => issueAnnualReceipts(db, context, ready, year, onProgress), {
      success: (receipts) =>
        receipts.length === 0
          ? t('donations.annual.none', { year })
          : t('donations.annual.issued', { count: receipts.length, year }),
      failure,
    });
  };

  const saveOne = (receipt: ReceiptDocument, duplicate: boolean) =>
    run(() => saveReceiptPdf(platform, receipt, { ...pdfOptions, duplicate }), {
      success: (result) =>
        result.saved ? t('donations.receipts.saved', { number: receipt.number }) : undefined,
      failure,
    });

  /** Lays the receipts out once (a progress bar: 1,000 take a while), for both kinds of saving. */
  const layOut = (receipts: readonly ReceiptDocument[], onProgress: (done: number, total: number) => void) =>
    run(() => renderReceiptsBatch(receipts, pdfOptions, onProgress), { failure });

  const saveBatch = (batch: ReceiptsBatch, year: number) =>
    run(() => saveReceiptsBatchPdf(platform, batch, `recus-${year}.pdf`), {
      success: (result) =>
        result.saved ? t('donations.annual.printed', { count: batch.receipts.length }) : undefined,
      failure,
    });

  /** One PDF per receipt, all in one ZIP archive (one save, not one per receipt). */
  const saveEach = (batch: ReceiptsBatch, year: number) =>
    run(() => saveReceiptsZip(platform, batch, `recus-${year}.zip`), {
      success: (result) =>
        result.saved ? t('donations.annual.savedEach', { count: batch.receipts.length }) : undefined,
      failure,
    });

  const cancel = (receipt: ReceiptDocument, reason: string, reissue: boolean) => {
    const ready = reissue ? settings() : null;
    if (reissue && !ready) return Promise.resolve(undefined);
    return run(
      async () => {
        if (!ready)
          return { cancelled: await cancelReceipt(db, context, receipt.id, reason), replacement: null };
        const done = await replaceReceipt(db, context, ready, receipt.id, reason);
        await saveReceiptPdf(platform, done.replacement, pdfOptions);
        return done;
      },
      {
        success: ({ cancelled, replacement }) =>
          replacement
            ? t('donations.cancel.replaced', { old: cancelled.number, number: replacement.number })
            : t('donations.cancel.cancelled', { number: cancelled.number }),
        failure,
      },
    );
  };

  return {
    busy,
    question,
    answer,
    issueSingle,
    issueFee,
    issueAnnual,
    reprint: (r: ReceiptDocument) => saveOne(r, true),
    layOut,
    saveBatch,
    saveEach,
    cancel,
  };
}
