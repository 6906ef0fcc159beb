import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { ChequeNames, ReceivedCheque } from '@shared/deposits/cheques';
import { donationCheques, doorCheques, membershipCheques } from '@shared/deposits/cheques';
import type { DepositDocument } from '@shared/deposits/deposit';
import { chequesToDeposit, slipClashes } from '@shared/deposits/deposit-rules';
import type { SlipClash } from '@shared/deposits/deposit-rules';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { SheetDocument } from '@shared/events/sheet';
import { displayName } from '@shared/members/person';
import { useData, useDirectory } from '@renderer/data/context';
import { useDonations } from '@renderer/data/donations/read';
import { useEvents } from '@renderer/data/events/read';
import { useLive } from '@renderer/data/use-live';

/** Every deposit slip, the latest first. */
export function useDeposits(): { loading: boolean; deposits: DepositDocument[] } {
  const query = useMemo<MangoQuery<DepositDocument>>(() => ({ selector: {}, sort: [{ date: 'desc' }] }), []);
  const { loading, results } = useLive<DepositDocument>('deposits', query);
  return { loading, deposits: results };
}

/**
 * The cheques this device holds on two slips at once: a slip made here while offline that the
 * server refused, since another device had put the same cheque on a slip first (see `slipClashes`).
 */
export function useSlipClashes(): SlipClash[] {
  const { device } = useData();
  const { deposits } = useDeposits();
  return useMemo(() => slipClashes(deposits, device.deviceId), [deposits, device.deviceId]);
}

/** Attendance records holding a cheque taken at the door: as first payment, or as another one. */
export const DOOR_CHEQUES_SELECTOR: MangoQuery<AttendanceDocument>['selector'] = {
  $or: [{ 'doorPayment.method': 'cheque' }, { otherDoorPayments: { $elemMatch: { method: 'cheque' } } }],
};

/**
 * The cheques received — gifts, cotisations, entry fees at the door of an open or a closed event —
 * that no slip lists yet, oldest first, each with its payer's name and where it came from.
 */
export function useChequesToDeposit(): { loading: boolean; cheques: ReceivedCheque[] } {
  const directory = useDirectory();
  const donations = useDonations();
  const { loading: eventsLoading, events } = useEvents();
  const { loading: slipsLoading, deposits } = useDeposits();
  const doorQuery = useMemo<MangoQuery<AttendanceDocument>>(() => ({ selector: DOOR_CHEQUES_SELECTOR }), []);
  const door = useLive<AttendanceDocument>('attendance', doorQuery);
  const sheetsQuery = useMemo<MangoQuery<SheetDocument>>(() => ({ selector: {} }), []);
  const sheets = useLive<SheetDocument>('sheets', sheetsQuery);
  const cheques = useMemo(() => {
    const byEvent = new Map<string, (typeof events)[number]>(events.map((event) => [event.id, event]));
    const names: ChequeNames = {
      person: (id) => {
        const person = directory.people.get(id);
        return person ? displayName(person) : '?';
      },
      holder: (fee) => {
        if (fee.holderKind === 'household') return directory.households.get(fee.holderId)?.name ?? '?';
        const person = directory.people.get(fee.holderId);
        return person ? displayName(person) : '?';
      },
      event: (id) => byEvent.get(id)?.title ?? '',
      eventDate: (id) => byEvent.get(id)?.startsOn ?? '',
    };
    const received = [
      ...donationCheques(donations.donations, names),
      ...membershipCheques([...directory.memberships.values()], names),
      ...doorCheques(door.results, sheets.results, names).filter((cheque) => cheque.receivedOn !== ''),
    ];
    return chequesToDeposit(received, deposits);
  }, [directory, donations.donations, events, door.results, sheets.results, deposits]);
  const loading = donations.loading || eventsLoading || slipsLoading || door.loading || sheets.loading;
  return { loading, cheques };
}
