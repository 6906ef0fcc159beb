import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '@shared/audit/audit';
import { makeDonation } from '@shared/donations/testing';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { makeReceipt } from '@shared/receipts/testing';
import { gatherPersonData } from '@shared/rgpd/person-data';
import { initI18n } from '@renderer/i18n/i18n';
import { personDataPdfDocument } from '@renderer/pdf/person-data';
import { renderPdfInNode } from '../bench/pdf';
import { pdfText } from '../support/pdf-text';
import { eventId, householdId, personId } from '@shared/testing/ids';

/** The readable copy of a person's data, as the person receives it: pdfmake renders, poppler reads. */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-person-data-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const stamps = {
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
};

const helene = makePerson({
  id: 'h',
  firstName: 'Hélène',
  lastName: 'Dupré',
  email: 'helene.dupre@example.org',
  householdId: householdId('dupre'),
  consents: {
    imageRights: { status: 'refused', on: '2026-01-05' },
    newsletter: { status: 'granted', on: '2026-01-06' },
    dataProcessing: { status: 'unknown', on: '' },
  },
});

async function render(
  name: string,
  data: ReturnType<typeof gatherPersonData>,
  titles = new Map<string, string>(),
) {
  const i18n = await initI18n('fr');
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await renderPdfInNode(personDataPdfDocument(i18n.t, data, titles, 'Hélène Dupré')));
  return pdfText(file);
}

describe('the person data PDF', () => {
  it('reads back with every section: identity, consents, household, memberships, attendance, gifts, receipts, history', async () => {
    const data = gatherPersonData(
      helene,
      {
        households: [makeHousehold({ id: 'dupre', name: 'Famille Dupré' })],
        memberships: [
          makeMembership({
            id: 'm1',
            holderId: personId('h'),
            seasonId: '2025',
            tariffId: 'adulte',
            tariffLabel: 'Adulte',
            amount: 1500,
          }),
        ],
        attendance: [
          attendanceDocumentSchema.parse({
            ...stamps,
            id: attendanceId(eventId('loto'), personId('h')),
            eventId: eventId('loto'),
            personId: personId('h'),
            registered: true,
            present: true,
            checkedInAt: '2026-12-05T19:02:00.000Z',
          }),
        ],
        donations: [
          makeDonation({
            id: 'd1',
            donorId: 'h',
            amount: 12550,
            receivedOn: '2026-02-14',
            campaign: 'Toiture',
          }),
        ],
        receipts: [makeReceipt({ id: 'r1', donorId: 'h', number: '2026-A-0007' })],
        audit: [
          auditEntrySchema.parse({
            ...stamps,
            id: 'a1',
            action: 'update',
            userName: 'Anne Admin',
            collectionName: 'people',
            documentId: 'h',
            changes: [],
            detail: '',
          }),
        ],
      },
      { exportedAt: '2026-09-08T12:00:00.000Z', association: 'Foyer rural de Saint-Léger' },
    );
    const text = await render('full', data, new Map([['loto', 'Loto de Noël']]));
    for (const expected of [
      'Données personnelles d’Hélène Dupré',
      'Foyer rural de Saint-Léger le 08/09/2026',
      'Identité et coordonnées',
      'helene.dupre@example.org',
      'Droit à l’image',
      /Refusé \(05\/01\/2026\)/,
      /Accordé \(06\/01\/2026\)/,
      'Famille Dupré',
      'Adulte',
      /15,00\s€/,
      'Loto de Noël',
      '05/12/2026',
      /125,50\s€/,
      'Toiture',
      '2026-A-0007',
      'Modification',
      'Anne Admin',
      'Page 1 / ',
    ]) {
      if (typeof expected === 'string') expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    }
  });

  it('says « Aucune donnée. » where Tilleul holds nothing', async () => {
    const alone = makePerson({ id: 'z', firstName: 'Zoé', lastName: 'Seule' });
    const data = gatherPersonData(
      alone,
      { households: [], memberships: [], attendance: [], donations: [], receipts: [], audit: [] },
      { exportedAt: '2026-09-08T12:00:00.000Z', association: 'Foyer rural' },
    );
    const text = await render('empty', data);
    // Household, memberships, attendance, donations, receipts and history: six empty sections.
    expect(text.match(/Aucune donnée\./g)).toHaveLength(6);
    expect(text).toContain('Seule');
  });
});
