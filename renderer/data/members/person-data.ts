import type { MangoQuery, RxCollection } from 'rxdb/plugins/core';
import { can } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import type { PersonDocument } from '@shared/members/person';
import { idsOf } from '@shared/members/person';
import type { PersonData } from '@shared/rgpd/person-data';
import { gatherPersonData } from '@shared/rgpd/person-data';
import type { TilleulDatabase } from '@renderer/data/database';
import { PermissionDeniedError } from '@renderer/data/write-guard';

async function find<T extends object>(collection: RxCollection<T>, selector: MangoQuery<T>['selector']) {
  const documents = await collection.find({ selector }).exec();
  return documents.map((document) => document.toJSON() as T);
}

/**
 * Everything this device holds about `person` (RGPD, droit d'accès), for a role the permission
 * matrix allows to read all of it; with the titles of the events they came to, for the PDF.
 */
export async function readPersonData(
  db: TilleulDatabase,
  role: Role,
  person: PersonDocument,
  { association, now = new Date() }: { association: string; now?: Date },
): Promise<{ data: PersonData; eventTitles: Map<string, string> }> {
  const decision = can(role, 'data.exportPerson');
  if (!decision.allowed) throw new PermissionDeniedError(decision, 'people', 'update');
  const ids = idsOf(person);
  const holders = person.householdId ? [...ids, person.householdId] : ids;
  const [households, memberships, attendance, donations, receipts] = await Promise.all([
    person.householdId ? find(db.households, { id: person.householdId }) : Promise.resolve([]),
    find(db.memberships, { holderId: { $in: holders } }),
    find(db.attendance, { personId: { $in: ids } }),
    find(db.donations, { donorId: { $in: ids } }),
    find(db.receipts, { donorId: { $in: ids } }),
  ]);
  const about = [
    ...holders,
    ...[...memberships, ...attendance, ...donations, ...receipts].map((document) => document.id),
  ];
  const audit = await find(db.audit, { documentId: { $in: about } });
  const data = gatherPersonData(
    person,
    { households, memberships, attendance, donations, receipts, audit },
    { exportedAt: now.toISOString(), association },
  );
  const events = await find(db.events, { id: { $in: data.attendance.map((record) => record.eventId) } });
  return { data, eventTitles: new Map(events.map((event) => [event.id, event.title])) };
}
