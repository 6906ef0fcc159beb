import { donationChange, donationReceiptRef, feeChange } from '@shared/donations/donation-rules';
import type { RelatedReader } from '@shared/donations/donation-rules';
import { receiptChange, resolveReceiptConflict } from '@shared/receipts/receipt-rules';
import { mergeAttendance } from '@shared/events/attendance-merge';
import { resolveSheetConflict, sheetChange } from '@shared/events/sheet-rules';
import { auditEntryChange, auditEntryRelated } from '@shared/audit/erasure';
import { personChange, resolvePersonConflict } from '@shared/members/erasure';
import { depositChange, slipChequeKeys } from '@shared/deposits/deposit-rules';
import { cashCountsOf, eventChange, uniteCashCounts } from '@shared/events/cash-count';
import { lostValues, mergeDocuments } from '@shared/sync/merge';
import type { MergeResult } from '@shared/sync/merge';

type Plain = Readonly<Record<string, unknown>>;

export type ChangeDecision = { allowed: true } | { allowed: false; reason: string };

export type { RelatedReader };

/** The field holding a collection's unique key, as a 409 names it. */
export const UNIQUE_KEY_FIELDS: Readonly<Record<string, string>> = {
  receipts: 'number',
  people: 'memberNumber',
};

/** A document of another collection a rule reads to decide. */
export interface RelatedRef {
  collection: string;
  id: string;
}

/**
 * What a collection's documents must respect beyond their schema, declared once for everyone
 * who writes them (DESIGN.md, Sync): the data layer on local writes, the server in its push
 * transaction, the sync client when it resolves a conflict.
 */
export interface SyncRules {
  /**
   * May `next` replace `stored`? `reason` is an i18n key under `permissions.`. `read` gives the
   * documents `related` names, as the writer holds them at that moment (the server: inside the
   * push transaction).
   */
  change?(stored: Plain, next: Plain, read: RelatedReader): ChangeDecision;
  /** The documents of other collections `change` reads for a stored document (a donation's receipt). */
  related?(stored: Plain): RelatedRef[];
  /**
   * A value no two documents may share in one association (the server keeps it taken for good,
   * so a cancelled receipt's number is never given again), or null.
   */
  uniqueKey?(document: Plain): string | null;
  /**
   * May `document` take a key `holderId` holds? A merged person's survivor takes the absorbed
   * record's member number: the same person, the same card.
   */
  keyMayPass?(document: Plain, holderId: string): boolean;
  /**
   * Values a document holds while it is not deleted, which no other document of the collection
   * may hold at the same time (a cheque is on one slip that is not undone). Unlike `uniqueKey`,
   * a deleted document gives them back. The server checks a document that comes to life (new,
   * or redone from deleted) against the collection's other live documents in its push
   * transaction; devices check what they hold.
   */
  heldKeys?(document: Plain): string[];
  /**
   * Resolves a conflict instead of the field-by-field three-way merge; `base` is what the device
   * thought the server had, when it knows. `null`: this conflict is for the usual merge.
   */
  resolveConflict?(ours: Plain, theirs: Plain, base?: Plain): MergeResult<Plain> | null;
  /**
   * Fields only the server fills when it sends a document (`recordedDevice`: the enrolled device
   * that pushed it, from its own records). A push carrying one is refused; a client asks for them
   * (`recorded=1` on the pull), so that an older client, whose schema lacks them, never sees them.
   */
  serverFields?: readonly 'recordedDevice'[];
}

export const SYNC_RULES: Readonly<Record<string, SyncRules>> = {
  // The doors' cash counts are kept as saved; two devices' counts unite (the rest merges as usual).
  events: {
    change: eventChange,
    resolveConflict: (ours, theirs, base) => {
      const merged = mergeDocuments({ base, ours, theirs });
      return {
        document: {
          ...merged.document,
          cashCounts: uniteCashCounts(cashCountsOf(theirs), cashCountsOf(ours)),
        },
        lost: merged.lost.filter((value) => value.field !== 'cashCounts'),
      };
    },
  },
  // Two doors met the same person: present with the earliest check-in, no money lost.
  attendance: { resolveConflict: mergeAttendance },
  // A closed event's sheet is written once, then only amended; two devices' amendments unite.
  sheets: { change: sheetChange, resolveConflict: resolveSheetConflict },
  // An issued receipt is only ever cancelled; its number is used once per association; in a
  // conflict a whole version stands, since a merged receipt could be one the server refuses.
  receipts: {
    change: receiptChange,
    uniqueKey: (document) => (typeof document.number === 'string' ? document.number : null),
    resolveConflict: (ours, theirs) => {
      const document = resolveReceiptConflict(ours, theirs);
      return { document, lost: document === ours ? [] : lostValues(ours, theirs) };
    },
  },
  // The journal shows the device the server saw push an entry, not the one the entry names. An
  // entry is never changed, except by a person's erasure: its values become a marker, exactly.
  audit: { serverFields: ['recordedDevice'], change: auditEntryChange, related: auditEntryRelated },
  // A member number is printed on a card and encoded in its QR code: one person per number in
  // the association (series keep devices apart; a restored or standalone device may collide).
  people: {
    uniqueKey: (document) =>
      typeof document.memberNumber === 'string' && document.memberNumber !== ''
        ? document.memberNumber
        : null,
    keyMayPass: (document, holderId) =>
      Array.isArray(document.mergedIds) && document.mergedIds.includes(holderId),
    // An erased person stays erased (RGPD): an offline edit or an old backup cannot bring them back.
    change: personChange,
    resolveConflict: resolvePersonConflict,
  },
  // A receipted donation is locked while its receipt is issued: the receipt is read to know.
  donations: {
    change: donationChange,
    related: (stored) => {
      const ref = donationReceiptRef(stored);
      return ref ? [ref] : [];
    },
  },
  // A slip handed to the bank never changes; a prepared one is marked deposited or undone whole.
  // Two devices offline may each put the same cheque on a slip: the second to push is refused.
  deposits: { change: (stored, next) => depositChange(stored, next), heldKeys: slipChequeKeys },
  // A fee receipted as a gift (tariff without counterpart) is locked the same way.
  memberships: {
    change: feeChange,
    related: (stored) => {
      const ref = donationReceiptRef(stored);
      return ref ? [ref] : [];
    },
  },
};

export function syncRulesFor(collection: string): SyncRules {
  return Object.hasOwn(SYNC_RULES, collection) ? (SYNC_RULES[collection] ?? {}) : {};
}
