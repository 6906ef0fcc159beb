import { describe, expect, it } from 'vitest';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import { apiErrorSchema, pullResponseSchema } from '@shared/sync/protocol';
import type { ApiErrorBody, PullResponse, SyncDocument } from '@shared/sync/protocol';
import type { Backend } from '@server/test-support/backend';
import { liveServer } from '@server/test-support/live-server';
import { call, createOrganisation, enrol } from '@server/test-support/fixtures';

const PREFIX = '/api/v1';

const sent = <T extends object>(doc: T) => ({ ...doc, _deleted: false });

/**
 * Issue 17: two devices offline can each put the same cheque on a slip. The server refuses the
 * second slip that comes to life (new, or redone from undone) with a cheque another slip not
 * undone holds: 409 naming the cheque and the other slip, and nothing of that push written. A
 * real server on 127.0.0.1, for one backend.
 */
export function describeDeposits(backend: Backend): void {
  describe(`cheque deposit slips (${backend.name})`, () => {
    const live = liveServer(backend);

    const push = (token: string, rows: unknown) =>
      call<SyncDocument[] | ApiErrorBody>(live.base, 'POST', `${PREFIX}/sync/deposits/push`, {
        token,
        body: rows,
      });
    const pullAll = async (token: string) => {
      const reply = await call<PullResponse>(live.base, 'GET', `${PREFIX}/sync/deposits/pull?seq=0`, {
        token,
      });
      expect(reply.status).toBe(200);
      return pullResponseSchema.parse(reply.body).documents;
    };
    const helene = makeCheque('donation:don-helene', 4500, { number: '0012345', payer: 'Hélène Dupré' });
    const paul = makeCheque('membership:fee-paul', 2000, { number: '0099881', payer: 'Paul Durand' });
    const slipA = sent(makeDeposit({ id: 'slip-a', number: '2026-B-0001', cheques: [helene] }));
    const slipC = sent(makeDeposit({ id: 'slip-c', number: '2026-C-0001', cheques: [paul, helene] }));
    const other = sent(makeDeposit({ id: 'slip-o', number: '2026-C-0002', cheques: [paul] }));

    it('refuses a second slip of the same cheque, names it and writes nothing of the push', async () => {
      const org = await createOrganisation(live.store);
      const laptop = await enrol(live.base, live.store, org);
      const office = await enrol(live.base, live.store, org);
      expect((await push(laptop.token, [{ newDocumentState: slipA }])).body).toEqual([]);

      // The office's batch: a slip of its own cheque alone, then the slip with Hélène's cheque too.
      const reply = await push(office.token, [{ newDocumentState: other }, { newDocumentState: slipC }]);
      expect(reply.status).toBe(409);
      const error = apiErrorSchema.parse(reply.body);
      expect(error.code).toBe('HELD_ELSEWHERE');
      expect(error.message).toBe(
        'Le chèque n° 0012345 d’Hélène Dupré (45,00\u00a0€) est déjà sur le bordereau 2026-B-0001, fait sur un autre poste. Retirez ce chèque du bordereau ou annulez l’autre bordereau. Rien de cet envoi n’a été enregistré.',
      );
      expect(error.errors).toEqual([
        { row: 1, documentId: 'slip-c', path: 'cheques', message: 'errors.sync.chequeOnAnotherSlip' },
      ]);
      expect(await pullAll(office.token)).toEqual([slipA]);

      // Alone, the slip that holds no one else's cheque passes.
      expect((await push(office.token, [{ newDocumentState: other }])).body).toEqual([]);
      // Two slips of one batch cannot share a cheque either.
      const door = makeCheque('door:event-loto:person-luc', 800, { source: 'door', payer: 'Luc Petit' });
      const twin = sent(makeDeposit({ id: 'slip-t', number: '2026-C-0003', cheques: [door] }));
      const fresh = sent(makeDeposit({ id: 'slip-f', number: '2026-C-0004', cheques: [door] }));
      const within = await push(office.token, [{ newDocumentState: twin }, { newDocumentState: fresh }]);
      expect(within.status).toBe(409);
      expect(apiErrorSchema.parse(within.body).errors?.map((entry) => entry.documentId)).toEqual(['slip-f']);
      expect(await pullAll(office.token)).toEqual([slipA, other]);
    });

    it('lets the cheque go on a slip once the other is undone, and refuses to redo the undone one', async () => {
      const org = await createOrganisation(live.store);
      const laptop = await enrol(live.base, live.store, org);
      const office = await enrol(live.base, live.store, org);
      expect((await push(laptop.token, [{ newDocumentState: slipA }])).body).toEqual([]);
      const undone = { ...slipA, updatedAt: '2026-03-06T09:00:00.000Z', _deleted: true };
      expect(
        (await push(laptop.token, [{ assumedMasterState: slipA, newDocumentState: undone }])).body,
      ).toEqual([]);
      // Undone, slip A gives its cheque back: the office's slip of it passes.
      expect((await push(office.token, [{ newDocumentState: slipC }])).body).toEqual([]);
      // Redone from undone, slip A would list Hélène's cheque twice: refused, nothing written.
      const redone = { ...slipA, updatedAt: '2026-03-07T09:00:00.000Z' };
      const reply = await push(laptop.token, [{ assumedMasterState: undone, newDocumentState: redone }]);
      expect(reply.status).toBe(409);
      expect(apiErrorSchema.parse(reply.body).message).toContain('bordereau 2026-C-0001');
      const stored = await pullAll(office.token);
      expect(stored.find((slip) => slip.id === 'slip-a')).toMatchObject({ _deleted: true });
      // A slip that holds its cheques alone is marked deposited as before.
      const deposited = {
        ...slipC,
        status: 'deposited',
        depositedOn: '2026-03-08',
        updatedAt: '2026-03-08T09:00:00.000Z',
      };
      expect(
        (await push(office.token, [{ assumedMasterState: slipC, newDocumentState: deposited }])).body,
      ).toEqual([]);
    });
  });
}
