import { describe, expect } from 'vitest';
import { makeDonation } from '@shared/donations/testing';
import { receiptVersion0 } from '@shared/receipts/testing';
import { collectionSpecs } from '@shared/schema/collections';
import { SCHEMA_VERSION_HEADER } from '@shared/sync/protocol';
import type { SyncDocument } from '@shared/sync/protocol';
import { call } from '@server/test-support/fixtures';
import { until } from '../../test/sync/harness';
import { itOnEachBackend, useTestWorld } from '../../test/sync/each-backend';

/**
 * Issue 17, « the server still holds v0 receipts as they were »: a collection's schema version
 * was bumped (receipts 0 → 1, donations 0 → 2…), and the server keeps what older apps pushed
 * as they pushed it. A current device pulls such a document through the collection's own
 * migrations (it was skipped as invalid before), edits it, and the server compares that push
 * with the stored document migrated the same way: no endless conflict. An older app pushing
 * after the bump is answered 426 before anything is read. Real server on 127.0.0.1.
 */
const SPECS = {
  receipts: collectionSpecs.receipts,
  donations: collectionSpecs.donations,
  audit: collectionSpecs.audit,
};

/** A receipt as version 0 stored it, for the donation below. */
const receiptV0 = receiptVersion0('donation-old');

/** A donation as version 0 stored it: no bank, campaign or valuation; the old form and nature. */
function donationV0() {
  const {
    bank: _bank,
    campaign: _campaign,
    valuation: _valuation,
    ...current
  } = makeDonation({
    id: 'donation-loose',
    notes: 'Merci',
  });
  return { ...current, form: 'don-manuel', nature: 'titres' };
}

const world = useTestWorld();

async function oldDocuments(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  // What an older app pushed before the bump, kept as it was (no rules: it was valid then).
  const store = server.store();
  await store.push(server.orgId, 'receipts', [{ newDocumentState: { ...receiptV0, _deleted: false } }], {});
  const oldDonation = { ...donationV0(), _deleted: false };
  await store.push(server.orgId, 'donations', [{ newDocumentState: oldDonation }], {});

  const office = await world.client(server, 'bureau', { specs: SPECS });
  await office.engine.awaitInSync();
  expect(office.status.get().problems.filter((problem) => problem.code === 'DOCUMENT_SKIPPED')).toEqual([]);
  const receipt = await office.db.receipts.findOne('receipt-old').exec();
  expect(receipt?.toJSON()).toMatchObject({
    number: '2026-A-0001',
    scope: 'single',
    total: 5000,
    lines: [expect.objectContaining({ form: 'declaration-don-manuel', nature: 'titres-cotes' })],
  });
  const donation = await office.db.donations.findOne('donation-loose').exec();
  expect(donation?.toJSON()).toMatchObject({ form: 'declaration-don-manuel', bank: '', campaign: '' });

  // Edited here, pushed with the migrated document as its assumed state: written, not a conflict.
  await donation?.incrementalPatch({ notes: 'Merci pour le lavoir', updatedAt: '2026-03-10T10:00:00.000Z' });
  await office.engine.awaitInSync();
  await until(async () => {
    const page = await store.pull(server?.orgId ?? '', 'donations', 0, 10);
    return page.documents[0]?.notes === 'Merci pour le lavoir';
  });
  const [stored] = (await store.pull(server.orgId, 'donations', 0, 10)).documents;
  expect(stored).toMatchObject({ form: 'declaration-don-manuel', bank: '', notes: 'Merci pour le lavoir' });
  expect((await office.db.donations.findOne('donation-loose').exec())?.notes).toBe('Merci pour le lavoir');
  // (This client holds no people: the redirect of merged persons has nothing to read, and says so.)
  const problems = office.status.get().problems.map((problem) => problem.code);
  expect(problems.filter((code) => code !== 'REDIRECT_FAILED')).toEqual([]);

  // An app of version 0 pushing after the bump: 426 before the body is read; nothing written.
  const enrolmentToken = office.enrolment.token;
  const reply = await call<{ code: string }>(server.url, 'POST', '/api/v1/sync/receipts/push', {
    token: enrolmentToken,
    headers: { [SCHEMA_VERSION_HEADER]: '0' },
    body: [{ newDocumentState: { ...receiptV0, id: 'receipt-from-old-app', _deleted: false } }],
  });
  expect(reply).toMatchObject({ status: 426, body: { code: 'APP_OUTDATED' } });
  const receipts = (await store.pull(server.orgId, 'receipts', 0, 10)).documents as SyncDocument[];
  expect(receipts.map((document) => document.id)).toEqual(['receipt-old']);
}

describe('documents an older app version left on the server', () => {
  itOnEachBackend('are pulled through the migrations, edited and pushed back', oldDocuments);
});
