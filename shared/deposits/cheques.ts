import { BANK_MAX_LENGTH } from '@shared/deposits/deposit';
import type { DepositCheque } from '@shared/deposits/deposit';
import type { DonationDocument } from '@shared/donations/donation';
import { doorPaymentLines } from '@shared/events/door-payment-lines';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { SheetDocument } from '@shared/events/sheet';
import { effectiveRows } from '@shared/events/sheet-fold';
import type { MembershipDocument } from '@shared/members/membership';

/**
 * The cheques the association received and may take to the bank: gifts, cotisations (office or
 * door) and entry fees paid at the door — each once, under a key that stays the same for as long
 * as the cheque exists. A cotisation taken at the door is a cotisation document (the attendance
 * record keeps a copy for the door's cash count): it is listed once, as a cotisation.
 */
export type ReceivedCheque = Omit<DepositCheque, 'origin'> & {
  origin: string;
  /** The document it was read from, to open it. */
  sourceId: string;
};

export function chequeKey(source: 'donation' | 'membership', id: string): string;
export function chequeKey(source: 'door', eventId: string, personId: string): string;
export function chequeKey(source: DepositCheque['source'], id: string, personId = ''): string {
  return source === 'door' ? `door:${id}:${personId}` : `${source}:${id}`;
}

/** Names what the cheques were for (payer, event title…), as the screen knows them. */
export interface ChequeNames {
  person: (id: string) => string;
  /** A cotisation's holder (a person or a household). */
  holder: (membership: MembershipDocument) => string;
  event: (id: string) => string;
  /** The day an event took place: a cheque at its door was received that day. */
  eventDate: (id: string) => string;
}

export function donationCheques(
  donations: readonly DonationDocument[],
  names: ChequeNames,
): ReceivedCheque[] {
  return donations
    .filter((donation) => donation.method === 'cheque')
    .map((donation) => ({
      key: chequeKey('donation', donation.id),
      source: 'donation',
      sourceId: donation.id,
      payer: names.person(donation.donorId),
      bank: donation.bank,
      number: donation.chequeNumber,
      amount: donation.amount,
      receivedOn: donation.receivedOn,
      origin: donation.campaign,
    }));
}

/** Cheque cotisations not cancelled (a bounced or refunded cheque is not taken to the bank). */
export function membershipCheques(
  memberships: readonly MembershipDocument[],
  names: ChequeNames,
): ReceivedCheque[] {
  return memberships
    .filter((fee) => fee.paymentMethod === 'cheque' && fee.cancelledOn === '' && fee.amount > 0)
    .map((fee) => ({
      key: chequeKey('membership', fee.id),
      source: 'membership',
      sourceId: fee.id,
      payer: names.holder(fee),
      bank: '',
      number: fee.chequeNumber,
      amount: fee.amount,
      receivedOn: fee.paidOn,
      origin: fee.tariffLabel,
    }));
}

type DoorLine = Pick<AttendanceDocument, 'personId' | 'doorPayment'> &
  Partial<Pick<AttendanceDocument, 'otherDoorPayments'>>;

/**
 * Entry fees paid by cheque at the door: open events' records and closed events' sheets, one per
 * cheque (a person may have paid twice, or at two doors). A cheque recorded before payments
 * carried their time keeps the person's key; a later one is told apart by when it was taken.
 */
export function doorCheques(
  attendance: readonly AttendanceDocument[],
  sheets: readonly SheetDocument[],
  names: ChequeNames,
): ReceivedCheque[] {
  const lines = new Map<string, { eventId: string; sourceId: string; line: DoorLine }>();
  for (const record of attendance)
    lines.set(chequeKey('door', record.eventId, record.personId), {
      eventId: record.eventId,
      sourceId: record.id,
      line: record,
    });
  for (const sheet of sheets) {
    // Amendments applied as the sheet reads: a correction replaces the line, a late check-in
    // adds its payments to it.
    for (const row of effectiveRows(sheet).values())
      lines.set(chequeKey('door', sheet.eventId, row.personId), {
        eventId: sheet.eventId,
        sourceId: sheet.id,
        line: row,
      });
  }
  return [...lines.entries()].flatMap(([key, { eventId, sourceId, line }]) =>
    doorPaymentLines(line)
      .filter((payment) => payment.method === 'cheque')
      .map((payment) => ({
        key: payment.at ? `${key}:${payment.at}` : key,
        source: 'door' as const,
        sourceId,
        payer: names.person(line.personId),
        bank: '',
        number: payment.chequeNumber,
        amount: payment.amount,
        receivedOn: names.eventDate(eventId),
        origin: names.event(eventId),
      })),
  );
}

/**
 * The banks the treasurer typed on the slip screen, for the cheques whose record holds none (a
 * cheque taken at the door or for a cotisation: the door does not ask, the slip is where the
 * cheque is in hand). A bank recorded with the gift stays as it was; blanks are trimmed away.
 */
export function withTypedBanks(
  cheques: readonly ReceivedCheque[],
  typed: ReadonlyMap<string, string>,
): ReceivedCheque[] {
  return cheques.map((cheque) => {
    const bank = (typed.get(cheque.key) ?? '').trim().slice(0, BANK_MAX_LENGTH);
    return cheque.bank === '' && bank !== '' ? { ...cheque, bank } : cheque;
  });
}
