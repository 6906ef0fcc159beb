import type { DonationDocument, DonationInput } from '@shared/donations/donation';
import { donationDocumentSchema } from '@shared/donations/donation';

/** A valid donation for tests, through the real schema (the one `makeReceipt` covers by default). */
export function makeDonation(fields: Partial<DonationInput> & Pick<DonationInput, 'id'>): DonationDocument {
  return donationDocumentSchema.parse({
    createdAt: '2026-02-14T10:00:00.000Z',
    updatedAt: '2026-02-14T10:00:00.000Z',
    updatedBy: 'user-treasurer',
    deviceId: 'device-1',
    donorId: 'person-1',
    amount: 5000,
    receivedOn: '2026-02-14',
    method: 'cheque',
    chequeNumber: '1234567',
    ...fields,
  });
}
