import { userId } from '@shared/testing/ids';
import { describe, expect } from 'vitest';
import { makeCheque } from '@shared/deposits/testing';
import { slipClashes } from '@shared/deposits/deposit-rules';
import { formatMoney } from '@shared/format/intl';
import { collectionSpecs } from '@shared/schema/collections';
import type { WriteContext } from '@shared/schema/common';
import { prepareDeposit, undoDeposit } from '@renderer/data/deposits/write';
import { heldElsewhere } from '@renderer/sync/held-elsewhere';
import { readAll } from '@renderer/data/read-all';
import { initI18n } from '@renderer/i18n/i18n';
import type { FetchLike } from '@renderer/sync/api-client';
import { until } from '../../../test/sync/harness';
import { itOnEachBackend, useTestWorld } from '../../../test/sync/each-backend';
import type { TestClient } from '../../../test/sync/harness';

/**
 * Issue 17: two devices offline put the same cheque on a slip. The laptop's reaches the server
 * first; the office's is refused (409 HELD_ELSEWHERE) and stays on the office only; once the
 * office has pulled the laptop's slip, it holds both, and the « Remises de chèques » screen says
 * which cheque, on which other slip, and what to do. Real server on 127.0.0.1, both backends.
 */
const SPECS = { deposits: collectionSpecs.deposits, audit: collectionSpecs.audit };

const world = useTestWorld();

const context = (client: TestClient): WriteContext => ({
  userId: userId('user-treasurer'),
  deviceId: client.enrolment.deviceId,
  now: () => new Date(),
});

async function sameChequeOnTwoDevices(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  let officeOnline = true;
  const offlineFetch: FetchLike = (input, init) =>
    officeOnline ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'));
  const laptop = await world.client(server, 'portable', { specs: SPECS });
  const office = await world.client(server, 'bureau', { specs: SPECS, fetch: offlineFetch });
  await laptop.engine.awaitInSync();
  await office.engine.awaitInSync();

  officeOnline = false;
  const helene = makeCheque('donation:don-helene', 4500, { number: '0012345', payer: 'Hélène Dupré' });
  const paul = makeCheque('membership:fee-paul', 2000, { number: '0099881', payer: 'Paul Durand' });
  const request = { date: '2026-03-05', preparedByName: 'Jeanne Morel' };
  const officeSlip = await prepareDeposit(office.db, context(office), {
    ...request,
    cheques: [paul, helene],
    series: office.enrolment.series,
  });
  const laptopSlip = await prepareDeposit(laptop.db, context(laptop), {
    ...request,
    cheques: [helene],
    series: laptop.enrolment.series,
  });
  await laptop.engine.awaitInSync();
  officeOnline = true;

  // The office's slip is refused, with the server's sentence; the laptop's stands alone there.
  await until(() => office.status.get().problems.some((problem) => problem.code === 'WRITE_REFUSED'));
  const refusal = office.status.get().problems.find((problem) => problem.code === 'WRITE_REFUSED');
  expect(refusal).toMatchObject({ collection: 'deposits', documentId: officeSlip.id });
  expect(refusal?.serverMessage).toBe(
    `Le chèque n° 0012345 d’Hélène Dupré (45,00\u00a0€) est déjà sur le bordereau ${laptopSlip.number}, fait sur un autre poste. Retirez ce chèque du bordereau ou annulez l’autre bordereau. Rien de cet envoi n’a été enregistré.`,
  );
  const stored = await server.store().pull(server.orgId, 'deposits', 0, 100);
  expect(stored.documents.map((document) => document.id)).toEqual([laptopSlip.id]);

  // The office pulls the laptop's slip: it holds both, and its screen says what to do.
  await until(async () => (await office.db.deposits.findOne(laptopSlip.id).exec()) !== null);
  const clashes = slipClashes(await readAll(office.db.deposits), office.enrolment.deviceId);
  expect(clashes).toEqual([
    {
      slip: { id: officeSlip.id, number: officeSlip.number, deviceId: office.enrolment.deviceId },
      other: { id: laptopSlip.id, number: laptopSlip.number, deviceId: laptop.enrolment.deviceId },
      cheque: expect.objectContaining({ key: helene.key, number: '0012345' }),
    },
  ]);
  const [clash] = clashes;
  if (!clash) throw new Error('no clash');
  const i18n = await initI18n('fr');
  expect(
    i18n.t('deposits.clash.message', {
      cheque: `n° ${clash.cheque.number}`,
      payer: clash.cheque.payer,
      amount: formatMoney(clash.cheque.amount, 'fr'),
      slip: clash.slip.number,
      other: clash.other.number,
    }),
  ).toBe(
    `Le chèque n° 0012345 d’Hélène Dupré (45,00\u00a0€) de votre bordereau ${officeSlip.number} est déjà sur le bordereau ${laptopSlip.number}, fait sur un autre poste\u00a0: le serveur a refusé le vôtre. Retirez ce chèque du bordereau (défaites-le, puis préparez-en un autre sans ce chèque) ou annulez l’autre bordereau.`,
  );
  // The laptop never holds the refused slip: nothing to tell there.
  expect(slipClashes(await readAll(laptop.db.deposits), laptop.enrolment.deviceId)).toEqual([]);
  // While the clash lasts, the office's slip waits: never sent again into the same refusal.
  expect(await heldElsewhere(office.db)).toEqual([officeSlip.id]);

  // The laptop's slip is undone (it had not gone to the bank): the office's slip, refused before
  // and counted as sent by RxDB, now goes to the server by itself, and reaches the laptop.
  await undoDeposit(laptop.db, laptopSlip.id);
  await laptop.engine.awaitInSync();
  await until(async () => {
    const page = await server?.store().pull(server.orgId, 'deposits', 0, 100);
    return (page?.documents ?? []).some((document) => document.id === officeSlip.id && !document._deleted);
  });
  await until(async () => (await laptop.db.deposits.findOne(officeSlip.id).exec()) !== null);
  expect(await heldElsewhere(office.db)).toEqual([]);
  expect(slipClashes(await readAll(office.db.deposits), office.enrolment.deviceId)).toEqual([]);
}

describe('the same cheque put on a slip by two devices offline', () => {
  itOnEachBackend(
    'refuses the second slip on the server, tells its device what to do, sends it once freed',
    sameChequeOnTwoDevices,
  );
});
