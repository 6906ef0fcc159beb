import { useMemo } from 'react';
import { localToday } from '@shared/dates/parse-date';
import { planHelloAssoImport, type ImportPlan, type PlanInput } from '@shared/import/helloasso-plan';
import type { MappingField } from '@shared/import/mapping';
import { planMappedImport } from '@shared/import/mapping-plan';
import { useData, useDirectory, usePermission, useWriteContext } from '@renderer/data/context';
import { useEvents } from '@renderer/data/events/read';
import { useImportTargets, useMappedImportDonations } from '@renderer/data/import/read';
import { useSeasons } from '@renderer/data/settings/read';
import type { ImportFile } from '@renderer/pages/import/read-file';
import { useRetiredMemberNumbers } from '@renderer/data/members/retired-numbers';

/**
 * The dry run of `file` against the database as it is now; recomputed when it changes (by this
 * import, by the sync), so that what the button would write is always what is shown. A ticketing
 * export is planned once to learn its event, whose registrations are then read; `loading` until
 * they (and the donations a payments export names) are.
 */
export function useImportPlan(
  file: ImportFile,
  mapping?: readonly MappingField[],
): { plan: ImportPlan; loading: boolean } {
  const context = useWriteContext();
  const base = useImportBase(file.importId, file.name);
  const references = useMemo(
    () =>
      file.parsed.kind === 'payments'
        ? file.parsed.records.map((record) => record.paymentRef || record.orderRef)
        : [],
    [file],
  );
  const { events, loading: eventsLoading } = useEvents();
  // The event found among Tilleul's; one the import would create (a new id at each plan) has
  // no registration yet, and must not restart the query at each render.
  const eventId = useMemo(() => {
    if (file.parsed.kind !== 'tickets') return undefined;
    const { event } = planHelloAssoImport(file.parsed, { ...base, events });
    return event && !event.created ? event.id : undefined;
  }, [file, base, events]);
  const targets = useImportTargets(eventId, references);
  // An ordinary file (no HelloAsso kind) is read with its column mapping.
  const mapped = file.parsed.kind === null && mapping !== undefined;
  const gifts = useMappedImportDonations(
    mapped && mapping.includes('donation.amount') && base.canManageDonations === true,
  );
  const plan = useMemo(
    () =>
      mapped
        ? planMappedImport(file.table, mapping, {
            ...base,
            donations: gifts.donations,
            today: localToday(context.now()),
          })
        : planHelloAssoImport(file.parsed, {
            ...base,
            events,
            attendance: targets.attendance,
            donations: targets.donations,
          }),
    [file, base, events, targets.attendance, targets.donations, mapped, mapping, gifts.donations, context],
  );
  return { plan, loading: mapped ? gifts.loading : eventsLoading || targets.loading };
}

/** What every plan reads: the people, cotisations and seasons as they are now, and who imports. */
export function useImportBase(importId: string, name: string): PlanInput {
  const directory = useDirectory();
  const seasons = useSeasons();
  const context = useWriteContext();
  const { device } = useData();
  const canManageDonations = usePermission('donations.manage').allowed;
  const retiredNumbers = useRetiredMemberNumbers();
  return useMemo<PlanInput>(
    () => ({
      importId,
      context,
      series: device.series,
      people: [...directory.people.values()],
      memberships: [...directory.memberships.values()],
      seasons,
      fileName: name,
      canManageDonations,
      retiredNumbers,
    }),
    [importId, name, context, device.series, directory, seasons, canManageDonations, retiredNumbers],
  );
}
