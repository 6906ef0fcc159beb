import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@shared/members/person';
import type { AuditReading } from '@renderer/components/audit/read-audit';
import type { AuditEntry } from '@shared/audit/audit';
import { useData, useDirectory } from '@renderer/data/context';
import { useDonationTargets, useReceiptNumbers } from '@renderer/data/donations/read';
import { useCheckInTargets, useEvents } from '@renderer/data/events/read';
import { useImportInstants } from '@renderer/data/import/read';
import { useSeasons, useSetting } from '@renderer/data/settings/read';
import { useUsers } from '@renderer/data/users/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Fields that hold a receipt's id (a donation's or a fee's receipt, the receipt a correction replaces). */
const RECEIPT_FIELDS = new Set(['receiptId', 'replaces']);
const IMPORT_FIELDS = new Set(['importId']);

/** The records of `collection` these entries are about. */
const idsOf = (entries: readonly AuditEntry[], collection: string) =>
  entries.filter((entry) => entry.collectionName === collection).map((entry) => entry.documentId);

/** The ids that the changes of these entries hold in one of `fields`, once each, sorted. */
function referencedIds(entries: readonly AuditEntry[], fields: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      if (!fields.has(change.field.split('.').at(-1) ?? '')) continue;
      for (const value of [change.before, change.after])
        if (typeof value === 'string' && value) ids.add(value);
    }
  }
  return [...ids].sort();
}

/**
 * What the journal needs to say an entry in words: the names of what it refers to, today.
 * `entries`: those shown, so that the records they are about or point to are read by id (a
 * check-in's person and event, a donation's donor and date, a receipt's number, an import's date).
 */
export function useAuditReading(entries: readonly AuditEntry[] = []): AuditReading {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const { device } = useData();
  const seasons = useSeasons();
  const { users } = useUsers();
  const customFields = useSetting('custom-fields');
  const { events } = useEvents();
  const checkIns = useCheckInTargets(idsOf(entries, 'attendance'));
  const receiptNumbers = useReceiptNumbers([
    ...referencedIds(entries, RECEIPT_FIELDS),
    ...idsOf(entries, 'receipts'),
  ]);
  const donations = useDonationTargets(idsOf(entries, 'donations'));
  const importInstants = useImportInstants(referencedIds(entries, IMPORT_FIELDS));
  return useMemo(() => {
    const tariffs = new Map<string, string>(
      seasons.flatMap((season) => season.tariffs.map((tariff) => [tariff.id, tariff.label])),
    );
    const seasonLabels = new Map<string, string>(seasons.map((season) => [season.id, season.label]));
    const userNames = new Map<string, string>(users.map((user) => [user.id, user.name]));
    const eventTitles = new Map<string, string>(events.map((event) => [event.id, event.title]));
    const fields = new Map(
      customFields.read.state === 'ok'
        ? customFields.read.value.fields.map((field) => [field.id, field.label])
        : [],
    );
    return {
      t,
      locale: localeOf(language),
      deviceId: device.deviceId,
      names: {
        person: (id) => {
          const person = directory.people.get(id);
          return person ? displayName(person) : undefined;
        },
        household: (id) => directory.households.get(id)?.name,
        season: (id) => seasonLabels.get(id),
        tariff: (id) => tariffs.get(id),
        user: (id) => userNames.get(id),
        customField: (id) => fields.get(id),
        event: (id) => eventTitles.get(id),
        attendance: (id) => checkIns.get(id),
        receipt: (id) => receiptNumbers.get(id),
        donation: (id) => donations.get(id),
        importedAt: (id) => importInstants.get(id),
        membership: (id) => directory.memberships.get(id),
      },
    };
  }, [
    t,
    language,
    directory,
    seasons,
    users,
    customFields.read,
    device.deviceId,
    events,
    checkIns,
    receiptNumbers,
    donations,
    importInstants,
  ]);
}
