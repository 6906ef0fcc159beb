import type { ReceiptDocument, ReceiptInput } from '@shared/receipts/receipt';
import { receiptDocumentSchema } from '@shared/receipts/receipt';

/**
 * A valid issued receipt for tests (the server's, the sync client's, the data layer's). It goes
 * through the real schema, so no test can lean on a receipt the database would refuse.
 */
export function makeReceipt(fields: Partial<ReceiptInput> & Pick<ReceiptInput, 'id'>): ReceiptDocument {
  return receiptDocumentSchema.parse({
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    updatedBy: 'user-treasurer',
    deviceId: 'device-1',
    number: '2026-A-0001',
    kind: '11580',
    scope: 'single',
    status: 'issued',
    articles: ['200'],
    donorId: 'person-1',
    issuedOn: '2026-03-02',
    issuedBy: 'user-treasurer',
    period: { from: '2026-02-14', to: '2026-02-14' },
    lines: [
      {
        source: 'donation',
        sourceId: 'donation-1',
        receivedOn: '2026-02-14',
        amount: 5000,
        method: 'cheque',
        form: 'declaration-don-manuel',
        nature: 'numeraire',
        natureDescription: '',
        valuation: '',
        label: '',
      },
    ],
    total: 5000,
    totalInWords: 'cinquante euros',
    organisation: {
      name: 'Foyer rural de Tilleul',
      rna: 'W123456789',
      siren: '',
      address: { line1: '2 place de la Mairie', line2: '', postalCode: '21000', city: 'Dijon', country: '' },
      object: 'Animation culturelle et sportive du village',
      categoryCode: 'interet-general',
      category: 'Œuvre ou organisme d’intérêt général',
      rupDecreeDate: '',
      signatoryName: 'Jeanne Morel',
      signatoryTitle: 'Trésorière',
    },
    donor: {
      kind: 'person',
      name: 'Dupont',
      firstNames: 'Marie Claire',
      legalForm: '',
      siren: '',
      address: { line1: '5 rue des Tilleuls', line2: '', postalCode: '21000', city: 'Dijon', country: '' },
    },
    contentHash: 'a'.repeat(64),
    ...fields,
  });
}

/** The same receipt, cancelled as the data layer would write it. */
export function cancelled(receipt: ReceiptDocument, reason = 'Erreur sur le montant'): ReceiptDocument {
  return receiptDocumentSchema.parse({
    ...receipt,
    status: 'cancelled',
    cancellation: { reason, cancelledAt: '2026-03-05T09:00:00.000Z', cancelledBy: 'user-treasurer' },
    updatedAt: '2026-03-05T09:00:00.000Z',
  });
}

/**
 * A receipt as version 0 stored it, before issue 17 reshaped it (no scope, articles or sources; the
 * old form and nature): what an older app pushed and the server still holds. Not parsed: the
 * current schema refuses it, which is the point of the migration tests that use it.
 */
export function receiptVersion0(donationId = 'donation-1') {
  return {
    id: 'receipt-old',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    updatedBy: 'user-treasurer',
    deviceId: 'device-1',
    number: '2026-A-0001',
    kind: '11580',
    status: 'issued',
    donorId: 'person-1',
    issuedOn: '2026-03-02',
    issuedBy: 'user-treasurer',
    period: { from: '2026-02-14', to: '2026-02-14' },
    lines: [
      {
        donationId,
        receivedOn: '2026-02-14',
        amount: 5000,
        method: 'cheque',
        form: 'don-manuel',
        nature: 'titres',
        natureDescription: '',
      },
    ],
    total: 5000,
    totalInWords: 'cinquante euros',
    organisation: {
      name: 'Foyer rural',
      rna: 'W123456789',
      siren: '',
      address: { line1: '2 place de la Mairie', line2: '', postalCode: '21000', city: 'Dijon', country: '' },
      object: 'Animation du village',
      category: 'Association loi 1901 d’intérêt général',
      signatoryName: 'Jeanne Morel',
      signatoryTitle: 'Trésorière',
    },
    donor: {
      kind: 'person',
      name: 'Marie Dupont',
      siren: '',
      address: { line1: '5 rue des Tilleuls', line2: '', postalCode: '21000', city: 'Dijon', country: '' },
    },
    contentHash: 'b'.repeat(64),
    cancellation: { reason: '', cancelledAt: '', cancelledBy: '' },
  };
}
