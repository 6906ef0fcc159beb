import { newDocumentId } from '@shared/ids';
import { personDocumentSchema } from '@shared/members/person';
import type { PersonDocument } from '@shared/members/person';

/** A valid person as the data layer writes it (zod output: every default filled in). */
export function newPerson(
  fields: { firstName?: string; lastName: string; notes?: string },
  stamp: { deviceId: string; userId: string; at: Date },
): PersonDocument {
  const at = stamp.at.toISOString();
  return personDocumentSchema.parse({
    id: newDocumentId(),
    createdAt: at,
    updatedAt: at,
    updatedBy: stamp.userId,
    deviceId: stamp.deviceId,
    ...fields,
  });
}
