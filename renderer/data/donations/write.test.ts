import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personDocumentSchema } from '@shared/members/person';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { MembershipDocument } from '@shared/members/membership';
import type { Organisation } from '@shared/schema/organisation';
import { sha256Hex } from '@shared/receipts/digest';
import { receiptIntact } from '@shared/receipts/issue';
import type { ReceiptRuleError } from '@shared/receipts/issue';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import type { TilleulDatabase } from '@renderer/data/database';
import { createGuardedMemoryDatabase } from '@renderer/data/memory-database';
import type { SessionStore } from '@renderer/data/session';
import { PermissionDeniedError } from '@renderer/data/write-guard';
import { readAll } from '@renderer/data/read-all';
import {
  cancelReceipt,
  correctDonation,
  issueAnnualReceipts,
  issueReceipt,
  planAnnualReceipts,
  planIssue,
  recordDonation,
  replaceReceipt,
} from '@renderer/data/donations/write';
import { cancelMembershipWithReason, correctMembership } from '@renderer/data/members/memberships';
import { donationTotals, registerCsv, registerRows, registerSummary } from '@renderer/data/donations/read';
import { deviceId, membershipId, personId, receiptId, userId } from '@shared/testing/ids';
import { coveredIds } from '@shared/receipts/receipt';

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 60_000));
const TREASURER = { id: userId('tresoriere-1'), name: 'Jeanne Morel', role: 'treasurer' } as const;
const DOOR = { id: userId('porte-1'), name: 'Porte 1', role: 'door' } as const;
const office = { userId: TREASURER.id, deviceId: deviceId('pc-1'), now };
const organisation: Organisation = {
  name: 'Foyer rural de Tilleul',
  rna: 'W212001234',
  siren: '',
  address: { line1: '2 place de la Mairie', line2: '', postalCode: '21000', city: 'Dijon' },
  object: 'Animation du village',
  category: 'interet-general',
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: 'Jeanne Morel',
  signatoryTitle: 'Trésorière',
  logo: '',
  signature: '',
};
const settings = { organisation, series: 'A', issuedOn: '2027-01-10' };
const stamp = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'x',
  deviceId: deviceId('pc-1'),
};

beforeEach(async () => {
  clock = Date.parse('2027-01-10T09:00:00.000Z');
  ({ db, session } = await createGuardedMemoryDatabase(now, {
    id: userId('admin-1'),
    name: 'Admin',
    role: 'admin',
  }));
  await db.people.insert(
    personDocumentSchema.parse({
      ...stamp,
      id: 'marie',
      firstName: 'Marie',
      lastName: 'Dupont',
      address: { line1: '5 rue des Tilleuls', postalCode: '21000', city: 'Dijon' },
    }),
  );
  await db.people.insert(
    personDocumentSchema.parse({
      ...stamp,
      id: 'paul',
      firstName: 'Paul',
      lastName: 'Roux',
      address: { line1: '1 rue du Lavoir', city: 'Beaune' },
    }),
  );
  // No address on her file: a tax receipt cannot be issued to her yet.
  await db.people.insert(
    personDocumentSchema.parse({ ...stamp, id: 'ursule', firstName: 'Ursule', lastName: 'Bastide' }),
  );
  session.set(TREASURER);
});
afterEach(() => db.close());

const gift = (donorId: string, receivedOn: string, amount: number, campaign = '') =>
  recordDonation(db, office, {
    donorId,
    receivedOn,
    amount,
    method: 'cheque',
    chequeNumber: '123',
    bank: 'La Poste',
    campaign,
  });

describe('donations and their receipts in the local database', () => {
  it('records donations, totals them by donor, campaign and year', async () => {
    await gift('marie', '2026-01-05', 1500, 'Lavoir');
    await gift('marie', '2026-02-05', 1500, 'Lavoir');
    await gift('paul', '2026-03-01', 5000);
    const donations = await readAll(db.donations);
    expect(donationTotals(donations, 'donor')).toEqual([
      { key: 'paul', count: 1, total: 5000 },
      { key: 'marie', count: 2, total: 3000 },
    ]);
    expect(donationTotals(donations, 'campaign').map((group) => group.key)).toEqual(['', 'Lavoir']);
    expect(donationTotals(donations, 'year')).toEqual([{ key: '2026', count: 3, total: 8000 }]);
    await expect(
      recordDonation(db, office, {
        donorId: personId('marie'),
        receivedOn: '2026-01-05',
        amount: 0,
        method: 'especes',
      }),
    ).rejects.toThrow();
    expect(await db.donations.count().exec()).toBe(3);
  });

  it('issues the annual receipts with progress, locks the donations, cancels and reissues with a new number', async () => {
    const first = await gift('marie', '2026-01-05', 1500);
    await gift('marie', '2026-02-05', 1500);
    await gift('marie', '2026-03-05', 2000);
    await gift('paul', '2026-03-01', 5000);
    await gift('paul', '2025-12-01', 7000);
    const progress: [number, number][] = [];
    const issued = await issueAnnualReceipts(db, office, settings, 2026, (done, total) =>
      progress.push([done, total]),
    );
    const annual = issued[0] as ReceiptDocument;
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(
      issued.map((receipt) => [receipt.number, receipt.donor.name, receipt.total, receipt.lines.length]),
    ).toEqual([
      ['2027-A-0001', 'Dupont', 5000, 3],
      ['2027-A-0002', 'Roux', 5000, 1],
    ]);
    expect(await receiptIntact(annual, sha256Hex)).toBe(true);
    // Nothing left to receipt for 2026.
    expect(await issueAnnualReceipts(db, office, settings, 2026)).toEqual([]);

    // Locked: the write guard refuses, with the sentence that says to cancel the receipt.
    const refusal = await correctDonation(db, office, first.id, { amount: 1600 }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PermissionDeniedError);
    expect((refusal as PermissionDeniedError).decision.reason).toBe('permissions.donations.receipted');

    // Cancel with a reason, correct, reissue: a new number, the old one stays in the register.
    const { cancelled, replacement } = await (async () => {
      await cancelReceipt(db, office, annual.id, 'Montant erroné');
      await correctDonation(db, office, first.id, { amount: 1600 });
      const again = await issueReceipt(db, office, settings, {
        donorId: personId('marie'),
        scope: 'annual',
        year: 2026,
        donationIds: coveredIds(annual.lines).donationIds,
        replaces: annual.id,
      });
      return { cancelled: (await db.receipts.findOne(annual.id).exec())?.toJSON(), replacement: again };
    })();
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      number: '2027-A-0001',
      cancellation: { reason: 'Montant erroné' },
    });
    expect(replacement).toMatchObject({ number: '2027-A-0003', total: 5100, replaces: annual.id });
    expect((await db.donations.findOne(first.id).exec())?.receiptId).toBe(replacement.id);

    const receipts = await readAll(db.receipts);
    expect(registerRows(receipts).map((row) => [row.number, row.donor, row.total, row.status])).toEqual([
      ['2027-A-0001', 'Marie Dupont', 5000, 'cancelled'],
      ['2027-A-0002', 'Paul Roux', 5000, 'issued'],
      ['2027-A-0003', 'Marie Dupont', 5100, 'issued'],
    ]);
    expect(registerSummary(receipts, 2027)).toEqual({ declaration: { count: 2, total: 10100 }, gaps: [] });
    const csv = registerCsv(receipts);
    expect(csv).toContain('Numéro;Date;Donateur;Montant;Statut;Motif d’annulation\r\n');
    expect(csv).toContain('2027-A-0001;10/01/2027;Marie Dupont;50,00;annulé;Montant erroné\r\n');
    expect(csv).toContain('2027-A-0003;10/01/2027;Marie Dupont;51,00;émis;\r\n');
  });

  it('replaces a receipt in one step, and refuses to receipt a gift twice', async () => {
    const donation = await gift('paul', '2026-05-01', 3000);
    const single = await issueReceipt(db, office, settings, {
      donorId: personId('paul'),
      scope: 'single',
      donationIds: [donation.id],
    });
    expect(single).toMatchObject({
      number: '2027-A-0001',
      scope: 'single',
      kind: '11580',
      period: { from: '2026-05-01', to: '2026-05-01' },
    });
    const twice = await issueReceipt(db, office, settings, {
      donorId: personId('paul'),
      scope: 'single',
      donationIds: [donation.id],
    }).catch((e: unknown) => e);
    expect((twice as ReceiptRuleError).key).toBe('receipts.alreadyReceipted');
    const { cancelled, replacement } = await replaceReceipt(
      db,
      office,
      settings,
      single.id,
      'Adresse erronée',
    );
    expect(cancelled.status).toBe('cancelled');
    expect(replacement).toMatchObject({ number: '2027-A-0002', replaces: single.id, total: 3000 });
  });

  it('refuses a receipt, single or of a year, to a donor without an address, before any number is taken', async () => {
    const donation = await gift('ursule', '2026-05-01', 3000);
    await gift('marie', '2026-01-05', 1500);
    const request = { donorId: personId('ursule'), scope: 'single' as const, donationIds: [donation.id] };
    for (const attempt of [planIssue(db, settings, request), issueReceipt(db, office, settings, request)]) {
      const refused = (await attempt.catch((e: unknown) => e)) as ReceiptRuleError;
      expect(refused.key).toBe('receipts.donorAddressMissing');
      expect(refused.values).toEqual({ count: 1, names: 'Ursule Bastide' });
    }
    // The year's batch: Marie has an address, Ursule not — none is issued, not even Marie's.
    for (const attempt of [
      planAnnualReceipts(db, settings, 2026),
      issueAnnualReceipts(db, office, settings, 2026),
    ]) {
      const refused = (await attempt.catch((e: unknown) => e)) as ReceiptRuleError;
      expect(refused.key).toBe('receipts.donorAddressMissing');
    }
    expect(await db.receipts.count().exec()).toBe(0);
    // Her address filled in, her receipt is issued.
    const ursule = await db.people.findOne('ursule').exec();
    await ursule?.incrementalPatch({
      address: { ...ursule.address, line1: '3 chemin des Vignes', city: 'Nolay' },
    });
    expect((await issueReceipt(db, office, settings, request)).donor.address.city).toBe('Nolay');
  });

  it('plans an issue before it is confirmed: the number it will take, the donor, the total, nothing written', async () => {
    const donation = await gift('paul', '2026-05-01', 3000);
    await gift('marie', '2026-01-05', 1500);
    await gift('marie', '2026-02-05', 2550);
    await gift('paul', '2025-12-01', 7000);
    const request = { donorId: personId('paul'), scope: 'single' as const, donationIds: [donation.id] };
    const plan = await planIssue(db, settings, request);
    expect(plan).toMatchObject({ first: '2027-A-0001', last: '2027-A-0001', receipts: 1, total: 3000 });
    expect(plan.donor?.lastName).toBe('Roux');
    expect(await db.receipts.count().exec()).toBe(0);
    // The number planned is the number issued.
    expect((await issueReceipt(db, office, settings, request)).number).toBe(plan.first);
    // A gift already receipted is refused at the plan, before any question.
    const twice = await planIssue(db, settings, request).catch((e: unknown) => e);
    expect((twice as ReceiptRuleError).key).toBe('receipts.alreadyReceipted');

    // The year's batch: Marie's two gifts on one receipt (Paul's is receipted), the next numbers.
    expect(await planAnnualReceipts(db, settings, 2026)).toEqual({
      first: '2027-A-0002',
      last: '2027-A-0002',
      receipts: 1,
      total: 4050,
    });
    expect(await planAnnualReceipts(db, settings, 2025)).toEqual({
      first: '2027-A-0002',
      last: '2027-A-0002',
      receipts: 1,
      total: 7000,
    });
    await gift('paul', '2026-06-01', 1000);
    expect(await planAnnualReceipts(db, settings, 2026)).toMatchObject({
      first: '2027-A-0002',
      last: '2027-A-0003',
      receipts: 2,
      total: 5050,
    });
    expect(await db.receipts.count().exec()).toBe(1);
    const issued = await issueAnnualReceipts(db, office, settings, 2026);
    expect(issued.map((receipt) => receipt.number)).toEqual(['2027-A-0002', '2027-A-0003']);
    expect(await planAnnualReceipts(db, settings, 2026)).toBeNull();
    // Dated before the last receipt of the series: refused at the plan, as the issue would be.
    const early = await planAnnualReceipts(db, { ...settings, issuedOn: '2027-01-05' }, 2025).catch(
      (e: unknown) => e,
    );
    expect((early as ReceiptRuleError).key).toBe('receipts.outOfOrder');
  });

  it('leaves a wrong receipt issued when its replacement could not be issued', async () => {
    const donation = await gift('paul', '2026-05-01', 3000);
    const single = await issueReceipt(db, office, settings, {
      donorId: personId('paul'),
      scope: 'single',
      donationIds: [donation.id],
    });
    // Dated before the receipt it would follow: the numbering would run backwards.
    const refused = await replaceReceipt(
      db,
      office,
      { ...settings, issuedOn: '2027-01-05' },
      single.id,
      'Adresse erronée',
    ).catch((e: unknown) => e);
    expect((refused as ReceiptRuleError).key).toBe('receipts.outOfOrder');
    const receipts = await readAll(db.receipts);
    expect(receipts.map((receipt) => [receipt.number, receipt.status])).toEqual([['2027-A-0001', 'issued']]);
    expect((await db.donations.findOne(donation.id).exec())?.receiptId).toBe(single.id);
    const unknown = await replaceReceipt(db, office, settings, receiptId('nope'), 'Erreur').catch(
      (e: unknown) => e,
    );
    expect((unknown as ReceiptRuleError).key).toBe('receipts.unknown');
  });

  it('receipts a fee whose tariff gives no counterpart', async () => {
    session.set({ id: userId('admin-1'), name: 'Admin', role: 'admin' });
    await db.memberships.insert(
      membershipDocumentSchema.parse({
        ...stamp,
        id: 'fee-1',
        holderKind: 'person',
        holderId: 'paul',
        seasonId: 's',
        tariffId: 't',
        tariffLabel: 'Membre bienfaiteur',
        taxReceiptAllowed: true,
        amount: 10000,
        paymentMethod: 'especes',
        paidOn: '2026-09-10',
        receivedBy: 'admin-1',
      }),
    );
    session.set(TREASURER);
    const donation = await gift('paul', '2026-05-01', 3000);
    const receipt = await issueReceipt(db, office, settings, {
      donorId: personId('paul'),
      scope: 'annual',
      year: 2026,
      donationIds: [donation.id],
      feeIds: [membershipId('fee-1')],
    });
    expect(receipt.total).toBe(13000);
    expect(receipt.lines.map((line) => line.source)).toEqual(['donation', 'membership']);
    // The fee is now locked like the donation: the write guard says to cancel the receipt.
    expect((await db.memberships.findOne('fee-1').exec())?.receiptId).toBe(receipt.id);
    for (const change of [
      async () => {
        const fee = (await db.memberships.findOne('fee-1').exec())?.toJSON() as MembershipDocument;
        return correctMembership(db, office, membershipId('fee-1'), { ...fee, amount: 5000 });
      },
      () =>
        cancelMembershipWithReason(db, office, membershipId('fee-1'), {
          on: '2027-01-10',
          reason: 'Remboursée',
        }),
    ]) {
      const refusal = await change().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PermissionDeniedError);
      expect((refusal as PermissionDeniedError).decision.reason).toBe('permissions.memberships.receipted');
    }
    // Cancelled, the receipt frees it; the next annual batch takes it again with the donation.
    await cancelReceipt(db, office, receipt.id, 'Montant erroné');
    expect((await db.memberships.findOne('fee-1').exec())?.receiptId).toBe('');
    const [annual] = await issueAnnualReceipts(db, office, settings, 2026);
    expect(annual?.lines.map((line) => [line.source, line.sourceId])).toEqual([
      ['donation', donation.id],
      ['membership', 'fee-1'],
    ]);
    expect((await db.memberships.findOne('fee-1').exec())?.receiptId).toBe(annual?.id);
  });

  it('lets no door account record a donation or issue a receipt', async () => {
    session.set(DOOR);
    await expect(gift('paul', '2026-05-01', 3000)).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
